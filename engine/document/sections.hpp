// Sections: the heading tree. Headings are found at sentence starts (and right after another
// heading, for text run together by exports) by their numbering:
//   level 1 一、  level 2 （一）  level 3 1. 1、  level 4 （1） 1）  level 5 一是 (marked passages)
// A heading runs to the end of its sentence when that is short (≤ 60 characters; 40 for 一是);
// a heading run into its paragraph without a full stop ends at the next numbering, else after a
// heading-final word (情况, 举措, 职责 …), else at the first comma. Glued page numbers are gone by
// now (input/pages), so "1、" is a heading here.
#pragma once

#include <string_view>
#include <vector>

#include "engine/document/document.hpp"

namespace fz {

/// sections[0] is the preamble; parents, bodies and heading spans filled, roles not yet.
std::vector<Section> find_sections(std::string_view text, const std::vector<Sentence>& sentences);
/// Index of the innermost section whose body holds `offset` (0, the preamble, if none).
int section_at(const std::vector<Section>& sections, std::size_t offset);

}  // namespace fz
