// Role: what a top-level part of a report is for, as the 督察工作规定 lists the parts.
#pragma once

#include <optional>
#include <string_view>

namespace fz {

enum class Role { achievements, duty, shortcomings, plans, other };

/// "achievements", "duty", "shortcomings", "plans", "other" (the names in output.md).
std::string_view role_name(Role r);
std::optional<Role> parse_role(std::string_view name);

}  // namespace fz
