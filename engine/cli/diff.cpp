// fzscore diff OLD NEW [-f text|md|json] [-c CHECKLIST] [--config F] [--level L] [-o OUT]
// Two reports of the same unit (two years, or two drafts): items gained and lost, score change
// per part, evidence matched by item and normalised sentence so moved paragraphs are no change.
// Either may be `-` (its text on stdin). Exit 0, or 2 when either input cannot be read.
#include <iostream>
#include <memory>

#include "engine/analysis/diff.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_log.hpp"

namespace fz::cli {

namespace {

struct DiffArgs {
  InputArgs inputs;
  RunArgs run;
  OutputArgs output;
};

int run_diff(const DiffArgs& a) {
  a.inputs.validate();
  Pipeline pipe(a.run.options());
  ReportLog log(a.output);
  std::vector<Input> inputs;
  for_each_input(a.inputs, [&](const Input& in) { inputs.push_back(in); });
  Document docs[2];
  Scorecard cards[2];
  for (std::size_t i = 0; i < 2; ++i) {
    auto r = pipe.run(inputs[i], &docs[i]);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      log.failed(*ds);
      return 2;
    }
    cards[i] = std::get<Scorecard>(std::move(r));
  }
  analysis::ReportDiff d = analysis::diff_reports(cards[0], docs[0], cards[1], docs[1]);
  for (const auto& w : d.warnings) std::cerr << "fzscore diff: 注意：" << w << "\n";
  const std::string& format = a.output.format;
  std::string out = format == "json" ? analysis::render_diff_json(d)
                    : format == "md" ? analysis::render_diff_markdown(d)
                                     : analysis::render_diff_text(d);
  if (auto error = write_output(a.output.out, out)) {
    std::cerr << "fzscore diff: " << *error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

Command add_diff(CLI::App& root) {
  auto a = std::make_shared<DiffArgs>();
  CLI::App* app = root.add_subcommand("diff", "compare two reports: items gained and lost, score by part");
  app->add_option("OLD_NEW", a->inputs.files, "the old and the new report; one may be `-` (its text on stdin)")
      ->required()
      ->expected(2)
      ->type_name("");
  app->add_option("--stdin-filename", a->inputs.stdin_filename,
                  "the name of the report read from stdin (messages, file type)")
      ->type_name("NAME");
  add_output_options(*app, a->output, {"text", "md", "json"}, false);
  add_run_options(*app, a->run, false);
  app->footer(exit_codes("the comparison was written"));
  return {app, [a] { return run_diff(*a); }};
}

}  // namespace fz::cli
