// The reader on small reports written in each heading style the genre uses (tests/fixtures/structure):
// the parts, their roles, and — through the real pipeline, checklists/gangyao-2021.fz — the state
// of items placed in them: work in the achievements part met, a shortcoming acknowledged, a plan
// planned. Every fixture carries the same six sentences, so only the structure differs.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "dsl/load.hpp"
#include "engine/document/sections.hpp"
#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/files.hpp"
#include "tests/support/run_cli.hpp"
#include "tests/support/samples.hpp"

namespace {

using fz::Role;

const fz::Simplifier& simplifier() { return fz::test::default_simplifier(); }

const fz::Plan& plan() {
  static const fz::Plan p = fz::test::shipped_checklist("checklists/gangyao-2021.fz");
  return p;
}

fz::Document read(const std::string& path) {
  fz::ReadResult r = fz::read_document(path, simplifier());
  if (auto* d = std::get_if<fz::Diagnostic>(&r)) FAIL(fz::render(*d));
  return std::get<fz::Document>(std::move(r));
}

fz::Document fixture(const std::string& name) {
  return read(fz::test::source_path("tests/fixtures/structure/" + name));
}

struct Part {
  std::string heading;  // the heading's words without numbering or marks
  Role role;
};

std::vector<Part> parts(const fz::Document& d) {
  std::vector<Part> out;
  for (const auto& s : d.sections)
    if (s.is_part()) out.push_back({std::string(fz::heading_name(s)), s.role});
  return out;
}

std::map<std::string, fz::ItemState> states(const fz::Document& d) {
  std::map<std::string, fz::ItemState> out;
  for (const auto& v : fz::evaluate(plan(), d)) out[v.item->id] = v.state;
  return out;
}

// The six sentences every fixture carries, by the part they are placed in.
void items_follow_their_parts(const fz::Document& d) {
  auto st = states(d);
  CHECK(st["G09.1"] == fz::ItemState::met);           // 审核行政规范性文件56件
  CHECK(st["G22.1"] == fz::ItemState::met);           // 接收行政复议申请91件
  CHECK(st["G15.1"] == fz::ItemState::acknowledged);  // 三项制度 … 参差不齐 (no hedge word: the part decides)
  CHECK(st["G21.1"] == fz::ItemState::acknowledged);  // 行政裁决工作开展较少
  CHECK(st["G13.3"] == fz::ItemState::planned);       // 健全行政执法和刑事司法衔接机制
  CHECK(st["G11.1"] == fz::ItemState::planned);       // 实施决策事项目录化管理
}

void same_parts(const std::vector<Part>& got, const std::vector<Part>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t k = 0; k < got.size(); ++k) {
    CAPTURE(k);
    CHECK(got[k].heading == want[k].heading);
    CHECK(got[k].role == want[k].role);
  }
}

}  // namespace

