#include <doctest/doctest.h>

#include <vector>

#include "dsl/parse.hpp"
#include "dsl/print.hpp"

namespace {

constexpr const char* kHead = "checklist \"t\" { title \"标题\" }\n";

fz::dsl::ParseResult parse(const std::string& body) {
  return fz::dsl::parse(fz::Source("t.fz", kHead + body));
}

}  // namespace

TEST_CASE("parse: a term with literal, regex and term phrases; spans point at the bytes") {
  std::string text = std::string(kHead) + "term a = \"行政执法\", /执法.{0,3}公示/, b  # comment 中文\n";
  auto r = fz::dsl::parse(fz::Source("t.fz", text));
  REQUIRE(r.checklist);
  REQUIRE(r.checklist->decls.size() == 1);
  const auto& t = boost::get<fz::dsl::ast::Term>(r.checklist->decls[0]);
  CHECK(t.name.value == "a");
  REQUIRE(t.phrases.size() == 3);
  const auto& s = boost::get<fz::dsl::ast::Str>(t.phrases[0]);
  CHECK(s.value == "行政执法");
  CHECK(text.substr(s.span.begin, s.span.size()) == "\"行政执法\"");
  CHECK(boost::get<fz::dsl::ast::Regex>(t.phrases[1]).value == "执法.{0,3}公示");
}

TEST_CASE("parse: `and` binds tighter than `or`; `not` binds tightest") {
  auto r = parse(
      "part \"p\" \"P\" weight 100 { item \"A\" \"a\" { match a or b and not c } }\n");
  REQUIRE(r.checklist);
  std::string tree = fz::dsl::print(*r.checklist);
  CHECK(tree.find("match @") != std::string::npos);
  CHECK(tree.find("      or @") != std::string::npos);
  CHECK(tree.find("        and @") != std::string::npos);
  CHECK(tree.find("          not @") != std::string::npos);
}

TEST_CASE("parse: regex keeps RE2 escapes and turns \\/ into /") {
  auto r = parse("term a = /a\\/b\\d+/\n");
  REQUIRE(r.checklist);
  const auto& t = boost::get<fz::dsl::ast::Term>(r.checklist->decls[0]);
  CHECK(boost::get<fz::dsl::ast::Regex>(t.phrases[0]).value == "a/b\\d+");
}

TEST_CASE("parse: syntax error names what was expected, at line:col in characters") {
  auto r = parse("part \"一\" \"标题\" weight 100 {\n  item \"A\" \"a\" { wieght 1 }\n}\n");
  CHECK_FALSE(r.checklist);
  REQUIRE(r.diagnostics.size() == 1);
  const auto& d = r.diagnostics[0];
  CHECK(d.code == "E001");
  CHECK(d.line == 3);
  CHECK(d.column == 18);
  CHECK(d.message.find("expected an item field") == 0);
  CHECK(d.message.find("found `wieght`") != std::string::npos);
}

TEST_CASE("parse: the caret sits under Chinese text by display width") {
  auto r = parse("part \"一\" \"标题\" wieght 100 {}\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("`weight`") != std::string::npos);
  CHECK(r.diagnostics[0].caret_offset == 17);  // `part "一" "标题" `: 11 ASCII + 3 wide characters
}

TEST_CASE("parse: never crashes on hostile input") {
  for (std::string s : std::vector<std::string>{"", "checklist", "checklist \"", "checklist \"x\" {", "\xff\xfe",
                        "checklist \"x\" {}\nterm a = /", "checklist \"x\" {} part",
                        std::string(10000, '('), std::string("checklist \"x\" {}\0", 17)}) {
    auto r = fz::dsl::parse(fz::Source("t.fz", s));
    CHECK((r.checklist.has_value() || !r.diagnostics.empty()));
  }
}

TEST_CASE("parse: deep nesting is a syntax error, not a stack overflow") {
  std::string deep = "part \"p\" \"P\" weight 100 { item \"A\" \"a\" { match " +
                     std::string(500, '(') + "a" + std::string(500, ')') + " } }\n";
  auto r = parse(deep);
  CHECK_FALSE(r.checklist);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.find("nested less deeply") != std::string::npos);
}
