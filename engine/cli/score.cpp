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
#include "engine/match/explain.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

std::vector<std::string> expand_stdin(const std::vector<std::string>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) {
    if (f != "-") {
      out.push_back(f);
      continue;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) out.push_back(line);
    }
  }
  return out;
}

RunOptions run_options(const Args& a) {
  RunOptions o;
  o.checklist = a.get("--checklist");
  o.config = a.get("--config");
  if (auto l = a.get("--level")) {
    auto lv = parse_level(*l);
    if (!lv || *lv == UnitLevel::unknown)
      throw UsageError{"--level must be one of 省, 市, 县区, 乡镇, 部门"};
    o.level = lv;
  }
  if (auto m = a.get("--min-score")) {
    try {
      std::size_t used = 0;
      o.min_score = std::stod(*m, &used);
      // !(in range): "nan" parses and compares false with everything; it would pass every gate
      if (used != m->size() || !(*o.min_score >= 0 && *o.min_score <= 100)) throw 0;
    } catch (...) {
      throw UsageError{"--min-score must be a number from 0 to 100"};
    }
  }
  return o;
}

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
