#include "engine/document/meta.hpp"

#include <array>

namespace fz {

std::string_view level_name(UnitLevel l) {
  switch (l) {
    case UnitLevel::province: return "省";
    case UnitLevel::city: return "市";
    case UnitLevel::county: return "县区";
    case UnitLevel::township: return "乡镇";
    case UnitLevel::department: return "部门";
    case UnitLevel::unknown: return "未知";
  }
  return "未知";
}

std::optional<UnitLevel> parse_level(std::string_view name) {
  for (UnitLevel l : {UnitLevel::province, UnitLevel::city, UnitLevel::county, UnitLevel::township,
                      UnitLevel::department, UnitLevel::unknown})
    if (level_name(l) == name) return l;
  return std::nullopt;
}

namespace {

// Reads 1..max_digits digits at s[i]; returns -1 when there are none.
int number(std::string_view s, std::size_t& i, std::size_t max_digits) {
  int v = 0;
  std::size_t n = 0;
  while (i < s.size() && n < max_digits && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0'), ++n;
  return n == 0 ? -1 : v;
}

bool separator(std::string_view s, std::size_t& i, std::string_view cjk) {
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) return ++i, true;
  if (s.substr(i, cjk.size()) == cjk) return i += cjk.size(), true;
  return false;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t start = i;
  Date d;
  d.year = number(s, i, 4);
  if (i - start != 4 || d.year < 1990 || d.year > 2100 || !separator(s, i, "年")) return std::nullopt;
  d.month = number(s, i, 2);
  if (d.month < 1 || d.month > 12 || !separator(s, i, "月")) return std::nullopt;
  d.day = number(s, i, 2);
  if (d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

}  // namespace fz
