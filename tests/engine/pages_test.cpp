#include "engine/input/pages.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {
std::string filler(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "法治";
  return s;
}
}  // namespace

TEST_CASE("glued page numbers are dropped and the broken sentence rejoined") {
  std::string f = filler(60);
  std::string in = "1、标题。" + f + "切实抓好责任落\n2、实。" + f + "加大对食药、卫生\n3、、生态。" + f;
  fz::Text t = fz::join_page_numbers(in);
  CHECK(t.utf8 == "标题。" + f + "切实抓好责任落实。" + f + "加大对食药、卫生、生态。" + f);
  std::size_t at = t.utf8.find("实。");
  CHECK(t.to_source.to_source({at, at + 3}).begin == in.find("2、实") + 4);
}

TEST_CASE("a short numbered list is not taken for page numbers") {
  std::string in = "1、健全机制\n2、压实责任\n3、强化考核\n";
  CHECK(fz::join_page_numbers(in).utf8 == in);
}
