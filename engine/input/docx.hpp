// Docx: a Word document's bytes → its text, one line per paragraph (w:p), with w:t text, w:tab as
// a tab and w:br/w:cr as line breaks. libzip reads the archive from memory, pugixml the XML.
// An entry claiming more than 200 MB uncompressed is refused (zip bomb), as is anything that is
// not a readable .docx.
#pragma once

#include <string_view>

#include "engine/input/extracted.hpp"

namespace fz {

Extracted extract_docx(std::string_view bytes);

}  // namespace fz
