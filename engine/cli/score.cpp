// fzscore score FILE... [-f text|json|jsonl|md|sarif|junit|codequality|html] [-o OUT]
//   [-c CHECKLIST] [--config F] [--level L] [--min-score N] [--explain ITEM] [-q|-v] [--color W]
// Scores each report. `-` reads one report's text from stdin; --files-from LIST reads paths, each
// scored as soon as its line is read: with jsonl on stdout each result line is written and flushed
// when ready and a failed input gets a line {"file":…,"error":…} (a streaming mapper:
// docs/scale.md). html takes one report and writes one self-contained page. --explain ITEM (an id
// or a unique fragment of a title) says why an item came out as it did. --out is written
// atomically; when an input fails only the CI formats (sarif, junit, codequality) still write it,
// with the failure inside. Exit 0, or 2 when any input failed.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "engine/cli/commands.hpp"
#include "engine/cli/item_lookup.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_log.hpp"
#include "engine/match/explain.hpp"
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

namespace {

struct ScoreArgs {
  InputArgs inputs;
  RunArgs run;
  OutputArgs output;
  std::optional<std::string> explain;
};

int run_score(const ScoreArgs& a) {
  a.inputs.validate();
  const std::string& format = a.output.format;
  bool html = format == "html";
  if (html && (a.inputs.files.size() != 1 || a.inputs.files_from))
    throw UsageError{"--format html takes one report; for many use fzscore batch --html DIR"};
  Pipeline pipe(a.run.options());
  ReportLog log(a.output);
  RenderOptions render_options{output_color(a.output), a.output.quiet};
  bool stream = format == "jsonl" && a.output.to_stdout();
  std::vector<Scorecard> cards;
  std::vector<InputFailure> failed;
  std::string explained, page;
  bool stop = false;
  for_each_input(a.inputs, [&](const Input& input) {
    if (stop) return;
    Document doc;
    const Plan* plan = nullptr;
    auto r = pipe.run(input, &doc, &plan);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      std::string msg = log.failed(*ds);
      if (stream) {
        std::cout << "{\"file\":" << json_quote(input.name) << ",\"error\":" << json_quote(msg)
                  << "}\n";
        std::cout.flush();
      }
      failed.push_back({input.name, msg});
      return;
    }
    Scorecard& card = std::get<Scorecard>(r);
    log.scored(card);
    if (a.explain) {
      auto found = find_item(*plan, *a.explain);
      if (auto* why = std::get_if<std::string>(&found)) {
        std::cerr << "fzscore score: " << *why << "\n";
        failed.push_back({input.name, *why});
        stop = true;
        return;
      }
      explained += input.name + "\n" + explain(*plan, doc, *std::get<const Item*>(found), card.level);
      return;
    }
    if (html) {
      std::ostringstream os;
      html::render_report(card, doc, *plan, os);
      page = os.str();
    } else if (stream) {
      render_jsonl(card, std::cout);
      std::cout.flush();
    } else {
      cards.push_back(std::move(card));
    }
  });
  if (stop) return 2;
  int rc = failed.empty() ? 0 : 2;
  if (stream) return rc;
  std::string text = a.explain ? explained
                     : html    ? page
                               : render_cards(format, cards, failed, render_options);
  // A run with a failed input (exit 2) leaves --out as it was: a CI step that reads it must not
  // take a partial result for the whole run's. The CI formats are the exception: they say which
  // input failed and why, which is what the CI page must show.
  if (rc != 0 && !a.output.to_stdout() && !(carries_failures(format) && !a.explain)) {
    std::cerr << "fzscore score: " << a.output.out << " not written (an input failed)\n";
    return rc;
  }
  if (auto err = write_output(a.output.out, text)) {
    std::cerr << "fzscore score: " << *err << "\n";
    return 2;
  }
  return rc;
}

}  // namespace

Command add_score(CLI::App& root) {
  auto a = std::make_shared<ScoreArgs>();
  CLI::App* app = root.add_subcommand("score", "score reports against the checklist");
  add_inputs(*app, a->inputs, true);
  std::vector<std::string> formats = report_formats();
  formats.push_back("html");
  add_output_options(*app, a->output, formats, true);
  add_run_options(*app, a->run, true);
  app->add_option("--explain", a->explain,
                  "say why ITEM (an id such as G15.1, or a unique fragment of its title) came out "
                  "as it did, instead of the scorecard")
      ->type_name("ITEM");
  app->footer(exit_codes("every report scored"));
  return {app, [a] { return run_score(*a); }};
}

}  // namespace fz::cli
