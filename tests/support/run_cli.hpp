// run_cli(): runs the built fzscore binary as a child process, the way a CI job does, and
// captures its exit code, stdout and stderr, and its own wall time and peak memory (wait4's
// rusage, so the figures are the child's alone). For CLI and reliability tests.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fz::test {

struct CliResult {
  int exit_code = -1;   ///< -1 when the process did not exit normally (a crash)
  int signal = 0;       ///< the signal that killed it, 0 when it exited
  std::string out, err;
  double seconds = 0;
  long max_rss_kb = 0;  ///< peak resident set size of the child
};

/// Runs FZ_BINARY with `args` (no shell), stdin from `input`, in the source directory.
CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "");

/// How else to run it: another binary (an installed copy), another working directory, and
/// environment variables set (a value) or removed (nullopt) on top of this process's.
struct CliSetup {
  std::string input;
  std::string binary;  ///< empty: FZ_BINARY
  std::string cwd;     ///< empty: the source directory
  std::vector<std::pair<std::string, std::optional<std::string>>> env;
};
CliResult run_cli(const std::vector<std::string>& args, const CliSetup& setup);

/// Path under the source tree (FZ_SOURCE_DIR).
std::string source_path(const std::string& relative);

}  // namespace fz::test
