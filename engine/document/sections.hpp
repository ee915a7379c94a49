// Sections: the heading tree.
//
// A heading is found where a paragraph or a sentence starts (and right after another heading, for
// text run together by exports), in any style the genre uses:
//   numbering      第一部分/第一章, 一、, （一）, 1. 1、, （1） 1）, ①, and 一是 二是 (enumerations)
//   【…】           a bracketed lead at a paragraph start ("【强化组织领导】…")
//   markup         Markdown "#" lines and "**…**" lines (or a "**…**" lead), and for .docx/.html
//                  the extractor's hints: Word heading styles and outline levels, <h1>–<h6>,
//                  paragraphs all in bold
//   a named line   a short unnumbered line that is a part's name ("存在的问题", "下一步工作打算"),
//                  by the families of document/part_names
// A numbered heading runs to the end of its sentence when that is short (≤ 60 characters; 40 for
// 一是); one run into its paragraph without a full stop ends at the next bracketed numbering or
// 一是, else after a heading-final word (情况, 举措, 职责 …), else at the first comma.
//
// Nesting follows the order in which the styles first appear in the report (as reStructuredText
// and outline inference in word processors do), not a fixed list: the first style seen is the
// top level, a style seen later nests under the one open before it. Two exceptions keep real
// reports whole: a markup heading without numbering takes the level of the numbering it was first
// seen with (**一、…** then **存在的问题**), and a named line takes the top level. A 一、 or
// 第一部分 numbering that first appears at 二 or later encloses what came before (the report's
// first part lost its number), and 一是 passages never rank: each sits under the heading before it.
//
// Glued page numbers are gone by now (input/pages), so "1、" is a heading here.
#pragma once

#include <string_view>
#include <vector>

#include "engine/document/document.hpp"

namespace fz {

/// `markup[p]` for paragraph p: -1 none, 0 all bold, 1–9 a heading level (from .docx/.html).
/// sections[0] is the preamble; parents, levels, bodies and heading spans filled, roles not yet.
std::vector<Section> find_sections(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                   const std::vector<Sentence>& sentences,
                                   const std::vector<signed char>& markup);
/// Index of the innermost section whose body holds `offset` (0, the preamble, if none).
int section_at(const std::vector<Section>& sections, std::size_t offset);

}  // namespace fz

namespace fz {

/// The heading's words without its numbering or brackets ("（三）推进依法行政" → "推进依法行政").
std::string_view heading_name(const Section& s);

}  // namespace fz
