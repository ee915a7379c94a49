#include "engine/input/fold.hpp"

#include <string>

#include "engine/input/utf8.hpp"

namespace fz {

bool is_cjk_punct(char32_t c) {
  switch (c) {
    case U'，': case U'。': case U'；': case U'：': case U'（': case U'）': case U'！':
    case U'？': case U'、': case U'“': case U'”': case U'‘': case U'’': case U'《':
    case U'》': case U'【': case U'】': case U'—': case U'…': case U'·': case U'〔':
    case U'〕':
      return true;
    default:
      return false;
  }
}

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == 0x3000 || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}
bool is_invisible(char32_t c) { return c == 0x200B || c == 0xFEFF || c == 0x200C || c == 0x200D; }
// Line ends other than LF: CR (alone, as old Mac files; before LF it is dropped), U+2028 LINE
// SEPARATOR, U+2029 PARAGRAPH SEPARATOR and U+0085 NEXT LINE. Each becomes '\n', so such a file
// has the same paragraphs, structure and score as its LF copy.
bool is_other_line_end(char32_t c) { return c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }
bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Context-free part of the fold.
char32_t fold_char(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    switch (c) {
      case U'，': case U'；': case U'：': case U'（': case U'）': case U'！': case U'？':
        return c;
      default:
        return c - 0xFEE0;
    }
  }
  switch (c) {
    case '(': return U'（';
    case ')': return U'）';
    case ',': return U'，';
    case ';': return U'；';
    case ':': return U'：';
    case '!': return U'！';
    case '?': return U'？';
    default: return c;
  }
}

bool is_tone_vowel(char32_t c) {
  static constexpr std::u32string_view kTone = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  return kTone.find(c) != std::u32string_view::npos;
}

// Byte length of a "(tǒng)" group at s[i] (after a Han character), 0 if there is none. Its
// letters may be full-width ("（ｔǒｎｇ）"), as the rest of the page may be: width is folded first.
std::size_t pinyin_group(std::string_view s, std::size_t i) {
  std::size_t len;
  char32_t open = utf8::decode(s, i, len);
  if (open != '(' && open != U'（') return 0;
  bool tone = false;
  std::size_t j = i + len, letters = 0;
  for (; j < s.size() && letters <= 7;) {
    char32_t c = fold_char(utf8::decode(s, j, len));
    if (c == ')' || c == U'）') return tone && letters > 0 ? j + len - i : 0;
    if (is_tone_vowel(c)) tone = true;
    else if (!(c >= 'a' && c <= 'z') && c != U'ü') return 0;
    ++letters;
    j += len;
  }
  return 0;
}

}  // namespace

Text fold(std::string_view s) {
  Text out;
  out.utf8.reserve(s.size());
  char32_t prev = '\n';  // last character emitted
  auto emit = [&](char32_t c, std::size_t src_len, std::string_view src) {
    std::size_t before = out.utf8.size();
    utf8::append(out.utf8, c);
    if (std::string_view(out.utf8).substr(before) == src) out.to_source.copy(src_len);
    else out.to_source.replace(src_len, out.utf8.size() - before);
    prev = c;
  };
  for (std::size_t i = 0; i < s.size();) {
    // Fast path for a run of characters U+4000..U+9FFF (lead bytes E4..E9: the common CJK
    // ideographs, which is most of a report): none is invisible, a space, foldable or the "(" of
    // a pinyin group, so each would be emitted as is. Copy the run in one step.
    if (auto b = static_cast<unsigned char>(s[i]); b >= 0xE4 && b <= 0xE9) {
      std::size_t j = i;
      while (j + 3 <= s.size()) {
        auto lead = static_cast<unsigned char>(s[j]);
        if (lead < 0xE4 || lead > 0xE9 || (static_cast<unsigned char>(s[j + 1]) & 0xC0) != 0x80 ||
            (static_cast<unsigned char>(s[j + 2]) & 0xC0) != 0x80)
          break;
        j += 3;
      }
      if (j > i) {
        out.utf8.append(s.data() + i, j - i);
        out.to_source.copy(j - i);
        std::size_t last_len;
        prev = utf8::decode(s, j - 3, last_len);
        i = j;
        continue;
      }
    }
    std::size_t len;
    char32_t c = utf8::decode_fast(s, i, len);
    if (is_other_line_end(c)) {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') out.to_source.drop(len);  // CRLF
      else emit('\n', len, s.substr(i, len));
      i += len;
      continue;
    }
    if (is_invisible(c)) {
      out.to_source.drop(len);
      i += len;
      continue;
    }
    if (utf8::is_han(prev)) {
      if (std::size_t g = pinyin_group(s, i)) {
        out.to_source.drop(g);
        i += g;
        continue;
      }
    }
    if (is_space(c)) {
      std::size_t j = i;
      char32_t next = '\n';
      while (j < s.size()) {
        std::size_t l;
        next = utf8::decode(s, j, l);
        if (!is_space(next) && !is_invisible(next)) break;
        j += l;
        next = '\n';
      }
      if (is_other_line_end(next)) next = '\n';
      char32_t next_folded = fold_char(next);
      bool drop = prev == '\n' || next == '\n' || is_cjk_punct(prev) || is_cjk_punct(next_folded);
      if (drop) out.to_source.drop(j - i);
      else emit(' ', j - i, s.substr(i, j - i));
      i = j;
      continue;
    }
    char32_t f = fold_char(c);
    if (f != c && c < 0x80 && c != '(' && c != ')' && is_ascii_alnum(prev) && i + 1 < s.size() &&
        is_ascii_alnum(static_cast<unsigned char>(s[i + 1])))
      f = c;  // "09:52", "1,200": keep ASCII between ASCII letters/digits
    emit(f, len, s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace fz
