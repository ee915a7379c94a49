// Part names: which part of a report a heading opens, read from its wording by families of names
// (the one place these words live; docs/decisions.md "Structure" explains the choices).
//
//   achievements  主要举措和成效, 工作开展情况, 主要做法及成效, 工作成效, 推进情况, 主要工作 …
//   duty          履行推进法治建设第一责任人职责情况, 主要负责人履职 …
//   shortcomings  存在的不足和原因, 存在的问题, 问题和不足, 短板弱项, 差距和不足 …
//   plans         下一步工作安排, 下步工作打算, 2024年工作思路, 工作计划, 努力方向 …
//
// Each family has strong wordings (a name wherever they stand in the heading) and weak words that
// name a part only at the heading's end ("…不足", "…打算"; for plans only beside a year or
// 工作/主要: "2024年重点" but not "完善立法计划"). A heading that starts with an action verb
// (加强, 推进, 着力 …) reports work, so its 问题/计划 words name no shortcomings or plans part
// ("着力解决群众反映的突出问题").
//
// A heading naming two families is a merged part: duty wins over everything; shortcomings +
// plans ("存在的问题和下一步打算") is `shortcomings` also `plans`; achievements + plans or +
// shortcomings is `achievements` also the other. match/context.cpp decides its sentences.
#pragma once

#include <string>
#include <string_view>

#include "engine/document/role.hpp"

namespace fz {

struct PartName {
  Role role = Role::other;  ///< other: no family's wording found
  Role also = Role::other;  ///< a merged part's second role
  std::string words;        ///< the wording that decided, e.g. "存在的问题 + 下一步"
  /// The heading is essentially a part's name ("存在的问题", "2024年工作计划"), not a line of
  /// work that happens to contain one: short, no comma, not verb-led, little besides the name.
  bool name_like = false;
  bool weak = false;  ///< the role rests on a weak word at the heading's end ("…情况", "…不足")
};

/// `heading`: the heading text without its numbering (normalised: simplified, folded).
PartName read_part_name(std::string_view heading);

/// A quick test before read_part_name for sub-headings (a report has hundreds): false when the
/// heading holds none of the words a duty, shortcomings or plans name needs.
bool may_name_other_part(std::string_view heading);

}  // namespace fz
