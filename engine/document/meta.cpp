// Minimal level names (engine branch). The input pipeline's branch owns this file and adds meta
// detection; at merge keep its version if it defines these two functions the same way.
#include "engine/document/meta.hpp"

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
  for (UnitLevel l : {UnitLevel::province, UnitLevel::city, UnitLevel::county,
                      UnitLevel::township, UnitLevel::department, UnitLevel::unknown})
    if (level_name(l) == name) return l;
  if (name == "县" || name == "区") return UnitLevel::county;
  return std::nullopt;
}

}  // namespace fz
