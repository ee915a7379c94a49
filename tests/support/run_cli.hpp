// run_cli(): runs the built fzscore binary as a child process, the way a CI job does, and
// captures its exit code, stdout and stderr. For CLI tests of exit codes and messages.
#pragma once

#include <string>
#include <vector>

namespace fz::test {

struct CliResult {
  int exit_code = -1;   ///< -1 when the process did not exit normally (a crash)
  std::string out, err;
};

/// Runs FZ_BINARY with `args` (no shell), stdin from `input`, in the source directory.
CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "");

/// Path under the source tree (FZ_SOURCE_DIR).
std::string source_path(const std::string& relative);

}  // namespace fz::test
