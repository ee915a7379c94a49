#include "engine/document/roles.hpp"

#include <initializer_list>

namespace fz {
namespace {

bool has_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

Role role_for_heading(std::string_view h) {
  if (has_any(h, {"存在的不足", "存在不足", "存在的问题", "存在问题", "不足和", "问题和不足", "差距",
                  "短板", "薄弱环节", "不足之处"}))
    return Role::shortcomings;
  if (has_any(h, {"工作安排", "主要安排", "计划", "打算", "设想", "工作思路", "下一步", "工作重点",
                  "努力方向"}))
    return Role::plans;
  if (h.find("第一责任人") != std::string_view::npos && has_any(h, {"职责", "履职"})) return Role::duty;
  return Role::achievements;
}

void assign_roles(std::vector<Section>& sections) {
  for (Section& s : sections) {
    if (s.level == 0) {
      s.role = Role::other;
    } else if (s.parent <= 0) {
      // A top-level part; a stray "一是" before any numbered heading belongs to the preamble.
      s.role = s.level <= 4 ? role_for_heading(s.heading) : Role::other;
    } else {
      s.role = sections[s.parent].role;  // parents come first
    }
  }
}

}  // namespace fz
