#include "engine/document/role.hpp"

namespace fz {

std::string_view role_name(Role r) {
  switch (r) {
    case Role::achievements: return "achievements";
    case Role::duty: return "duty";
    case Role::shortcomings: return "shortcomings";
    case Role::plans: return "plans";
    case Role::other: return "other";
  }
  return "other";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role r : {Role::achievements, Role::duty, Role::shortcomings, Role::plans, Role::other})
    if (role_name(r) == name) return r;
  return std::nullopt;
}

}  // namespace fz
