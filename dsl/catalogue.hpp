// The item catalogue (shared/spec/items.yaml): the ids a checklist must define. `fzscore check
// --catalogue` compares a loaded Plan against it (E020 names every missing id).
#pragma once

#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/match/plan.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

struct Catalogue {
  std::vector<std::string> ids;         ///< in file order
  std::vector<Diagnostic> diagnostics;  ///< YAML errors, at line:col of the catalogue
};

/// Every `id:` of every entry of the top-level lists (structure:, items:, …).
Catalogue read_catalogue(const Source& yaml);

/// E020 on the checklist file when some catalogue ids are not defined as items.
std::vector<Diagnostic> check_catalogue(const Plan& plan, const Catalogue& catalogue);

}  // namespace fz::dsl
