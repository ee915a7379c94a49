// Gap list: a draft 存在不足 section from a Plan, the evaluator's verdicts and the Document.
//
// Which items become gaps (n/a and waived items never do):
//   missing       the report does not show the item
//   planned       it appears only as future work in the plan part
//   acknowledged  not met; the report's shortcomings part names it (state `acknowledged`)
//   unquantified  met, but no evidence carries a figure; only for items with at least one phrase
//                 rule (structural and publication-date items have nothing to quantify)
// Each gap is classified 报告已自查 (the shortcomings part names it) or 报告未提及. A gap counts as
// 已自查 when its state is `acknowledged`, when any evidence sentence lies in the shortcomings part
// or supports `acknowledged`, or — for missing/planned/unquantified items — when the item's own
// phrase conditions hold in a sentence of the shortcomings part (evaluated per sentence; `near` as
// `all`, `figure` as `any`, `not` ignored). The sentences found are kept as self_check.
//
// Groups follow Plan::parts, the structure part ("结构") first; items of a part the Plan does not
// list come last under "其他". Inside a group: required items first, then by weight (descending),
// then in checklist order.
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

struct Gap {
  std::string id, title, part, basis, want;
  std::string sentence;           ///< Item::gap, or a generic sentence when the item has none
  GapKind kind = GapKind::missing;
  ItemState state = ItemState::missing;
  bool required = false;
  double weight = 1.0;
  bool acknowledged = false;      ///< 报告已自查 (else 报告未提及)
  std::vector<Evidence> self_check;  ///< sentences of the shortcomings part that name the item
};

struct GapGroup {
  std::string part;               ///< Part::id ("结构", "五", …; "其他" for unknown parts)
  std::string title;              ///< Part::title
  std::vector<Gap> gaps;          ///< most important first
};

struct GapList {
  std::string checklist_id, checklist_title, checklist_basis;
  std::string report_title, report_path;
  std::optional<int> year;
  std::vector<GapGroup> groups;   ///< only non-empty groups

  std::size_t total() const;
  std::size_t acknowledged() const;  ///< 报告已自查
  std::size_t unmentioned() const;   ///< 报告未提及
};

/// Builds the gap list. Verdicts whose item is null are ignored.
GapList build_gaps(const Plan& plan, const std::vector<ItemVerdict>& verdicts, const Document& doc);

std::string_view gap_kind_name(GapKind k);  ///< "missing" "planned" "acknowledged" "unquantified"
std::string_view gap_status(const Gap& g);  ///< "报告已自查" or "报告未提及"

// Renderers (engine/analysis/gaps_render.cpp). Numbering as in a real report: 一、 per 纲要 part,
// （一） per classification (报告未提及 first), 1. per gap.
std::string render_gaps_markdown(const GapList& list);
std::string render_gaps_text(const GapList& list);
std::string render_gaps_json(const GapList& list);  ///< one object, UTF-8 kept, ends with '\n'


}  // namespace fz::analysis
