// Evaluate: Plan × Document → one ItemVerdict per item, following docs/dsl.md "How an item is
// evaluated": rules are alternatives; each phrase rule is tried per context (met, acknowledged,
// planned) on windows of sentences; the first context where a window satisfies the condition is
// the rule's state. Every sentence of every satisfying window of the best state is a candidate
// quote; they are ranked (a body sentence over a heading, one that shows the item on its own and
// gives a figure for it over a passing mention, the most specific over a summary: docs/scoring.md
// "Which sentence is quoted") and the best three are the evidence. `quantified` is judged on all
// candidates and on the passage under a heading that shows the item, so it does not depend on
// which sentence is quoted, on headings added or removed, or on the order of paragraphs.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/plan.hpp"
#include "engine/match/verdict.hpp"

namespace fz {

/// What evaluate needs per document, computed once: the hits and each sentence's context.
struct Analysis {
  Matches matches;
  /// The hits of each pattern, in text order: pattern p owns
  /// by_pattern[first_of_pattern[p] .. first_of_pattern[p + 1]) (indexes into matches.hits).
  /// Lets a rule visit only the sentences where its patterns hit.
  std::vector<std::size_t> first_of_pattern, by_pattern;
  std::vector<ItemState> context;  ///< per sentence: met, acknowledged or planned
  std::vector<char> is_units;      ///< per pattern: one of Plan::units
  /// Per hit: a figure (a units hit that is a count, amount or percentage; not a year such as
  /// "2023年", not an ordinal such as "第3次").
  std::vector<char> is_figure;
  /// Per pattern: a phrase of some item's rule (not only a context set such as units).
  std::vector<char> item_pattern;
  std::vector<char> is_heading;      ///< per sentence: it is its section's heading, nothing more
  std::vector<int> heading_sentence; ///< per section: the sentence holding its heading (-1: none)
};

/// Han characters a sentence needs to count as content of a statutory part ("无。" does not).
inline constexpr std::size_t kContentChars = 4;

Analysis analyse(const Plan& plan, const Document& doc);

struct EvalOptions {
  std::optional<UnitLevel> level;  ///< overrides doc.meta.level (gate config `level`)
};

/// The window of one phrase rule that satisfied its condition in one context.
struct RuleMatch {
  std::vector<std::size_t> hits;  ///< indexes into Matches::hits used by the condition
  std::vector<int> sentences;     ///< the sentences holding them, ascending
};

/// Tries one phrase rule in one context; `window` overrides the rule's window (for explain).
std::optional<RuleMatch> match_rule(const Plan& plan, const Document& doc, const Analysis& a,
                                    const Rule& rule, ItemState context,
                                    std::optional<Window> window = std::nullopt);

/// One sentence put forward as evidence for an item, with what ranks it (better_quote: a body
/// sentence over a heading; one that satisfies a rule on its own, with a figure for the item,
/// over a passing mention; then the most specific: under a heading that names the item, more of
/// the item's rules, the item leading the sentence, more figures, a longer phrase of the item, a
/// smaller share of other items' phrases, more of its phrases; then the earlier).
struct Candidate {
  int sentence = -1;
  ItemState state = ItemState::met;
  bool heading = false;          ///< the sentence is a heading (its section's title line)
  bool self = false;             ///< it satisfies a rule's condition on its own
  bool figure = false;           ///< a figure within figure_distance of one of the item's hits
  bool passage_figure = false;   ///< a sub-heading that shows the item, over a passage giving its figure
  bool under_named = false;      ///< a heading above it shows the item too
  int rules = 0;                 ///< satisfying windows (of distinct rules) that put it forward
  int patterns = 0;              ///< distinct phrases of the item used in it
  int longest = 0;               ///< characters of its longest hit of the item's phrases
  bool leads = false;            ///< the item's words come first (within kLeadChars): its topic
  int sentence_figures = 0;      ///< all figures in the sentence, the item's or not: how specific
  int others = 0;                ///< hits of other items' phrases in it
  std::uint64_t rule_mask = 0;   ///< which rules (by index, the first 64) put it forward
};

/// Characters before the item's first phrase for a sentence to count as leading with the item.
inline constexpr std::size_t kLeadChars = 20;

/// Ordering of candidates: true when `a` is the better quote.
bool better_quote(const Candidate& a, const Candidate& b);

/// What evaluate_item saw, for --explain: every candidate of the best state (and of
/// acknowledged, for a met item), ranked best first within each state.
struct ItemTrace {
  std::vector<Candidate> candidates;
  /// Each rule (by index) that reached a state, with that state, in rule order.
  std::vector<std::pair<std::size_t, ItemState>> offered;
  /// For a `part ROLE` rule that found its part but no content in it: the part's section.
  std::vector<int> empty_parts;
  /// A statutory item's heading that matched but has no content under it.
  std::vector<int> empty_headings;
};

ItemVerdict evaluate_item(const Plan& plan, const Document& doc, const Analysis& a,
                          const Item& item, UnitLevel level, ItemTrace* trace = nullptr);

std::vector<ItemVerdict> evaluate(const Plan& plan, const Document& doc,
                                  const EvalOptions& options = {});

/// Maximum evidence sentences listed per supported state, best first.
inline constexpr std::size_t kMaxEvidencePerState = 3;

}  // namespace fz
