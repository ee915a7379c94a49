// Which sentence is quoted for a met item, `quantified` judged on content, and statutory parts
// that need content (engine/match/evaluate.cpp; docs/scoring.md "Which sentence is quoted").
// Reports are read by the real reader (document_from_text), so headings are found as they are
// in real reports.
#include <doctest/doctest.h>

#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

namespace {

/// Items: 出庭 (出庭应诉), 复议 (行政复议), 普法 (普法), 顾问 (法律顾问); and 负责人出庭, which
/// needs both 负责人 and 出庭应诉 in one sentence.
struct Fixture {
  PlanBuilder b;
  Plan plan;
  Fixture() {
    b.part("七", "纠纷", 100);
    TermRef chuting = b.term("chuting", {"出庭应诉"});
    b.item("出庭", "七", "出庭应诉").rules.push_back(phrases(any({chuting})));
    b.item("复议", "七", "复议").rules.push_back(phrases(any({b.term("fuyi", {"行政复议"})})));
    b.item("普法", "七", "普法").rules.push_back(phrases(any({b.term("pufa", {"普法"})})));
    b.item("顾问", "七", "顾问").rules.push_back(phrases(any({b.term("guwen", {"法律顾问"})})));
    b.item("负责人出庭", "七", "负责人出庭")
        .rules.push_back(phrases(all({b.term("fuzeren", {"负责人"}), chuting})));
    plan = b.build();
  }
  ItemVerdict eval(const std::string& text, std::size_t item = 0) {
    Document d = document_from_text("t.txt", text);
    return evaluate(plan, d)[item];
  }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "the sentence that shows the work is quoted before its heading") {
  auto v = eval("一、主要工作情况\n（二）落实出庭应诉制度。全年行政机关负责人出庭应诉案件12件。\n");
  REQUIRE(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 2);
  CHECK(v.evidence[0].quote == "全年行政机关负责人出庭应诉案件12件。");
  CHECK(v.evidence[0].section == "一、主要工作情况 › （二）落实出庭应诉制度");  // the heading stays in the path
  CHECK(v.evidence[1].quote == "（二）落实出庭应诉制度。");
  CHECK(v.quantified);
}

TEST_CASE_FIXTURE(Fixture, "a sentence with a figure for the item before a passing mention; a specific one before a summary") {
  auto v = eval("一、主要工作情况\n全面推进行政复议、出庭应诉、普法宣传、法律顾问等工作。"
                "组织出庭应诉业务培训。行政机关出庭应诉案件办结率100%。\n");
  REQUIRE(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 3);
  CHECK(v.evidence[0].quote == "行政机关出庭应诉案件办结率100%。");
  CHECK(v.evidence[1].quote == "组织出庭应诉业务培训。");  // about the item, not a list of work
  CHECK(v.evidence[2].quote == "全面推进行政复议、出庭应诉、普法宣传、法律顾问等工作。");
  // At most three quotes per state, best first.
  auto w = eval("一、主要工作情况\n出庭应诉一。出庭应诉二。出庭应诉三。出庭应诉四。出庭应诉五。\n");
  CHECK(w.evidence.size() == kMaxEvidencePerState);
}

TEST_CASE_FIXTURE(Fixture, "among sentences alike in every other way, the one with more figures is quoted first") {
  // Both lead with the item, give a figure for it and use the same phrase; the second counts the
  // work in more detail. A year is no figure, so it does not tip the balance.
  auto v = eval("一、主要工作情况\n2022年出庭应诉案件12件。出庭应诉案件12件，负责人出庭9件，出庭率75%。\n");
  REQUIRE(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 2);
  CHECK(v.evidence[0].quote == "出庭应诉案件12件，负责人出庭9件，出庭率75%。");
  // A sentence that leads with the item still comes before one with more figures that mentions
  // it in passing.
  auto w = eval("一、主要工作情况\n出庭应诉案件12件。全年受理各类行政案件30件，审结28件，调解结案6件，其中涉及出庭应诉的5件。\n");
  REQUIRE(w.evidence.size() == 2);
  CHECK(w.evidence[0].quote == "出庭应诉案件12件。");
}

TEST_CASE_FIXTURE(Fixture, "quantified by content: any sentence that shows the item, not the quoted one's neighbours") {
  // The figure is in the second sentence that shows the item: quantified.
  CHECK(eval("一、主要工作情况\n推进出庭应诉工作。加强队伍建设。出庭应诉案件12件。\n").quantified);
  // A figure in the next sentence belongs to other work: not quantified.
  CHECK_FALSE(eval("一、主要工作情况\n落实出庭应诉制度。全年办理复议案件30件。\n").quantified);
  // In one sentence but far from the item's words: not a figure for it.
  CHECK_FALSE(eval("一、主要工作情况\n落实出庭应诉制度，同时加强队伍建设、完善制度体系、推进依法行政、"
                   "强化监督检查，全年培训干部30人。\n")
                  .quantified);
  // A year, an ordinal: not figures.
  CHECK_FALSE(eval("一、主要工作情况\n第3次出庭应诉工作会议召开。\n").quantified);
  CHECK(eval("一、主要工作情况\n出庭应诉工作会议召开3次。\n").quantified);
}

TEST_CASE("quantified: a year is not a figure, nor an ordinal") {
  PlanBuilder b;
  b.plan.units.push_back(b.pattern("[0-9]+(件|次|年)|[一二三四五六七八九十]+次", true));
  b.part("七", "纠纷", 100);
  b.item("出庭", "七", "出庭应诉").rules.push_back(phrases(any({b.term("chuting", {"出庭应诉"})})));
  Plan plan = b.build();
  auto q = [&](const std::string& s) {
    return evaluate(plan, document_from_text("t.txt", "一、主要工作情况\n" + s + "\n"))[0].quantified;
  };
  CHECK_FALSE(q("2023年落实出庭应诉制度。"));
  CHECK(q("连续3年落实出庭应诉制度。"));
  CHECK(q("2023年出庭应诉案件12件。"));
  // The session of a plenum after its term, like 第, makes an ordinal.
  CHECK_FALSE(q("十一届十次全会部署出庭应诉工作。"));
  CHECK_FALSE(q("第十次全会部署出庭应诉工作。"));
  CHECK(q("全会十次部署出庭应诉工作。"));
}

TEST_CASE_FIXTURE(Fixture, "quantified: a sub-heading that shows the item, over a passage giving its figure") {
  // "负责人出庭" needs 负责人 and 出庭应诉 in one sentence: only the heading has both; the
  // passage it runs into gives the figure beside 出庭应诉.
  auto v = eval("一、主要工作情况\n（二）落实负责人出庭应诉制度。全年出庭应诉案件111件。\n", 4);
  REQUIRE(v.state == ItemState::met);
  CHECK(v.quantified);
  REQUIRE(v.evidence.size() == 1);
  CHECK(v.evidence[0].figure);
  // A figure in the passage that is not the item's (no 出庭应诉 beside it) does not count.
  CHECK_FALSE(eval("一、主要工作情况\n（二）落实负责人出庭应诉制度。全年办理复议案件30件。\n", 4).quantified);
}

TEST_CASE("statutory parts need content; `part ROLE with COND` needs a sentence that satisfies it") {
  PlanBuilder b;
  b.part("结构", "结构", 100);
  Rule plain;
  plain.kind = Rule::Kind::part_exists;
  plain.part_role = Role::plans;
  b.item("S4", "结构", "下一年度主要安排").rules.push_back(plain);
  Rule with = plain;
  with.part_role = Role::shortcomings;
  with.part_with = true;
  with.cond = and_({any({b.term("shortfall", {"不足", "有待", "薄弱"})}),
                    not_(any({b.regex_term("none", "(无|没有)(明显)?(不足|问题)")}))});
  b.item("S2", "结构", "存在的不足和原因").rules.push_back(with);
  // A statutory item shown by a sub-heading: the heading needs content under it.
  Item& s3 = b.item("S3", "结构", "第一责任人");
  s3.statutory = true;
  s3.rules.push_back(phrases(any({b.term("diyi", {"第一责任人"})})));
  Plan plan = b.build();
  auto states = [&](const std::string& text) {
    auto vs = evaluate(plan, document_from_text("t.txt", text));
    return std::vector<ItemState>{vs[0].state, vs[1].state, vs[2].state};
  };
  const std::string head = "一、主要工作情况\n推进依法行政。\n";
  using S = ItemState;
  // Bare headings.
  CHECK(states(head + "（一）履行第一责任人职责情况\n二、存在的不足和原因\n三、下一年度工作安排\n") ==
        std::vector<S>{S::missing, S::missing, S::missing});
  // "无。" under each.
  CHECK(states(head + "（一）履行第一责任人职责情况\n无。\n二、存在的不足和原因\n无。\n三、下一年度工作安排\n无。\n") ==
        std::vector<S>{S::missing, S::missing, S::missing});
  // A denial is content, but names no shortcoming.
  CHECK(states(head + "二、存在的不足和原因\n本年度无明显不足。\n")[1] == S::missing);
  // Real content.
  CHECK(states(head + "（一）履行第一责任人职责情况\n主要负责人主持召开专题会议研究法治政府建设。\n"
                      "二、存在的不足和原因\n基层法治力量薄弱。\n三、下一年度工作安排\n深化行政执法体制改革。\n") ==
        std::vector<S>{S::met, S::met, S::met});
}
