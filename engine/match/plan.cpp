#include "engine/match/plan.hpp"

namespace fz {

const Item* Plan::find_item(std::string_view id) const {
  for (const auto& it : items)
    if (it.id == id) return &it;
  return nullptr;
}

const Part* Plan::find_part(std::string_view id) const {
  for (const auto& p : parts)
    if (p.id == id) return &p;
  return nullptr;
}

std::string_view state_name(ItemState s) {
  switch (s) {
    case ItemState::met: return "met";
    case ItemState::acknowledged: return "acknowledged";
    case ItemState::planned: return "planned";
    case ItemState::missing: return "missing";
    case ItemState::na: return "n/a";
  }
  return "missing";
}

std::optional<ItemState> parse_state(std::string_view name) {
  for (ItemState s : {ItemState::met, ItemState::acknowledged, ItemState::planned,
                      ItemState::missing, ItemState::na})
    if (state_name(s) == name) return s;
  return std::nullopt;
}

}  // namespace fz
