// One entry point per subcommand, each in its own file named for it. Each takes the arguments
// after the subcommand name and returns the process exit code (output.md): 0 done / gate passed,
// 1 gate failed, 2 usage error or unreadable input (stderr names the file).
#pragma once

#include <string>
#include <vector>

namespace fz::cli {

using Argv = std::vector<std::string>;

int run_score(const Argv& args);    // score.cpp
int run_gate(const Argv& args);     // gate.cpp
int run_gaps(const Argv& args);     // gaps.cpp
int run_diff(const Argv& args);     // diff.cpp
int run_batch(const Argv& args);    // batch.cpp
int run_check(const Argv& args);    // check.cpp
int run_test(const Argv& args);     // test.cpp
int run_text(const Argv& args);     // text.cpp
int run_outline(const Argv& args);  // outline.cpp

}  // namespace fz::cli
