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

std::string_view source_name(MetaSource s) {
  switch (s) {
    case MetaSource::none: return "";
    case MetaSource::title: return "title";
    case MetaSource::page_field: return "page field";
    case MetaSource::opening: return "opening";
    case MetaSource::heading: return "heading";
    case MetaSource::preamble: return "preamble";
    case MetaSource::signature: return "signature";
    case MetaSource::published: return "published";
    case MetaSource::text: return "text";
    case MetaSource::option: return "option";
  }
  return "";
}

std::string_view source_label(MetaSource s) {
  switch (s) {
    case MetaSource::none: return "";
    case MetaSource::title: return "标题";
    case MetaSource::page_field: return "页面字段";
    case MetaSource::opening: return "开头";
    case MetaSource::heading: return "部分标题";
    case MetaSource::preamble: return "前言";
    case MetaSource::signature: return "落款";
    case MetaSource::published: return "按发布日期推定";
    case MetaSource::text: return "正文中的单位名称和自称";
    case MetaSource::option: return "--year";
  }
  return "";
}

namespace {

// Reads 1..max_digits digits at s[i]; returns -1 when there are none.
int number(std::string_view s, std::size_t& i, std::size_t max_digits) {
  int v = 0;
  std::size_t n = 0;
  while (i < s.size() && n < max_digits && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0'), ++n;
  return n == 0 ? -1 : v;
}

// A separator, with the spaces some sites put around it ("2022- 02- 28").
bool separator(std::string_view s, std::size_t& i, std::string_view cjk) {
  while (i < s.size() && s[i] == ' ') ++i;
  bool found = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) found = true, ++i;
  else if (s.substr(i, cjk.size()) == cjk) found = true, i += cjk.size();
  while (found && i < s.size() && s[i] == ' ') ++i;
  return found;
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
