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
  // Spelled out here rather than through fz::parse_level so the DSL's accepted words are exactly
  // the five the language reference lists ("未知" is not a level a checklist can name).
  if (w == "省") return UnitLevel::province;
  if (w == "市") return UnitLevel::city;
  if (w == "县区") return UnitLevel::county;
  if (w == "乡镇") return UnitLevel::township;
  if (w == "部门") return UnitLevel::department;
  return std::nullopt;
}

std::optional<ItemState> state_word(std::string_view w) {
  if (w == "met") return ItemState::met;
  if (w == "acknowledged") return ItemState::acknowledged;
  if (w == "planned") return ItemState::planned;
  if (w == "missing") return ItemState::missing;
  if (w == "na") return ItemState::na;
  return std::nullopt;
}

std::optional<Role> role_word(std::string_view w) { return parse_role(w); }

}  // namespace fz::dsl
