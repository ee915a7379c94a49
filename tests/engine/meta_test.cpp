#include "engine/document/meta.hpp"

#include <doctest/doctest.h>

#include "engine/input/read.hpp"

TEST_CASE("dates in the forms reports use") {
  CHECK(fz::parse_date("2023年3月27日") == fz::Date{2023, 3, 27});
  CHECK(fz::parse_date("2023年03月27日 16:43:09") == fz::Date{2023, 3, 27});
  CHECK(fz::parse_date("2024-03-19 09:52") == fz::Date{2024, 3, 19});
  CHECK_FALSE(fz::parse_date("2023年13月1日"));
  CHECK_FALSE(fz::parse_date("第2023号"));
}

TEST_CASE("levels by name round-trip") {
  for (auto l : {fz::UnitLevel::province, fz::UnitLevel::county, fz::UnitLevel::department})
    CHECK(fz::parse_level(fz::level_name(l)) == l);
}

TEST_CASE("title, issuer, year, level and the signing date") {
  fz::Document d = fz::document_from_text("t.txt",
      "某市某某区人民政府2022年法治政府建设工作报告\n2022年，我区推进工作。\n一、主要工作\n推进。\n"
      "某市某某区人民政府\n2023年3月27日\n");
  CHECK(d.meta.title == "某市某某区人民政府2022年法治政府建设工作报告");
  CHECK(d.meta.issuer == "某市某某区人民政府");
  CHECK(d.meta.year == 2022);
  CHECK(d.meta.level == fz::UnitLevel::county);
  CHECK(d.meta.published == fz::Date{2023, 3, 27});
  CHECK(d.original.substr(d.meta.published_original.begin, d.meta.published_original.size()) == "2023年3月27日");
}

TEST_CASE("the year reported on comes from the plans heading when nothing else names it") {
  fz::Document d = fz::document_from_text("t.txt", "一、工作开展\n今年推进。\n二、2020年工作计划\n将推进。\n");
  CHECK(d.meta.year == 2019);
}

TEST_CASE("unit levels") {
  auto level = [](const char* title) { return fz::document_from_text("t.txt", title).meta.level; };
  CHECK(level("某某镇人民政府关于2022年法治政府建设情况的报告\n") == fz::UnitLevel::township);
  CHECK(level("某某市人民政府关于2022年法治政府建设情况的报告\n") == fz::UnitLevel::city);
  CHECK(level("某某省人民政府关于2022年法治政府建设情况的报告\n") == fz::UnitLevel::province);
  CHECK(level("某某市司法局关于2022年法治政府建设情况的报告\n") == fz::UnitLevel::department);
}

TEST_CASE("a 发布时间 field in a page header gives the publication date") {
  fz::Document d = fz::document_from_text(
      "t.txt",
      "某区2023年度法治政府建设情况报告\n来源:某区人民政府办公室 发布时间:2024-03-28 09:18\n"
      "2023年，某区坚持依法行政。\n一、主要工作情况\n全面落实行政执法“三项制度”。\n");
  REQUIRE(d.meta.published.has_value());
  CHECK(*d.meta.published == fz::Date{2024, 3, 28});
  CHECK(d.meta.year == 2023);
}
