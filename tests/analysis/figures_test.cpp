// Key figures, on sentences copied from the sample reports (zhongkai-2023 simplified by hand).
#include "engine/analysis/figures.hpp"

#include <doctest/doctest.h>

#include "tests/analysis/doc_builder.hpp"

using fz::analysis::extract_figures;
using fz::analysis::Figure;
using fz::analysis::find_figure;
using fz::analysis::parse_number;

namespace {

// Checks that the figure `id` exists, has `value` and `unit`, and that its span quotes `shown`.
void check_figure(const fz::Document& d, const std::vector<Figure>& figs, const char* id,
                  double value, const char* unit, const char* shown) {
  CAPTURE(id);
  const Figure* f = find_figure(figs, id);
  REQUIRE(f != nullptr);
  CHECK(f->value == doctest::Approx(value));
  CHECK(f->unit == unit);
  CHECK(d.normalised.utf8.substr(f->number.begin, f->number.size()) == shown);
  REQUIRE(f->sentence >= 0);
  CHECK(d.sentences[f->sentence].span == f->sentence_span);
  CHECK(f->sentence_span.contains(f->number));
}

}  // namespace

TEST_CASE("parse_number reads Arabic, grouped, decimal, 万 and Chinese numbers") {
  CHECK(parse_number("1,234") == 1234);
  CHECK(parse_number("1，234") == 1234);
  CHECK(parse_number("98.5%") == doctest::Approx(98.5));
  CHECK(parse_number("952%") == 952);
  CHECK(parse_number("1.2万") == doctest::Approx(12000));
  CHECK(parse_number("三十五") == 35);
  CHECK(parse_number("十五") == 15);
  CHECK(parse_number("两千三百") == 2300);
  CHECK(parse_number("一万二千") == 12000);
  CHECK_FALSE(parse_number("abc"));
  CHECK_FALSE(parse_number("1.2.3"));
  CHECK_FALSE(parse_number(""));
}

TEST_CASE("guanxian-2023: 行政复议 received, accepted (not 不予受理), corrected") {
  auto d = fz::test::build_doc("2023年接收行政复议申请91件，受理73件，不予受理6件，纠错3件，化解33件。");
  auto figs = extract_figures(d);
  check_figure(d, figs, "fuyi_received", 91, "件", "91件");
  check_figure(d, figs, "fuyi_accepted", 73, "件", "73件");
  check_figure(d, figs, "fuyi_corrected", 3, "件", "3件");
  CHECK(find_figure(figs, "fuyi_correction_rate") == nullptr);
}

TEST_CASE("longhua-2019: 不受理 and 不予受理 are not the accepted count") {
  auto d = fz::test::build_doc(
      "2019年以来，共收到行政复议申请103宗，不受理12宗（其中转送10宗，不予受理1宗，告知处理1宗），受理91宗。");
  auto figs = extract_figures(d);
  check_figure(d, figs, "fuyi_received", 103, "宗", "103宗");
  check_figure(d, figs, "fuyi_accepted", 91, "宗", "91宗");
}

TEST_CASE("guanxian-2023: 行政诉讼 cases with the number before the noun") {
  auto d = fz::test::build_doc(
      "2023年涉及县政府、县人力资源社会保障局、县综合行政执法局、桑阿镇政府等共计一审111件行政应诉案件，"
      "开庭审理105件，行政机关负责人全部出庭应诉。");
  auto figs = extract_figures(d);
  check_figure(d, figs, "susong_cases", 111, "件", "111件");
}

TEST_CASE("guanxian-2023: 重大行政决策, 规范性文件, 执法证") {
  auto d = fz::test::build_doc(
      "2023年重大行政决策事项共计5件，均由政府法律顾问、公职律师参与出具合法性审查意见。\n"
      "2023年共制定政府规范性文件2件，均按要求向市政府进行备案，报备率达100%。\n"
      "鼓励执法证件申领，实现“应办尽办”，持证人员由2022年的632人增加至目前的863人，执法人数位居全市第三。\n");
  auto figs = extract_figures(d);
  check_figure(d, figs, "juece_catalogue", 5, "件", "5件");
  check_figure(d, figs, "gfxwj_issued", 2, "件", "2件");
  check_figure(d, figs, "gfxwj_filing_rate", 100, "%", "100%");
  check_figure(d, figs, "zhifa_holders", 863, "人", "863人");
  CHECK(find_figure(figs, "juece_catalogue")->sentence == 0);
  CHECK(find_figure(figs, "zhifa_holders")->sentence == 2);
}

