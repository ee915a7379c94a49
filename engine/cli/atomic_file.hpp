// Atomic output: write to a temporary file in the same directory, then rename over the target,
// so a reader (CI, batch scripts) never sees a half-written result.
#pragma once

#include <optional>
#include <string>

namespace fz::cli {

/// Writes `content` to `path` atomically; returns an error message on failure.
std::optional<std::string> write_atomic(const std::string& path, const std::string& content);

}  // namespace fz::cli
