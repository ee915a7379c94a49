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
/// The length of the character at s[i] when it is one of the common, always-valid cases: ASCII
/// (1), or 3 bytes whose lead byte rules out overlong forms and surrogates (E1..EC, EE, EF) with
/// two continuation bytes (3). 0 otherwise: then sequence_length() must decide. Nearly every
/// character of a report is one of these, and the transforms look at every character.
inline std::size_t common_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 3 <= s.size() && (b(i + 1) & 0xC0) == 0x80 &&
      (b(i + 2) & 0xC0) == 0x80)
    return 3;
  return 0;
}

/// decode() with common_length()'s cases inline.
inline char32_t decode_fast(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
  switch (common_length(s, i)) {
    case 1: len = 1; return b(i);
    case 3: len = 3; return (b(i) & 0x0F) << 12 | (b(i + 1) & 0x3F) << 6 | (b(i + 2) & 0x3F);
    default: return decode(s, i, len);
  }
}
void append(std::string& out, char32_t cp);
bool is_valid(std::string_view s);
/// CJK unified ideographs (the ranges that occur in reports).
bool is_han(char32_t cp);

}  // namespace fz::utf8
