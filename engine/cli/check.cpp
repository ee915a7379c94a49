// fzscore check: not built yet (placeholder until its issue lands).
#include <cstdio>

#include "engine/cli/commands.hpp"

namespace fz::cli {

int run_check(const Argv&) {
  std::fputs("fzscore check: not implemented yet\n", stderr);
  return 2;
}

}  // namespace fz::cli
