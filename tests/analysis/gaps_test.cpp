// Gap list, draft and memo on a small checklist written in the DSL and a report read by the real
// reader: which items become gaps, the figure check behind "仅有表述、未见数据", the draft's
// paragraphs (phrase families, admissions in the report's own words, --max, variety), the memo's
// groups and the renderers (markdown, text, JSON, .docx read back by the .docx reader).
#include "engine/analysis/gaps.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "dsl/load.hpp"
#include "engine/input/docx.hpp"
#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/render/docx_writer.hpp"
#include "tests/support/json.hpp"

using namespace fz;
using namespace fz::analysis;

namespace {

constexpr const char* kChecklist = R"(checklist "t" {
  title "测试清单"
  basis "法治政府建设实施纲要（2021-2025年）；法治政府建设与责任落实督察工作规定（2019）"
  years 2021 .. 2099
}
hedge = "有待", "不够"
future = "下一步", "明年"
units = /[0-9]+(件|人|项|次|条|%)/
part "结构" "报告结构" weight 10 {
  item "S4" "下一年度主要安排" {
    basis "督察工作规定"
    want "报告设有下一年度主要安排的部分"
    gap "报告未列明下一年度的主要安排。"
    part plans
  }
}
part "五" "健全行政执法工作体系" weight 60 {
  problem "行政执法规范化水平还不够高", "行政执法工作与要求相比仍有差距"
  cause "主要原因是执法力量不足。", "究其原因，主要是配套机制不健全。"
  item "G15.1" "行政执法三项制度" {
    basis "纲要（十五）"
    weight 3
    required
    want "三项制度的覆盖率"
    gap "三项制度落实不够到位。"
    match "三项制度"
  }
  item "G15.2" "行政裁量权基准" {
    basis "纲要（十五）"
    want "裁量基准的制定和公布"
    gap "行政裁量权基准细化量化有待加强。"
    match "裁量基准"
  }
  item "G23.1" "负责人出庭应诉" {
    basis "纲要（二十三）"
    weight 2
    want "负责人出庭应诉的案件数和出庭率"
    gap "出庭应诉制度落实不够到位。"
    match near("负责人", "出庭应诉", 10)
  }
  item "G27.1" "政务公开" {
    basis "纲要（二十七）"
    want "主动公开信息的数量"
    gap "政务公开有待加强。"
    match "政务公开"
  }
}
part "十" "加强党的领导" weight 30 {
  problem "法治政府建设推进机制还不够完善", "法治政府建设统筹推进力度与要求相比仍有差距"
  cause "主要原因是认识不到位。", "究其原因，主要是责任落实的闭环机制还不健全。"
  item "G34.2" "法治工作队伍建设" {
    basis "纲要（三十四）"
    want "法治工作队伍的人员和培训"
    gap "法治工作队伍力量相对薄弱。"
    match "法治工作队伍"
  }
  item "G33.3" "法治建设纳入考核" {
    basis "纲要（三十三）"
    want "纳入考核的情况"
    gap "法治建设考核机制不够健全。"
    match "纳入考核"
  }
}
)";

// G15.1: shown by a sentence without a figure; another sentence about it gives one.
// G23.1: shown only by its heading; the figures are in the sentences under it.
// G27.1: shown, no figure anywhere near it → the one "仅有表述、未见数据".
// G15.2: missing. G34.2: admitted in the shortcomings part. G33.3: planned only. S4: missing.
constexpr const char* kReport =
    "某县2023年法治政府建设情况报告\n"
    "一、2023年推进法治政府建设的主要举措和成效\n"
    "（一）健全行政执法工作体系\n"
    "全面推行行政执法三项制度，规范执法行为。\n"
    "1.落实行政机关负责人出庭应诉制度。全年一审行政案件111件，开庭审理105件。\n"
    "2.推进政务公开。及时发布政策文件，做好政策解读。\n"
    "（二）加强执法监督\n"
    "开展三项制度专项检查，抽查案卷120件。\n"
    "二、存在的不足和原因\n"
    "一是法治工作队伍力量相对薄弱，专业人才不足。\n"
    "三、2024年工作打算\n"
    "下一步，将法治建设纳入考核。\n";

struct Run {
  Plan plan;
  Document doc;
  std::vector<ItemVerdict> verdicts;

  explicit Run(const char* report = kReport, const char* checklist = kChecklist) {
    auto r = dsl::load_checklist(Source("t.fz", checklist));
    for (const auto& d : r.diagnostics) INFO(render(d));
    REQUIRE(r.plan);
    plan = std::move(*r.plan);
    REQUIRE_FALSE(finalize(plan));
    doc = document_from_text("某县.txt", report);
    doc.meta.year = 2023;
    verdicts = evaluate(plan, doc);
    // The safety net must hold whatever `quantified` says: take the evaluator's word away.
    for (auto& v : verdicts) v.quantified = false;
  }
  GapList gaps(std::size_t max = 5) const { return build_gaps(plan, verdicts, doc, {max}); }
};

