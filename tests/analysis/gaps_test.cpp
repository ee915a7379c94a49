// Gap list with hand-built Plan and verdicts: grouping, order, 已自查/未提及, renderers.
#include "engine/analysis/gaps.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "engine/match/evidence.hpp"
#include "engine/render/render.hpp"
#include "tests/analysis/doc_builder.hpp"

using namespace fz;
using namespace fz::analysis;

namespace {

Rule phrase(int pattern, const char* term) {
  Rule r;
  r.kind = Rule::Kind::phrases;
  r.cond.kind = Cond::Kind::any;
  r.cond.terms.push_back(TermRef{term, {pattern}, {}});
  return r;
}

Item item(const char* id, const char* title, const char* part, double weight, bool required,
          std::vector<Rule> rules, const char* gap = "", const char* basis = "", const char* want = "") {
  Item it;
  it.id = id;
  it.title = title;
  it.part = part;
  it.weight = weight;
  it.required = required;
  it.rules = std::move(rules);
  it.gap = gap;
  it.basis = basis;
  it.want = want;
  return it;
}

struct Fixture {
  Plan plan;
  Document doc;
  std::vector<ItemVerdict> verdicts;

  Fixture() {
    plan.id = "gangyao-2021";
    plan.title = "法治政府建设实施纲要（2021—2025年）";
    plan.parts = {{"二", "健全政府机构职能体系", 10}, {"结构", "报告结构与公开", 10},
                  {"五", "健全行政执法工作体系", 15}};
    plan.patterns = {{"三项制度", false}, {"执法证", false}, {"行政复议", false},
                     {"权责清单", false}, {"公平竞争审查", false}};
    Rule part;
    part.kind = Rule::Kind::part_exists;
    part.part_role = Role::duty;
    plan.items = {
        item("S1", "第一责任人履职情况", "结构", 2, true, {part}, "报告未单列党政主要负责人履行第一责任人职责情况",
             "督察工作规定第二十五条", "单列一部分报告党政主要负责人履职情况"),
        item("G15.1", "行政执法“三项制度”", "五", 3, true, {phrase(0, "三项制度")},
             "行政执法“三项制度”落实情况未见具体成效。", "纲要（十五）",
             "行政执法公示、全过程记录、法制审核的覆盖率或案件数"),
        item("G16", "执法证件管理", "五", 1, false, {phrase(1, "执法证")}, "执法人员持证情况缺少数据",
             "纲要（十五）", "持证人数及持证率"),
        item("G17", "行政复议", "五", 2, true, {phrase(2, "行政复议")}, "行政复议监督纠错作用发挥不够",
             "纲要（二十二）", "收案、纠错数量和纠错率"),
        item("G6", "权责清单", "二", 2, false, {phrase(3, "权责清单")}, "权责清单编制尚未完成",
             "纲要（六）", "权责清单公布及动态调整情况"),
        item("G7", "公平竞争审查", "二", 1, false, {phrase(4, "公平竞争审查")}),
        item("G8", "地方立法", "二", 1, false, {}),
        item("G9", "政务服务“一网通办”", "二", 3, false, {phrase(4, "公平竞争审查")}),
        item("G20", "其他事项", "九", 1, false, {}),
    };
    doc = test::build_doc(
        "一、2023年度推进法治政府建设的主要举措和成效\n全面推行行政执法三项制度。共有持证执法人员863人。\n"
        "三、2023年度推进法治政府建设存在的不足和原因\n行政执法三项制度落实还不够到位。行政复议案件纠错率偏高。\n"
        "四、2024年度推进法治政府建设的主要安排\n加快推进权责清单编制。\n",
        2023);
    doc.meta.title = "冠县2023年度法治政府建设情况的报告";
    auto v = [&](const char* id, ItemState s, bool quantified = false) {
      ItemVerdict r;
      r.item = plan.find_item(id);
      r.state = s;
      r.quantified = quantified;
      return r;
    };
    verdicts = {v("S1", ItemState::missing), v("G15.1", ItemState::missing),
                v("G16", ItemState::met, false), v("G17", ItemState::acknowledged),
                v("G6", ItemState::planned), v("G7", ItemState::met, true),
                v("G8", ItemState::na), v("G9", ItemState::missing), v("G20", ItemState::missing)};
    // The evaluator quotes the shortcomings sentences that name an item: for the acknowledged
    // item, and for an item that is missing but admitted there.
    auto admission = [&](const std::string& sentence) {
      std::size_t at = doc.normalised.utf8.find(sentence);
      Evidence e = make_evidence(doc, {at, at + sentence.size()}, -1, ItemState::acknowledged);
      e.role = Role::shortcomings;
      return e;
    };
    verdicts[3].evidence.push_back(admission("行政复议案件纠错率偏高。"));
    verdicts[1].evidence.push_back(admission("行政执法三项制度落实还不够到位。"));
  }
};

std::vector<std::string> ids(const GapGroup& g) {
  std::vector<std::string> out;
  for (const auto& gap : g.gaps) out.push_back(gap.id);
  return out;
}

}  // namespace

