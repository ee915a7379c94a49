// parse(): checklist source → syntax tree, or the first syntax error as a Diagnostic (E001).
// The only door to Spirit X3 (grammar.cpp); callers never include x3.hpp.
#pragma once

#include <optional>
#include <vector>

#include "dsl/ast.hpp"
#include "engine/diagnostic.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

struct ParseResult {
  std::optional<ast::Checklist> checklist;  ///< set when the text parsed
  std::vector<Diagnostic> diagnostics;      ///< at most one syntax error (E001)
};

ParseResult parse(const Source& source);

}  // namespace fz::dsl
