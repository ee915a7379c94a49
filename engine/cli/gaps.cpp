// fzscore gaps FILE [--style draft|memo] [--max N] [--format md|text|json|docx]
//   [--checklist PATH] [--config PATH] [--level L] [--out FILE]
// What the report does not show (engine/analysis/gaps), as a draft of its 存在的不足和原因 part
// (default) or as the reviewer's memo. JSON holds both, with ids and kinds, for scripts. A .docx
// is binary: it goes to --out, or to stdout only when that is not a terminal. Exit 0, or 2 on
// unreadable input or a bad option.
#include <unistd.h>

#include <charconv>
#include <iostream>

#include "engine/analysis/gaps.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/report_args.hpp"

namespace fz::cli {

namespace {

std::size_t max_paragraphs(const Args& a) {
  auto v = a.get("--max");
  if (!v) return analysis::GapOptions{}.max_paragraphs;
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < 1 || n > 20)
    throw UsageError{"--max must be a whole number from 1 to 20 (paragraphs of the draft), not " + *v};
  return n;
}

}  // namespace

int run_gaps(const Argv& argv) {
  Args a = parse_args(argv, {"--format", "--style", "--max", "--checklist", "--config", "--level", "--out"},
                      {});
  std::string format = a.get("--format").value_or("md");
  if (format != "md" && format != "text" && format != "json" && format != "docx")
    throw UsageError{"unknown format " + format + " (md, text, json or docx)"};
  std::string style_name = a.get("--style").value_or("draft");
  if (style_name != "draft" && style_name != "memo")
    throw UsageError{"unknown style " + style_name + " (draft or memo)"};
  auto style = style_name == "memo" ? analysis::GapStyle::memo : analysis::GapStyle::draft;
  analysis::GapOptions options{max_paragraphs(a)};
  if (a.positional.size() != 1)
    throw UsageError{"usage: fzscore gaps FILE [--style draft|memo] [--max N] [--format md|text|json|docx]"};
  auto path = a.get("--out");
  if (format == "docx" && !path && isatty(STDOUT_FILENO))
    throw UsageError{"--format docx writes a Word file: add --out FILE.docx (or redirect stdout)"};
  Pipeline pipe(run_options(a));
  Document doc;
  const Plan* plan = nullptr;
  auto r = pipe.run(a.positional[0], &doc, &plan);
  if (auto* ds = std::get_if<std::vector<Diagnostic>>(&r)) {
    for (const auto& d : *ds) std::cerr << render(d) << "\n";
    return 2;
  }
  const Scorecard& card = std::get<Scorecard>(r);
  analysis::GapList gaps = analysis::build_gaps(*plan, card.verdicts, doc, options);
  std::string out = format == "json"   ? analysis::render_gaps_json(gaps)
                    : format == "text" ? analysis::render_gaps_text(gaps, style)
                    : format == "docx" ? analysis::render_gaps_docx(gaps, style)
                                       : analysis::render_gaps_markdown(gaps, style);
  if (path) {
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
