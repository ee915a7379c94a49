#include "dsl/examples.hpp"

#include <exception>

#include <fmt/format.h>

namespace fz::dsl {

std::size_t count_examples(const Plan& plan) {
  std::size_t n = 0;
  for (const auto& it : plan.items) n += it.examples.size();
  return n;
}

ExampleReport run_examples(const Plan& plan, const EvaluateExample& evaluate) {
  ExampleReport r;
  for (const auto& item : plan.items) {
    for (const auto& ex : item.examples) {
      ++r.run;
      std::string got;
      try {
        ItemState s = evaluate(plan, item, ex);
        if (s == ex.expected) continue;
        got = std::string(state_name(s));
      } catch (const std::exception& e) {
        // One broken example must not hide the others' results.
        got = std::string("an error: ") + e.what();
      }
      r.failures.push_back(fmt::format("{}:{}: example for {} expected {}, got {}",
                                       ex.file.empty() ? plan.file : ex.file, ex.line, item.id, state_name(ex.expected), got));
    }
  }
  return r;
}

}  // namespace fz::dsl
