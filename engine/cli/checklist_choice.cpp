#include "engine/cli/checklist_choice.hpp"

#include <fmt/format.h>


namespace fz::cli {
namespace {

std::size_t count(std::string_view s, std::string_view w) {
  std::size_t n = 0;
  for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + w.size())) ++n;
  return n;
}

// Which 纲要 the text follows: mentions of its span of years or its five-year plan.
int outline_year_from_content(std::string_view text) {
  std::size_t newer = 0, older = 0;
  for (std::string_view w : {"2021—2025", "2021-2025", "2021－2025", "2021至2025", "十四五"}) newer += count(text, w);
  for (std::string_view w : {"2015—2020", "2015-2020", "2015－2020", "2015至2020", "十三五", "2016—2020", "2016-2020"})
    older += count(text, w);
  return older > newer ? 2020 : 2021;
}

}  // namespace

void apply_year_option(Document& doc, std::optional<int> year) {
  if (!year) return;
  doc.meta.year = *year;
  doc.meta.year_from = MetaSource::option;
  doc.meta.year_span = {};
}

std::variant<ChecklistChoice, Diagnostic> choose_checklist(const Document& doc,
                                                           const std::vector<ChecklistDir>& dirs) {
  ChecklistChoice c;
  int year = 0;
  if (doc.meta.year) {
    year = *doc.meta.year;
    if (doc.meta.year_from == MetaSource::published)
      c.warnings.push_back(fmt::format("年度未写明，按发布日期（{}-{:02}-{:02}）推定为{}年度", doc.meta.published->year,
                                       doc.meta.published->month, doc.meta.published->day, year));
  } else {
    year = outline_year_from_content(doc.normalised.utf8);
    c.warnings.push_back(year >= 2021 ? "年度未写明，按2021-2025年纲要检查" : "年度未写明，按2015-2020年纲要检查");
  }
  auto path = find_checklist(year, dirs);
  if (!path) return file_error(doc.path, checklist_not_found(year, dirs));
  c.path = *path;
  return c;
}

std::optional<std::string> year_outside(const Plan& plan, const Document& doc) {
  if (!doc.meta.year) return std::nullopt;
  int y = *doc.meta.year;
  if (y >= plan.year_from && y <= plan.year_to) return std::nullopt;
  return fmt::format("报告年度{}年不在检查清单“{}”适用的年度（{}–{}年）内，结果仅供参考", y, plan.id,
                     plan.year_from, plan.year_to);
}

}  // namespace fz::cli
