#include "engine/document/sections.hpp"

#include <algorithm>
#include <array>

#include "engine/document/part_names.hpp"
#include "engine/input/utf8.hpp"

namespace fz {
namespace {

using sv = std::string_view;

constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";

// A switch, not a search: this runs on every character of every heading candidate.
bool is_numeral(char32_t c) {
  switch (c) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八':
    case U'九': case U'十':
      return true;
    default:
      return false;
  }
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

struct Cursor {
  sv t;
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

// A numbering at the start of a heading: its style, byte length and ordinal (二 → 2).
struct Marker {
  HeadingStyle style = HeadingStyle::none;
  std::size_t length = 0;
  int ordinal = 0;
  explicit operator bool() const { return style != HeadingStyle::none; }
};

int numeral_value(char32_t c) { return static_cast<int>(kNumerals.find(c)) + 1; }

// Numbering at text[i] (nothing when none starts there).
Marker marker_at(sv text, std::size_t i) {
  Cursor c{text, i};
  char32_t first = c.next();
  auto made = [&](HeadingStyle s, int ordinal) { return Marker{s, c.i - i, ordinal}; };
  if (is_numeral(first)) {
    int value = numeral_value(first);
    for (int n = 1; n < 3 && is_numeral(c.peek()); ++n) {
      int d = numeral_value(c.next());
      value = d == 10 ? value * 10 : (value == 10 ? 10 + d : value * 10 + d);
    }
    char32_t after = c.next();
    if (after == U'、') return made(HeadingStyle::numeral, value);
    // "一." (from "一．"): a numeral then a full stop, not a decimal.
    if (after == '.' && !is_digit(c.peek())) return made(HeadingStyle::numeral, value);
    if (after == U'是') return made(HeadingStyle::enumeration, value);
    return {};
  }
  if (first == U'（') {
    char32_t d = c.next();
    if (is_numeral(d)) {
      int value = numeral_value(d);
      while (is_numeral(c.peek())) value += numeral_value(c.next());
      return c.next() == U'）' ? made(HeadingStyle::numeral_paren, value) : Marker{};
    }
    if (is_digit(d)) {
      int value = static_cast<int>(d - '0');
      if (is_digit(c.peek())) value = value * 10 + static_cast<int>(c.next() - '0');
      return c.next() == U'）' ? made(HeadingStyle::digit_paren, value) : Marker{};
    }
    return {};
  }
  if (is_digit(first)) {
    int value = static_cast<int>(first - '0');
    if (is_digit(c.peek())) value = value * 10 + static_cast<int>(c.next() - '0');
    char32_t after = c.next();
    if (after == U'）') return made(HeadingStyle::digit_paren, value);
    if ((after == '.' || after == U'、') && !is_digit(c.peek()) && c.peek() != 0 && c.peek() != '\n')
      return made(HeadingStyle::digit, value);
    return {};
  }
  if (first >= 0x2460 && first <= 0x2473) return made(HeadingStyle::circled, static_cast<int>(first - 0x2460) + 1);
  if (first >= 0x2474 && first <= 0x2487) return made(HeadingStyle::digit_paren, static_cast<int>(first - 0x2474) + 1);
  if (first >= 0x2488 && first <= 0x249B) return made(HeadingStyle::digit, static_cast<int>(first - 0x2488) + 1);
  if (first >= 0x3220 && first <= 0x3229) return made(HeadingStyle::numeral_paren, static_cast<int>(first - 0x3220) + 1);
  if (first == U'第') {  // 第一部分, 第二章
    char32_t d = c.peek();
    if (!is_numeral(d) && !is_digit(d)) return {};
    int value = 0;
    while (is_numeral(c.peek()) || is_digit(c.peek())) {
      char32_t x = c.next();
      value = is_digit(x) ? value * 10 + static_cast<int>(x - '0') : value + numeral_value(x);
    }
    if (text.substr(c.i, 6) == "部分") return Marker{HeadingStyle::part, c.i + 6 - i, value};
    if (text.substr(c.i, 3) == "章") return Marker{HeadingStyle::part, c.i + 3 - i, value};
    return {};
  }
  return {};
}

bool may_start_marker(char32_t ch) {
  if (ch < 0x80) return is_digit(ch);
  return is_numeral(ch) || ch == U'（' || ch == U'第' || (ch >= 0x2460 && ch <= 0x249B) ||
         (ch >= 0x3220 && ch <= 0x3229);
}

bool is_stop(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '\n' || c == 0; }

// End (exclusive byte offset) of a heading whose numbering ends at `body`, at most `limit_end`;
// `next_marker` is set when the heading ended because another numbering follows directly.
std::size_t heading_end(sv text, std::size_t body, bool enumeration, std::size_t limit_end,
                        bool& next_marker) {
  const std::size_t limit = enumeration ? 40 : 60;
  next_marker = false;
  Cursor c{text.substr(0, limit_end), body};
  for (std::size_t n = 0; n <= limit; ++n) {
    std::size_t here = c.i;
    char32_t ch = c.peek();
    if (is_stop(ch)) return here;
    // Only bracketed numbering and 一是 can follow a heading run in: "统一、" and "第1、2条"
    // inside a heading must not start a new one. Test the character before parsing.
    if (n >= 2 && may_start_marker(ch)) {
      HeadingStyle m = marker_at(c.t, here).style;
      if (m == HeadingStyle::numeral_paren || m == HeadingStyle::digit_paren || m == HeadingStyle::enumeration) {
        next_marker = true;
        return here;
      }
    }
    c.next();
  }
  // Run into the paragraph without a stop: cut after a heading-final word, else at a comma.
  sv window = text.substr(body, c.i - body);
  for (sv w : {"情况", "举措", "成效", "不足", "原因", "问题", "计划", "安排", "打算", "设想", "思路", "职责"}) {
    std::size_t p = window.find(w);
    if (p != sv::npos) return body + p + w.size();
  }
  std::size_t comma = window.find("，");
  return comma != sv::npos ? body + comma : c.i;
}

bool starts(sv s, sv p) { return s.substr(0, p.size()) == p; }
bool ends(sv s, sv p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool has(sv s, sv p) { return s.find(p) != sv::npos; }

std::size_t chars(sv s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Keys that rank heading styles: one per numbering style, one per markup level, bold, named.
enum Key : int {
  kNoKey = 0,
  kPart, kNumeral, kNumeralParen, kDigit, kDigitParen, kCircled, kBracket, kNamed, kBold,
  kLevel0 = 16,  // kLevel0 + n: a Markdown/HTML/Word heading of level n (1–9)
  kKeys = 32,
};

Key numbering_key(HeadingStyle s) {
  switch (s) {
    case HeadingStyle::part: return kPart;
    case HeadingStyle::numeral: return kNumeral;
    case HeadingStyle::numeral_paren: return kNumeralParen;
    case HeadingStyle::digit: return kDigit;
    case HeadingStyle::digit_paren: return kDigitParen;
    case HeadingStyle::circled: return kCircled;
    default: return kNoKey;
  }
}

// A paragraph's markup as found in its text (Markdown) or given by the extractor.
struct Markup {
  Key key = kNoKey;
  Span inner;          ///< the text inside the marks
  bool lead = false;   ///< a "**…**" lead followed by more text on the line
};

Markup markdown(sv text, Span line) {
  sv s = text.substr(line.begin, line.size());
  Markup m;
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < s.size() &&
      (s[hashes] == ' ' || static_cast<unsigned char>(s[hashes]) >= 0x80)) {
    std::size_t b = hashes;
    while (b < s.size() && s[b] == ' ') ++b;
    std::size_t e = s.size();
    while (e > b && (s[e - 1] == '#' || s[e - 1] == ' ')) --e;  // closing hashes
    if (e > b) m = {static_cast<Key>(kLevel0 + static_cast<int>(hashes)), {line.begin + b, line.begin + e}, false};
    return m;
  }
  for (sv mark : {sv("**"), sv("__")}) {
    if (!starts(s, mark)) continue;
    std::size_t close = s.find(mark, mark.size());
    if (close == sv::npos || close == mark.size()) return m;
    Span inner{line.begin + mark.size(), line.begin + close};
    sv after = s.substr(close + mark.size());
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    if (after.empty()) return {kBold, inner, false};
    if (chars(s.substr(mark.size(), close - mark.size())) <= 30) return {kBold, inner, true};
    return m;
  }
  return m;
}

// The report's title, wherever markup sets it like a heading: not a part of the report.
bool looks_like_title(sv s, bool early) {
  if (has(s, "报告") && !has(s, "如下") && !has(s, "。")) return true;
  return early && has(s, "法治") && (has(s, "年") || has(s, "关于")) && !has(s, "，") && !has(s, "。");
}

bool has_han(sv s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len;
    if (utf8::is_han(utf8::decode_fast(s, i, len))) return true;
    i += len;
  }
  return false;
}

class Builder {
 public:
  Builder(sv text) : text_(text) {
    out_.push_back(Section{"", 0, HeadingStyle::none, {0, 0}, {0, text.size()}, Role::other, Role::other, "", -1, 1});
    keys_.push_back(kNoKey);
    stack_.push_back(0);
    link_.fill(kNoKey);
  }

