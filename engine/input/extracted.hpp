// Extracted: the text a container format (.docx, .pdf) yields, or why it yields none.
#pragma once

#include <string>

namespace fz {

struct Extracted {
  std::string utf8;   ///< the extracted text; evidence offsets refer to it (output.md)
  std::string error;  ///< non-empty when extraction failed
  bool ok() const { return error.empty(); }
};

}  // namespace fz
