// Small helpers shared by the analysis files (not part of the public interface).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/span.hpp"

namespace fz::analysis::detail {

inline std::string_view slice(std::string_view text, Span s) {
  if (s.begin > text.size()) return {};
  return text.substr(s.begin, std::min(s.end, text.size()) - s.begin);
}

/// Start of the UTF-8 character `n` characters before `pos` (or 0).
inline std::size_t back_chars(std::string_view text, std::size_t pos, std::size_t n) {
  while (n > 0 && pos > 0) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
    --n;
  }
  return pos;
}

inline bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

}  // namespace fz::analysis::detail
