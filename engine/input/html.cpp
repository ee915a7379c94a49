#include "engine/input/html.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

char lower_ascii(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = lower_ascii(c);
  return r;
}

bool equals_caseless(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (lower_ascii(s[i]) != lower_word[i]) return false;
  return true;
}

bool is_block(std::string_view tag) {
  static constexpr std::array<std::string_view, 24> kBlock = {
      "p",  "div", "br", "li", "ul",  "ol",      "tr",      "table",  "h1",    "h2",   "h3", "h4",
      "h5", "h6",  "td", "th", "hr",  "section", "article", "header", "footer", "title", "dd", "dt"};
  for (auto b : kBlock)
    if (tag == b) return true;
  return false;
}

bool is_void(std::string_view tag) {
  static constexpr std::array<std::string_view, 12> kVoid = {
      "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"};
  for (auto v : kVoid)
    if (tag == v) return true;
  return false;
}

// Elements whose text is never content: raw text (script, style) is skipped up to its close tag
// without reading tags inside; the others are skipped as elements, nesting counted.
bool is_raw_text(std::string_view tag) { return tag == "script" || tag == "style"; }
bool is_invisible(std::string_view tag) {
  return tag == "head" || tag == "noscript" || tag == "template";
}
bool is_bold(std::string_view tag) { return tag == "strong" || tag == "b"; }

