// fzscore test CHECKLIST...: run every item's `example` lines (dsl::run_examples).
// TODO(integration): the evaluator (engine/match/evaluate) is not in this branch yet. Until it is
// wired in as the EvaluateExample callback, this command loads the checklists, reports how many
// examples each has, and exits 2 so no one mistakes "not run" for "passed".
#include <cstdio>
#include <fstream>
#include <sstream>

#include "dsl/examples.hpp"
#include "dsl/load.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/commands.hpp"

namespace fz::cli {

int run_test(const Argv& argv) {
  Args args = parse_args(argv, {}, {});
  if (args.positional.empty()) throw UsageError{"usage: fzscore test CHECKLIST..."};
  for (const auto& path : args.positional) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fputs(render(file_error(path, "cannot read the checklist")).c_str(), stderr);
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    dsl::LoadResult r = dsl::load_checklist(Source(path, ss.str()));
    for (const auto& d : r.diagnostics) std::fputs(render(d).c_str(), stderr);
    if (!r.plan) return 2;
    std::printf("%s: %zu examples\n", path.c_str(), dsl::count_examples(*r.plan));
  }
  std::fputs("fzscore test: the evaluator is not wired in yet; examples were not run\n", stderr);
  return 2;
}

}  // namespace fz::cli
