// The one entry point the rest of fzscore uses: checklist source text → compiled Plan, or
// diagnostics. parse (grammar.cpp, Spirit X3) → check (check.cpp) → compile (compile.cpp).
#pragma once

#include <optional>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/match/plan.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

struct LoadResult {
  std::optional<Plan> plan;               ///< set when there are no errors
  std::vector<Diagnostic> diagnostics;    ///< errors and warnings, in source order
};

LoadResult load_checklist(const Source& source);

}  // namespace fz::dsl
