// A minimal Word document writer: paragraphs with a few named styles, no images or tables.
// Drafters of 法治政府建设 reports work in Word, so `fzscore gaps --format docx` writes one. The
// package holds only what Word and python-docx need ([Content_Types].xml, _rels/.rels,
// word/document.xml, word/styles.xml, word/_rels/document.xml.rels, docProps/core.xml); the
// styles follow 党政机关公文格式 (GB/T 9704) with the fonts every Chinese Windows has: 仿宋 三号
// body with a two-character first-line indent and a fixed 28-point line, a 宋体 bold title, 黑体
// headings, A4 with the standard margins. A drafter can switch to 仿宋_GB2312 / 方正小标宋 by
// editing the styles in Word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fz {

struct DocxParagraph {
  enum class Style {
    title,    ///< "Title": the document's title, centred
    heading,  ///< "Heading 1": 一、二、… inside the document
    body,     ///< "Normal": a paragraph of the text
    note,     ///< "Note": a smaller paragraph for remarks (the memo's preface)
  };
  Style style = Style::body;
  std::string text;  ///< UTF-8; control characters XML forbids become spaces
};

/// The .docx bytes. `title` goes to the document properties (File > Properties). Byte-identical
/// for identical input: entries carry a fixed date.
std::string write_docx(const std::vector<DocxParagraph>& paragraphs, std::string_view title);

}  // namespace fz
