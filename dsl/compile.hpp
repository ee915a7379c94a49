// compile(): a checked syntax tree → fz::Plan in std types. Identical phrases share one entry of
// Plan::patterns so the matcher scans each sentence once for all items; term references (terms
// may include terms) are expanded into TermRef pattern lists. finalize() is NOT called here: the
// RE2 side lives with the engine (see load.hpp).
#pragma once

#include "dsl/ast.hpp"
#include "engine/match/plan.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

/// Precondition: check(source, checklist) reported no errors.
Plan compile(const Source& source, const ast::Checklist& checklist);

}  // namespace fz::dsl
