// Names as they may be shown. File names are bytes, not text: one can hold bytes that are not
// UTF-8 (a JSON or HTML document with them is invalid) or control characters such as ESC (which
// a terminal would execute). Every renderer passes names through one of these.
#pragma once

#include <string>
#include <string_view>

namespace fz {

/// `s` with each byte that does not start a valid UTF-8 sequence replaced by U+FFFD, so JSON,
/// JSON Lines and HTML stay valid. Valid text is returned unchanged.
std::string valid_utf8(std::string_view s);

/// `s` for a terminal or a Markdown file: bytes that are not valid UTF-8 and control characters
/// (C0, DEL, C1: U+0080–U+009F) written as `\xNN` (C1 as the bytes of its UTF-8 form), so ESC
/// sequences in a file name never reach the terminal raw.
std::string printable(std::string_view s);

}  // namespace fz
