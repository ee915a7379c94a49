// Gap list: what a report does not show, as two documents (`fzscore gaps --style draft|memo`).
//
//   draft  prose in the report's own voice, to paste under "存在的不足和原因": a lead sentence and
//          3–6 paragraphs, one per 纲要 part, each "一是{问题}。{具体问题}。{原因}". The 问题 and
//          原因 sentences come from the part's phrase families in the checklist (`problem` and
//          `cause` lines); the specifics are the item's `gap` sentence, or, when the report
//          admits the item, the report's own admission. No ids, no clauses, no reviewer notes.
//   memo   the reviewer's list of every gap: what the report lacks, the clause, what would satisfy
//          it (`want`), the report's own words where it has them; in four groups (memo_group).
//
// Which items become gaps (n/a and waived items never do):
//   missing       the report does not show the item
//   planned       it appears only as future work in the plan part
//   acknowledged  not met; the report admits it (state `acknowledged`)
//   unquantified  met, but no figure: only for items shown by phrases alone (a structure part or a
//                 publication date has nothing to count), and only when neither the verdict
//                 (`quantified`) nor the text finds one. The text is searched generously: an
//                 evidence sentence, the passage around it (the section under the heading it sits
//                 in, or its paragraph when that heading is a whole top-level part), and every
//                 sentence of the met context where a term of the item occurs. A `units` figure in
//                 any of them and the item is not listed: saying "no data" where the report gives
//                 some is the one error a drafter cannot afford.
// A gap counts as admitted (`acknowledged`) when its state is `acknowledged` or the evaluator
// quoted a sentence of the shortcomings part (or, for an item not met, a hedged sentence) as
// evidence for it; those sentences are kept as `self_check`. A met item with figures is no gap,
// but when the shortcomings part names it all the same it is kept in `admitted`: the draft of
// that part should keep the report's own problems, in its own words.
//
// Importance: required items first, then the points the gap costs (its share of its part's
// weight), then checklist order. The memo groups by 纲要 part in checklist order, the structure
// part first; the draft takes the most important gaps of parts that have phrase families, at most
// `max_paragraphs` parts and kMaxPerParagraph gaps per part, most important paragraph first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"
#include "engine/match/verdict.hpp"

namespace fz::analysis {

enum class GapKind { missing, planned, acknowledged, unquantified };

/// The memo's four groups, in the memo's order.
enum class MemoGroup { unmentioned, planned, unquantified, acknowledged };

struct Gap {
  std::string id, title, part, basis, want;
  std::string sentence;           ///< Item::gap, or a generic sentence when the item has none
  GapKind kind = GapKind::missing;
  ItemState state = ItemState::missing;
  bool required = false;
  double weight = 1.0;
  double points = 0;              ///< what the gap costs of 100: the item's share of its part
  std::size_t order = 0;          ///< position of the item in the checklist
  bool acknowledged = false;      ///< the report admits it (self_check holds the admission)
  bool structural = false;        ///< about the report's parts or date, not about work described
  std::vector<Evidence> self_check;  ///< the report's admissions, best first
  std::vector<Evidence> shown;    ///< planned: the plan sentences; unquantified: what shows the item
};

struct GapGroup {
  std::string part;               ///< Part::id ("结构", "五", …; "其他" for unknown parts)
  std::string title;              ///< Part::title
  std::vector<Gap> gaps;          ///< most important first
};

/// One paragraph of the draft.
struct DraftParagraph {
  std::string part;               ///< Part::id
  std::string problem;            ///< the chosen `problem` alternative, as written
  std::vector<std::string> details;  ///< per gap: the report's admission or the `gap` sentence
  std::string cause;              ///< the chosen `cause` alternative, as written
  std::vector<std::string> ids;   ///< the gaps it covers (JSON only; never in the prose)
  std::string text;               ///< "一是……。……。主要原因是……。"
};

struct Draft {
  std::string lead;               ///< the sentence before the paragraphs
  std::vector<DraftParagraph> paragraphs;
};

struct GapOptions {
  std::size_t max_paragraphs = 5;  ///< `--max N`: paragraphs of the draft
};

/// Gaps of one part at most in one draft paragraph, so that a paragraph stays a paragraph.
inline constexpr std::size_t kMaxPerParagraph = 3;

struct GapList {
  std::string checklist_id, checklist_title, checklist_basis;
  std::string report_title, report_path;
  std::optional<int> year;
  std::vector<GapGroup> groups;   ///< only non-empty groups
  std::vector<Gap> admitted;      ///< not gaps: met with figures, named in the shortcomings part
  Draft draft;

  std::size_t total() const;
  std::size_t acknowledged() const;  ///< admitted by the report
  std::size_t unmentioned() const;   ///< not admitted
  std::size_t count(MemoGroup g) const;
};

/// Builds the gap list and the draft. Verdicts whose item is null are ignored. `plan` must be
/// finalized for the figure check; without its patterns no met item is listed as lacking data.
GapList build_gaps(const Plan& plan, const std::vector<ItemVerdict>& verdicts, const Document& doc,
                   const GapOptions& options = {});

std::string_view gap_kind_name(GapKind k);  ///< "missing" "planned" "acknowledged" "unquantified"
MemoGroup memo_group(const Gap& g);
/// "报告未涉及或未写明" "仅列入下一年度计划" "仅有表述、未见数据" "报告已自查"
std::string_view memo_group_label(MemoGroup g);

// Renderers (engine/analysis/gaps_render.cpp).
/// One entry of the memo, without its number: "权责清单管理［G04.1］（纲要（四））。报告未写到这项工作。可写明：…。"
std::string memo_text(const Gap& g);
enum class GapStyle { draft, memo };
std::string render_gaps_markdown(const GapList& list, GapStyle style = GapStyle::draft);
/// Plain text. The draft is only the lead and the paragraphs, ready to paste.
std::string render_gaps_text(const GapList& list, GapStyle style = GapStyle::draft);
/// One object with the machine fields of both styles (ids, kinds, the draft's paragraphs), UTF-8
/// kept, ends with '\n'.
std::string render_gaps_json(const GapList& list);
/// A Word document (.docx bytes).
std::string render_gaps_docx(const GapList& list, GapStyle style = GapStyle::draft);

}  // namespace fz::analysis
