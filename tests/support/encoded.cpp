#include "tests/support/encoded.hpp"

#include <doctest/doctest.h>
#include <iconv.h>

#include <algorithm>
#include <string_view>

namespace fz::test {

std::string convert(const std::string& bytes, const char* to, const char* from) {
  iconv_t cd = iconv_open(to, from);
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string in = bytes, out(bytes.size() * 4 + 16, '\0');
  char* ip = in.data();
  char* op = out.data();
  std::size_t il = in.size(), ol = out.size();
  std::size_t r = iconv(cd, &ip, &il, &op, &ol);
  iconv_close(cd);
  REQUIRE(r != static_cast<std::size_t>(-1));
  out.resize(out.size() - ol);
  return out;
}

Place place_of(const std::string& bytes, const char* encoding, std::size_t start, std::size_t end) {
  REQUIRE(start <= end);
  REQUIRE(end <= bytes.size());
  bool utf8 = std::string_view(encoding) == "UTF-8";
  Place p;
  p.quote = bytes.substr(start, end - start);
  std::string before = bytes.substr(0, start);
  if (!utf8) p.quote = convert(p.quote, "UTF-8", encoding), before = convert(before, "UTF-8", encoding);
  if (before.starts_with("\xEF\xBB\xBF")) before.erase(0, 3);  // a BOM is not a character
  p.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  std::size_t nl = before.rfind('\n');
  p.column = 1;
  for (std::size_t i = nl == std::string::npos ? 0 : nl + 1; i < before.size(); ++i)
    p.column += (static_cast<unsigned char>(before[i]) & 0xC0) != 0x80;
  return p;
}

}  // namespace fz::test
