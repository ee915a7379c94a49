#include "engine/input/decode.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

fz::Text ok(std::string_view bytes) {
  auto r = fz::decode(bytes);
  REQUIRE(std::holds_alternative<fz::Text>(r));
  return std::get<fz::Text>(r);
}

}  // namespace

TEST_CASE("plain UTF-8 decodes to itself with an identity map") {
  fz::Text t = ok("法治政府");
  CHECK(t.utf8 == "法治政府");
  CHECK(t.to_source == fz::OffsetMap::identity(12));
}

TEST_CASE("a UTF-8 BOM is dropped and offsets shift by three") {
  fz::Text t = ok("\xEF\xBB\xBF法治");
  CHECK(t.utf8 == "法治");
  CHECK(t.to_source.to_source({3, 6}) == fz::Span{6, 9});
}

TEST_CASE("GB18030 text decodes, each character mapped to its two bytes") {
  // "法治政府报告。" in GB18030 (checked with iconv), then ASCII "ok".
  std::string gb = "\xB7\xA8\xD6\xCE\xD5\xFE\xB8\xAE\xB1\xA8\xB8\xE6\xA1\xA3ok";
  fz::Text t = ok(gb);
  CHECK(t.utf8 == "法治政府报告。ok");
  CHECK(t.to_source.to_source({3, 6}) == fz::Span{2, 4});    // 治
  CHECK(t.to_source.to_source({21, 23}) == fz::Span{14, 16});  // ok
}

TEST_CASE("UTF-16 with a BOM, both byte orders") {
  std::string le = std::string("\xFF\xFE", 2) + std::string("\xD5\x6C\xBB\x6C" "A\0", 6);  // 法治A
  fz::Text t = ok(le);
  CHECK(t.utf8 == "法治A");
  CHECK(t.to_source.to_source({3, 6}) == fz::Span{4, 6});
  CHECK(t.to_source.to_source({6, 7}) == fz::Span{6, 8});
  std::string be = std::string("\xFE\xFF\x6C\xD5\x00" "A", 6);
  CHECK(ok(be).utf8 == "法A");
}

TEST_CASE("binary data is refused") {
  CHECK(std::holds_alternative<std::string>(fz::decode(std::string("abc\0def", 7))));
  CHECK(std::holds_alternative<std::string>(fz::decode("\x01\x02\x03 text")));
  CHECK(std::holds_alternative<std::string>(fz::decode("\xFF\xFF\x80\x80")));  // no encoding fits
  CHECK(std::holds_alternative<std::string>(fz::decode(std::string("\xFF\xFE\x00\xD8", 4))));  // lone surrogate
}
