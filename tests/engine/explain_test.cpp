#include "engine/match/explain.hpp"

#include <doctest/doctest.h>

#include "engine/input/read.hpp"
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
  CHECK(text.find("G10 程序［测试］：未体现") != std::string::npos);
  CHECK(text.find("a「听证」2:3 主要举措和成效部分，作为已做的工作：组织听证。") != std::string::npos);
  CHECK(text.find("c「论证」3:3") != std::string::npos);
  CHECK(text.find("最接近的情况：相关表述分散在不同段落") != std::string::npos);
}

TEST_CASE("explain: in Chinese, why met, why quantified, and which sentence was preferred over which") {
  PlanBuilder b;
  TermRef chuting = b.term("chuting", {"出庭应诉"});
  Item& it = b.item("G23.1", "七", "负责人出庭应诉");
  it.basis = "纲要（二十三）";
  it.rules.push_back(phrases(any({chuting})));
  it.rules.back().file = "checklists/wording/disputes.fz";
  it.rules.back().line = 37;
  b.item("G22.1", "七", "复议").rules.push_back(phrases(any({b.term("fuyi", {"行政复议"})})));
  Plan plan = b.build();
  Document d = document_from_text("t.txt", "一、主要工作情况\n（二）落实出庭应诉制度。"
                                           "全年行政机关负责人出庭应诉案件12件。\n");
  std::string text = explain(plan, d, plan.items[0], UnitLevel::unknown);
  INFO(text);
  CHECK(text.find("G23.1 负责人出庭应诉［纲要（二十三）］：已落实，有量化数据") != std::string::npos);
  CHECK(text.find("规则1（checklists/wording/disputes.fz:37）：2句满足条件，作为已做的工作。") !=
        std::string::npos);
  CHECK(text.find("为什么有量化数据：2:13 这一句在该项表述30字以内给出了数字") != std::string::npos);
  CHECK(text.find("1. 2:13「全年行政机关负责人出庭应诉案件12件。」") != std::string::npos);
  CHECK(text.find("2. 2:1「（二）落实出庭应诉制度。」") != std::string::npos);
  CHECK(text.find("第1句排在第2句之前：正文句优先于标题") != std::string::npos);

  // Met without a figure: says why not quantified; a passing mention after the item's own sentence.
  Document e = document_from_text("t.txt", "一、主要工作情况\n推进行政复议和出庭应诉等工作。"
                                           "落实出庭应诉制度。\n");
  std::string t2 = explain(plan, e, plan.items[0], UnitLevel::unknown);
  INFO(t2);
  CHECK(t2.find("已落实，无量化数据") != std::string::npos);
  CHECK(t2.find("为什么无量化数据：说明该项工作的2句中，没有一句") != std::string::npos);
  CHECK(t2.find("1. 2:16「落实出庭应诉制度。」") != std::string::npos);
  CHECK(t2.find("第1句排在第2句之前：句子以该项开头") == std::string::npos);  // both lead with it
  CHECK(t2.find("第1句排在第2句之前：其他检查项的表述所占比重更小") != std::string::npos);
}

TEST_CASE("explain: an empty statutory part says why it does not count") {
  PlanBuilder b;
  Rule part;
  part.kind = Rule::Kind::part_exists;
  part.part_role = Role::shortcomings;
  b.item("S2", "结构", "存在的不足和原因").rules.push_back(part);
  Plan plan = b.build();
  Document d = document_from_text("t.txt", "一、主要工作情况\n推进依法行政。\n二、存在的不足和原因\n无。\n");
  std::string text = explain(plan, d, plan.items[0], UnitLevel::unknown);
  INFO(text);
  CHECK(text.find("S2 存在的不足和原因［测试］：未体现") != std::string::npos);
  CHECK(text.find("存在的不足部分「二、存在的不足和原因」下没有实际内容") != std::string::npos);
  CHECK(text.find("最接近的情况：设有存在的不足部分「二、存在的不足和原因」，但其中没有实际内容") !=
        std::string::npos);
}
