// regex_error(): does RE2 accept this pattern? The checklist checker (dsl/check.cpp) asks before
// compiling, so a bad /regex/ is reported at its literal in the .fz file; RE2 itself stays inside
// engine/ (one file per dependency).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fz {

/// RE2's message when it rejects `pattern` (UTF-8, log_errors off); nullopt when it compiles.
std::optional<std::string> regex_error(std::string_view pattern);

}  // namespace fz
