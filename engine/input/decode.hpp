// Decode: the bytes of a text file → UTF-8 Text whose map points back at those bytes.
// Tried in order: a BOM (UTF-8, UTF-16LE/BE), plain UTF-8, then GB18030 (which covers GBK and
// GB2312) through glibc iconv. Binary data (NUL bytes, control characters, nothing decodes) is
// refused with a message, never guessed at.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "engine/text.hpp"

namespace fz {

/// The decoded text, or a message saying why the bytes are not text.
std::variant<Text, std::string> decode(std::string_view bytes);

}  // namespace fz
