// The seven sample reports: roles of their top-level parts, metadata, warnings, and the offset
// property: every sentence maps back to original bytes that normalise to the same sentence.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "engine/input/fold.hpp"
#include "engine/input/read.hpp"
#include "engine/input/utf8.hpp"
#include "tests/support/samples.hpp"

namespace {

const fz::Simplifier& simplifier() { return fz::test::default_simplifier(); }

fz::Document report(const std::string& name) { return fz::test::sample_report(name); }

std::vector<fz::Role> top_roles(const fz::Document& d) {
  std::vector<fz::Role> out;
  for (const auto& s : d.sections)
    if (s.is_part()) out.push_back(s.role);
  return out;
}

const std::vector<std::string> kReports = {
    "district-2022-docx.txt", "guangming-2021.txt", "guanxian-2023.txt", "longhua-2019.txt",
    "maojian-2022.txt",       "shunhe-2020.txt",    "zhongkai-2023-traditional.txt"};

}  // namespace

using R = fz::Role;

TEST_CASE("roles of the top-level parts, as a careful reader sees them") {
  const std::map<std::string, std::vector<R>> want = {
      {"district-2022-docx.txt", {R::duty, R::achievements}},  // the export stops inside part two
      {"guangming-2021.txt", {R::achievements, R::shortcomings, R::plans}},
      {"guanxian-2023.txt", {R::achievements, R::duty, R::shortcomings, R::plans}},
      {"longhua-2019.txt", {R::achievements, R::achievements, R::achievements, R::achievements,
                            R::achievements, R::achievements, R::achievements, R::plans}},
      {"maojian-2022.txt", {R::achievements, R::shortcomings, R::plans}},
      {"shunhe-2020.txt", {R::achievements, R::shortcomings}},  // its 下一步 is one sentence
      {"zhongkai-2023-traditional.txt", {R::duty, R::achievements, R::plans}},
  };
  for (const auto& entry : want) {  // no structured binding: clang 14 cannot capture one
    const auto& name = entry.first;
    const auto& roles = entry.second;
    CAPTURE(name);
    CHECK(top_roles(report(name)) == roles);
  }
}

TEST_CASE("marked passages like 二是压实第一责任 are sub-sections, not parts") {
  fz::Document d = report("maojian-2022.txt");
  bool found = false;
  for (const auto& s : d.sections)
    if (s.heading == "二是压实第一责任") {
      found = true;
      CHECK(s.style == fz::HeadingStyle::enumeration);
      CHECK(s.role == R::achievements);
      CHECK(d.sections[s.parent].heading.rfind("（一）", 0) == 0);
    }
  CHECK(found);
}

TEST_CASE("metadata where the text shows it") {
  struct Want {
    std::string title, issuer;
    std::optional<int> year;
    std::optional<fz::Date> published;
  };
  const std::map<std::string, Want> want = {
      {"district-2022-docx.txt", {"2022年法治政府建设情况报告", "", 2022, std::nullopt}},
      {"guangming-2021.txt", {"", "深圳市光明区人民政府", 2021, fz::Date{2022, 1, 5}}},
      {"guanxian-2023.txt", {"冠县2023年度法治政府建设情况的报告", "中共冠县县委冠县人民政府", 2023, fz::Date{2024, 3, 19}}},
      {"longhua-2019.txt", {"", "深圳市龙华区人民政府", 2019, fz::Date{2019, 12, 18}}},
      {"maojian-2022.txt", {"十堰市茅箭区人民政府2022年法治政府建设工作报告", "十堰市茅箭区人民政府", 2022, fz::Date{2023, 3, 27}}},
      {"shunhe-2020.txt", {"顺河回族区人民政府 关于法治政府建设工作的情况报告", "顺河回族区人民政府", 2020, fz::Date{2021, 3, 31}}},
      {"zhongkai-2023-traditional.txt", {"", "仲恺高新区", 2023, std::nullopt}},
  };
  for (const auto& entry : want) {  // no structured binding: clang 14 cannot capture one
    const auto& name = entry.first;
    const auto& w = entry.second;
    CAPTURE(name);
    fz::Document d = report(name);
    CHECK(d.meta.title == w.title);
    CHECK(d.meta.issuer == w.issuer);
    CHECK(d.meta.year == w.year);
    CHECK(d.meta.published == w.published);
    CHECK(d.meta.level == fz::UnitLevel::county);  // every sample is a district or county
    if (d.meta.published) {  // the date's original bytes are really there
      fz::Span o = d.meta.published_original;
      REQUIRE_FALSE(o.empty());
      CHECK(fz::parse_date(d.original.substr(o.begin, o.size())) == w.published);
    }
  }
}