// Appends the character an entity at s[i] ('&') stands for; returns the bytes consumed (0: none).
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  std::size_t semi = s.substr(i, 12).find(';');  // bounded: "&&&&…" must stay linear
  if (semi == std::string_view::npos || semi > 10) return 0;
  semi += i;
  std::string name = std::string(s.substr(i + 1, semi - i - 1));
  char32_t cp = 0;
  if (!name.empty() && name[0] == '#') {
    try {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      cp = static_cast<char32_t>(std::stoul(name.substr(hex ? 2 : 1), nullptr, hex ? 16 : 10));
    } catch (...) {
      return 0;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  } else {
    static constexpr std::array<std::pair<std::string_view, char32_t>, 14> kNamed = {{
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
        {"ldquo", U'“'}, {"rdquo", U'”'}, {"lsquo", U'‘'}, {"rsquo", U'’'}, {"mdash", U'—'},
        {"hellip", U'…'}, {"middot", U'·'}, {"emsp", 0x2003}}};
    for (auto [n, c] : kNamed)
      if (name == n) cp = c;
    if (cp == 0) return 0;
  }
  utf8::append(out, cp);
  return semi - i + 1;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// One tag as written: `<name attr="v" …>` or `</name>`, read with quoted attribute values
// respected (a '>' inside "…" or '…' does not end the tag).
struct Tag {
  std::size_t end = 0;    ///< offset just past the closing '>'; 0 when the tag never ends
  bool closing = false;
  bool self_closing = false;
  char name[12] = {};     ///< lower-cased; longer names are cut (no tag we act on is longer)
  bool hidden = false;    ///< `hidden`, or a style with display:none / visibility:hidden
  bool bold_style = false;  ///< a style with font-weight bold or ≥ 600

  std::string_view tag_name() const { return std::string_view(name); }
};

Tag read_tag(std::string_view s, std::size_t i) {
  Tag t;
  std::size_t p = i + 1;
  if (p < s.size() && s[p] == '/') t.closing = true, ++p;
  std::size_t n = 0;
  while (p < s.size() && (std::isalnum(static_cast<unsigned char>(s[p])) || s[p] == '-' || s[p] == ':')) {
    if (n + 1 < sizeof t.name) t.name[n++] = lower_ascii(s[p]);
    ++p;
  }
  while (p < s.size()) {
    char c = s[p];
    if (c == '>') {
      t.end = p + 1;
      t.self_closing = p > i && s[p - 1] == '/';
      return t;
    }
    if (is_space(c) || c == '/') {
      ++p;
      continue;
    }
    // An attribute: name [= value].
    std::size_t nb = p;
    while (p < s.size() && !is_space(s[p]) && s[p] != '=' && s[p] != '>' && s[p] != '/') ++p;
    std::string_view attr = s.substr(nb, p - nb);
    if (p == nb) ++p;  // a stray character: step over it
    while (p < s.size() && is_space(s[p])) ++p;
    std::string_view value;
    if (p < s.size() && s[p] == '=') {
      ++p;
      while (p < s.size() && is_space(s[p])) ++p;
      if (p < s.size() && (s[p] == '"' || s[p] == '\'')) {
        char q = s[p];
        std::size_t close = s.find(q, p + 1);
        if (close == std::string_view::npos) return t;  // unterminated: the tag never ends
        value = s.substr(p + 1, close - p - 1);
        p = close + 1;
      } else {
        std::size_t vb = p;
        while (p < s.size() && !is_space(s[p]) && s[p] != '>') ++p;
        value = s.substr(vb, p - vb);
      }
    }
    if (equals_caseless(attr, "hidden")) t.hidden = true;
    if (equals_caseless(attr, "style")) {
      // Spaces inside the declaration vary ("display : none"); compare without them.
      std::string compact;
      for (char c2 : value)
        if (!is_space(c2)) compact += lower_ascii(c2);
      if (compact.find("display:none") != std::string::npos ||
          compact.find("visibility:hidden") != std::string::npos)
        t.hidden = true;
      if (compact.find("font-weight:bold") != std::string::npos ||
          compact.find("font-weight:bolder") != std::string::npos ||
          compact.find("font-weight:600") != std::string::npos ||
          compact.find("font-weight:700") != std::string::npos ||
          compact.find("font-weight:800") != std::string::npos ||
          compact.find("font-weight:900") != std::string::npos)
        t.bold_style = true;
    }
  }
  return t;  // end of input inside the tag
}

// The offset of the close tag `</name` at or after i (case-insensitive), or s.size().
std::size_t find_close(std::string_view s, std::size_t i, std::string_view name) {
  for (std::size_t p = s.find("</", i); p != std::string_view::npos; p = s.find("</", p + 2))
    if (equals_caseless(s.substr(p + 2, name.size()), name)) return p;
  return s.size();
}

// The visible text being built, and which paragraphs of it the markup marks as headings.
class Builder {
 public:
  std::string out;
  std::vector<HeadingHint> hints;

  void newline() {
    finish_block();
    if (!out.empty() && out.back() != '\n') out += '\n';
    block_begin_ = out.size();
    heading_level_ = 0;
    bold_chars_ = plain_chars_ = 0;
  }
  void open_heading(int level) {
    newline();
    heading_level_ = level;
  }
  /// A visible character (or entity) just appended at out[from..]: counted as bold or not.
  void counted(std::size_t from, bool bold) {
    for (std::size_t k = from; k < out.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(out[k]);
      if (is_space(static_cast<char>(c)) || (c & 0xC0) == 0x80) continue;
      (bold ? bold_chars_ : plain_chars_)++;
    }
  }
  void finish() { finish_block(); }

 private:
  void finish_block() {
    std::size_t b = block_begin_, e = out.size();
    while (b < e && is_space(out[b])) ++b;
    while (e > b && is_space(out[e - 1])) --e;
    if (b < e && (heading_level_ > 0 || (bold_chars_ > 0 && plain_chars_ == 0)))
      hints.push_back({{b, e}, heading_level_});
    block_begin_ = out.size();
    heading_level_ = 0;
    bold_chars_ = plain_chars_ = 0;
  }
  std::size_t block_begin_ = 0;
  int heading_level_ = 0;
  std::size_t bold_chars_ = 0, plain_chars_ = 0;
};

}  // namespace

