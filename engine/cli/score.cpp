// fzscore score FILE... [--format text|json|jsonl|sarif|junit|md|html] [--checklist PATH]
//   [--explain ITEM] [--config PATH] [--level L] [--out FILE]
// `-` as FILE reads report paths from stdin, one per line, each scored as soon as its line is
// read; with jsonl on stdout each result line is written and flushed when ready and a failed input
// gets a line {"file":…,"error":…} (a streaming mapper: docs/scale.md). html takes one report and
// writes one self-contained page. --out writes atomically. Exit 0, or 2 when any input failed.
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_args.hpp"
#include "engine/match/explain.hpp"
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

namespace {

/// Calls `f` for each path of `files`, `-` standing for the lines of stdin, read one at a time
/// so a pipe is processed while it is still being written.
template <class F>
void for_each_input(const std::vector<std::string>& files, F&& f) {
  for (const auto& name : files) {
    if (name != "-") {
      f(name);
      continue;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) f(line);
    }
  }
}

}  // namespace

int run_score(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--checklist", "--explain", "--config", "--level", "--year", "--out",
                             "--min-score"},
                      {});
  std::string format = a.get("--format").value_or("text");
  std::string probe;
  bool html = format == "html";
  if (!html && !render_cards(format, {}, false, probe)) throw UsageError{"unknown format " + format};
  if (a.positional.empty()) throw UsageError{"no input files"};
  if (html && (a.positional.size() != 1 || a.positional[0] == "-"))
    throw UsageError{"--format html takes one report; for many use fzscore batch --html DIR"};
  Pipeline pipe(run_options(a));
  auto out_path = a.get("--out");
  bool color = !out_path && format == "text" && want_color();
  bool stream = format == "jsonl" && !out_path;
  int rc = 0;
  std::vector<Scorecard> cards;
  std::string explained, page;
  bool stop = false;
  for_each_input(a.positional, [&](const std::string& file) {
    if (stop) return;
    Document doc;
    const Plan* plan = nullptr;
    auto r = pipe.run(file, &doc, &plan);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      std::string msg;
      for (const auto& d : *ds) {
        std::string line = render(d);
        std::cerr << line << "\n";
        while (!line.empty() && line.back() == '\n') line.pop_back();
        msg += (msg.empty() ? "" : "\n") + line;
      }
      if (stream) {
        std::cout << "{\"file\":" << json_quote(file) << ",\"error\":" << json_quote(msg) << "}\n";
        std::cout.flush();
      }
      rc = 2;
      return;
    }
    Scorecard& card = std::get<Scorecard>(r);
    if (auto item = a.get("--explain")) {
      const Item* it = plan->find_item(*item);
      if (!it) {
        std::cerr << "fzscore score: unknown item " << *item << " in " << plan->file << "\n";
        rc = 2;
        stop = true;
        return;
      }
      explained += file + "\n" + explain(*plan, doc, *it, card.level);
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
  std::string text = explained.empty() ? page : explained;
  if (explained.empty() && !stream && !cards.empty()) render_cards(format, cards, color, text);
  if (out_path) {
    // A run with a failed input (exit 2) leaves --out as it was: a CI step that reads it must not
    // take a partial result, or an empty one, for the whole run's.
    if (rc != 0) {
      std::cerr << "fzscore score: " << *out_path << " not written (an input failed)\n";
      return rc;
    }
    if (auto err = write_atomic(*out_path, text)) {
      std::cerr << "fzscore score: " << *err << "\n";
      return 2;
    }
  } else {
    std::cout << text;
  }
  return rc;
}

}  // namespace fz::cli
