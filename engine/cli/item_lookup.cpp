#include "engine/cli/item_lookup.hpp"

#include <vector>

#include "engine/cli/suggest.hpp"

namespace fz::cli {

std::variant<const Item*, std::string> find_item(const Plan& plan, std::string_view name) {
  if (const Item* it = plan.find_item(name)) return it;
  std::vector<const Item*> matches;
  for (const Item& it : plan.items) {
    if (it.title == name) return &it;
    if (!name.empty() && it.title.find(name) != std::string::npos) matches.push_back(&it);
  }
  if (matches.size() == 1) return matches.front();
  std::string n(name);
  if (matches.empty()) {
    std::vector<std::string> ids;
    for (const Item& it : plan.items) ids.push_back(it.id);
    return "no item " + n + " in " + plan.file + ": neither an id nor part of a title" +
           did_you_mean(n, ids) + "; `fzscore items` lists them";
  }
  std::string list;
  for (const Item* it : matches) list += "\n  " + it->id + "  " + it->title;
  return "\"" + n + "\" is in " + std::to_string(matches.size()) + " item titles of " + plan.file +
         "; give one of their ids:" + list;
}

}  // namespace fz::cli
