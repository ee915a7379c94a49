#include "engine/match/evaluate.hpp"

#include <doctest/doctest.h>

#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

namespace {

struct Fixture {
  PlanBuilder b;
  Plan plan;
  Fixture() {
    b.part("五", "健全行政执法工作体系", 90);
    TermRef sanxiang = b.term("sanxiang", {"三项制度"});
    TermRef gongshi = b.term("gongshi", {"行政执法公示", "执法公示"});
    TermRef jilu = b.term("jilu", {"全过程记录"});
    TermRef shenhe = b.term("fazhi_shenhe", {"法制审核"});
    Item& it = b.item("G15.1", "五", "行政执法“三项制度”");
    it.rules.push_back(phrases(any({sanxiang})));
    it.rules.push_back(phrases(all({gongshi, jilu, shenhe}), Window::paragraph));
    plan = b.build();
  }
  ItemVerdict eval(const Document& d, UnitLevel level = UnitLevel::unknown) {
    auto vs = evaluate(plan, d, EvalOptions{level});
    REQUIRE(vs.size() == plan.items.size());
    return vs[0];
  }
};

}  // namespace

TEST_CASE_FIXTURE(Fixture, "a phrase in achievements is met; with a figure it is quantified") {
  auto v = eval(one_sentence("全面落实行政执法“三项制度”，公示执法信息1200条。"));
  CHECK(v.state == ItemState::met);
  CHECK(v.quantified);
  REQUIRE(v.evidence.size() == 1);
  CHECK(v.evidence[0].supports == ItemState::met);
  CHECK(v.evidence[0].terms == std::vector<std::string>{"sanxiang"});
  CHECK(v.evidence[0].figure);
  auto w = eval(one_sentence("全面落实行政执法“三项制度”。"));
  CHECK(w.state == ItemState::met);
  CHECK_FALSE(w.quantified);
}

TEST_CASE_FIXTURE(Fixture, "only under the plans heading → planned") {
  auto v = eval(one_sentence("全面落实行政执法“三项制度”。", Role::plans));
  CHECK(v.state == ItemState::planned);
  REQUIRE(v.evidence.size() == 1);
  CHECK(v.evidence[0].role == Role::plans);
  CHECK(v.evidence[0].supports == ItemState::planned);
}

TEST_CASE_FIXTURE(Fixture, "in the shortcomings part → acknowledged") {
  auto v = eval(one_sentence("行政执法“三项制度”落实不够到位。", Role::shortcomings));
  CHECK(v.state == ItemState::acknowledged);
}

TEST_CASE_FIXTURE(Fixture, "a hedged sentence in achievements → acknowledged; a future one → planned") {
  CHECK(eval(one_sentence("“三项制度”落实还需进一步加强。")).state == ItemState::acknowledged);
  CHECK(eval(one_sentence("将进一步落实“三项制度”。")).state == ItemState::planned);
  CHECK(eval(one_sentence("加强行政执法队伍建设。")).state == ItemState::missing);
}

TEST_CASE_FIXTURE(Fixture, "met and admitted: met, with both pieces of evidence") {
  Document d = DocBuilder()
                   .heading("一、主要工作", Role::achievements)
                   .para({"全面落实“三项制度”。"})
                   .heading("二、存在的不足", Role::shortcomings)
                   .para({"“三项制度”落实不够到位。"})
                   .build();
  auto v = eval(d);
  CHECK(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 2);
  CHECK(v.evidence[0].supports == ItemState::met);
  CHECK(v.evidence[0].section == "一、主要工作");
  CHECK(v.evidence[1].supports == ItemState::acknowledged);
  CHECK(v.evidence[1].role == Role::shortcomings);
}

TEST_CASE_FIXTURE(Fixture, "all(...) within paragraph: one paragraph yes, spread over two no") {
  Document same = DocBuilder()
                      .heading("一、主要工作", Role::achievements)
                      .para({"推行行政执法公示。", "执法全过程记录全覆盖。", "重大决定法制审核率100%。"})
                      .build();
  auto v = eval(same);
  CHECK(v.state == ItemState::met);
  CHECK(v.evidence.size() == 3);
  CHECK(v.quantified);
  Document spread = DocBuilder()
                        .heading("一、主要工作", Role::achievements)
                        .para({"推行行政执法公示。", "执法全过程记录全覆盖。"})
                        .para({"重大决定法制审核率100%。"})
                        .build();
  CHECK(eval(spread).state == ItemState::missing);
}