TEST_CASE("structure: every heading style gives the parts, roles and item states") {
  struct Case {
    std::string file;
    std::vector<Part> parts;
  };
  const std::vector<Case> cases = {
      {"numeral.txt", {{"推进法治政府建设的主要举措和成效", Role::achievements},
                       {"党政主要负责人履行推进法治建设第一责任人职责情况", Role::duty},
                       {"存在的不足和原因", Role::shortcomings}, {"2024年工作安排", Role::plans}}},
      {"digits.txt", {{"主要工作开展情况", Role::achievements}, {"存在的问题", Role::shortcomings},
                      {"下一步工作打算", Role::plans}}},
      {"part_chapter.txt", {{"2023年主要工作和成效", Role::achievements}, {"存在的问题和不足", Role::shortcomings},
                            {"2024年工作思路", Role::plans}}},
      {"bracket.txt", {{"主要举措和成效", Role::achievements}, {"短板弱项", Role::shortcomings},
                       {"下步工作打算", Role::plans}}},
      {"circled.txt", {{"工作开展情况", Role::achievements}, {"问题和不足", Role::shortcomings},
                       {"工作计划", Role::plans}}},
      {"markdown.md", {{"主要做法及成效", Role::achievements}, {"存在的问题", Role::shortcomings},
                       {"2024年工作计划", Role::plans}}},
      {"bold.md", {{"推进法治政府建设主要举措和成效", Role::achievements}, {"存在的不足", Role::shortcomings},
                   {"2024年工作打算", Role::plans}}},
      {"named.txt", {{"主要工作开展情况", Role::achievements}, {"存在的问题", Role::shortcomings},
                     {"下一步工作打算", Role::plans}}},
      {"runin.txt", {{"推进法治政府建设的主要举措和成效", Role::achievements},
                     {"存在的不足和原因", Role::shortcomings}, {"2024年工作安排", Role::plans}}},
      {"enumeration.txt", {{"主要举措和成效", Role::achievements}, {"存在的不足", Role::shortcomings},
                           {"下一步工作安排", Role::plans}}},
      {"headings.html", {{"主要举措和成效", Role::achievements}, {"存在的不足", Role::shortcomings},
                         {"2024年工作安排", Role::plans}}},
      {"bold.html", {{"主要举措和成效", Role::achievements}, {"存在的问题", Role::shortcomings},
                     {"下一步工作打算", Role::plans}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    fz::Document d = fixture(c.file);
    same_parts(parts(d), c.parts);
    for (const auto& w : d.warnings) CHECK(w.find("未识别") == std::string::npos);
    items_follow_their_parts(d);
  }
}

TEST_CASE("structure: nesting follows the order in which the styles first appear") {
  fz::Document d = fixture("numeral.txt");
  std::vector<std::pair<int, std::string>> tree;
  for (std::size_t k = 1; k < d.sections.size() && k <= 7; ++k)
    tree.push_back({d.sections[k].level, std::string(fz::heading_name(d.sections[k]))});
  CHECK(tree == std::vector<std::pair<int, std::string>>{
                    {1, "推进法治政府建设的主要举措和成效"}, {2, "加强规范性文件管理"}, {3, "严格合法性审核"},
                    {4, "健全审核机制"}, {4, "强化队伍保障"}, {3, "畅通复议渠道"}, {2, "推进严格规范公正文明执法"}});
  // 1、 first, （1） under it: the same styles in another order nest the other way.
  fz::Document digits = fixture("digits.txt");
  CHECK(digits.sections[1].style == fz::HeadingStyle::digit);
  CHECK(digits.sections[1].level == 1);
  CHECK(digits.sections[2].style == fz::HeadingStyle::digit_paren);
  CHECK(digits.sections[2].level == 2);
  // Under 第一部分 the 一、 headings are the second level.
  fz::Document chapters = fixture("part_chapter.txt");
  CHECK(chapters.sections[2].style == fz::HeadingStyle::numeral);
  CHECK(chapters.sections[2].level == 2);
  // Unnumbered part names lead, 一、 headings nest under them.
  fz::Document named = fixture("named.txt");
  CHECK(named.sections[1].style == fz::HeadingStyle::named);
  CHECK(named.sections[2].parent == 1);
  // Markdown: the title (#) is no part; ## 一、 is the top level and an unnumbered ## follows it.
  fz::Document md = fixture("markdown.md");
  CHECK(md.sections[1].heading == "一、主要做法及成效");
  CHECK(md.sections[2].level == 2);
}

TEST_CASE("structure: a .docx's heading styles, outline levels and bold paragraphs are headings") {
  fz::test::TempDir dir("structure-docx");
  auto text = [](const std::string& name) {
    return fz::test::read_file(fz::test::source_path("tests/fixtures/structure/" + name));
  };
  fz::test::write_docx(dir / "styled.docx", text("styled_docx.body.xml"),
                       {{"word/styles.xml", text("styled_docx.styles.xml")}});
  fz::Document d = read((dir / "styled.docx").string());
  same_parts(parts(d), {{"主要举措和成效", Role::achievements}, {"存在的问题", Role::shortcomings},
                        {"下一步工作打算", Role::plans}});
  // Heading 2 (by name "标题 2") and a paragraph's own outline level nest under Heading 1.
  CHECK(d.sections[2].heading == "规范性文件管理");
  CHECK(d.sections[2].level == 2);
  CHECK(d.sections[3].heading == "行政复议");
  CHECK(d.sections[3].level == 2);
  // The Title-styled line is the title, not a part; hidden runs are not text.
  CHECK(d.meta.title == "青禾区2023年法治政府建设情况报告");
  CHECK(d.original.find("告知承诺") == std::string::npos);
  CHECK(d.original.find("附加说明") == std::string::npos);
  CHECK(d.original.find("包容审慎") == std::string::npos);
  CHECK(d.original.find("（此处为可见文字。）") != std::string::npos);
  // The hints never enter the text: what `fzscore text` prints is the paragraphs alone.
  CHECK(d.original.find("主要举措和成效\n规范性文件管理\n") != std::string::npos);
  items_follow_their_parts(d);
}

TEST_CASE("structure: a merged part reads as shortcomings, then as plans from its first plan sentence") {
  for (const char* name : {"merged.txt", "merged_subsections.txt"}) {
    CAPTURE(name);
    fz::Document d = fixture(name);
    REQUIRE(parts(d).size() == 2);
    CHECK(parts(d)[1].role == Role::shortcomings);
    items_follow_their_parts(d);
    auto st = states(d);
    CHECK(st["S2"] == fz::ItemState::met);
    CHECK(st["S4"] == fz::ItemState::met);  // the merged part holds the plans
  }
  fz::Document d = fixture("merged.txt");
  CHECK(parts(d)[1].role == Role::shortcomings);
  CHECK(d.sections[2].also == Role::plans);
  // With sub-sections named for each role, each takes its own.
  fz::Document sub = fixture("merged_subsections.txt");
  CHECK(sub.sections[3].role == Role::shortcomings);
  CHECK(sub.sections[3].also == Role::other);
  CHECK(sub.sections[4].role == Role::plans);
}

TEST_CASE("structure: a sub-section named as a part takes that part's role") {
  fz::Document d = fixture("subsections.txt");
  same_parts(parts(d), {{"2023年法治政府建设工作情况", Role::achievements}});
  CHECK(d.sections[4].role == Role::shortcomings);
  CHECK(d.sections[4].role_words == "存在的问题");
  CHECK(d.sections[5].role == Role::plans);
  items_follow_their_parts(d);
  CHECK(states(d)["S2"] == fz::ItemState::met);  // a part named as a sub-section is a part
  CHECK(states(d)["S4"] == fz::ItemState::met);
  // A line of work that contains a part's words keeps its part's role.
  fz::Document w = fz::document_from_text(
      "t.txt", "一、主要工作\n（一）着力解决存在的问题\n推进执法。\n（二）完善立法计划\n编制计划。\n");
  CHECK(w.sections[2].role == Role::achievements);
  CHECK(w.sections[3].role == Role::achievements);
}

TEST_CASE("structure: outline shows each part's role, the words that gave it, and where the metadata came from") {
  auto r = fz::test::run_cli({"outline", "tests/fixtures/structure/named.txt", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"role\":\"shortcomings\",\"also\":null,\"role_words\":\"存在的问题\"") != std::string::npos);
  CHECK(r.out.find("\"sources\":{\"title\":\"title\",\"issuer\":\"signature\",\"year\":\"title\"") !=
        std::string::npos);
  auto t = fz::test::run_cli({"outline", "tests/fixtures/structure/merged.txt"});
  REQUIRE(t.exit_code == 0);
  CHECK(t.out.find("二、存在的问题和下一步打算 [shortcomings+plans: 存在的问题 + 下一步]") != std::string::npos);
  CHECK(t.out.find("year: 2023  （标题）") != std::string::npos);
}
