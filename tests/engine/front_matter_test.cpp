// Front matter (match/front_matter): the page's banner and the report's title, also repeated, are
// not work the report shows; the same words in its text are.
#include "engine/match/front_matter.hpp"

#include <doctest/doctest.h>

#include <map>

#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/samples.hpp"

namespace {

using fz::ItemState;

const char* kChecklist = R"(checklist "t" {
  title "t"
  basis "b"
  years 2021 .. 2099
}
hedge = "有待"
future = "下一步"
units = /[0-9]+场/
part "一" "p" weight 100 {
  item "P1" "普法" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match "普法活动"
    example met "开展普法活动。"
  }
  item "D1" "第一责任人" {
    basis "b"
    weight 1
    want "w"
    gap "g"
    match "第一责任人"
    example met "履行第一责任人职责。"
  }
}
)";

struct Result {
  std::map<std::string, ItemState> state;
  std::map<std::string, std::string> quote;
};

Result evaluate(const std::string& text) {
  static const fz::Plan plan = fz::test::checklist_from_text("t.fz", kChecklist);
  fz::Document d = fz::document_from_text("t.txt", text);
  fz::Analysis a = fz::analyse(plan, d);
  Result out;
  for (const auto& item : plan.items) {
    fz::ItemVerdict v = fz::evaluate_item(plan, d, a, item, fz::UnitLevel::county);
    out.state[item.id] = v.state;
    if (!v.evidence.empty()) out.quote[item.id] = v.evidence.front().quote;
  }
  return out;
}

const std::string kFront =
    "某省普法活动网\n"
    "某县司法局关于2023年度法治政府建设暨第一责任人履职情况的报告\n"
    "【工作报告】某县司法局关于2023年度法治政府建设暨第一责任人履职情况的报告\n"
    "2023年，我局推进依法行政。\n"
    "一、主要举措和成效\n推进依法行政，完善制度。\n";

}  // namespace

TEST_CASE("front matter: the banner above the title, the title and its repetition show no work") {
  Result r = evaluate(kFront);
  CHECK(r.state["P1"] == ItemState::missing);
  CHECK(r.state["D1"] == ItemState::missing);
}

TEST_CASE("front matter: the same words in the report's text count, and are quoted there") {
  Result r = evaluate(kFront + "开展普法活动12场。主要负责人认真履行第一责任人职责。\n");
  CHECK(r.state["P1"] == ItemState::met);
  CHECK(r.state["D1"] == ItemState::met);
  CHECK(r.quote["P1"] == "开展普法活动12场。");
  CHECK(r.quote["D1"] == "主要负责人认真履行第一责任人职责。");
  // The opening paragraph is text, not front matter, though it stands before the first part.
  CHECK(evaluate("某县司法局2023年法治政府建设年度报告\n2023年，我局开展普法活动。\n一、主要举措和成效\n推进依法行政。\n")
            .state["P1"] == ItemState::met);
}

TEST_CASE("front matter: without a title nothing is dropped, for where the text begins is unknown") {
  Result r = evaluate("开展普法活动。\n一、主要举措和成效\n推进依法行政。\n");
  CHECK(r.state["P1"] == ItemState::met);
}

TEST_CASE("front matter: a sentence of text above a 《…报告》 found further down is text, not page") {
  Result r = evaluate("2023年，我局开展普法活动，成效明显。\n现将《某局2023年法治政府建设情况报告》印发。\n"
                      "一、主要举措和成效\n推进依法行政。\n");
  CHECK(r.state["P1"] == ItemState::met);
  CHECK(r.quote["P1"] == "2023年，我局开展普法活动，成效明显。");
}
