#include "engine/document/sections.hpp"

#include <algorithm>
#include <initializer_list>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";

bool is_numeral(char32_t c) { return kNumerals.find(c) != std::u32string_view::npos; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

struct Cursor {
  std::string_view t;
  std::size_t i;
  char32_t peek(std::size_t* len = nullptr) const {
    if (i >= t.size()) return 0;
    std::size_t l;
    char32_t c = utf8::decode_fast(t, i, l);
    if (len) *len = l;
    return c;
  }
  char32_t next() {
    std::size_t l = 0;
    char32_t c = peek(&l);
    i += l;
    return c;
  }
};

// Numbering at text[i]: returns {level, byte length of the marker} or {0, 0}.
std::pair<int, std::size_t> marker_at(std::string_view text, std::size_t i) {
  Cursor c{text, i};
  char32_t first = c.next();
  if (is_numeral(first)) {
    int n = 1;
    while (n < 3 && is_numeral(c.peek())) c.next(), ++n;
    char32_t after = c.next();
    if (after == U'、') return {1, c.i - i};
    if (after == U'是') return {5, c.i - i};
    return {0, 0};
  }
  if (first == U'（') {
    char32_t d = c.next();
    if (is_numeral(d)) {
      while (is_numeral(c.peek())) c.next();
      return c.next() == U'）' ? std::pair<int, std::size_t>{2, c.i - i} : std::pair<int, std::size_t>{0, 0};
    }
    if (is_digit(d)) {
      if (is_digit(c.peek())) c.next();
      return c.next() == U'）' ? std::pair<int, std::size_t>{4, c.i - i} : std::pair<int, std::size_t>{0, 0};
    }
    return {0, 0};
  }
  if (is_digit(first)) {
    if (is_digit(c.peek())) c.next();
    char32_t after = c.next();
    if (after == U'）') return {4, c.i - i};
    if ((after == '.' || after == U'、') && !is_digit(c.peek()) && c.peek() != 0 && c.peek() != '\n')
      return {3, c.i - i};
  }
  return {0, 0};
}

bool is_stop(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '\n' || c == 0; }

// End (exclusive byte offset) of a heading whose numbering ends at `body`; `next_marker` is set
// when the heading ended because another numbering follows directly.
std::size_t heading_end(std::string_view text, std::size_t body, int level, bool& next_marker) {
  const std::size_t limit = level == 5 ? 40 : 60;
  next_marker = false;
  Cursor c{text, body};
  for (std::size_t n = 0; n <= limit; ++n) {
    std::size_t here = c.i;
    char32_t ch = c.peek();
    if (is_stop(ch)) return here;
    // Only a numeral, a digit or "（" can start a numbering: test the character before parsing.
    bool may_start = is_numeral(ch) || is_digit(ch) || ch == U'（';
    int m = n >= 2 && may_start ? marker_at(text, here).first : 0;
    // Only bracketed numbering and 一是 can follow a heading run in: "统一、" and "第1、2条"
    // inside a heading must not start a new one.
    if (m == 2 || m == 4 || m == 5) {
      next_marker = true;
      return here;
    }
    c.next();
  }
  // Run into the paragraph without a stop: cut after a heading-final word, else at a comma.
  std::string_view window = text.substr(body, c.i - body);
  for (std::string_view w : {"情况", "举措", "成效", "不足", "原因", "问题", "计划", "安排", "打算",
                             "设想", "思路", "职责"}) {
    std::size_t p = window.find(w);
    if (p != std::string_view::npos) return body + p + w.size();
  }
  std::size_t comma = window.find("，");
  return comma != std::string_view::npos ? body + comma : c.i;
}

}  // namespace

std::vector<Section> find_sections(std::string_view text, const std::vector<Sentence>& sentences) {
  std::vector<Section> out;
  out.push_back(Section{"", 0, {0, 0}, {0, text.size()}, Role::other, -1, 1});
  std::vector<int> stack{0};
  auto add = [&](std::size_t begin, int level, std::size_t end) {
    while (out[stack.back()].level >= level) {
      out[stack.back()].body.end = begin;
      stack.pop_back();
    }
    Section s;
    s.heading = std::string(text.substr(begin, end - begin));
    s.level = level;
    s.heading_span = {begin, end};
    s.body = {begin, text.size()};
    s.parent = stack.back();
    out.push_back(std::move(s));
    stack.push_back(static_cast<int>(out.size()) - 1);
  };
  for (const Sentence& s : sentences) {
    std::size_t pos = s.span.begin;
    for (int guard = 0; guard < 8 && pos < s.span.end; ++guard) {
      auto [level, len] = marker_at(text, pos);
      if (level == 0) break;
      bool more = false;
      std::size_t end = heading_end(text, pos + len, level, more);
      if (end > s.span.end) end = s.span.end;
      add(pos, level, end);
      if (!more) break;
      pos = end;
    }
  }
  out[0].body.end = out.size() > 1 ? out[1].heading_span.begin : text.size();
  return out;
}

int section_at(const std::vector<Section>& sections, std::size_t offset) {
  // Sections are in document order and nested (a child's body lies inside its parent's), so the
  // innermost one holding `offset` is the last to begin at or before it, or an ancestor of that
  // one. Binary search plus a walk up the parents: a scan per call made build_structure
  // quadratic (a 50 MB text spent a minute here).
  if (sections.size() < 2) return 0;
  auto it = std::upper_bound(sections.begin() + 1, sections.end(), offset,
                             [](std::size_t off, const Section& s) { return off < s.body.begin; });
  for (int k = static_cast<int>(it - sections.begin()) - 1; k >= 1;) {
    const Section& s = sections[static_cast<std::size_t>(k)];
    if (s.body.contains(offset)) return k;
    k = s.parent >= 0 && s.parent < k ? s.parent : k - 1;
  }
  return 0;
}

}  // namespace fz
