// UTF-8 helpers shared by the input transforms: every transform walks its text one code point at a
// time so that the runs it records in its OffsetMap always end on character boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fz::utf8 {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid or truncated.
std::size_t sequence_length(std::string_view s, std::size_t i);
/// The code point starting at s[i]; `len` receives its byte length (1 for an invalid byte,
/// which then decodes as U+FFFD so callers never loop forever).
char32_t decode(std::string_view s, std::size_t i, std::size_t& len);
/// decode() with the common cases inline: ASCII, and a 3-byte character whose lead byte rules
/// out overlong forms and surrogates (E1..EC, EE, EF), i.e. nearly every character of a report.
/// The transforms call it once or twice per character of every report.
inline char32_t decode_fast(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 3 <= s.size() && (b(i + 1) & 0xC0) == 0x80 &&
      (b(i + 2) & 0xC0) == 0x80) {
    len = 3;
    return (char32_t{c} & 0x0F) << 12 | (char32_t{b(i + 1)} & 0x3F) << 6 | (char32_t{b(i + 2)} & 0x3F);
  }
  return decode(s, i, len);
}
void append(std::string& out, char32_t cp);
bool is_valid(std::string_view s);
/// CJK unified ideographs (the ranges that occur in reports).
bool is_han(char32_t cp);

}  // namespace fz::utf8
