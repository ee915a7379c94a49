#include "engine/cli/report_args.hpp"

#include <iostream>

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
  if (auto y = a.get("--year")) {
    try {
      std::size_t used = 0;
      o.year = std::stoi(*y, &used);
      if (used != y->size() || *o.year < 1990 || *o.year > 2100) throw 0;
    } catch (...) {
      throw UsageError{"--year must be a year from 1990 to 2100"};
    }
  }
  return o;
}

}  // namespace fz::cli