TEST_CASE("zhongkai-2023 (simplified): 复议 counts, 撤改类 as corrected, 纠错率") {
  auto d = fz::test::build_doc(
      "2023年，我高新区共收到行政复议案件179宗，已依法予以受理164宗，已按程序审结的有146宗，"
      "作出撤改类行政复议决定的案件50宗，行政复议案件纠错率34.24%。");
  auto figs = extract_figures(d);
  check_figure(d, figs, "fuyi_received", 179, "宗", "179宗");
  check_figure(d, figs, "fuyi_accepted", 164, "宗", "164宗");
  check_figure(d, figs, "fuyi_concluded", 146, "宗", "146宗");
  check_figure(d, figs, "fuyi_corrected", 50, "宗", "50宗");
  check_figure(d, figs, "fuyi_correction_rate", 34.24, "%", "34.24%");
}

TEST_CASE("zhongkai-2023 (simplified): 出庭应诉率, 人民调解, 执法证") {
  auto d = fz::test::build_doc(
      "2023年，全区行政负责人出庭应诉率达到100%。\n"
      "坚持发展新时代“枫桥经验”，区各级调解组织共受理矛盾纠纷730宗，调解成功717宗，调解成功率98.2%，"
      "无发生因纠纷引起自杀和转化为刑事的案件。\n"
      "2023年组织行政执法资格考试专题培训报名71人次，参加考试59人次，共增加持有执法证69人，"
      "全区现有有效执法证共290人。\n");
  auto figs = extract_figures(d);
  check_figure(d, figs, "yingsu_rate", 100, "%", "100%");
  check_figure(d, figs, "tiaojie_cases", 730, "宗", "730宗");
  check_figure(d, figs, "tiaojie_succeeded", 717, "宗", "717宗");
  check_figure(d, figs, "tiaojie_success_rate", 98.2, "%", "98.2%");
  check_figure(d, figs, "zhifa_holders", 290, "人", "290人");
}

TEST_CASE("maojian-2022: 复议 with 纠错率, 复议调解 is not 人民调解, 法律援助") {
  auto d = fz::test::build_doc(
      "稳步推进行政复议体制改革，2022年办理行政复议案件34件，调解2件，发挥行政复议监督纠错功能，纠错5件，纠错率14.7%。\n"
      "以“应援尽援”为目标，不断拓展法律援助覆盖面，2022年办理法律援助案件330件，其中刑事199件，民事 130件，行政1件，"
      "提供咨询、代书等服务3800余次。\n");
  auto figs = extract_figures(d);
  check_figure(d, figs, "fuyi_received", 34, "件", "34件");
  check_figure(d, figs, "fuyi_corrected", 5, "件", "5件");
  check_figure(d, figs, "fuyi_correction_rate", 14.7, "%", "14.7%");
  check_figure(d, figs, "falv_yuanzhu", 330, "件", "330件");
  CHECK(find_figure(figs, "tiaojie_cases") == nullptr);
}

TEST_CASE("half-width commas, Chinese numerals and 余 are tolerated") {
  auto d = fz::test::build_doc("全年受理行政复议案件三十五件,行政诉讼败诉率为4.5%。\n"
                               "全年办理法律援助案件1,200余件。\n");
  auto figs = extract_figures(d);
  check_figure(d, figs, "fuyi_received", 35, "件", "三十五件");
  check_figure(d, figs, "baisu_rate", 4.5, "%", "4.5%");
  check_figure(d, figs, "falv_yuanzhu", 1200, "件", "1,200余件");
}

TEST_CASE("targets in the next-year plan part are not figures") {
  auto d = fz::test::build_doc("一、主要举措和成效\n全区行政负责人出庭应诉率达到100%。\n"
                               "二、2024年工作安排\n确保出庭应诉率保持100%。\n");
  auto figs = extract_figures(d);
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].id == "yingsu_rate");
  CHECK(d.sentences[figs[0].sentence].section == 1);
}

TEST_CASE("guanxian-2023: 排查化解矛盾纠纷 without 调解 is not a 人民调解 figure") {
  auto d = fz::test::build_doc(
      "活动开展以来，累计入企宣传339场，开展法治体检96场次，发现并纠正法律漏洞28件，排查化解矛盾纠纷126件，"
      "涉及金额324万余元。\n");
  auto figs = extract_figures(d);
  CHECK(find_figure(figs, "tiaojie_cases") == nullptr);
  CHECK(find_figure(figs, "fuyi_corrected") == nullptr);  // 纠正 outside a 复议 sentence
}
