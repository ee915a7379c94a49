// Example runner: evaluates one checklist `example` the way a report would be evaluated. The
// sentence is placed under a top-level heading whose wording gives the example's role, then the
// whole pipeline (normalise → structure → match → evaluate) runs on that small document, so an
// example exercises exactly what a real report does.
#pragma once

#include <string>

#include "engine/input/simplify.hpp"
#include "engine/match/plan.hpp"

namespace fz {

/// The small report text an example becomes: a heading for its role, then the sentence.
std::string example_text(const Example& example);

/// The state `item` reaches on the example. The unit level is unknown, so `levels` never makes
/// an example n/a.
ItemState evaluate_example(const Plan& plan, const Item& item, const Example& example,
                           const Simplifier& simplifier);

}  // namespace fz
