// Context: what a sentence's place and wording mean for an item it mentions (docs/dsl.md "How an
// item is evaluated" step 2).
//  - In a plans part → planned. In a shortcomings part → acknowledged, unless the sentence
//    announces future work ("下一步将……") and admits nothing: then planned.
//  - A merged part (document/part_names: "存在的问题和下一步打算") is read in order: its own role
//    until the first sentence that speaks as its second role (a future phrase for plans, a hedge
//    phrase for shortcomings), the second role from there on; a sentence that plainly speaks as
//    the other role (an admission among the plans, a plan among the admissions) keeps that role.
//  - Elsewhere: a hedge phrase → acknowledged ("但公众参与度仍有待提高"), a future phrase →
//    planned ("明年将……"), else met.
//
// Aims are not work done: in an opening paragraph (the preamble, or the first paragraph of a
// part that is not a plans or shortcomings part) a clause (between ，；：) holding an `aim` phrase
// ("坚持以习近平法治思想为指导", "为…提供坚强法治保障") contributes no hits, while the next
// clause's act ("制定出台《…》") still counts.
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/plan.hpp"

namespace fz {

/// One context per sentence: ItemState::met, acknowledged or planned.
std::vector<ItemState> sentence_contexts(const Plan& plan, const Document& doc, const Matches& m);

/// Drops the hits that lie in aim clauses of opening paragraphs (`aim`: pattern ids of the
/// checklist's aim phrases); `m.first` is rebuilt. Run before sentence_contexts and evaluation.
void drop_aim_hits(const std::vector<int>& aim, const Document& doc, Matches& m);

}  // namespace fz
