#include "engine/render/csv.hpp"

#include <fmt/format.h>

#include <map>

namespace fz {

namespace {

/// Report-derived text: a leading = + - @ (or tab/CR) would make Excel evaluate the cell.
std::string text_field(std::string_view s) {
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
    return csv_field("'" + std::string(s));
  return csv_field(s);
}

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
  out << "\r\n";
}

}  // namespace

std::string csv_field(std::string_view s) {
  if (s.find_first_of("\",\r\n") == std::string_view::npos) return std::string(s);
  std::string o = "\"";
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  return o + '"';
}

void render_csv(const BatchSummary& batch, std::ostream& out) {
  // Part columns per checklist (a part id such as "二" means another part in another 纲要);
  // item columns by id (the checklists share item ids and their meaning).
  std::vector<std::string> head = {"file",  "title",  "issuer",       "year",  "level",
                                   "checklist", "score", "passed", "duplicate_of", "error"};
  std::map<std::string, std::size_t> part_col;  // "checklist\npart" → column
  std::map<std::string, std::size_t> item_col;
  for (const ChecklistColumns& cl : batch.checklists())
    for (const auto& p : cl.parts) {
      part_col.emplace(cl.id + "\n" + p.id, head.size());
      head.push_back(csv_field(cl.id + " " + p.id + " %"));
    }
  for (const ChecklistColumns& cl : batch.checklists())
    for (const auto& it : cl.items)
      if (item_col.emplace(it.id, head.size()).second) head.push_back(csv_field(it.id));

  out << "\xEF\xBB\xBF";
  row(out, head);
  const auto& reports = batch.reports();
  for (const ReportSummary& r : reports) {
    std::vector<std::string> f(head.size());
    f[0] = text_field(r.file);
    if (!r.error.empty()) {
      f[9] = text_field(r.error);
      row(out, f);
      continue;
    }
    f[1] = text_field(r.title);
    f[2] = text_field(r.issuer);
    f[3] = r.year ? std::to_string(r.year) : "";
    f[4] = csv_field(r.level);
    f[5] = csv_field(r.checklist);
    f[6] = one_decimal(r.score);
    f[7] = r.passed ? "true" : "false";
    if (r.duplicate_of) f[8] = text_field(reports[*r.duplicate_of].file);
    if (const ChecklistColumns* cl = batch.columns(r.checklist)) {
      for (std::size_t i = 0; i < cl->parts.size() && i < r.parts.size(); ++i) {
        const auto& p = cl->parts[i];
        if (r.parts[i].applicable && p.max > 0)
          f[part_col.at(cl->id + "\n" + p.id)] =
              one_decimal(100.0 * r.parts[i].subtotal / p.max);
      }
      for (std::size_t i = 0; i < cl->items.size() && i < r.items.size(); ++i)
        f[item_col.at(cl->items[i].id)] = std::string(state_name(r.items[i]));
    }
    row(out, f);
  }
}

}  // namespace fz
