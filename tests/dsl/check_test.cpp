#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "dsl/load.hpp"

namespace {

constexpr const char* kHead =
    "checklist \"t\" { title \"标题\" years 2021 .. 2025 }\n"
    "hedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\n";

fz::dsl::LoadResult load(const std::string& body) {
  return fz::dsl::load_checklist(fz::Source("t.fz", kHead + body));
}

std::string item(const std::string& fields, const std::string& id = "A1") {
  return "  item \"" + id + "\" \"条目\" {\n    basis \"纲要\"\n" + fields + "\n  }\n";
}

std::string part(const std::string& items, int weight = 100, const std::string& id = "一") {
  return "part \"" + id + "\" \"部分\" weight " + std::to_string(weight) + " {\n" + items + "}\n";
}

int count(const fz::dsl::LoadResult& r, const std::string& code) {
  return static_cast<int>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [&](const fz::Diagnostic& d) { return d.code == code; }));
}

}  // namespace

TEST_CASE("check: a clean checklist loads without diagnostics") {
  auto r = load("term a = \"行政执法公示\"\n" + part(item("    match any(a)")));
  CHECK(r.diagnostics.empty());
  CHECK(r.plan);
}

TEST_CASE("check: every error is reported in one run, in source order") {
  auto r = load(part(item("    match any(nope)\n    match /(/\n    example done \"句子。\""), 90));
  CHECK(count(r, "E002") == 1);
  CHECK(count(r, "E006") == 1);
  CHECK(count(r, "E012") == 1);
  CHECK(count(r, "E007") == 1);
  CHECK_FALSE(r.plan);
  for (std::size_t i = 1; i < r.diagnostics.size(); ++i)
    CHECK(r.diagnostics[i - 1].line <= r.diagnostics[i].line);
}

TEST_CASE("check: the regex error points at the regex literal") {
  auto r = load(part(item("    match \"行政执法\" and /执法(/")));
  REQUIRE(count(r, "E006") == 1);
  auto d = *std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                         [](const fz::Diagnostic& x) { return x.code == "E006"; });
  CHECK(d.column == 22);  // after `    match "行政执法" and ` (21 characters)
  CHECK(d.message.find("missing )") != std::string::npos);
}

TEST_CASE("check: N of needs 1 <= N <= distinct refs") {
  CHECK(count(load(part(item("    match 3 of (\"甲乙丙\", \"丁戊己\")"))), "E014") == 1);
  CHECK(count(load(part(item("    match 0 of (\"甲乙丙\")"))), "E014") == 1);
  CHECK(count(load(part(item("    match 2 of (\"甲乙丙\", \"丁戊己\")"))), "E014") == 0);
}

TEST_CASE("check: term cycles, including through another term") {
  auto r = load("term a = \"甲乙丙\", b\nterm b = c\nterm c = a\n" + part(item("    match a")));
  CHECK(count(r, "E017") == 1);
  auto self = load("term a = a\n" + part(item("    match a")));
  CHECK(count(self, "E017") == 1);
}

TEST_CASE("check: items need a rule and a basis; fields once") {
  auto r = load(part("  item \"A1\" \"条目\" {\n    gap \"缺。\"\n    gap \"缺。\"\n  }\n"));
  CHECK(count(r, "E008") == 1);
  CHECK(count(r, "E009") == 1);
  CHECK(count(r, "E018") == 1);
}

TEST_CASE("check: warnings do not stop loading") {
  auto r = load("term unused = \"从未使用\"\n" +
                part(item("    match all(\"三项制度\") and not \"三项制度\"\n    match \"公示\"") +
                     item("    match \"三项制度\"", "A2")));
  CHECK(count(r, "W001") == 1);
  CHECK(count(r, "W002") == 1);
  CHECK(count(r, "W003") == 1);
  CHECK(count(r, "W004") == 1);
  CHECK_FALSE(fz::has_errors(r.diagnostics));
  CHECK(r.plan);
}

TEST_CASE("check: missing context declarations") {
  auto r = fz::dsl::load_checklist(fz::Source(
      "t.fz", "checklist \"t\" { }\n" + part(item("    match \"行政执法\""))));
  CHECK(count(r, "E015") == 3);
}