TEST_CASE("gaps are grouped by part, structure first, most important first") {
  Fixture f;
  GapList l = build_gaps(f.plan, f.verdicts, f.doc);
  REQUIRE(l.groups.size() == 4);
  CHECK(l.groups[0].part == "结构");
  CHECK(l.groups[1].part == "二");
  CHECK(l.groups[2].part == "五");
  CHECK(l.groups[3].part == "九");  // not in Plan::parts: last
  CHECK(ids(l.groups[0]) == std::vector<std::string>{"S1"});
  CHECK(ids(l.groups[1]) == std::vector<std::string>{"G9", "G6"});            // weight 3 before 2
  CHECK(ids(l.groups[2]) == std::vector<std::string>{"G15.1", "G17", "G16"});  // required, weight
  CHECK(l.total() == 7);  // met+quantified (G7) and n/a (G8) are not gaps
}

TEST_CASE("gap kinds and 报告已自查 / 报告未提及") {
  Fixture f;
  GapList l = build_gaps(f.plan, f.verdicts, f.doc);
  const auto& five = l.groups[2].gaps;
  // G15.1: missing, but the evaluator quoted the shortcomings sentence naming 三项制度 → 已自查.
  CHECK(five[0].kind == GapKind::missing);
  CHECK(five[0].acknowledged);
  REQUIRE(five[0].self_check.size() == 1);
  CHECK(five[0].self_check[0].quote == "行政执法三项制度落实还不够到位。");
  // G17: acknowledged by the evaluator, evidence from the shortcomings part.
  CHECK(five[1].kind == GapKind::acknowledged);
  CHECK(five[1].acknowledged);
  CHECK(gap_status(five[1]) == "报告已自查");
  REQUIRE(five[1].self_check.size() == 1);
  CHECK(five[1].self_check[0].quote == "行政复议案件纠错率偏高。");
  // G16: met without a figure; the shortcomings part says nothing about 执法证.
  CHECK(five[2].kind == GapKind::unquantified);
  CHECK_FALSE(five[2].acknowledged);
  CHECK(gap_status(five[2]) == "报告未提及");
  // G6: planned only (its plan sentence does not count as self-examination).
  CHECK(l.groups[1].gaps[1].kind == GapKind::planned);
  CHECK_FALSE(l.groups[1].gaps[1].acknowledged);
  CHECK(l.acknowledged() == 2);
  CHECK(l.unmentioned() == 5);
  // A gap without its own sentence gets a generic one.
  CHECK(l.groups[3].gaps[0].sentence == "其他事项方面的工作情况反映不充分");
}

