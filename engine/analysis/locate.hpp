// Evidence location: a normalised span → decoded span, original bytes, line:column and quote,
// using only the Document's public data (the two OffsetMaps and `lines`), so it links without
// Document::to_original/section_path. A map that does not cover its text (a hand-built Document)
// is treated as the identity.
#pragma once

#include <string>

#include "engine/document/document.hpp"
#include "engine/source.hpp"
#include "engine/span.hpp"

namespace fz::analysis {

struct Located {
  Span normalised;
  Span decoded;        ///< in Document::decoded.utf8
  Span original;       ///< bytes of Document::original (output.md start/end)
  Location at;         ///< 1-based line and column (characters) of decoded.begin
  std::string quote;   ///< the decoded (UTF-8) text of the span
};

Located locate(const Document& doc, Span normalised);

}  // namespace fz::analysis
