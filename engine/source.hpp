// Source: a named UTF-8 text with its line starts, so a byte offset can be shown to a person as
// line:column. Columns count characters (code points), not bytes: "你好x" has x at column 3.
//
// A Source may also be several files joined end to end (a checklist and the wording libraries it
// includes): one text, so the parser and the checker see one buffer and spans stay plain byte
// ranges, while `file_at` and `locate` answer in the terms of the file a position came from, as a
// compiler's line markers do.
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

  struct File {
    std::string name;
    std::string text;
  };
  /// The files joined in order (a line break is added after a file that lacks one); name() is
  /// the first file's.
  static Source joined(std::vector<File> files);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  /// The name of the file holding `offset` (name() for a single-file Source).
  const std::string& file_at(std::size_t offset) const;
  /// Byte offset where the file holding `offset` begins in text().
  std::size_t file_begin(std::size_t offset) const;
  /// Line and column within the file holding `offset`.
  Location locate(std::size_t offset) const;
  /// The text of the line holding `offset`, without its line break.
  std::string_view line_text(std::size_t offset) const;
  std::size_t line_start(std::size_t offset) const;

 private:
  struct Segment {
    std::size_t begin = 0;       ///< byte offset in text_
    std::size_t first_line = 0;  ///< index into line_starts_ of its first line
    std::string name;
  };
  const Segment& segment_at(std::size_t offset) const;

  std::string name_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  std::vector<Segment> segments_;  ///< empty for a single file
};

/// Number of UTF-8 characters in s (continuation bytes are not counted).
std::size_t count_chars(std::string_view s);
/// Display width for a caret line: 2 per East Asian wide character, 1 otherwise.
std::size_t display_width(std::string_view s);

}  // namespace fz
