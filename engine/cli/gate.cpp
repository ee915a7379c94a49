// fzscore gate FILE... [--min-score N] [--config PATH] [--checklist PATH] [--level L]
//   [--format F] [--out FILE]
// Exit 0 when every report passes, 1 when one fails, 2 on any error, whatever the format. The
// reasons go to stderr, naming item ids ("S2 存在的不足和原因: missing").
#include <iostream>

#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/report_args.hpp"

namespace fz::cli {

int run_gate(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--checklist", "--config", "--level", "--year", "--out",
                             "--min-score"},
                      {});
  std::optional<std::string> format = a.get("--format");
  std::string probe;
  if (format && !render_cards(*format, {}, false, probe))
    throw UsageError{"unknown format " + *format};
  if (a.positional.empty()) throw UsageError{"no input files"};
  Pipeline pipe(run_options(a));
  bool error = false, failed = false;
  std::vector<Scorecard> cards;
  for (const std::string& file : expand_stdin(a.positional)) {
    auto r = pipe.run(file);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      for (const auto& d : *ds) std::cerr << render(d) << "\n";
      error = true;
      continue;
    }
    Scorecard& c = std::get<Scorecard>(r);
    if (c.passed) {
      std::cerr << c.file << ": PASS (score " << c.score << ")\n";
    } else {
      failed = true;
      std::cerr << c.file << ": FAIL\n";
      for (const auto& f : c.gate_failures) std::cerr << "  " << f << "\n";
    }
    for (const auto& w : c.warnings) std::cerr << "  warning: " << w << "\n";
    cards.push_back(std::move(c));
  }
  if (format) {
    std::string text;
    render_cards(*format, cards, !a.get("--out") && *format == "text" && want_color(), text);
    if (auto out = a.get("--out")) {
      // exit 2 (an input or config failed): keep the previous file rather than write a partial one
      if (error) {
        std::cerr << "fzscore gate: " << *out << " not written (an input failed)\n";
        return 2;
      }
      if (auto err = write_atomic(*out, text)) {
        std::cerr << "fzscore gate: " << *err << "\n";
        return 2;
      }
    } else {
      std::cout << text;
    }
  }
  return error ? 2 : failed ? 1 : 0;
}

}  // namespace fz::cli
