#include "engine/source.hpp"

#include <cstdint>
#include <cstring>

#include <algorithm>

namespace fz {

Source::Source(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

Source Source::joined(std::vector<File> files) {
  Source s;
  if (files.empty()) return s;
  s.name_ = files.front().name;
  std::vector<std::size_t> begins;
  for (auto& f : files) {
    begins.push_back(s.text_.size());
    s.text_ += f.text;
    // Every file ends its last line, so no line is shared by two files.
    if (!f.text.empty() && f.text.back() != '\n') s.text_ += '\n';
  }
  s.line_starts_.push_back(0);
  for (std::size_t i = 0; i < s.text_.size(); ++i)
    if (s.text_[i] == '\n') s.line_starts_.push_back(i + 1);
  for (std::size_t k = 0; k < files.size(); ++k) {
    auto it = std::lower_bound(s.line_starts_.begin(), s.line_starts_.end(), begins[k]);
    s.segments_.push_back(
        {begins[k], static_cast<std::size_t>(it - s.line_starts_.begin()), std::move(files[k].name)});
  }
  return s;
}

const Source::Segment& Source::segment_at(std::size_t offset) const {
  // The last segment beginning at or before offset (an empty file's segment is skipped over by
  // the next one beginning at the same offset).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), offset,
                             [](std::size_t off, const Segment& s) { return off < s.begin; });
  return it == segments_.begin() ? segments_.front() : *(it - 1);
}

const std::string& Source::file_at(std::size_t offset) const {
  return segments_.empty() ? name_ : segment_at(offset).name;
}

std::size_t Source::file_begin(std::size_t offset) const {
  return segments_.empty() ? 0 : segment_at(offset).begin;
}

std::size_t Source::line_start(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return *(it - 1);
}

Location Source::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t start = *(it - 1);
  if (!segments_.empty()) line -= segment_at(offset).first_line;
  return {line, count_chars(std::string_view(text_).substr(start, offset - start)) + 1};
}

std::string_view Source::line_text(std::size_t offset) const {
  std::size_t start = line_start(std::min(offset, text_.size()));
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

std::size_t count_chars(std::string_view s) {
  // Eight bytes at a time: a continuation byte is 10xxxxxx, i.e. bit 7 set and bit 6 clear.
  // Columns of evidence are counted from the line start, and a line is a whole paragraph.
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    std::uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ULL;
    n += 8 - static_cast<std::size_t>(__builtin_popcountll(continuation));
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // Three- and four-byte sequences are CJK, full-width forms and the like in our texts.
    w += (c == '\t') ? 4 : (len >= 3 ? 2 : 1);
    i += len;
  }
  return w;
}

}  // namespace fz
