#include "engine/source.hpp"

#include <doctest/doctest.h>

#include "engine/diagnostic.hpp"

TEST_CASE("columns count characters, not bytes") {
  fz::Source s("x.fz", "第一行\n你好x\n");
  CHECK(s.locate(0) == fz::Location{1, 1});
  auto x = std::string("第一行\n你好").size();
  CHECK(s.locate(x) == fz::Location{2, 3});
  CHECK(s.line_text(x) == "你好x");
}

TEST_CASE("a caret under Chinese text is padded by display width") {
  fz::Source s("x.fz", "term a = \"你好\" bad\n");
  std::size_t at = std::string("term a = \"你好\" ").size();
  auto d = fz::make_diagnostic(fz::Severity::error, "E001", s, {at, at + 3}, "expected a term");
  CHECK(d.line == 1);
  CHECK(d.column == 15);
  CHECK(d.caret_offset == 16);  // 10 ASCII, 2 wide chars (4 columns), quote, space
  CHECK(d.caret_width == 3);
  CHECK(fz::render(d).find("x.fz:1:15: error[E001]: expected a term") == 0);
}
