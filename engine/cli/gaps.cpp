// fzscore gaps FILE [--format md|text|json] [--checklist PATH] [--config PATH] [--level L]
//   [--out FILE]
// Drafts the 存在的不足 section from what the report does not show (engine/analysis/gaps):
// grouped by 纲要 part, most important first, and split into gaps the report's own shortcomings
// part already admits and real gaps it does not mention. Exit 0, or 2 on unreadable input.
#include <iostream>

#include "engine/analysis/gaps.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/report_args.hpp"

namespace fz::cli {

int run_gaps(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--checklist", "--config", "--level", "--year", "--out"}, {});
  std::string format = a.get("--format").value_or("md");
  if (format != "md" && format != "text" && format != "json")
    throw UsageError{"unknown format " + format + " (md, text or json)"};
  if (a.positional.size() != 1) throw UsageError{"usage: fzscore gaps FILE [--format md|text|json]"};
  Pipeline pipe(run_options(a));
  Document doc;
  const Plan* plan = nullptr;
  auto r = pipe.run(a.positional[0], &doc, &plan);
  if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
    for (const auto& d : *ds) std::cerr << render(d) << "\n";
    return 2;
  }
  const Scorecard& card = std::get<Scorecard>(r);
  analysis::GapList gaps = analysis::build_gaps(*plan, card.verdicts, doc);
  std::string out = format == "json"   ? analysis::render_gaps_json(gaps)
                    : format == "text" ? analysis::render_gaps_text(gaps)
                                       : analysis::render_gaps_markdown(gaps);
  if (auto path = a.get("--out")) {
    if (auto error = write_atomic(*path, out)) {
      std::cerr << render(file_error(*path, *error)) << "\n";
      return 2;
    }
    return 0;
  }
  std::cout << out;
  return 0;
}

}  // namespace fz::cli
