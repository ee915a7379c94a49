// Context: what a sentence's wording means for an item it mentions (docs/dsl.md "How an item is
// evaluated" step 2): in the plans part → planned; in the shortcomings part → acknowledged;
// otherwise a hedge phrase → acknowledged, a future phrase → planned; else met.
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/plan.hpp"

namespace fz {

/// One context per sentence: ItemState::met, acknowledged or planned.
std::vector<ItemState> sentence_contexts(const Plan& plan, const Document& doc, const Matches& m);

}  // namespace fz
