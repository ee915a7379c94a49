// Docx: a Word document's bytes → its text, one line per paragraph (w:p), with w:t text, w:tab as
// a tab and w:br/w:cr as line breaks. libzip reads the archive from memory, pugixml the XML.
// Table cells become lines; tracked insertions (w:ins) are kept, deletions (w:del, w:moveFrom)
// dropped; footnotes, comments, headers and footers (other parts of the package) are not read —
// they are citations and page furniture, not what the unit reports it did. An entry claiming more
// than 200 MB, or a compression ratio above 100:1, is refused before inflating (zip bomb), as is
// anything that is not a readable .docx.
#pragma once

#include <string_view>

#include "engine/input/extracted.hpp"

namespace fz {

Extracted extract_docx(std::string_view bytes);

}  // namespace fz
