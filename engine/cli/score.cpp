// fzscore score FILE... [--format text|json|jsonl|sarif|junit|md] [--checklist PATH]
//   [--explain ITEM] [--config PATH] [--level L] [--out FILE]
// `-` as FILE reads report paths from stdin, one per line; with jsonl each result is written as
// soon as it is ready. --out writes atomically. Exit 0, or 2 when any input failed (named).
#include <cstdio>
#include <iostream>
#include <string>

#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/report_args.hpp"
#include "engine/match/explain.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

int run_score(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--checklist", "--explain", "--config", "--level", "--out",
                             "--min-score"},
                      {});
  std::string format = a.get("--format").value_or("text");
  if (format == "html") throw UsageError{"--format html is not built yet"};
  std::string probe;
  if (!render_cards(format, {}, false, probe)) throw UsageError{"unknown format " + format};
  if (a.positional.empty()) throw UsageError{"no input files"};
  Pipeline pipe(run_options(a));
  auto out_path = a.get("--out");
  bool color = !out_path && format == "text" && want_color();
  bool stream = format == "jsonl" && !out_path;
  int rc = 0;
  std::vector<Scorecard> cards;
  std::string explained;
  for (const std::string& file : expand_stdin(a.positional)) {
    Document doc;
    const Plan* plan = nullptr;
    auto r = pipe.run(file, &doc, &plan);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      for (const auto& d : *ds) std::cerr << render(d) << "\n";
      rc = 2;
      continue;
    }
    Scorecard& card = std::get<Scorecard>(r);
    if (auto item = a.get("--explain")) {
      const Item* it = plan->find_item(*item);
      if (!it) {
        std::cerr << "fzscore score: unknown item " << *item << " in " << plan->file << "\n";
        return 2;
      }
      explained += file + "\n" + explain(*plan, doc, *it, card.level);
      continue;
    }
    if (stream) {
      render_jsonl(card, std::cout);
      std::cout.flush();
    } else {
      cards.push_back(std::move(card));
    }
  }
  std::string text = explained;
  if (explained.empty() && !stream && !cards.empty()) render_cards(format, cards, color, text);
  if (out_path) {
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
