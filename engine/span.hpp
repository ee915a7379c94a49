// Span: a half-open byte range [begin, end) into one text. Every stage speaks in spans; which
// text a span points into (original input, normalised text, checklist source) is said by the
// variable holding it, never guessed.
#pragma once

#include <compare>
#include <cstddef>

namespace fz {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(std::size_t offset) const { return begin <= offset && offset < end; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace fz
