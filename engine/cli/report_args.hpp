// The arguments every report command shares: report paths (with `-` meaning "read paths from
// stdin, one per line") and --checklist/--config/--level/--min-score read into RunOptions.
// Bad values are usage errors (exit 2).
#pragma once

#include <string>
#include <vector>

#include "engine/cli/args.hpp"
#include "engine/cli/load.hpp"

namespace fz::cli {

std::vector<std::string> expand_stdin(const std::vector<std::string>& files);
RunOptions run_options(const Args& a);

}  // namespace fz::cli
