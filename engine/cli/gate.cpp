// fzscore gate FILE... [--min-score N] [--config F] [-c CHECKLIST] [--level L] [-f FORMAT] [-o OUT]
//   [-q|-v] [--color W]
// The CI gate. Exit 0 when every report passes, 1 when one fails, 2 on any error, whatever the
// format. Per report a PASS/FAIL line on stderr with the reasons naming item ids ("S2
// 存在的不足和原因: missing"), then one summary line ("7 份报告：通过 2，未通过 5，读取失败 0").
// With --format the scorecards also go to stdout or --out; the CI formats (junit, sarif,
// codequality) are written even when an input failed, carrying the failure (exit stays 2).
#include <iostream>
#include <memory>

#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_log.hpp"

namespace fz::cli {

namespace {

struct GateArgs {
  InputArgs inputs;
  RunArgs run;
  OutputArgs output;
  bool format_given = false;
};

int run_gate(const GateArgs& a) {
  a.inputs.validate();
  Pipeline pipe(a.run.options());
  ReportLog log(a.output);
  bool failed_gate = false;
  std::vector<Scorecard> cards;
  std::vector<InputFailure> failed;
  for_each_input(a.inputs, [&](const Input& input) {
    auto r = pipe.run(input);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      failed.push_back({input.name, log.failed(*ds)});
      return;
    }
    Scorecard& c = std::get<Scorecard>(r);
    log.scored(c);
    log.verdict(c);
    failed_gate = failed_gate || !c.passed;
    cards.push_back(std::move(c));
  });
  log.summary();
  int rc = !failed.empty() ? 2 : failed_gate ? 1 : 0;
  if (!a.format_given && a.output.to_stdout()) return rc;
  const std::string& format = a.output.format;
  // Exit 2: keep a previous --out rather than write a partial one, except in the CI formats,
  // which record the failed input (GitLab shows an empty report otherwise).
  if (!failed.empty() && !a.output.to_stdout() && !carries_failures(format)) {
    std::cerr << "fzscore gate: " << a.output.out << " not written (an input failed)\n";
    return 2;
  }
  std::string text = render_cards(format, cards, failed, {output_color(a.output), a.output.quiet});
  if (auto err = write_output(a.output.out, text)) {
    std::cerr << "fzscore gate: " << *err << "\n";
    return 2;
  }
  return rc;
}

}  // namespace

Command add_gate(CLI::App& root) {
  auto a = std::make_shared<GateArgs>();
  CLI::App* app = root.add_subcommand(
      "gate", "the CI gate: pass or fail each report (required items, parts, score threshold)");
  add_inputs(*app, a->inputs, true);
  add_output_options(*app, a->output, report_formats(), true);
  // Without --format (and without --out) the gate prints only its verdict lines on stderr.
  app->get_option("--format")
      ->description("also write the scorecards in this format (default: only the verdict lines "
                    "on stderr; text with --out)")
      ->each([a](const std::string&) { a->format_given = true; });
  add_run_options(*app, a->run, true);
  app->footer(exit_codes("every report passed", "a report failed the gate"));
  return {app, [a] { return run_gate(*a); }};
}

}  // namespace fz::cli
