// Which checklist scores a report when --checklist is not given, and what the user is told about
// it. By the report's year: 2021 and later the 纲要 2021-2025 list, up to 2020 the 2015-2020 one.
// A report that states no year is still scored, never refused: the year inferred from the
// publication date is used and said so; with no date either, the 纲要 the text itself follows
// (2021—2025 / 十四五 against 2015—2020 / 十三五) decides, and every output carries the warning
// "年度未写明，按2021-2025年纲要检查". `--year N` sets the year outright.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/cli/checklist_search.hpp"
#include "engine/diagnostic.hpp"
#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"

namespace fz::cli {

struct ChecklistChoice {
  std::string path;
  std::vector<std::string> warnings;  ///< for every output of this report
};

/// Sets doc.meta.year from --year when given (its source then says so).
void apply_year_option(Document& doc, std::optional<int> year);

/// The default checklist for `doc` (after apply_year_option) in `dirs`, or why there is none.
std::variant<ChecklistChoice, Diagnostic> choose_checklist(const Document& doc,
                                                           const std::vector<ChecklistDir>& dirs);

/// A warning when the report's year lies outside the years `plan` declares.
std::optional<std::string> year_outside(const Plan& plan, const Document& doc);

}  // namespace fz::cli
