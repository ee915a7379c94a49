#include "dsl/load.hpp"

#include <algorithm>
#include <tuple>

#include "dsl/check.hpp"
#include "dsl/compile.hpp"
#include "dsl/parse.hpp"

namespace fz::dsl {

LoadResult load_checklist(const Source& source) {
  LoadResult r;
  ParseResult parsed = parse(source);
  r.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.checklist) return r;
  std::vector<Diagnostic> found = check(source, *parsed.checklist);
  // Source order (line, then column) reads like a compiler's output; stable keeps ties in the
  // order the checks found them.
  std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  r.diagnostics.insert(r.diagnostics.end(), found.begin(), found.end());
  if (!has_errors(r.diagnostics)) r.plan = compile(source, *parsed.checklist);
  return r;
}

}  // namespace fz::dsl
