// Verdict: what the engine concludes about one item of one report, with the evidence.
#pragma once

#include <string>
#include <vector>

#include "engine/document/role.hpp"
#include "engine/match/plan.hpp"
#include "engine/span.hpp"

namespace fz {

/// One quoted sentence. `start/end` are bytes of the original input (output.md); `line/column`
/// are 1-based, column in characters; `quote` is exactly those input bytes (decoded to UTF-8).
struct Evidence {
  Span original;
  Span normalised;                ///< the same sentence in the normalised text (empty: text
                                  ///< normalisation dropped, such as a page-header date)
  Span decoded;                   ///< the same text in the decoded UTF-8 (Document::decoded)
  std::size_t line = 0, column = 0;
  std::size_t end_line = 0, end_column = 0;  ///< just past the quote (exclusive), for SARIF
  std::string quote;
  std::string section;            ///< section path
  Role role = Role::other;
  ItemState supports = ItemState::met;  ///< which state this sentence supports
  std::vector<std::string> terms;       ///< terms that hit in it
  bool figure = false;                  ///< a figure with a unit stands near a hit
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct ItemVerdict {
  const Item* item = nullptr;     ///< points into the Plan, which outlives the verdict
  ItemState state = ItemState::missing;
  bool quantified = false;
  double points = 0;
  std::vector<Evidence> evidence;
  bool waived = false;
  std::string waiver_reason;
};

}  // namespace fz
