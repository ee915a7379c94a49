// Evaluate: Plan × Document → one ItemVerdict per item, following docs/dsl.md "How an item is
// evaluated": rules are alternatives; each phrase rule is tried per context (met, acknowledged,
// planned) on windows of sentences; the first context where a window satisfies the condition is
// the rule's state, and the window's sentences holding the hits used are the evidence.
#pragma once

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
};

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

ItemVerdict evaluate_item(const Plan& plan, const Document& doc, const Analysis& a,
                          const Item& item, UnitLevel level);

std::vector<ItemVerdict> evaluate(const Plan& plan, const Document& doc,
                                  const EvalOptions& options = {});

/// Maximum evidence sentences listed per supported state.
inline constexpr std::size_t kMaxEvidencePerState = 5;

}  // namespace fz
