// Consistency lints on hand-built Documents (sentences from the sample reports).
#include "engine/analysis/lints.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "engine/match/evidence.hpp"
#include "tests/analysis/doc_builder.hpp"

using fz::analysis::Lint;
using fz::analysis::lint_document;

namespace {

std::vector<Lint> with_code(const std::vector<Lint>& all, std::string_view code) {
  std::vector<Lint> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const Lint& l) { return l.code == code; });
  return out;
}

std::string quote(const fz::Document& d, fz::Span s) {
  return d.normalised.utf8.substr(s.begin, s.size());
}

}  // namespace

TEST_CASE("guanxian-2023: 整改到位率952% is a rate above 100%") {
  auto d = fz::test::build_doc(
      "2023年完成项目28个，审计查出问题388条，整改到位率952%，向有关部门移送案件线索9条，"
      "促进增收节支和挽回经济损失7530.02万元。\n",
      2023);
  auto lints = with_code(lint_document(d), "rate_over_100");
  REQUIRE(lints.size() == 1);
  CHECK(quote(d, lints[0].span) == "952%");
  CHECK(lints[0].message.find("整改到位率952%") != std::string::npos);
}

TEST_CASE("growth rates and plain 100% are not flagged") {
  auto d = fz::test::build_doc("新设立市场主体10305户，同比增长率150%，审批办理成功率高达100%。\n"
                               "企业同比减少跑腿160%。\n",
                               2023);
  CHECK(with_code(lint_document(d), "rate_over_100").empty());
}

TEST_CASE("rates that agree with their counts pass; contradicting ones are flagged") {
  // zhongkai: 50 ÷ 146 审结 = 34.25%, maojian: 5 ÷ 34 = 14.7%, zhongkai 调解 717 ÷ 730 = 98.2%.
  auto ok = fz::test::build_doc(
      "2023年，我高新区共收到行政复议案件179宗，已依法予以受理164宗，已按程序审结的有146宗，"
      "作出撤改类行政复议决定的案件50宗，行政复议案件纠错率34.24%。\n"
      "2022年办理行政复议案件34件，调解2件，发挥行政复议监督纠错功能，纠错5件，纠错率14.7%。\n"
      "区各级调解组织共受理矛盾纠纷730宗，调解成功717宗，调解成功率98.2%。\n",
      2023);
  CHECK(with_code(lint_document(ok), "rate_mismatch").empty());

  auto bad = fz::test::build_doc(
      "2022年办理行政复议案件34件，调解2件，发挥行政复议监督纠错功能，纠错5件，纠错率24.7%。\n"
      "区各级调解组织共受理矛盾纠纷730宗，调解成功717宗，调解成功率90%。\n",
      2022);
  auto lints = with_code(lint_document(bad), "rate_mismatch");
  REQUIRE(lints.size() == 2);
  CHECK(quote(bad, lints[0].span) == "24.7%");
  CHECK(lints[0].message.find("14.7%") != std::string::npos);
  CHECK(quote(bad, lints[1].span) == "90%");
  CHECK(lints[1].message.find("98.2%") != std::string::npos);
}

TEST_CASE("plan part for the wrong year, part and title years") {
  auto good = fz::test::build_doc("一、2023年度推进法治政府建设的主要举措和成效\n正文。\n"
                                  "四、2024年度推进法治政府建设的主要安排\n正文。\n",
                                  2023);
  good.meta.title = "冠县2023年度法治政府建设情况的报告";
  CHECK(lint_document(good).empty());

  auto bad = fz::test::build_doc("一、2023年度推进法治政府建设的主要举措和成效\n正文。\n"
                                 "三、2022年度推进法治政府建设存在的不足和原因\n正文。\n"
                                 "四、2023年度推进法治政府建设的主要安排\n正文。\n",
                                 2023);
  bad.meta.title = "冠县2022年度法治政府建设情况的报告";
  auto all = lint_document(bad);
  auto plan = with_code(all, "plan_year");
  REQUIRE(plan.size() == 1);
  CHECK(quote(bad, plan[0].span) == "2023");
  CHECK(plan[0].message.find("应为2024年") != std::string::npos);
  auto part = with_code(all, "part_year");
  REQUIRE(part.size() == 1);
  CHECK(quote(bad, part[0].span) == "2022");
  CHECK(with_code(all, "title_year").size() == 1);
}

TEST_CASE("publication on or after 1 April of the next year is late") {
  auto d = fz::test::build_doc("正文。\n", 2023);
  d.meta.published = fz::Date{2024, 3, 19};
  CHECK(with_code(lint_document(d), "published_late").empty());
  d.meta.published = fz::Date{2024, 3, 31};
  CHECK(with_code(lint_document(d), "published_late").empty());
  d.meta.published = fz::Date{2024, 4, 1};
  auto l = with_code(lint_document(d), "published_late");
  REQUIRE(l.size() == 1);
  CHECK(l[0].message.find("2024-04-01") != std::string::npos);
}

TEST_CASE("part order: duty may lead; shortcomings and plans must follow") {
  auto guanxian = fz::test::build_doc(
      "一、2023年度推进法治政府建设的主要举措和成效\n正文。\n"
      "二、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n正文。\n"
      "三、2023年度推进法治政府建设存在的不足和原因\n正文。\n四、2024年度推进法治政府建设的主要安排\n正文。\n",
      2023);
  CHECK(with_code(lint_document(guanxian), "part_order").empty());

  auto duty_first = fz::test::build_doc(  // zhongkai-2023 leads with the 第一责任人 part
      "一、深入学习宣传贯彻习近平法治思想，落实法治建设第一责任人职责\n正文。\n"
      "二、坚持全面加强法治政府建设工作质量管控\n正文。\n三、2024年工作安排\n正文。\n",
      2023);
  CHECK(with_code(lint_document(duty_first), "part_order").empty());

  auto bad = fz::test::build_doc("一、存在的不足\n正文。\n二、主要工作情况\n正文。\n"
                                 "三、2024年工作计划\n正文。\n四、存在的问题和原因\n正文。\n",
                                 2023);
  auto l = with_code(lint_document(bad), "part_order");
  REQUIRE(l.size() == 2);
  CHECK(quote(bad, l[0].span) == "二、主要工作情况");
  CHECK(quote(bad, l[1].span) == "四、存在的问题和原因");
}

TEST_CASE("evidence maps a normalised span through both offset maps") {
  fz::Document d;
  d.original = "\xef\xbc\x91\xef\xbc\x92件";  // "１２件" (full-width digits)
  d.decoded.utf8 = d.original;
  d.decoded.to_source = fz::OffsetMap::identity(d.original.size());
  d.normalised.utf8 = "12件";
  d.normalised.to_source.replace(3, 1);
  d.normalised.to_source.replace(3, 1);
  d.normalised.to_source.copy(3);
  d.lines = fz::Source("x.txt", d.decoded.utf8);
  auto l = fz::make_evidence(d, {1, 5}, -1, fz::ItemState::met);  // "2件"
  CHECK(d.to_decoded({1, 5}) == fz::Span{3, 9});
  CHECK(l.original == fz::Span{3, 9});
  CHECK(fz::Location{l.line, l.column} == fz::Location{1, 2});
  CHECK(l.quote == "\xef\xbc\x92件");
}
