// Extracted: the text a container format (.docx, .html, .pdf) yields, or why it yields none, with
// the headings its markup shows. Markup never enters the text (evidence offsets refer to the text,
// which `fzscore text` prints); it travels beside it as hints over text spans.
#pragma once

#include <string>
#include <vector>

#include "engine/span.hpp"

namespace fz {

/// A paragraph the markup marks as a heading: <h1>–<h6> or a Word heading style / outline level
/// (level 1–9), or a paragraph whose visible text is all bold (level 0).
struct HeadingHint {
  Span span;      ///< the paragraph, in the extracted text
  int level = 0;  ///< 1–9 as marked; 0 = whole-paragraph bold, no level of its own
  friend bool operator==(const HeadingHint&, const HeadingHint&) = default;
};

struct Extracted {
  std::string utf8;   ///< the extracted text; evidence offsets refer to it (output.md)
  std::string error;  ///< non-empty when extraction failed
  std::vector<HeadingHint> headings;  ///< in text order, not overlapping
  std::vector<std::string> notes;     ///< the extracting library's own complaints (poppler)
  bool ok() const { return error.empty(); }
};

}  // namespace fz
