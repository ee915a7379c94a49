// The gaps draft's phrase families in the checklist: `problem` and `cause` lines at the top of a
// part (parse, checks E016 E018 E028 W006, compile into Part::problems / Part::causes, printer).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "dsl/load.hpp"
#include "dsl/parse.hpp"
#include "dsl/print.hpp"

namespace {

constexpr const char* kHead =
    "checklist \"t\" { title \"标题\" years 2021 .. 2025 }\n"
    "hedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\n";

constexpr const char* kItem = "  item \"A1\" \"条目\" {\n    basis \"纲要\"\n    match \"行政执法公示\"\n  }\n";

fz::dsl::LoadResult load(const std::string& draft_lines) {
  return fz::dsl::load_checklist(
      fz::Source("t.fz", std::string(kHead) + "part \"五\" \"部分\" weight 100 {\n" + draft_lines + kItem + "}\n"));
}

int count(const fz::dsl::LoadResult& r, const std::string& code) {
  return static_cast<int>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [&](const fz::Diagnostic& d) { return d.code == code; }));
}

}  // namespace

TEST_CASE("draft phrases: compiled in order into the part, alternatives over several lines") {
  auto r = load("  problem \"执法规范化水平还不够高\",\n          \"执法工作仍有差距\"\n"
                "  cause \"主要原因是力量不足。\", \"究其原因，主要是机制不健全。\"\n");
  for (const auto& d : r.diagnostics) INFO(fz::render(d));
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.plan);
  REQUIRE(r.plan->parts.size() == 1);
  CHECK(r.plan->parts[0].problems == std::vector<std::string>{"执法规范化水平还不够高", "执法工作仍有差距"});
  CHECK(r.plan->parts[0].causes ==
        std::vector<std::string>{"主要原因是力量不足。", "究其原因，主要是机制不健全。"});
}

TEST_CASE("draft phrases: a part without them compiles with empty families") {
  auto r = load("");
  REQUIRE(r.plan);
  CHECK(r.plan->parts[0].problems.empty());
  CHECK(r.plan->parts[0].causes.empty());
}

TEST_CASE("draft phrases: problem without cause (and the reverse) is E028") {
  CHECK(count(load("  problem \"执法工作仍有差距\"\n"), "E028") == 1);
  CHECK(count(load("  cause \"主要原因是力量不足。\"\n"), "E028") == 1);
  CHECK_FALSE(load("  problem \"执法工作仍有差距\"\n").plan);
}

TEST_CASE("draft phrases: duplicate lines E018, empty text E016, a cause without 原因 W006") {
  CHECK(count(load("  problem \"甲\"\n  problem \"乙\"\n  cause \"主要原因是丙。\"\n"), "E018") == 1);
  CHECK(count(load("  problem \"\"\n  cause \"主要原因是丙。\"\n"), "E016") == 1);
  auto w = load("  problem \"甲\"\n  cause \"力量不足。\"\n");
  CHECK(count(w, "W006") == 1);
  CHECK(w.plan);  // a warning only
}

TEST_CASE("draft phrases: after the first item they are a syntax error that says where they go") {
  auto r = fz::dsl::load_checklist(fz::Source(
      "t.fz", std::string(kHead) + "part \"五\" \"部分\" weight 100 {\n" + kItem + "  problem \"甲\"\n}\n"));
  REQUIRE(count(r, "E001") == 1);
  CHECK(r.diagnostics[0].message.find("come before its first item") != std::string::npos);
}

TEST_CASE("draft phrases: `problem` and `cause` are reserved, not term names") {
  auto r = fz::dsl::load_checklist(
      fz::Source("t.fz", std::string(kHead) + "term cause = \"原因\"\n"));
  CHECK(count(r, "E001") == 1);
}

TEST_CASE("draft phrases: printed by the AST printer") {
  auto p = fz::dsl::parse(fz::Source(
      "t.fz", std::string(kHead) + "part \"五\" \"部分\" weight 100 {\n  problem \"甲\", \"乙\"\n  cause \"主要原因是丙。\"\n" +
                  kItem + "}\n"));
  REQUIRE(p.checklist);
  std::string printed = fz::dsl::print(*p.checklist);
  CHECK(printed.find("problem \"甲\" \"乙\"") != std::string::npos);
  CHECK(printed.find("cause \"主要原因是丙。\"") != std::string::npos);
}
