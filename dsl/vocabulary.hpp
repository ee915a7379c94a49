// The DSL's fixed words (windows, unit levels, example states, roles) and what they mean in the
// Plan. check.cpp uses these to reject unknown words, compile.cpp to lower known ones: one table,
// so the two can never disagree.
#pragma once

#include <optional>
#include <string_view>

#include "engine/match/plan.hpp"

namespace fz::dsl {

std::optional<Window> window_word(std::string_view w);       ///< sentence paragraph section document
std::optional<UnitLevel> level_word(std::string_view w);     ///< 省 市 县区 乡镇 部门
std::optional<ItemState> state_word(std::string_view w);     ///< met acknowledged planned missing na
std::optional<Role> role_word(std::string_view w);           ///< achievements duty shortcomings plans other

}  // namespace fz::dsl
