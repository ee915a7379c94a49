// fzscore test CHECKLIST...: run every item's `example` lines (dsl::run_examples) through the real
// pipeline and report each failure as file:line with the expected and actual state. Exit 0 when
// all pass, 1 when any fails, 2 when a checklist cannot be loaded.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "dsl/examples.hpp"
#include "dsl/load.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/commands.hpp"
#include "engine/match/example_runner.hpp"

namespace fz::cli {

int run_test(const Argv& argv) {
  Args args = parse_args(argv, {}, {});
  if (args.positional.empty()) throw UsageError{"usage: fzscore test CHECKLIST..."};
  std::string error;
  auto simplifier = Simplifier::load(Simplifier::default_config(), &error);
  if (!simplifier) {
    std::fprintf(stderr, "fzscore test: cannot load OpenCC: %s\n", error.c_str());
    return 2;
  }
  bool failed = false;
  for (const auto& path : args.positional) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fputs(render(file_error(path, "cannot read the checklist")).c_str(), stderr);
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    dsl::LoadResult r = dsl::load_checklist(Source(path, ss.str()));
    for (const auto& d : r.diagnostics)
      if (d.severity == Severity::error) std::fputs(render(d).c_str(), stderr);
    if (!r.plan) return 2;
    if (auto bad = finalize(*r.plan)) {
      std::fprintf(stderr, "%s: pattern %d: %s\n", path.c_str(), bad->first, bad->second.c_str());
      return 2;
    }
    auto report = dsl::run_examples(*r.plan, [&](const Plan& p, const Item& it, const Example& e) {
      return evaluate_example(p, it, e, *simplifier);
    });
    for (const auto& f : report.failures) std::printf("%s\n", f.c_str());
    std::printf("%s: %zu examples, %zu passed, %zu failed\n", path.c_str(), report.run,
                report.run - report.failures.size(), report.failures.size());
    failed = failed || !report.failures.empty();
  }
  return failed ? 1 : 0;
}

}  // namespace fz::cli