  /// A heading at [begin, end) of `style`; `markup` is the paragraph's markup key (kNoKey: none),
  /// `line_start` whether it starts its paragraph.
  void add(std::size_t begin, std::size_t end, HeadingStyle style, Key markup, int ordinal, bool line_start) {
    while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '*' || text_[end - 1] == '_')) --end;
    if (end <= begin) return;
    Key key = kNoKey;
    if (style == HeadingStyle::enumeration) {
      while (stack_.size() > 1 && out_[stack_.back()].style == HeadingStyle::enumeration) close(begin);
    } else {
      if (Key n = numbering_key(style)) {
        key = n;
        if (markup != kNoKey && link_[markup] == kNoKey) link_[markup] = n;
      } else if (style == HeadingStyle::named) {
        // A part's name takes the top level; before any other heading it founds that level.
        if (link_[kNamed] == kNoKey && !order_.empty()) link_[kNamed] = order_.front();
        key = link_[kNamed] != kNoKey ? link_[kNamed] : kNamed;
      } else if (style == HeadingStyle::bracket) {
        key = kBracket;
      } else {
        key = link_[markup] != kNoKey ? link_[markup] : markup;
      }
      if (rank(key) < 0) {
        bool encloses = (style == HeadingStyle::numeral || style == HeadingStyle::part) && ordinal > 1 && line_start;
        order_.insert(encloses ? order_.begin() : order_.end(), key);
      }
      int r = rank(key);
      while (stack_.size() > 1 && (out_[stack_.back()].style == HeadingStyle::enumeration ||
                                   rank(keys_[static_cast<std::size_t>(stack_.back())]) >= r))
        close(begin);
    }
    Section s;
    s.heading = std::string(text_.substr(begin, end - begin));
    s.style = style;
    s.heading_span = {begin, end};
    s.body = {begin, text_.size()};
    s.parent = stack_.back();
    s.level = out_[static_cast<std::size_t>(s.parent)].level + 1;
    out_.push_back(std::move(s));
    keys_.push_back(key);
    stack_.push_back(static_cast<int>(out_.size()) - 1);
  }

