// fzscore test CHECKLIST...: run every item's `example` lines (dsl::run_examples) through the real
// pipeline and report each failure as file:line with the expected and actual state. Exit 0 when
// all pass, 1 when any fails, 2 when a checklist cannot be loaded.
#include <cstdio>
#include <memory>

#include "dsl/examples.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/match/example_runner.hpp"

namespace fz::cli {

namespace {

int run_test(const std::vector<std::string>& checklists) {
  std::string error;
  auto simplifier = Simplifier::load(Simplifier::default_config(), &error);
  if (!simplifier) {
    std::fprintf(stderr, "fzscore test: cannot load OpenCC: %s\n", error.c_str());
    return 2;
  }
  bool failed = false;
  for (const auto& path : checklists) {
    auto loaded = load_plan(path);  // the same reading, checking and compiling as `score`
    if (auto* errors = std::get_if<std::vector<Diagnostic>>(&loaded)) {
      for (const auto& d : *errors) std::fputs(render(d).c_str(), stderr);
      return 2;
    }
    const Plan& plan = std::get<LoadedPlan>(loaded).plan;
    auto report = dsl::run_examples(plan, [&](const Plan& p, const Item& it, const Example& e) {
      return evaluate_example(p, it, e, *simplifier);
    });
    for (const auto& f : report.failures) std::printf("%s\n", f.c_str());
    std::printf("%s: %zu examples, %zu passed, %zu failed\n", path.c_str(), report.run,
                report.run - report.failures.size(), report.failures.size());
    failed = failed || !report.failures.empty();
  }
  return failed ? 1 : 0;
}

}  // namespace

Command add_test(CLI::App& root) {
  auto checklists = std::make_shared<std::vector<std::string>>();
  CLI::App* app = root.add_subcommand("test", "run the `example` lines of checklists");
  app->add_option("CHECKLIST", *checklists, "checklist files")->required()->type_name("");
  app->footer(exit_codes("every example passed", "an example failed"));
  return {app, [checklists] { return run_test(*checklists); }};
}

}  // namespace fz::cli
