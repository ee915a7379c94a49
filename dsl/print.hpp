// print(): the syntax tree as a small indented text, one node a line with its byte span, for the
// parser's golden tests (tests/golden/parse/*.ast). Stable: change it only with the goldens.
#pragma once

#include <string>

#include "dsl/ast.hpp"

namespace fz::dsl {

std::string print(const ast::Checklist& checklist);

}  // namespace fz::dsl