const Gap* find(const GapList& l, const std::string& id) {
  for (const auto& g : l.groups)
    for (const auto& gap : g.gaps)
      if (gap.id == id) return &gap;
  return nullptr;
}

ItemState state_of(const Run& r, const std::string& id) {
  for (const auto& v : r.verdicts)
    if (v.item->id == id) return v.state;
  return ItemState::na;
}

}  // namespace

TEST_CASE("gaps: the verdicts the other tests rely on") {
  Run r;
  CHECK(state_of(r, "G15.1") == ItemState::met);
  CHECK(state_of(r, "G23.1") == ItemState::met);
  CHECK(state_of(r, "G27.1") == ItemState::met);
  CHECK(state_of(r, "G15.2") == ItemState::missing);
  CHECK(state_of(r, "G34.2") == ItemState::acknowledged);
  CHECK(state_of(r, "G33.3") == ItemState::planned);
  CHECK(state_of(r, "S4") == ItemState::met);  // the 工作打算 part
}

TEST_CASE("gaps: no data is claimed only where no sentence about the item gives a figure") {
  Run r;
  GapList l = r.gaps();
  // A figure in another sentence where 三项制度 occurs, or under the heading that shows the item.
  CHECK(find(l, "G15.1") == nullptr);
  CHECK(find(l, "G23.1") == nullptr);
  const Gap* g = find(l, "G27.1");
  REQUIRE(g);
  CHECK(g->kind == GapKind::unquantified);
  CHECK(memo_group(*g) == MemoGroup::unquantified);
  REQUIRE_FALSE(g->shown.empty());
  CHECK(g->shown.front().quote.find("政务公开") != std::string::npos);
}

TEST_CASE("gaps: without the compiled patterns nothing is claimed to lack data") {
  Run r;
  Plan raw = r.plan;
  raw.compiled.reset();
  GapList l = build_gaps(raw, r.verdicts, r.doc);
  CHECK(find(l, "G27.1") == nullptr);
  CHECK(find(l, "G15.2") != nullptr);
}

TEST_CASE("gaps: kinds, admissions and the memo's groups") {
  Run r;
  GapList l = r.gaps();
  const Gap* miss = find(l, "G15.2");
  REQUIRE(miss);
  CHECK(miss->kind == GapKind::missing);
  CHECK(memo_group(*miss) == MemoGroup::unmentioned);
  const Gap* ack = find(l, "G34.2");
  REQUIRE(ack);
  CHECK(ack->acknowledged);
  REQUIRE_FALSE(ack->self_check.empty());
  CHECK(ack->self_check.front().quote == "一是法治工作队伍力量相对薄弱，专业人才不足。");
  const Gap* plan = find(l, "G33.3");
  REQUIRE(plan);
  CHECK(memo_group(*plan) == MemoGroup::planned);
  REQUIRE_FALSE(plan->shown.empty());
  CHECK(plan->shown.front().quote.find("纳入考核") != std::string::npos);
  CHECK(l.count(MemoGroup::unmentioned) == 1);
  CHECK(l.count(MemoGroup::planned) == 1);
  CHECK(l.count(MemoGroup::unquantified) == 1);
  CHECK(l.count(MemoGroup::acknowledged) == 1);
  // Groups in checklist order; inside a part the more important first.
  REQUIRE(l.groups.size() == 2);
  CHECK(l.groups[0].part == "五");
  CHECK(l.groups[0].gaps[0].id == "G15.2");  // weight 1 of 7 in a part of 60 beats G27.1 only by order
  CHECK(l.groups[1].part == "十");
}

TEST_CASE("draft: one paragraph per part with phrase families, the report's own admission, a 原因") {
  Run r;
  GapList l = r.gaps();
  const Draft& d = l.draft;
  CHECK(d.lead == "对照《法治政府建设实施纲要（2021-2025年）》要求，2023年法治政府建设工作虽然取得了一定成效，"
                  "但仍存在一些问题和不足，主要表现在：");
  REQUIRE(d.paragraphs.size() == 2);
  // 十 first: its admitted gap costs 15 points, 五's missing one 60 × 1/7.
  const DraftParagraph& ten = d.paragraphs[0];
  CHECK(ten.part == "十");
  // The admission in the report's words, then the planned item's own sentence.
  CHECK(ten.text == "一是法治政府建设推进机制还不够完善。法治工作队伍力量相对薄弱，专业人才不足；"
                    "法治建设考核机制不够健全。主要原因是认识不到位。");
  CHECK(ten.ids == std::vector<std::string>{"G34.2", "G33.3"});
  const DraftParagraph& five = d.paragraphs[1];
  CHECK(five.part == "五");
  // Paragraph 2 takes the second alternative of each family; the met G27.1 is not in the draft.
  CHECK(five.text == "二是行政执法工作与要求相比仍有差距。行政裁量权基准细化量化有待加强。"
                     "究其原因，主要是配套机制不健全。");
  CHECK(five.ids == std::vector<std::string>{"G15.2"});
}