std::string declared_charset(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 4096));
  for (std::size_t m = head.find("<meta"); m != std::string::npos; m = head.find("<meta", m + 5)) {
    std::size_t end = head.find('>', m);
    std::size_t c = head.find("charset", m);
    if (c == std::string::npos || (end != std::string::npos && c > end)) continue;
    c += 7;
    while (c < head.size() && (head[c] == ' ' || head[c] == '=' || head[c] == '"' || head[c] == '\''))
      ++c;
    std::size_t e = c;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' ||
                               head[e] == '_'))
      ++e;
    if (e > c) return head.substr(c, e - c);
  }
  return {};
}

Extracted extract_html(std::string_view s) {
  Builder b;
  // An element being skipped (hidden or never visible): its name and how deep we are inside
  // elements of that name. Only that name's tags are counted, as browsers close it by name.
  char skip_name[sizeof Tag{}.name] = {};
  int skip_depth = 0;
  // Bold text: open <strong>/<b>, bold-styled <span>/<font> (a stack, as spans nest), or a block
  // styled bold (until the block ends).
  int strong = 0;
  std::vector<char> spans;
  int bold_spans = 0;
  bool block_bold = false;
  auto bold = [&] { return strong > 0 || bold_spans > 0 || block_bold; };
  auto emit = [&](auto&& append) {
    std::size_t from = b.out.size();
    append();
    b.counted(from, bold());
  };
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '<') {
      if (s.substr(i, 4) == "<!--") {
        std::size_t e = s.find("-->", i + 4);
        i = e == std::string_view::npos ? s.size() : e + 3;
        continue;
      }
      if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {  // <!DOCTYPE>, <?xml?>
        std::size_t e = s.find('>', i);
        i = e == std::string_view::npos ? s.size() : e + 1;
        continue;
      }
      bool tag_start = i + 1 < s.size() &&
                       (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/');
      if (!tag_start) {  // a bare '<' in text ("a < b") is text
        if (skip_depth == 0) emit([&] { b.out += c; });
        ++i;
        continue;
      }
      Tag t = read_tag(s, i);
      if (t.end == 0) break;  // the page ends inside a tag
      i = t.end;
      std::string_view name = t.tag_name();
      if (!t.closing && is_raw_text(name)) {
        // Skip to the matching close tag; nothing inside is visible text.
        std::size_t close = find_close(s, i, name);
        Tag ct = close < s.size() ? read_tag(s, close) : Tag{};
        i = ct.end ? ct.end : s.size();
        continue;
      }
      bool opens = !t.closing && !t.self_closing && !is_void(name);
      if (skip_depth > 0) {
        if (name == std::string_view(skip_name) && (opens || t.closing)) skip_depth += t.closing ? -1 : 1;
        continue;
      }
      if (opens && (t.hidden || is_invisible(name))) {
        std::copy(std::begin(t.name), std::end(t.name), std::begin(skip_name));
        skip_depth = 1;
        continue;
      }
      if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
        block_bold = false;
        if (t.closing) b.newline();
        else b.open_heading(name[1] - '0');
        continue;
      }
      if (is_block(name)) {
        b.newline();
        block_bold = !t.closing && t.bold_style;
        continue;
      }
      if (is_bold(name)) {
        if (opens) ++strong;
        else if (t.closing && strong > 0) --strong;
      } else if (name == "span" || name == "font") {
        if (opens) {
          spans.push_back(t.bold_style);
          bold_spans += t.bold_style;
        } else if (t.closing && !spans.empty()) {
          bold_spans -= spans.back();
          spans.pop_back();
        }
      }
      continue;
    }
    if (skip_depth > 0) {
      ++i;
      continue;
    }
    if (c == '&') {
      std::size_t n = 0;
      emit([&] { n = decode_entity(s, i, b.out); });
      if (n) {
        i += n;
        continue;
      }
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      b.out += ' ';  // source line breaks are not text line breaks in HTML
    } else {
      emit([&] { b.out += c; });
    }
    ++i;
  }
  b.finish();
  Extracted x;
  x.utf8 = std::move(b.out);
  x.headings = std::move(b.hints);
  return x;
}

}  // namespace fz
