// fzscore diff OLD NEW [--format text|md|json] [--checklist PATH] [--config PATH] [--level L]
// Two reports of the same unit (two years, or two drafts): items gained and lost, score change
// per part, evidence matched by item and normalised sentence so moved paragraphs are no change.
// Exit 0, or 2 when either input cannot be read.
#include <iostream>

#include "engine/analysis/diff.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/report_args.hpp"

namespace fz::cli {

int run_diff(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--checklist", "--config", "--level", "--year"}, {});
  std::string format = a.get("--format").value_or("text");
  if (format != "text" && format != "md" && format != "json")
    throw UsageError{"unknown format " + format + " (text, md or json)"};
  if (a.positional.size() != 2) throw UsageError{"usage: fzscore diff OLD NEW"};
  Pipeline pipe(run_options(a));
  Document docs[2];
  Scorecard cards[2];
  for (int i = 0; i < 2; ++i) {
    auto r = pipe.run(a.positional[static_cast<std::size_t>(i)], &docs[i]);
    if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
      for (const auto& d : *ds) std::cerr << render(d) << "\n";
      return 2;
    }
    cards[i] = std::get<Scorecard>(std::move(r));
  }
  analysis::ReportDiff d = analysis::diff_reports(cards[0], docs[0], cards[1], docs[1]);
  std::cout << (format == "json" ? analysis::render_diff_json(d)
                : format == "md" ? analysis::render_diff_markdown(d)
                                 : analysis::render_diff_text(d));
  return 0;
}

}  // namespace fz::cli
