// check(): every semantic error and warning of a parsed checklist in one run, each a Diagnostic
// at the offending span with a stable code (docs/dsl.md "Error codes"). compile() may assume a
// checklist with no errors here.
#pragma once

#include <vector>

#include "dsl/ast.hpp"
#include "engine/diagnostic.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

std::vector<Diagnostic> check(const Source& source, const ast::Checklist& checklist);

}  // namespace fz::dsl
