// Explain (`fzscore score --explain ITEM`): why an item got its state. Lists every phrase of the
// item's rules found in the report (sentence, line:col, context, role) and names the nearest
// miss in Chinese: 只在工作计划部分出现, 仅在存在不足部分提及, 相关表述分散在不同段落, ….
#pragma once

#include <string>

#include "engine/document/document.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/match/plan.hpp"

namespace fz {

/// The nearest miss for a verdict that is not met (empty when met or n/a).
std::string nearest_miss(const Plan& plan, const Document& doc, const Analysis& a,
                         const Item& item, const ItemVerdict& v);

/// A few lines of text for a person.
std::string explain(const Plan& plan, const Document& doc, const Item& item, UnitLevel level);

}  // namespace fz