TEST_CASE("district-2022-docx: truncated, glued page numbers removed") {
  fz::Document d = report("district-2022-docx.txt");
  REQUIRE(d.warnings.size() >= 1);
  CHECK(d.warnings[0].find("截断") != std::string::npos);
  std::regex artefact("\n[0-9]+、|^[0-9]+、");
  for (const auto& s : d.sentences) {
    std::string text = d.normalised.utf8.substr(s.span.begin, s.span.size());
    CHECK_FALSE(std::regex_search(text, artefact));
  }
  CHECK(d.normalised.utf8.find("切实抓好责任落实。") != std::string::npos);
  CHECK(d.normalised.utf8.find("卫生、生态") != std::string::npos);
  CHECK(d.normalised.utf8.find("由会员分享") == std::string::npos);
  for (const std::string& name : kReports)
    if (name != "district-2022-docx.txt") CHECK(report(name).warnings.empty());
}

TEST_CASE("chrome is dropped from web-page copies") {
  for (std::string name : {"guanxian-2023.txt", "maojian-2022.txt", "shunhe-2020.txt"}) {
    fz::Document d = report(name);
    CAPTURE(name);
    for (const char* chrome : {"当前位置", "索引号", "发文日期", "扫一扫", "Produced By", "信息来源"})
      CHECK(d.normalised.utf8.find(chrome) == std::string::npos);
  }
}

// For every sentence s: the original bytes o = to_original(s) are whole UTF-8 characters, and
// running the character-level stages (decode, 繁→简, fold) on them alone gives exactly the sentence —
// with two honest exceptions that are counted:
//   joined:   the bytes cross a glued page number (district only); dropping "\nN、" from the
//             fragment's normalisation then gives exactly the sentence;
//   superset: an end fell inside a run OpenCC changed in length (the whole line is one run), so the
//             fragment normalises to a text that contains the sentence.
TEST_CASE("property: every sentence maps back to original bytes that normalise to it") {
  std::regex page_marker("\n[0-9]+、");
  for (const std::string& name : kReports) {
    CAPTURE(name);
    fz::Document d = report(name);
    std::size_t exact = 0, joined = 0, superset = 0;
    for (const auto& s : d.sentences) {
      std::string want = d.normalised.utf8.substr(s.span.begin, s.span.size());
      fz::Span o = d.to_original(s.span);
      REQUIRE(o.end <= d.original.size());
      std::string frag = d.original.substr(o.begin, o.size());
      CAPTURE(want);
      REQUIRE(fz::utf8::is_valid(frag));
      std::string got = fz::fold(simplifier().simplify(frag).utf8).utf8;
      if (got == want) {
        ++exact;
      } else if (std::regex_replace(got, page_marker, "") == want) {
        ++joined;
      } else {
        CHECK(got.find(want) != std::string::npos);
        ++superset;
      }
    }
    CHECK(exact + joined > d.sentences.size() * 9 / 10);
    CHECK(superset <= d.sentences.size() / 50);
    if (name == "district-2022-docx.txt") CHECK(joined >= 10);
    else CHECK(joined == 0);
  }
}
