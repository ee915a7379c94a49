// Docx: a Word document's bytes → its text, one line per paragraph (w:p), with w:t text, w:tab as
// a tab and w:br/w:cr as line breaks. libzip reads the archive from memory, pugixml the XML.
// Table cells become lines; tracked insertions (w:ins) are kept, deletions (w:del, w:moveFrom)
// dropped, and so are runs marked hidden (w:vanish): text a reader cannot see is not report text.
// Footnotes, comments, headers and footers (other parts of the package) are not read — they are
// citations and page furniture, not what the unit reports it did.
//
// Headings travel beside the text as hints: a paragraph whose style is a heading (outline level,
// or a style named "heading N" / "标题 N", through w:basedOn, from word/styles.xml) or that has its
// own w:outlineLvl gets that level; a paragraph whose visible text is all bold gets level 0.
//
// Refused before inflating: an entry claiming more than 200 MB or a compression ratio above
// 100:1 (zip bomb), a document.xml over 24 MB; after inflating, one with more than a million tags
// (pugixml's tree would cost gigabytes); and anything that is not a readable .docx.
#pragma once

#include <string_view>

#include "engine/input/extracted.hpp"

namespace fz {

Extracted extract_docx(std::string_view bytes);

}  // namespace fz
