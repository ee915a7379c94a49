// The one entry point the rest of fzscore uses: checklist source text → compiled Plan, or
// diagnostics. parse (grammar.cpp, Spirit X3) → check (check.cpp) → compile (compile.cpp).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/input/read_file.hpp"
#include "engine/match/plan.hpp"
#include "engine/source.hpp"

namespace fz::dsl {

struct LoadResult {
  std::optional<Plan> plan;               ///< set when there are no errors
  std::vector<Diagnostic> diagnostics;    ///< errors and warnings, in source order
};

/// Parses, checks and compiles. The Plan comes back WITHOUT finalize(): the caller (the CLI, tests
/// that match) calls fz::finalize(plan) before matching. Keeping RE2 compilation out of loading
/// lets fz_dsl link without the matcher, and check.cpp already validated every regex with
/// regex_error(), so finalize() failing on a loaded plan would be an engine bug.
///
/// `include "FILE"` lines name wording libraries, read relative to the checklist's folder
/// (Source::name()) through `read` (tests pass an in-memory reader); an unreadable one is E024.
/// Plan::sources lists the files read and Plan::source_sha256 hashes their text.
using ReadText = std::function<std::variant<std::string, ReadFailure>(const std::string& path)>;
LoadResult load_checklist(const Source& source, const ReadText& read);
LoadResult load_checklist(const Source& source);  ///< reads includes from disk

}  // namespace fz::dsl
