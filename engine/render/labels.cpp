// Chinese names of states and part roles, for everything a person reads (text, Markdown, HTML,
// the gap memo). JSON, SARIF and JUnit keep the English names of shared/spec/output.md.
#include "engine/render/render.hpp"

namespace fz {

std::string_view state_label(ItemState s) {
  switch (s) {
    case ItemState::met: return "已落实";
    case ItemState::acknowledged: return "已自查";
    case ItemState::planned: return "仅列入计划";
    case ItemState::missing: return "未体现";
    case ItemState::na: return "不适用";
  }
  return "";
}

std::string_view role_label(Role r) {
  switch (r) {
    case Role::achievements: return "主要举措";
    case Role::duty: return "第一责任人";
    case Role::shortcomings: return "存在不足";
    case Role::plans: return "工作计划";
    case Role::other: return "其他";
  }
  return "";
}

}  // namespace fz
