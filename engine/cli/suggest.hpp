// "Did you mean": the closest of a list of known names to a mistyped one (an option, a command, a
// format, an item id), by edit distance, as git, cargo and ruff suggest. CLI11 2.1 has no such
// suggestion of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fz::cli {

/// Edit distance in bytes (names here are ASCII), a swap of two neighbours counting as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The known name nearest to `typed`, when it is near enough to be a typo (distance at most a
/// third of the longer name, and at least 1 edit allowed); nullopt otherwise.
std::optional<std::string> closest(std::string_view typed, const std::vector<std::string>& known);

/// " (did you mean X?)" or "".
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& known);

}  // namespace fz::cli
