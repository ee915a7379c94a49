// Score: item states → points → a 0–100 score, weighted by part (docs/scoring.md explains the
// credits). n/a and waived items leave the denominator, so a county is not punished for items
// that do not apply to it.
#pragma once

#include <vector>

#include "engine/match/plan.hpp"
#include "engine/match/verdict.hpp"
#include "engine/scorecard.hpp"

namespace fz {

/// Share of an item's weight earned: met+quantified 1.0, met 0.85, acknowledged 0.25,
/// planned 0.15, missing and n/a 0.
double credit(const ItemVerdict& v);

struct ScoreResult {
  double score = 0;
  std::vector<PartScore> parts;
};

/// Sets each verdict's `points` (weight × credit) and returns the part subtotals and the total.
ScoreResult score(const Plan& plan, std::vector<ItemVerdict>& verdicts);

}  // namespace fz
