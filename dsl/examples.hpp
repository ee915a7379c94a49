// run_examples(): a checklist's embedded `example` lines as tests. The evaluator belongs to the
// matcher/evaluator stage, so it comes in as a callback; this file only runs and reports.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/match/plan.hpp"

namespace fz::dsl {

/// Places `example.text` under a part of `example.role` and returns the state `item` reaches.
using EvaluateExample = std::function<ItemState(const Plan&, const Item&, const Example&)>;

struct ExampleReport {
  std::size_t run = 0;
  std::vector<std::string> failures;  ///< "file:line: example for G15.1 expected planned, got met"
};

std::size_t count_examples(const Plan& plan);
ExampleReport run_examples(const Plan& plan, const EvaluateExample& evaluate);

}  // namespace fz::dsl
