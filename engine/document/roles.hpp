// Roles: which part of the report a top-level heading opens, read from its wording.
// Checked in this order, first match wins:
//   shortcomings  存在的不足/问题, 差距, 短板, 薄弱 — a merged "存在的问题和下一步打算" part is
//                 shortcomings (its plan sentences are still found by 下一步/将 wording)
//   plans         工作安排/计划/打算/设想/思路, 下一步
//   duty          第一责任人 with 职责 (党政主要负责人履行推进法治建设第一责任人职责)
//   achievements  anything else: a numbered top-level part reports work done
#pragma once

#include <string_view>
#include <vector>

#include "engine/document/document.hpp"

namespace fz {

Role role_for_heading(std::string_view heading);
/// Sets every section's role to that of its top-level part (the preamble is `other`).
void assign_roles(std::vector<Section>& sections);

}  // namespace fz
