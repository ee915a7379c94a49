#include "engine/input/html.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool is_block(const std::string& tag) {
  static constexpr std::array<std::string_view, 24> kBlock = {
      "p",  "div", "br", "li", "ul",  "ol",      "tr",      "table",  "h1",    "h2",   "h3", "h4",
      "h5", "h6",  "td", "th", "hr",  "section", "article", "header", "footer", "title", "dd", "dt"};
  for (auto b : kBlock)
    if (tag == b) return true;
  return false;
}

// Appends the character an entity at s[i] ('&') stands for; returns the bytes consumed (0: none).
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  std::size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
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

}  // namespace

std::string extract_html(std::string_view s) {
  std::string out;
  auto newline = [&] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '<') {
      if (s.substr(i, 4) == "<!--") {
        std::size_t e = s.find("-->", i + 4);
        i = e == std::string_view::npos ? s.size() : e + 3;
        continue;
      }
      std::size_t e = s.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = s.substr(i + 1, e - i - 1);
      bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n]))) ++n;
      std::string name = lower(tag.substr(0, n));
      i = e + 1;
      if (!closing && (name == "script" || name == "style" || name == "head")) {
        // Skip to the matching close tag; nothing inside is visible text.
        std::string low = lower(s.substr(i));
        std::size_t close = low.find("</" + name);
        i = close == std::string::npos ? s.size() : i + close;
        continue;
      }
      if (is_block(name)) newline();
      continue;
    }
    if (c == '&') {
      if (std::size_t n = decode_entity(s, i, out)) {
        i += n;
        continue;
      }
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';  // source line breaks are not text line breaks in HTML
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

}  // namespace fz
