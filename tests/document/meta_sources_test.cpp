// Year, level and issuer where the text gives them without a title line (issue 13): the opening
// sentence, the unit's own name, self-references, the signature, the publication date.
#include <doctest/doctest.h>

#include <string>

#include "engine/document/meta.hpp"
#include "engine/input/read.hpp"
#include "tests/support/files.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

namespace {

fz::Meta meta(const std::string& text) { return fz::document_from_text("t.txt", text).meta; }

}  // namespace

TEST_CASE("meta: the opening sentence gives year and unit when there is no title") {
  fz::Meta m = meta("2023年，在区委、区政府的坚强领导下，柳塘镇坚持以习近平法治思想为指导，全面推进依法行政。\n"
                    "一、主要举措和成效\n推进执法。\n");
  CHECK(m.year == 2023);
  CHECK(m.year_from == fz::MetaSource::opening);
  CHECK(m.issuer == "柳塘镇");
  CHECK(m.level == fz::UnitLevel::township);
}

TEST_CASE("meta: the level from the unit's own name or self-references, without a title line") {
  auto level = [](const char* text) { return meta(text).level; };
  CHECK(level("2022年，区教育局坚持依法行政。\n一、主要工作\n我局推进执法。\n") == fz::UnitLevel::department);
  CHECK(level("今年以来，我镇认真落实上级部署。全镇推进依法行政。\n一、主要工作\n推进。\n") == fz::UnitLevel::township);
  CHECK(level("今年以来，我街道全面推进依法行政。\n一、主要工作\n推进。\n") == fz::UnitLevel::township);
  CHECK(level("2023年，全省各级政府深入推进依法行政。\n一、主要工作\n我省推进。\n") == fz::UnitLevel::province);
  CHECK(level("现将我县2023年度法治政府建设情况报告如下。\n一、主要工作\n推进。\n") == fz::UnitLevel::county);
  // An autonomous region speaks of itself as 我区 too: its government names it.
  CHECK(level("2022年，我区坚持依法行政。\n一、主要工作\n自治区人民政府常务会议研究法治工作。自治区人民政府印发方案。\n") ==
        fz::UnitLevel::province);
  // The four municipalities are province-level.
  CHECK(level("2023年，全市各区、各部门深入推进依法行政。\n一、主要工作\n本市推进上海法治建设。上海持续推进。\n") ==
        fz::UnitLevel::province);
}

TEST_CASE("meta: a unit named by its level only is completed with the place the text names") {
  fz::Meta m = meta("2023年，市公安局认真贯彻落实上级部署。\n一、主要工作\n制定《云溪市公安局执法规范》。\n");
  CHECK(m.issuer == "云溪市公安局");
  CHECK(m.level == fz::UnitLevel::department);
  fz::Meta p = meta("根据有关要求，现将省政府2023年度法治政府建设情况报告如下。\n一、主要工作\n出台《湖南省实施办法》。\n");
  CHECK(p.issuer == "湖南省人民政府");
  CHECK(p.level == fz::UnitLevel::province);
}

TEST_CASE("meta: years in ranges and history are not the report's year") {
  fz::Meta m = meta("现将有关情况报告如下。\n一、主要工作\n落实《实施纲要（2021—2025年）》。近年来，我区进步显著，2018年，在全市考评中名列第二。\n"
                    "二、2024年工作安排\n推进。\n");
  CHECK(m.year == 2023);  // the plans heading's year − 1
  CHECK(m.year_from == fz::MetaSource::heading);
}

TEST_CASE("meta: no year stated: inferred from the publication date, and said so") {
  fz::Meta m = meta("现将有关情况报告如下。\n一、主要工作\n推进执法。\n某某镇人民政府\n2023年3月15日\n");
  CHECK(m.year == 2022);
  CHECK(m.year_from == fz::MetaSource::published);
  fz::Meta december = meta("现将有关情况报告如下。\n一、主要工作\n推进执法。\n某某镇人民政府\n2023年12月15日\n");
  CHECK(december.year == 2023);
}

TEST_CASE("meta: titles with site junk, split over lines, or quoted") {
  CHECK(meta("[权威发布]云溪县2023年法治政府建设情况报告\n正文。\n").title == "云溪县2023年法治政府建设情况报告");
  CHECK(meta("【法治建设报告】云溪县司法局2023年法治政府建设年度报告\n正文。\n").title ==
        "云溪县司法局2023年法治政府建设年度报告");
  fz::Meta split = meta("云溪县人民政府\n关于2023年法治政府建设情况的报告\n正文。\n");
  CHECK(split.title == "云溪县人民政府关于2023年法治政府建设情况的报告");
  CHECK(split.issuer == "云溪县人民政府");
  fz::Meta dated = meta("2024年云溪县司法局法治政府建设情况报告（2025-03-26）\n2024年，县司法局推进依法行政。\n");
  CHECK(dated.published == fz::Date{2025, 3, 26});
  CHECK(dated.year == 2024);
}

TEST_CASE("meta: G07.1 is n/a for a 镇 whose text names it, without a title line") {
  fz::test::TempDir dir("meta-level");
  std::string path = dir.file("town.txt",
                              "2023年，在县委、县政府的坚强领导下，柳塘镇全面推进依法行政。\n一、主要举措和成效\n"
                              "审核行政规范性文件12件。\n二、存在的不足\n执法人员素质有待提高。\n三、2024年工作安排\n推进执法。\n");
  auto r = fz::test::run_cli({"score", path, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto card = fz::test::parse_one_report(r.out);
  bool found = false;
  for (const auto& item : card["items"].a)
    if (item["id"].s == "G07.1") {
      found = true;
      CHECK(item["state"].s == "n/a");
    }
  CHECK(found);
}

TEST_CASE("meta: a year outside every checklist's years is scored with a warning") {
  fz::test::TempDir dir("meta-year");
  std::string path = dir.file("old.txt", "云溪县2013年法治政府建设情况报告\n一、主要工作\n推进执法。\n");
  auto r = fz::test::run_cli({"score", path, "--format", "json"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("报告年度2013年不在检查清单") != std::string::npos);
  auto inside = fz::test::run_cli({"score", path, "--format", "json", "--year", "2016"});
  REQUIRE(inside.exit_code == 0);
  CHECK(inside.out.find("不在检查清单") == std::string::npos);
}

TEST_CASE("meta: page chrome never becomes text or evidence") {
  fz::Document d = fz::document_from_text(
      "t.txt",
      "首页 > 政务公开 > 法治政府建设\n今天是：2024年3月20日 星期三 农历二月十一\n无障碍 简体|繁体\n"
      "云溪县2023年法治政府建设情况报告\n发布时间：2024-03-20 来源：县司法局 浏览次数：88\n字号：大 中 小 分享到：\n"
      "【打印】\n打印本页 关闭窗口\n2023年，云溪县全面推进依法行政。\n一、主要工作\n推进执法。\n");
  for (const char* chrome : {"首页", "政务公开", "星期三", "简体", "浏览次数", "字号", "分享到", "打印"})
    CHECK(d.normalised.utf8.find(chrome) == std::string::npos);
  CHECK(d.meta.published == fz::Date{2024, 3, 20});
  CHECK(d.meta.year == 2023);
}
