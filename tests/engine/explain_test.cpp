#include "engine/match/explain.hpp"

#include <doctest/doctest.h>

#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

TEST_CASE("explain: nearest miss names where the phrases were found") {
  PlanBuilder b;
  TermRef mulu = b.term("mulu", {"决策事项目录"});
  TermRef a = b.term("a", {"听证"});
  TermRef c = b.term("c", {"论证"});
  b.item("G9", "五", "决策目录").rules.push_back(phrases(any({mulu})));
  b.item("G10", "五", "程序").rules.push_back(phrases(all({a, c}), Window::paragraph));
  Plan plan = b.build();
  auto miss = [&](const Document& d, std::size_t i) {
    Analysis an = analyse(plan, d);
    ItemVerdict v = evaluate_item(plan, d, an, plan.items[i], UnitLevel::unknown);
    return nearest_miss(plan, d, an, plan.items[i], v);
  };
  CHECK(miss(one_sentence("编制决策事项目录。", Role::plans), 0) == "只在工作计划部分出现");
  CHECK(miss(one_sentence("决策事项目录未编制。", Role::shortcomings), 0) == "仅在存在不足部分提及");
  CHECK(miss(one_sentence("加强队伍建设。"), 0) == "报告中未出现相关表述");
  Document spread = DocBuilder()
                        .heading("一、主要工作", Role::achievements)
                        .para({"组织听证。"})
                        .para({"专家论证。"})
                        .build();
  CHECK(miss(spread, 1) == "相关表述分散在不同段落");
  CHECK(miss(one_sentence("组织听证。"), 1).find("未出现：c") != std::string::npos);
  std::string text = explain(plan, spread, plan.items[1], UnitLevel::unknown);
  CHECK(text.find("G10 程序") != std::string::npos);
  CHECK(text.find("a 「听证」 at 2:3 context met role achievements") != std::string::npos);
}
