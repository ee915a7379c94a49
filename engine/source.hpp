// Source: a named UTF-8 text with its line starts, so a byte offset can be shown to a person as
// line:column. Columns count characters (code points), not bytes: "你好x" has x at column 3.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fz {

struct Location {
  std::size_t line = 1;    ///< 1-based
  std::size_t column = 1;  ///< 1-based, in characters
  friend bool operator==(const Location&, const Location&) = default;
};

class Source {
 public:
  Source() = default;
  Source(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  Location locate(std::size_t offset) const;
  /// The text of the line holding `offset`, without its line break.
  std::string_view line_text(std::size_t offset) const;
  std::size_t line_start(std::size_t offset) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

/// Number of UTF-8 characters in s (continuation bytes are not counted).
std::size_t count_chars(std::string_view s);
/// Display width for a caret line: 2 per East Asian wide character, 1 otherwise.
std::size_t display_width(std::string_view s);

}  // namespace fz