TEST_CASE("draft: --max keeps the most important parts") {
  Run r;
  GapList one = r.gaps(1);
  REQUIRE(one.draft.paragraphs.size() == 1);
  CHECK(one.draft.paragraphs[0].part == "十");
  CHECK(one.draft.paragraphs[0].text.starts_with("一是"));
}

TEST_CASE("draft: a part without phrase families (the structure part) stays out of it") {
  const char* report = "某县2023年法治政府建设情况报告\n一、2023年推进法治政府建设的主要举措和成效\n"
                       "全面推行行政执法三项制度，公示执法信息1200条。\n";
  Run r(report);
  GapList l = r.gaps();
  REQUIRE(find(l, "S4"));  // no plans part: a gap of the memo
  for (const auto& p : l.draft.paragraphs) CHECK(p.part != "结构");
  std::string memo = render_gaps_text(l, GapStyle::memo);
  CHECK(memo.find("下一年度主要安排［S4］") != std::string::npos);
}

TEST_CASE("draft: two paragraphs never take the same sentence, and the same input gives the same draft") {
  std::string checklist = kChecklist;
  // Part 十 offers, at its second place, the sentence part 五 uses first.
  auto at = checklist.find("problem \"法治政府建设推进机制还不够完善\", \"法治政府建设统筹推进力度与要求相比仍有差距\"");
  REQUIRE(at != std::string::npos);
  checklist.replace(at, std::string("problem \"法治政府建设推进机制还不够完善\", \"法治政府建设统筹推进力度与要求相比仍有差距\"").size(),
                    "problem \"行政执法规范化水平还不够高\", \"法治政府建设推进机制还不够完善\"");
  Run r(kReport, checklist.c_str());
  GapList a = r.gaps(), b = r.gaps();
  REQUIRE(a.draft.paragraphs.size() == 2);
  CHECK(a.draft.paragraphs[0].problem == "行政执法规范化水平还不够高");       // 十, alternative 0
  CHECK(a.draft.paragraphs[1].problem == "行政执法工作与要求相比仍有差距");  // 五, alternative 1
  CHECK(a.draft.paragraphs[0].text == b.draft.paragraphs[0].text);
  CHECK(a.draft.paragraphs[1].text == b.draft.paragraphs[1].text);
}

TEST_CASE("draft: work shown with figures is no gap, but the report's own admission of it stays") {
  const char* report =
      "某县2023年法治政府建设情况报告\n一、2023年推进法治政府建设的主要举措和成效\n"
      "全面推行行政执法三项制度，公示执法信息1200条。\n"
      "二、存在的不足和原因\n"
      "（一）三项制度落实还不够到位。部分单位执法全过程记录不够规范。\n";
  Run r(report);
  GapList l = r.gaps();
  CHECK(find(l, "G15.1") == nullptr);  // met with a figure: the memo lists nothing
  REQUIRE(l.admitted.size() == 1);
  CHECK(l.admitted[0].id == "G15.1");
  std::string all;
  for (const auto& p : l.draft.paragraphs) all += p.text;
  // A heading admission brings what follows it under that heading.
  CHECK(all.find("三项制度落实还不够到位，部分单位执法全过程记录不够规范") != std::string::npos);
  auto j = test::parse_json(render_gaps_json(l));
  CHECK(j["admitted"][0]["id"].s == "G15.1");
  CHECK(render_gaps_text(l, GapStyle::memo).find("G15.1") == std::string::npos);
}

TEST_CASE("memo: a missing part of the report is said as a requirement not met") {
  const char* report = "某县2023年法治政府建设情况报告\n一、2023年推进法治政府建设的主要举措和成效\n"
                       "全面推行行政执法三项制度，公示执法信息1200条。\n";
  Run r(report);
  std::string memo = render_gaps_text(r.gaps(), GapStyle::memo);
  CHECK(memo.find("下一年度主要安排［S4］（督察工作规定）。未满足：报告设有下一年度主要安排的部分。") !=
        std::string::npos);
}

