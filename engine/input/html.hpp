// Html: a web page (already decoded to UTF-8) → its visible text. Tags stripped, entities
// decoded, <script>/<style>/<head> dropped, block tags become line breaks so that the header
// table and paragraphs stay separate lines for the boilerplate and structure stages.
#pragma once

#include <string>
#include <string_view>

namespace fz {

std::string extract_html(std::string_view utf8_html);

/// The charset a page declares in its first 4 KB (`<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), lower-cased; empty
/// when none. Works on the raw bytes: the declaration is ASCII in every charset we read.
std::string declared_charset(std::string_view html_bytes);

}  // namespace fz
