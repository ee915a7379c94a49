// Roles: which part of the report each section belongs to, read from heading wording by the
// families of document/part_names.
//  - A part (top-level heading) takes the role its name gives; a numbered part whose name is in
//    no family reports work done (achievements). A 一是 passage before any heading is `other`, as
//    is the preamble.
//  - A sub-section takes its part's role, unless its own heading is a part's name of another role
//    ("（五）存在的问题" inside "一、2023年工作情况"; "（二）下一步打算" inside a merged part).
//  - A merged part keeps its second role in `also` (see part_names.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "engine/document/document.hpp"

namespace fz {

/// The role a part with this heading (numbering included or not) has.
Role role_for_heading(std::string_view heading);
/// Sets every section's role, `also` and role_words.
void assign_roles(std::vector<Section>& sections);

}  // namespace fz
