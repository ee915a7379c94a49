#include <doctest/doctest.h>

#include <string>

#include "dsl/load.hpp"

namespace {

fz::Plan compile(const std::string& body) {
  std::string text =
      "checklist \"demo\" { title \"标题\" basis \"纲要\" years 2021 .. 2025 }\n"
      "hedge = \"有待\", /还需.{0,6}加强/\nfuture = \"下一步\"\nunits = /[0-9]+件/\n"
      "figure within 20\n" + body;
  auto r = fz::dsl::load_checklist(fz::Source("demo.fz", text));
  for (const auto& d : r.diagnostics) INFO(fz::render(d));
  REQUIRE(r.plan);
  return std::move(*r.plan);
}

}  // namespace

TEST_CASE("compile: header, parts, context sets") {
  auto p = compile("part \"一\" \"部分\" weight 100 {\n item \"A\" \"条目\" { basis \"b\" match \"行政执法\" }\n}\n");
  CHECK(p.id == "demo");
  CHECK(p.title == "标题");
  CHECK(p.year_from == 2021);
  CHECK(p.year_to == 2025);
  CHECK(p.figure_distance == 20);
  CHECK(p.hedge.size() == 2);
  CHECK(p.patterns[p.hedge[1]] == fz::Pattern{"还需.{0,6}加强", true});
  REQUIRE(p.parts.size() == 1);
  CHECK(p.parts[0].weight == 100);
  REQUIRE(p.items.size() == 1);
  CHECK(p.items[0].part == "一");
  CHECK(p.items[0].line == 7);
}

TEST_CASE("compile: identical phrases share one pattern; terms expand through terms") {
  auto p = compile(
      "term a = \"行政执法\", b\nterm b = \"执法公示\", \"行政执法\"\n"
      "part \"一\" \"部分\" weight 100 {\n"
      " item \"A\" \"条目\" { basis \"b\" match all(a, \"执法公示\") within paragraph in plans, duty }\n"
      " item \"B\" \"条目\" { basis \"b\" weight 2 required levels \"省\", \"市\" match 2 of (a, /x+/)\n"
      "   part shortcomings published before 03-31 example planned in plans \"句子。\" }\n}\n");
  int literals = 0;
  for (const auto& pat : p.patterns) literals += pat.text == "行政执法";
  CHECK(literals == 1);
  const auto& a = p.items[0];
  REQUIRE(a.rules.size() == 1);
  const auto& r = a.rules[0];
  CHECK(r.window == fz::Window::paragraph);
  CHECK(r.roles == std::vector<fz::Role>{fz::Role::plans, fz::Role::duty});
  CHECK(r.cond.kind == fz::Cond::Kind::all);
  REQUIRE(r.cond.terms.size() == 2);
  CHECK(r.cond.terms[0].name == "a");
  CHECK(r.cond.terms[0].patterns.size() == 2);  // 行政执法, 执法公示 (deduplicated)
  CHECK(r.cond.terms[1].patterns == std::vector<int>{r.cond.terms[0].patterns[1]});

  const auto& b = p.items[1];
  CHECK(b.weight == 2);
  CHECK(b.required);
  CHECK(b.levels == std::vector<fz::UnitLevel>{fz::UnitLevel::province, fz::UnitLevel::city});
  REQUIRE(b.rules.size() == 3);
  CHECK(b.rules[0].cond.kind == fz::Cond::Kind::at_least);
  CHECK(b.rules[0].cond.n == 2);
  CHECK(b.rules[1].kind == fz::Rule::Kind::part_exists);
  CHECK(b.rules[1].part_role == fz::Role::shortcomings);
  CHECK(b.rules[2].kind == fz::Rule::Kind::published_before);
  CHECK(b.rules[2].month == 3);
  CHECK(b.rules[2].day == 31);
  REQUIRE(b.examples.size() == 1);
  CHECK(b.examples[0].expected == fz::ItemState::planned);
  CHECK(b.examples[0].role == fz::Role::plans);
  CHECK(b.examples[0].line == 11);
}

TEST_CASE("compile: boolean structure, near and figure") {
  auto p = compile("part \"一\" \"部分\" weight 100 {\n item \"A\" \"条目\" { basis \"b\"\n"
                   "  match (\"甲乙丙\" or \"丁戊己\") and not figure(\"庚辛\")\n"
                   "  match near(\"甲乙丙\", \"丁戊己\", 15) under \"执法\" } }\n");
  const auto& c = p.items[0].rules[0].cond;
  REQUIRE(c.kind == fz::Cond::Kind::and_);
  REQUIRE(c.children.size() == 2);
  CHECK(c.children[0].kind == fz::Cond::Kind::or_);
  CHECK(c.children[1].kind == fz::Cond::Kind::not_);
  CHECK(c.children[1].children[0].kind == fz::Cond::Kind::figure);
  CHECK(c.children[1].children[0].n == 20);
  const auto& r2 = p.items[0].rules[1];
  CHECK(r2.cond.kind == fz::Cond::Kind::near);
  CHECK(r2.cond.n == 15);
  REQUIRE(r2.under);
  CHECK(p.patterns[*r2.under] == fz::Pattern{"执法", false});
}
