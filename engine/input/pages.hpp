// Pages: page numbers glued into text exported from a paginated document (a .docx shared on a
// document site becomes one line per page, each starting "N、" and often continuing the sentence
// of the line before: "…切实抓好责任落\n3、实。"). They look like "1、" headings, so they must go
// before structure is found.
//
// Recognised only as a whole: line-initial numbers 1, 2, 3 … increasing by one through the text
// (at least three), on long lines (≥ 200 bytes per page on average), most of them continuing an
// unfinished sentence. Then every "N、" is dropped, and so is the line break before it when the
// previous line does not end a sentence, so the sentence reads whole again.
#pragma once

#include <string_view>

#include "engine/text.hpp"

namespace fz {

Text join_page_numbers(std::string_view utf8_text);

}  // namespace fz
