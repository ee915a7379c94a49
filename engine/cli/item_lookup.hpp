// An item named on the command line (--explain): its id ("G15.1"), or a fragment of its title
// ("三项制度") when that fragment is in exactly one title (a title equal to it wins). Several
// matches list the candidates; none suggests the nearest id.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "engine/match/plan.hpp"

namespace fz::cli {

/// The item, or a message saying why none was chosen (to print and exit 2 with).
std::variant<const Item*, std::string> find_item(const Plan& plan, std::string_view name);

}  // namespace fz::cli
