// Sentence roles inside parts (match/context): admissions and plans wherever they stand, merged
// parts read in order, and aims in opening paragraphs that make nothing met.
#include "engine/match/context.hpp"

#include <doctest/doctest.h>

#include <map>

#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/samples.hpp"

namespace {

using fz::ItemState;

// A small checklist: hedge, future, and an aim set; @AIM@ becomes the `aim =` line or nothing, so
// the same text is read with and without the mechanism.
const char* kChecklist = R"(checklist "t" {
  title "t"
  basis "b"
  years 2021 .. 2099
}
hedge = "有待", /(还|仍|尚)(需|要)/
future = "下一步", "明年", /将(进一步|继续|持续|加快)/
units = /[0-9]+件/
term aim_t = /以[^，。]{0,30}为(指导|引领)/, "全面建设法治政府", /提供[^，。]{0,10}法治保障/, "深入学习贯彻"
@AIM@
part "一" "p" weight 100 {
  item "X1" "学习习近平法治思想" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match "习近平法治思想"
    example met "组织学习习近平法治思想。"
  }
  item "X2" "制定方案" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match "实施方案"
    example met "制定实施方案。"
  }
  item "X3" "公众参与" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match "公众参与"
    example met "组织公众参与。"
  }
  item "X4" "aims" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match any(aim_t)
    example met "坚持以习近平法治思想为指导。"
  }
}
)";

fz::Plan load(bool with_aims) {
  std::string text = kChecklist;
  text.replace(text.find("@AIM@"), 5,
               with_aims ? R"(aim = /以[^，。]{0,30}为(指导|引领)/, "全面建设法治政府", /提供[^，。]{0,10}法治保障/, "深入学习贯彻")"
                         : "");
  fz::Plan plan = fz::test::checklist_from_text("t.fz", text);
  CHECK(plan.aim.size() == (with_aims ? 4u : 0u));
  return plan;
}

// States of X1–X4 as analyse() gives them, with or without the checklist's aim set.
std::map<std::string, ItemState> states(const std::string& text, bool with_aims = true) {
  static const fz::Plan with = load(true), without = load(false);
  const fz::Plan& plan = with_aims ? with : without;
  fz::Document d = fz::document_from_text("t.txt", text);
  fz::Analysis a = fz::analyse(plan, d);
  std::map<std::string, ItemState> out;
  for (const auto& item : plan.items)
    out[item.id] = fz::evaluate_item(plan, d, a, item, fz::UnitLevel::county).state;
  return out;
}

}  // namespace

TEST_CASE("context: an admission in the achievements part is acknowledged, a plan anywhere is planned") {
  auto st = states("一、主要举措和成效\n广泛征求意见，但公众参与度仍有待提高。\n"
                   "二、存在的不足\n下一步将进一步完善实施方案。\n");
  CHECK(st["X3"] == ItemState::acknowledged);
  CHECK(st["X2"] == ItemState::planned);  // a plan in the shortcomings part is still a plan
}

TEST_CASE("context: 将 before a disposal verb in its clause is the 把 construction, not the future") {
  auto st = [&](const std::string& sentence) {
    return states("一、主要举措和成效\n推进依法行政。\n" + sentence + "\n")["X1"];
  };
  // "took the study of … as a standing item": done
  CHECK(st("区政府将持续学习习近平法治思想作为常务会议的固定议题。") == ItemState::met);
  CHECK(st("区政府将持续学习习近平法治思想纳入常务会议议题。") == ItemState::met);
  // another 将/把 before the verb: the first 将 is the future again
  CHECK(st("区政府将继续将学习习近平法治思想纳入常务会议议题。") == ItemState::planned);
  CHECK(st("区政府将继续把学习习近平法治思想纳入常务会议议题。") == ItemState::planned);
  // the verb in the next clause belongs to that clause
  CHECK(st("区政府将持续学习习近平法治思想，作为常务会议的固定议题。") == ItemState::planned);
  CHECK(st("区政府将持续学习习近平法治思想。") == ItemState::planned);
}

TEST_CASE("context: a merged part is shortcomings until its first plan sentence, plans after") {
  auto st = states("一、主要工作\n推进依法行政。\n二、存在的问题和下一步打算\n公众参与渠道单一。\n"
                   "下一步，我们将重点做好以下工作。一是学习习近平法治思想。二是制定实施方案。\n");
  CHECK(st["X3"] == ItemState::acknowledged);
  CHECK(st["X1"] == ItemState::planned);
  CHECK(st["X2"] == ItemState::planned);
}

TEST_CASE("context: an aim in an opening paragraph makes nothing met; the act beside it does") {
  std::string text =
      "2023年，我区坚持以习近平法治思想为指导，制定出台《法治政府建设实施方案》，为经济社会发展提供坚强法治保障。\n"
      "一、主要举措和成效\n深入学习贯彻习近平法治思想，全面建设法治政府。区政府组织公众参与活动。\n";
  auto st = states(text);
  CHECK(st["X1"] == ItemState::missing);  // only in aim clauses (the preamble; the part's lead paragraph)
  CHECK(st["X2"] == ItemState::met);      // the act in the next clause counts
  CHECK(st["X3"] == ItemState::met);
  CHECK(st["X4"] == ItemState::missing);  // the aim phrases themselves are no evidence either
  // Without the aim set, the same text makes X1 met: the mechanism is what changes it.
  CHECK(states(text, false)["X1"] == ItemState::met);
  // Beyond the opening paragraphs an aim clause is left alone (only opening slogans are muted).
  auto later = states("一、主要举措和成效\n推进依法行政。\n区政府常务会议坚持以习近平法治思想为指导研究法治工作。\n");
  CHECK(later["X1"] == ItemState::met);
}

TEST_CASE("context: aim words inside a document's name 《…》 are its name, not a slogan") {
  auto st = states("2023年，区政府印发《关于深入学习贯彻习近平法治思想的实施方案》。\n一、主要举措和成效\n推进依法行政。\n");
  CHECK(st["X1"] == ItemState::met);  // issuing the document is the act
  CHECK(st["X2"] == ItemState::met);
  // The same words outside the marks stay an aim.
  CHECK(states("2023年，区政府深入学习贯彻习近平法治思想。\n一、主要举措和成效\n推进依法行政。\n")["X1"] ==
        ItemState::missing);
}
