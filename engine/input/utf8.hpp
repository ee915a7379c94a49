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
void append(std::string& out, char32_t cp);
bool is_valid(std::string_view s);
/// CJK unified ideographs (the ranges that occur in reports).
bool is_han(char32_t cp);

}  // namespace fz::utf8
