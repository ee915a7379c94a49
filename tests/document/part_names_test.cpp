// Part names by family (tests/fixtures/structure/part_names.tsv): each wording, as a numbered part
// and as an unnumbered line, gives its role, and items placed in that part take the part's state.
#include "engine/document/part_names.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "dsl/load.hpp"
#include "engine/document/roles.hpp"
#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/files.hpp"
#include "tests/support/run_cli.hpp"
#include "tests/support/samples.hpp"

namespace {

using fz::Role;

const fz::Plan& plan() {
  static const fz::Plan p = fz::test::shipped_checklist("checklists/gangyao-2021.fz");
  return p;
}

// A small report with one wording put in place of its part's heading, numbered or not; the
// other parts keep plain headings.
std::string report(Role role, const std::string& wording, bool numbered) {
  std::map<Role, std::string> heading = {{Role::achievements, "主要举措和成效"},
                                         {Role::duty, "履行推进法治建设第一责任人职责情况"},
                                         {Role::shortcomings, "存在的不足和原因"},
                                         {Role::plans, "下一步工作安排"}};
  heading[role] = wording;
  auto h = [&](const char* number, Role r) { return (numbered ? std::string(number) : std::string()) + heading[r] + "\n"; };
  return "青禾区2023年法治政府建设情况报告\n2023年，青禾区全面推进依法行政。现将有关情况报告如下。\n" +
         h("一、", Role::achievements) + "审核行政规范性文件56件，合法性审核率100%。\n" + h("二、", Role::duty) +
         "区政府主要负责人主持召开常务会议专题研究法治政府建设工作4次。\n" + h("三、", Role::shortcomings) +
         "行政执法“三项制度”落实质量参差不齐。行政裁决工作开展较少。\n" + h("四、", Role::plans) +
         "健全行政执法和刑事司法衔接机制。实施决策事项目录化管理。\n";
}

}  // namespace

TEST_CASE("part names: every wording of every family, numbered and unnumbered") {
  std::istringstream tsv(fz::test::read_file(fz::test::source_path("tests/fixtures/structure/part_names.tsv")));
  std::map<Role, int> seen;
  for (std::string line; std::getline(tsv, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("role\t", 0) == 0) continue;
    std::size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    auto role = fz::parse_role(line.substr(0, tab));
    REQUIRE(role.has_value());
    std::string wording = line.substr(tab + 1);
    CAPTURE(wording);
    ++seen[*role];
    CHECK(fz::read_part_name(wording).role == *role);
    CHECK(fz::role_for_heading("二、" + wording) == *role);
    for (bool numbered : {true, false}) {
      CAPTURE(numbered);
      fz::Document d = fz::document_from_text("t.txt", report(*role, wording, numbered));
      std::vector<Role> roles;
      for (const auto& s : d.sections)
        if (s.is_part()) roles.push_back(s.role);
      CHECK(roles == std::vector<Role>{Role::achievements, Role::duty, Role::shortcomings, Role::plans});
      std::map<std::string, fz::ItemState> st;
      for (const auto& v : fz::evaluate(plan(), d)) st[v.item->id] = v.state;
      CHECK(st["G09.1"] == fz::ItemState::met);
      CHECK(st["G15.1"] == fz::ItemState::acknowledged);
      CHECK(st["G21.1"] == fz::ItemState::acknowledged);
      CHECK(st["G13.3"] == fz::ItemState::planned);
      CHECK(st["G11.1"] == fz::ItemState::planned);
      CHECK(st["S2"] == fz::ItemState::met);
      CHECK(st["S4"] == fz::ItemState::met);
    }
  }
  CHECK(seen.size() == 4);
}

TEST_CASE("part names: merged parts, weak words and lines of work") {
  fz::PartName merged = fz::read_part_name("存在的问题和下一步打算");
  CHECK(merged.role == Role::shortcomings);
  CHECK(merged.also == Role::plans);
  CHECK(merged.words == "存在的问题 + 下一步");
  CHECK(fz::read_part_name("2023年工作开展情况及2024年工作打算").also == Role::plans);
  CHECK(fz::read_part_name("存在问题情况").also == Role::other);  // …情况 belongs to the name
  // Weak words name a part only at the end, and plans' weak words only beside a year or 工作.
  CHECK(fz::read_part_name("2024年重点").role == Role::plans);
  CHECK(fz::read_part_name("立法计划").role == Role::other);
  CHECK(fz::read_part_name("工作中的不足").role == Role::shortcomings);
  // A verb-led heading reports work.
  CHECK(fz::read_part_name("着力解决群众反映的突出问题").role == Role::other);
  CHECK(fz::read_part_name("补齐短板弱项").role == Role::other);
  // Name-like: the heading is essentially the name.
  CHECK(fz::read_part_name("存在的问题").name_like);
  CHECK_FALSE(fz::read_part_name("行政执法方面存在的问题较多，群众反映强烈").name_like);
}