TEST_CASE("near, at_least, figure, not, in ROLES and under") {
  PlanBuilder b;
  TermRef mulu = b.term("mulu", {"目录"});
  TermRef juece = b.term("juece", {"重大行政决策"});
  TermRef a = b.term("a", {"听证"});
  TermRef c = b.term("c", {"论证"});
  TermRef r = b.term("r", {"风险评估"});
  b.item("near", "五", "近").rules.push_back(phrases(near(juece, mulu, 4)));
  b.item("two", "五", "二").rules.push_back(phrases(at_least(2, {a, c, r})));
  b.item("fig", "五", "数").rules.push_back(phrases(figure({juece})));
  b.item("not", "五", "非").rules.push_back(phrases(and_({any({juece}), not_(any({mulu}))})));
  b.item("duty", "五", "职责")
      .rules.push_back(phrases(any({juece}), Window::sentence, {Role::duty}));
  int under = b.pattern("决策");
  b.item("under", "五", "标题").rules.push_back(
      phrases(any({a}), Window::sentence, {}, under));
  Plan plan = b.build();
  auto state = [&](const Document& d, std::size_t i) { return evaluate(plan, d)[i].state; };

  CHECK(state(one_sentence("编制重大行政决策事项目录。"), 0) == ItemState::met);
  CHECK(state(one_sentence("重大行政决策严格执行程序，年度事项也纳入目录。"), 0) ==
        ItemState::missing);
  CHECK(state(one_sentence("组织听证和专家论证。"), 1) == ItemState::met);
  CHECK(state(one_sentence("组织听证。"), 1) == ItemState::missing);
  CHECK(state(one_sentence("全年作出重大行政决策12项。"), 2) == ItemState::met);
  CHECK(state(one_sentence("重大行政决策程序规范。"), 2) == ItemState::missing);
  CHECK(state(one_sentence("重大行政决策程序规范。"), 3) == ItemState::met);
  CHECK(state(one_sentence("重大行政决策目录。"), 3) == ItemState::missing);
  CHECK(state(one_sentence("重大行政决策程序规范。"), 4) == ItemState::missing);
  CHECK(state(one_sentence("重大行政决策程序规范。", Role::duty), 4) == ItemState::met);
  Document d = DocBuilder()
                   .heading("一、主要工作", Role::achievements)
                   .heading("（一）推进依法决策", Role::achievements, 2)
                   .para({"组织听证。"})
                   .heading("（二）执法", Role::achievements, 2)
                   .para({"组织听证。"})
                   .build();
  auto v = evaluate(plan, d)[5];
  CHECK(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 1);
  CHECK(v.evidence[0].section == "一、主要工作 › （一）推进依法决策");
  CHECK(state(DocBuilder().heading("一、执法", Role::achievements).para({"组织听证。"}).build(), 5) ==
        ItemState::missing);
}

TEST_CASE("levels → n/a; unknown level keeps the item; part_exists; published_before") {
  PlanBuilder b;
  TermRef lifa = b.term("lifa", {"立法"});
  Item& it = b.item("G1", "一", "立法");
  it.levels = {UnitLevel::province, UnitLevel::city};
  it.rules.push_back(phrases(any({lifa})));
  Rule part;
  part.kind = Rule::Kind::part_exists;
  part.part_role = Role::shortcomings;
  b.item("S2", "结构", "存在的不足和原因").rules.push_back(part);
  Rule pub;
  pub.kind = Rule::Kind::published_before;
  pub.month = 4;
  pub.day = 1;
  b.item("S5", "结构", "按时公开").rules.push_back(pub);
  Plan plan = b.build();

  Document d = DocBuilder()
                   .heading("一、主要工作", Role::achievements)
                   .para({"推进立法。"})
                   .heading("二、存在的不足和原因", Role::shortcomings)
                   .para({"仍有差距。"})
                   .build();
  auto county = evaluate(plan, d, EvalOptions{UnitLevel::county});
  CHECK(county[0].state == ItemState::na);
  CHECK(evaluate(plan, d, EvalOptions{UnitLevel::city})[0].state == ItemState::met);
  CHECK(evaluate(plan, d)[0].state == ItemState::met);  // level unknown: applies
  REQUIRE(county[1].state == ItemState::met);
  REQUIRE(county[1].evidence.size() == 2);  // the part's heading, then a sentence of its content
  CHECK(county[1].evidence[0].quote == "二、存在的不足和原因");
  CHECK(county[1].evidence[0].line == 3);
  CHECK(county[1].evidence[1].quote == "仍有差距。");
  CHECK(county[2].state == ItemState::na);  // no date

  Meta early;
  early.year = 2022;
  early.published = Date{2023, 3, 31};
  Meta late = early;
  late.published = Date{2023, 4, 1};
  Document e = DocBuilder().heading("一、主要工作", Role::achievements).para({"x。"}).meta(early).build();
  Document l = DocBuilder().heading("一、主要工作", Role::achievements).para({"x。"}).meta(late).build();
  CHECK(evaluate(plan, e)[2].state == ItemState::met);
  CHECK(evaluate(plan, l)[2].state == ItemState::missing);
  CHECK(evaluate(plan, e)[1].state == ItemState::missing);
}

TEST_CASE_FIXTURE(Fixture, "evidence maps through a non-identity OffsetMap to the input bytes") {
  Document d = DocBuilder()
                   .dropped_prefix("<html>首页 > 政务公开\n")
                   .heading("一、主要工作", Role::achievements)
                   .para({"加强队伍建设。", "全面落实“三项制度”。"})
                   .build();
  auto v = eval(d);
  REQUIRE(v.state == ItemState::met);
  REQUIRE(v.evidence.size() == 1);
  const Evidence& e = v.evidence[0];
  CHECK(e.original.begin == e.normalised.begin + std::string("<html>首页 > 政务公开\n").size());
  CHECK(d.original.substr(e.original.begin, e.original.size()) == "全面落实“三项制度”。");
  CHECK(e.quote == "全面落实“三项制度”。");
  CHECK(e.line == 2);
  CHECK(e.column == 8);  // "加强队伍建设。" is 7 characters
  CHECK(e.end_column == 8 + 11);
}
