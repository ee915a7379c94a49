// fzscore gaps FILE [--style draft|memo] [--max N] [-f md|text|json|docx] [-c CHECKLIST]
//   [--config F] [--level L] [-o OUT]
// What the report does not show (engine/analysis/gaps), as a draft of its 存在的不足和原因 part
// (default) or as the reviewer's memo. JSON holds both, with ids and kinds, for scripts. A .docx
// is binary: it goes to --out, or to stdout only when that is not a terminal. FILE `-` reads the
// report from stdin. Exit 0, or 2 on unreadable input or a bad option.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "engine/analysis/gaps.hpp"
#include "engine/cli/atomic_file.hpp"
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
  std::string style = "draft";
  std::size_t max_paragraphs = analysis::GapOptions{}.max_paragraphs;
};

int run_gaps(const GapsArgs& a) {
  const mode_t umask = read_umask();  // before any thread: see atomic_file.hpp
  check_output_option(a.output, a.input);
  const std::string& format = a.output.format;
  if (format == "docx" && a.output.to_stdout() && isatty(STDOUT_FILENO))
    throw UsageError{"--format docx writes a Word file: add --out FILE.docx (or redirect stdout)"};
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
  analysis::GapList gaps = analysis::build_gaps(*plan, card.verdicts, doc, {a.max_paragraphs});
  auto style = a.style == "memo" ? analysis::GapStyle::memo : analysis::GapStyle::draft;
  std::string out = format == "json"   ? analysis::render_gaps_json(gaps)
                    : format == "text" ? analysis::render_gaps_text(gaps, style)
                    : format == "docx" ? analysis::render_gaps_docx(gaps, style)
                                       : analysis::render_gaps_markdown(gaps, style);
  if (auto error = write_output(a.output.out, out, umask)) {
    std::cerr << "fzscore gaps: " << *error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

Command add_gaps(CLI::App& root) {
  auto a = std::make_shared<GapsArgs>();
  CLI::App* app = root.add_subcommand(
      "gaps", "draft the 存在的不足和原因 section, or the reviewer's memo of what the report lacks");
  app->add_option("FILE", a->input.files, "the report; `-` reads its text from stdin")
      ->required()
      ->expected(1)
      ->type_name("");
  app->add_option("--stdin-filename", a->input.stdin_filename,
                  "the name of the report read from stdin (messages, file type)")
      ->type_name("NAME");
  app->add_option("--style", a->style,
                  "draft: prose to paste under 存在的不足和原因; memo: every gap with its clause, "
                  "what would satisfy it and the report's own words")
      ->type_name("STYLE")
      ->check(one_of({"draft", "memo"}))
      ->capture_default_str();
  app->add_option("--max", a->max_paragraphs, "paragraphs of the draft (one per 纲要 part)")
      ->type_name("N")
      ->check(CLI::Range(1, 20))
      ->capture_default_str();
  add_output_options(*app, a->output, {"md", "text", "json", "docx"}, false);
  add_run_options(*app, a->run, false);
  app->footer(exit_codes("the draft or memo was written"));
  return {app, [a] {
            a->input.validate();
            return run_gaps(*a);
          }};
}

}  // namespace fz::cli
