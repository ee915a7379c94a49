#include "engine/input/fold.hpp"

#include <doctest/doctest.h>

TEST_CASE("full-width letters and digits fold to ASCII, Chinese punctuation stays") {
  fz::Text t = fz::fold("２０２２年ＡＢ％，（一）");
  CHECK(t.utf8 == "2022年AB%，（一）");
  CHECK(t.to_source.to_source({0, 1}) == fz::Span{0, 3});  // "2" came from "２"
}

TEST_CASE("ASCII punctuation in Chinese text becomes the Chinese form, except between digits") {
  CHECK(fz::fold("(一)健全机制,推进:工作;完成!").utf8 == "（一）健全机制，推进：工作；完成！");
  CHECK(fz::fold("时间: 2024-03-19 09:52").utf8 == "时间：2024-03-19 09:52");
  CHECK(fz::fold("共1,200件").utf8 == "共1,200件");
}

TEST_CASE("spaces: dropped at line edges and by punctuation, runs collapse") {
  fz::Text t = fz::fold("\u3000\u3000一、工作\r\n甲\u00a0\u00a0 乙 ，丙");
  CHECK(t.utf8 == "一、工作\n甲 乙，丙");
  CHECK(t.to_source.to_source({0, 3}) == fz::Span{6, 9});  // 一 after the two U+3000
}

TEST_CASE("bracketed pinyin after a Han character is dropped, other brackets stay") {
  CHECK(fz::fold("统(tǒng)筹(chóu)推进").utf8 == "统筹推进");
  CHECK(fz::fold("措施(a)").utf8 == "措施（a）");
  // on a full-width page the letters are full-width too
  CHECK(fz::fold("统（ｔǒｎｇ）筹（ｃｈóｕ）推进").utf8 == "统筹推进");
  CHECK(fz::fold("措施（ａ）").utf8 == "措施（a）");
}
