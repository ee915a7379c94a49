#include "dsl/vocabulary.hpp"

namespace fz::dsl {

std::optional<Window> window_word(std::string_view w) {
  if (w == "sentence") return Window::sentence;
  if (w == "paragraph") return Window::paragraph;
  if (w == "section") return Window::section;
  if (w == "document") return Window::document;
  return std::nullopt;
}

std::optional<UnitLevel> level_word(std::string_view w) {
  // The engine's own names; "未知" is not a level a checklist can name.
  auto l = parse_level(w);
  if (l == UnitLevel::unknown) return std::nullopt;
  return l;
}

std::optional<ItemState> state_word(std::string_view w) {
  // The engine's state names, except that the DSL writes n/a as the identifier `na`.
  if (w == "na") return ItemState::na;
  if (w == "n/a") return std::nullopt;
  return parse_state(w);
}

std::optional<Role> role_word(std::string_view w) { return parse_role(w); }

}  // namespace fz::dsl