TEST_CASE("draft: an admission shared by several items is said once, without its old number") {
  const char* report =
      "某县2023年法治政府建设情况报告\n一、2023年推进法治政府建设的主要举措和成效\n"
      "全面推行行政执法三项制度，公示执法信息1200条。\n"
      "二、存在的不足和原因\n"
      "（一）裁量基准不够细化，法治工作队伍力量不够。\n";
  Run r(report);
  GapList l = r.gaps();
  std::string all;
  for (const auto& p : l.draft.paragraphs) all += p.text;
  const std::string admission = "裁量基准不够细化，法治工作队伍力量不够";
  REQUIRE(all.find(admission) != std::string::npos);
  CHECK(all.find(admission) == all.rfind(admission));
  CHECK(all.find("（一）") == std::string::npos);
}

TEST_CASE("draft text: no ids, no clauses, no reviewer notes; the memo has all of them") {
  Run r;
  GapList l = r.gaps();
  std::string text = render_gaps_text(l);
  CHECK(text.starts_with("对照《法治政府建设实施纲要"));
  CHECK_FALSE(std::regex_search(text, std::regex("[GSX][0-9]")));
  CHECK_FALSE(std::regex_search(text, std::regex("纲要（[一二三四五六七八九十]+）")));  // no clause
  for (const char* note : {"报告未见", "应补充", "可写明", "检查清单", "报告"})
    CHECK_MESSAGE(text.find(note) == std::string::npos, note);
  std::string md = render_gaps_markdown(l);
  CHECK(md.starts_with("# 2023年度法治政府建设存在的不足和原因\n"));

  std::string memo = render_gaps_text(l, GapStyle::memo);
  CHECK(memo.find("一、报告未涉及或未写明（1项）\n1. 行政裁量权基准［G15.2］（纲要（十五））。"
                  "报告未写明：裁量基准的制定和公布。") != std::string::npos);
  CHECK(memo.find("二、仅列入下一年度计划（1项）\n1. 法治建设纳入考核［G33.3］（纲要（三十三））。"
                  "报告仅在下一年度工作安排中写到：“下一步，将法治建设纳入考核”（第12行）；"
                  "本年度未写明：纳入考核的情况。") != std::string::npos);
  CHECK(memo.find("三、仅有表述、未见数据（1项）\n1. 政务公开［G27.1］（纲要（二十七））。报告写到：“") !=
        std::string::npos);
  CHECK(memo.find("相关表述均未给出数据。可补充：主动公开信息的数量。") != std::string::npos);
  CHECK(memo.find("四、报告已自查（1项）\n1. 法治工作队伍建设［G34.2］（纲要（三十四））。"
                  "报告自查原文：“一是法治工作队伍力量相对薄弱，专业人才不足”（第10行）。") != std::string::npos);
  CHECK(memo.find("fzscore 按其检查清单 t（编写依据：") != std::string::npos);
}

TEST_CASE("gaps JSON: machine fields of both styles") {
  Run r;
  auto j = test::parse_json(render_gaps_json(r.gaps()));
  CHECK(j["summary"]["total"].n == 4);
  CHECK(j["summary"]["unquantified"].n == 1);
  CHECK(j["draft"]["paragraphs"].a.size() == 2);
  CHECK(j["draft"]["paragraphs"][0]["items"][0].s == "G34.2");
  const auto& five = j["groups"][0]["gaps"];
  CHECK(five[0]["id"].s == "G15.2");
  CHECK(five[0]["kind"].s == "missing");
  CHECK(five[0]["status"].s == "报告未涉及或未写明");
  CHECK(five[0]["state"].s == "missing");
}

TEST_CASE("docx: both styles read back as the same paragraphs") {
  Run r;
  GapList l = r.gaps();
  for (GapStyle style : {GapStyle::draft, GapStyle::memo}) {
    std::string bytes = render_gaps_docx(l, style);
    CHECK(bytes.starts_with("PK"));
    CHECK(bytes == render_gaps_docx(l, style));  // byte-identical
    Extracted x = extract_docx(bytes);
    REQUIRE(x.error.empty());
    std::string md = render_gaps_markdown(l, style);
    // Each markdown paragraph, without its markup, is one paragraph of the Word document.
    std::string expected;
    std::istringstream lines(md);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      for (const char* mark : {"# ", "## ", "> "})
        if (line.starts_with(mark)) line = line.substr(std::string(mark).size());
      expected += line + "\n";
    }
    CHECK(x.utf8 == expected);
  }
}

TEST_CASE("docx writer: XML special and control characters survive") {
  std::string bytes = write_docx({{DocxParagraph::Style::title, "标题 <&> \"引号\""},
                                  {DocxParagraph::Style::body, std::string("换\x01行")}},
                                 "t");
  Extracted x = extract_docx(bytes);
  REQUIRE(x.error.empty());
  CHECK(x.utf8 == "标题 <&> \"引号\"\n换 行\n");
}