  bool any() const { return out_.size() > 1; }

  std::vector<Section> finish() {
    out_[0].body.end = out_.size() > 1 ? out_[1].heading_span.begin : text_.size();
    return std::move(out_);
  }

 private:
  int rank(Key k) const {
    auto it = std::find(order_.begin(), order_.end(), k);
    return it == order_.end() ? -1 : static_cast<int>(it - order_.begin());
  }
  void close(std::size_t at) {
    out_[static_cast<std::size_t>(stack_.back())].body.end = at;
    stack_.pop_back();
  }

  sv text_;
  std::vector<Section> out_;
  std::vector<Key> keys_;      // per section
  std::vector<int> stack_;     // open sections, outermost first
  std::vector<Key> order_;     // keys by rank, top level first
  std::array<Key, kKeys> link_;  // markup key (or kNamed) → the key it ranks as
};

}  // namespace

std::vector<Section> find_sections(sv text, const std::vector<Paragraph>& paragraphs,
                                   const std::vector<Sentence>& sentences,
                                   const std::vector<signed char>& markup_hints) {
  Builder b(text);
  std::size_t next_sentence = 0;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    Span line = paragraphs[p].span;
    sv s = text.substr(line.begin, line.size());
    // Markup on the whole line.
    Markup m = markdown(text, line);
    if (m.key == kNoKey && p < markup_hints.size() && markup_hints[p] >= 0)
      m = {markup_hints[p] == 0 ? kBold : static_cast<Key>(kLevel0 + markup_hints[p]), line, false};
    std::size_t start = m.key != kNoKey ? m.inner.begin : line.begin;
    Marker first = may_start_marker(Cursor{text, start}.peek()) ? marker_at(text, start) : Marker{};
    // An unnumbered line set as a heading by markup, unless it is the title or a sentence.
    if (m.key != kNoKey && !first) {
      sv inner = text.substr(m.inner.begin, m.inner.size());
      bool heading = chars(inner) <= 60 && has_han(inner) && !looks_like_title(inner, !b.any() && p < 4) &&
                     (m.lead || !ends(inner, "。"));
      // A shortcomings, plans or duty part's name set in bold or as a heading is a part whatever
      // the markup's level ("**存在的问题**" after "## 一、…").
      PartName name = heading ? read_part_name(inner) : PartName{};
      bool part = name.name_like && (name.role == Role::shortcomings || name.role == Role::plans || name.role == Role::duty);
      if (heading) b.add(m.inner.begin, m.inner.end, part ? HeadingStyle::named : HeadingStyle::markup, m.key, 0, true);
      m.key = heading ? m.key : kNoKey;
    } else if (!first && starts(s, "【")) {
      std::size_t close = s.find("】");
      if (close != sv::npos && chars(s.substr(0, close)) <= 30 && !has(s.substr(0, close), "。") &&
          !looks_like_title(s, !b.any() && p < 4))
        b.add(line.begin, line.begin + close + 3, HeadingStyle::bracket, kNoKey, 0, true);
    } else if (!first && chars(s) <= 32 && !has(s, "。") && !has(s, "，") && p + 1 < paragraphs.size()) {
      PartName name = read_part_name(s);
      // An unnumbered, unmarked line is a part only by a strong name ("存在的问题", not "…情况").
      if (name.role != Role::other && name.name_like && !name.weak && !looks_like_title(s, !b.any() && p < 4))
        b.add(line.begin, line.end, HeadingStyle::named, kNoKey, 0, true);
    }
    // Numbered headings at sentence starts, and run in after one another.
    while (next_sentence < sentences.size() && sentences[next_sentence].span.begin < line.begin) ++next_sentence;
    for (; next_sentence < sentences.size() && sentences[next_sentence].span.begin < line.end; ++next_sentence) {
      const Sentence& sen = sentences[next_sentence];
      std::size_t pos = sen.span.begin;
      if (pos == line.begin && m.key != kNoKey && !first) continue;  // the markup heading above
      if (pos == line.begin) pos = start;
      while (text.substr(pos, 2) == "**" || text.substr(pos, 2) == "__") pos += 2;
      for (int guard = 0; guard < 8 && pos < sen.span.end; ++guard) {
        Cursor c{text, pos};
        if (!may_start_marker(c.peek())) break;
        Marker mk = marker_at(text, pos);
        if (!mk) break;
        bool more = false;
        std::size_t limit = m.key != kNoKey && pos < m.inner.end ? m.inner.end : sen.span.end;
        std::size_t end = heading_end(text, pos + mk.length, mk.style == HeadingStyle::enumeration, limit, more);
        if (end > sen.span.end) end = sen.span.end;
        bool line_start = pos == start;
        b.add(pos, end, mk.style, line_start ? m.key : kNoKey, mk.ordinal, line_start);
        if (!more) break;
        pos = end;
      }
    }
  }
  return b.finish();
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

namespace fz {

std::string_view heading_name(const Section& s) {
  std::string_view h = s.heading;
  if (s.style == HeadingStyle::bracket) {
    if (h.substr(0, 3) == "【") h.remove_prefix(3);
    if (h.size() >= 3 && h.substr(h.size() - 3) == "】") h.remove_suffix(3);
    return h;
  }
  if (!h.empty() && may_start_marker(Cursor{h, 0}.peek()))
    if (Marker m = marker_at(h, 0)) h.remove_prefix(std::min(m.length, h.size()));
  while (!h.empty() && h.front() == ' ') h.remove_prefix(1);
  return h;
}

}  // namespace fz
