// fzscore gaps FILE [-f md|text|json] [-c CHECKLIST] [--config F] [--level L] [-o OUT]
// Drafts the 存在的不足 section from what the report does not show (engine/analysis/gaps):
// grouped by 纲要 part, most important first, and split into gaps the report's own shortcomings
// part already admits and real gaps it does not mention. FILE `-` reads the report from stdin.
// Exit 0, or 2 on unreadable input.
#include <iostream>
#include <memory>

#include "engine/analysis/gaps.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_log.hpp"

namespace fz::cli {

namespace {

struct GapsArgs {
  InputArgs input;
  RunArgs run;
  OutputArgs output;
};

int run_gaps(const GapsArgs& a) {
  Pipeline pipe(a.run.options());
  ReportLog log(a.output);
  std::optional<Input> input;
  for_each_input(a.input, [&](const Input& in) { input = in; });
  Document doc;
  const Plan* plan = nullptr;
  auto r = pipe.run(*input, &doc, &plan);
  if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
    log.failed(*ds);
    return 2;
  }
  const Scorecard& card = std::get<Scorecard>(r);
  analysis::GapList gaps = analysis::build_gaps(*plan, card.verdicts, doc);
  const std::string& format = a.output.format;
  std::string out = format == "json"   ? analysis::render_gaps_json(gaps)
                    : format == "text" ? analysis::render_gaps_text(gaps)
                                       : analysis::render_gaps_markdown(gaps);
  if (auto error = write_output(a.output.out, out)) {
    std::cerr << "fzscore gaps: " << *error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

Command add_gaps(CLI::App& root) {
  auto a = std::make_shared<GapsArgs>();
  CLI::App* app = root.add_subcommand("gaps", "draft the 存在的不足 section from what the report lacks");
  app->add_option("FILE", a->input.files, "the report; `-` reads its text from stdin")
      ->required()
      ->expected(1)
      ->type_name("");
  app->add_option("--stdin-filename", a->input.stdin_filename,
                  "the name of the report read from stdin (messages, file type)")
      ->type_name("NAME");
  add_output_options(*app, a->output, {"md", "text", "json"}, false);
  add_run_options(*app, a->run, false);
  app->footer(exit_codes("the draft was written"));
  return {app, [a] {
            a->input.validate();
            return run_gaps(*a);
          }};
}

}  // namespace fz::cli
