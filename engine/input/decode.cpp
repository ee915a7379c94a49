#include "engine/input/decode.hpp"

#include <iconv.h>

#include <memory>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

// Control characters other than tab, LF, FF and CR do not occur in reports; finding one means
// the "text" is really binary data that happened to decode.
bool has_binary_controls(std::string_view utf8_text) {
  for (unsigned char c : utf8_text)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return true;
  return false;
}

std::variant<Text, std::string> decode_utf16(std::string_view b, bool little_endian) {
  Text t;
  t.to_source.drop(2);  // the BOM
  auto unit = [&](std::size_t i) {
    auto lo = static_cast<unsigned char>(b[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(b[i + (little_endian ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::size_t i = 2;
  for (; i + 1 < b.size();) {
    char32_t cp = unit(i);
    std::size_t n = 2;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= b.size()) return std::string("invalid UTF-16: truncated surrogate pair");
      char32_t lo = unit(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return std::string("invalid UTF-16: unpaired surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      n = 4;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return std::string("invalid UTF-16: unpaired surrogate");
    }
    std::size_t before = t.utf8.size();
    utf8::append(t.utf8, cp);
    t.to_source.replace(n, t.utf8.size() - before);
    i += n;
  }
  if (i != b.size()) return std::string("invalid UTF-16: odd number of bytes");
  return t;
}

// Length of the GB18030 character at b[i]: 1, 2 or 4 bytes, 0 when the bytes are not GB18030.
std::size_t gb18030_length(std::string_view b, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(b[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  if (c == 0x80 || c == 0xFF || i + 1 >= b.size()) return 0;
  unsigned char d = at(i + 1);
  if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE)) return 2;
  if (d >= 0x30 && d <= 0x39 && i + 3 < b.size() && at(i + 2) >= 0x81 && at(i + 2) <= 0xFE &&
      at(i + 3) >= 0x30 && at(i + 3) <= 0x39)
    return 4;
  return 0;
}

std::variant<Text, std::string> decode_gb18030(std::string_view b) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string("GB18030 decoding is not available");
  std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
  Text t;
  for (std::size_t i = 0; i < b.size();) {
    std::size_t n = gb18030_length(b, i);
    if (n == 0) return std::string("not valid UTF-8, UTF-16 or GB18030 text");
    if (n == 1) {
      t.utf8 += b[i];
      t.to_source.copy(1);
    } else {
      // One character at a time, so the map records exactly which bytes each character came from.
      char in[4], out[8];
      for (std::size_t k = 0; k < n; ++k) in[k] = b[i + k];
      char* ip = in;
      char* op = out;
      std::size_t il = n, ol = sizeof out;
      if (iconv(cd, &ip, &il, &op, &ol) == static_cast<std::size_t>(-1) || il != 0)
        return std::string("not valid UTF-8, UTF-16 or GB18030 text");
      std::size_t produced = sizeof out - ol;
      t.utf8.append(out, produced);
      t.to_source.replace(n, produced);
    }
    i += n;
  }
  return t;
}

}  // namespace

std::variant<Text, std::string> decode(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  std::variant<Text, std::string> r;
  if (starts("\xFF\xFE")) {
    r = decode_utf16(b, true);
  } else if (starts("\xFE\xFF")) {
    r = decode_utf16(b, false);
  } else if (b.find('\0') != std::string_view::npos) {
    return std::string("binary file (contains NUL bytes)");
  } else if (starts("\xEF\xBB\xBF") && utf8::is_valid(b.substr(3))) {
    Text t;
    t.utf8 = std::string(b.substr(3));
    t.to_source.drop(3);
    t.to_source.copy(t.utf8.size());
    r = std::move(t);
  } else if (utf8::is_valid(b)) {
    r = Text{std::string(b), OffsetMap::identity(b.size())};
  } else {
    r = decode_gb18030(b);
  }
  if (auto* t = std::get_if<Text>(&r)) {
    if (t->utf8.find('\0') != std::string::npos || has_binary_controls(t->utf8))
      return std::string("binary file (control characters found)");
  }
  return r;
}

}  // namespace fz