TEST_CASE("markdown reads like a 存在不足 section with 一、（一）1. numbering") {
  Fixture f;
  std::string md = render_gaps_markdown(build_gaps(f.plan, f.verdicts, f.doc));
  CHECK(md.starts_with("# 2023年度推进法治政府建设存在的不足（草稿）\n"));
  CHECK(md.find("其中报告未提及5项、报告已自查2项") != std::string::npos);
  auto at = [&](const char* s) { return md.find(s); };
  CHECK(at("## 一、报告结构与公开") < at("## 二、健全政府机构职能体系"));
  CHECK(at("## 二、健全政府机构职能体系") < at("## 三、健全行政执法工作体系"));
  CHECK(at("## 三、健全行政执法工作体系") < at("## 四、九（其他）"));
  std::size_t five = at("## 三、健全行政执法工作体系");
  std::size_t un = md.find("### （一）报告未提及的问题", five);
  std::size_t ack = md.find("### （二）报告已自查的问题", five);
  REQUIRE(un != std::string::npos);
  REQUIRE(ack != std::string::npos);
  CHECK(un < ack);
  CHECK(md.find("1. **执法人员持证情况缺少数据。**报告虽有表述，但缺少具体数据支撑（依据：纲要（十五））。"
                "应补充：持证人数及持证率。",
                un) < ack);
  CHECK(md.find("1. **行政执法“三项制度”落实情况未见具体成效。**报告未见相关内容（依据：纲要（十五））。", ack) !=
        std::string::npos);
  CHECK(md.find("2. **行政复议监督纠错作用发挥不够。**报告在存在不足部分已有提及", ack) != std::string::npos);
  CHECK(md.find("报告自查原文：“行政执法三项制度落实还不够到位”") != std::string::npos);
  CHECK(md.find("报告仅在下一年度工作安排中提及") != std::string::npos);
}

TEST_CASE("text and JSON renderings") {
  Fixture f;
  GapList l = build_gaps(f.plan, f.verdicts, f.doc);
  std::string text = render_gaps_text(l);
  CHECK(text.find("一、报告结构与公开\n") != std::string::npos);
  CHECK(text.find("（一）报告未提及的问题\n1. 报告未单列党政主要负责人履行第一责任人职责情况。") != std::string::npos);
  CHECK(text.find("**") == std::string::npos);

  std::string json = render_gaps_json(l);
  CHECK(json.starts_with("{\"checklist\":{\"id\":\"gangyao-2021\""));
  CHECK(json.ends_with("}\n"));
  CHECK(json.find("\"summary\":{\"total\":7,\"unmentioned\":5,\"acknowledged\":2}") != std::string::npos);
  CHECK(json.find("\"id\":\"G17\"") != std::string::npos);
  CHECK(json.find("\"status\":\"报告已自查\"") != std::string::npos);
  CHECK(json.find("\"kind\":\"unquantified\"") != std::string::npos);
  CHECK(json.find("\"gap\":\"行政执法“三项制度”落实情况未见具体成效。\"") != std::string::npos);
  const std::string q = "行政复议案件纠错率偏高。";
  std::size_t start = f.doc.original.find(q);
  CHECK(json.find(fmt::format("{{\"start\":{},\"end\":{},\"line\":4,\"column\":17,\"quote\":\"{}\"}}", start,
                              start + q.size(), q)) != std::string::npos);
}

TEST_CASE("json_quote escapes and keeps UTF-8") {
  using fz::json_quote;
  CHECK(json_quote("纲要（十五）") == "\"纲要（十五）\"");
  CHECK(json_quote("a\"b\\c\nd\te") == "\"a\\\"b\\\\c\\nd\\te\"");
  CHECK(json_quote(std::string("x\x01y", 3)) == "\"x\\u0001y\"");
}

TEST_CASE("no gaps: a short, honest draft") {
  Fixture f;
  std::vector<ItemVerdict> none;
  GapList l = build_gaps(f.plan, none, f.doc);
  CHECK(l.groups.empty());
  CHECK(render_gaps_markdown(l).find("未发现需要列入存在不足的事项") != std::string::npos);
  CHECK(render_gaps_json(l).find("\"groups\":[]") != std::string::npos);
}
