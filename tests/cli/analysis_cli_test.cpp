// What drafters and reviewers do after the score (issue 6), on the real sample reports: the gap
// list for 存在不足, the year-over-year diff, key figures and consistency lints.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::Json;
using fz::test::parse_json;
using fz::test::parse_one_report;
using fz::test::run_cli;

namespace {

std::map<std::string, std::string> gap_status(const Json& gaps) {
  std::map<std::string, std::string> out;
  for (const auto& g : gaps["groups"].a)
    for (const auto& x : g["gaps"].a) out[x["id"].s] = x["status"].s;
  return out;
}

const Json* figure(const Json& card, const std::string& id) {
  for (const auto& f : card["figures"].a)
    if (f["id"].s == id) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("gaps for a report with no shortcomings part: every gap is one the report does not mention") {
  auto r = run_cli({"gaps", "reports/zhongkai-2023-traditional.txt", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = parse_json(r.out);
  CHECK(j["summary"]["acknowledged"].n == 0);
  auto status = gap_status(j);
  for (const auto& entry : status) CHECK_MESSAGE(entry.second != "报告已自查", entry.first);
  CHECK(status["S2"] == "报告未涉及或未写明");
  auto md = run_cli({"gaps", "reports/zhongkai-2023-traditional.txt", "--style", "memo"});
  CHECK(md.exit_code == 0);
  CHECK(md.out.find("存在的不足和原因［S2］") != std::string::npos);
  CHECK(md.out.find("## 一、报告未涉及或未写明") != std::string::npos);
}

TEST_CASE("gaps for maojian-2022 separate what its shortcomings part admits from what it omits") {
  auto r = run_cli({"gaps", "reports/maojian-2022.txt", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto status = gap_status(parse_json(r.out));
  // Its 存在不足 part names the decision procedures and the enforcement staff's skills.
  CHECK(status["G11.2"] == "报告已自查");
  CHECK(status["G13.2"] == "报告已自查");
  // The decision catalogue appears only as next year's plan: a gap the report does not admit.
  CHECK(status["G11.1"] == "仅列入下一年度计划");
  CHECK(status.count("S2") == 0);  // it has the part
  CHECK(status.count("G09.1") == 0);  // met with figures
  auto text = run_cli({"gaps", "reports/maojian-2022.txt", "--style", "memo", "--format", "text"});
  CHECK(text.out.find("、报告已自查（") != std::string::npos);
}

TEST_CASE("diff of two years: items gained and lost, score change per part") {
  auto r = run_cli({"diff", "reports/maojian-2022.txt", "reports/guanxian-2023.txt", "--format",
                    "json"});
  REQUIRE(r.exit_code == 0);
  auto j = parse_json(r.out);
  CHECK(j["new"]["score"].n > j["old"]["score"].n);
  std::set<std::string> gained;
  for (const auto& c : j["gained"].a) gained.insert(c["id"].s);
  CHECK(gained.count("G05.3"));  // 双随机一公开 only in the newer report
  CHECK(gained.count("G11.1"));  // planned in 2022, done in 2023
  CHECK(j["parts"].a.size() >= 10);
}

TEST_CASE("diff: moving paragraphs is no change, rewording a sentence is") {
  std::ifstream in(fz::test::source_path("reports/maojian-2022.txt"), std::ios::binary);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  // Swap two paragraphs of the achievements part (lines 37 and 39, 1-based).
  std::vector<std::string> moved = lines;
  std::swap(moved[36], moved[38]);
  std::string moved_path = "/tmp/fzscore-diff-moved.txt";
  {
    std::ofstream out(moved_path, std::ios::binary);
    for (const auto& l : moved) out << l << "\n";
  }
  auto same = parse_json(
      run_cli({"diff", "reports/maojian-2022.txt", moved_path, "--format", "json"}).out);
  CHECK(same["gained"].a.empty());
  CHECK(same["lost"].a.empty());
  CHECK(same["changed"].a.empty());
  CHECK(same["reworded"].a.empty());
  CHECK(same["unchanged"].n == 59);

  std::vector<std::string> reworded = lines;
  auto at = reworded[38].find("废止4件");
  REQUIRE(at != std::string::npos);
  reworded[38].replace(at, std::string("废止4件").size(), "废止5件");
  std::string reworded_path = "/tmp/fzscore-diff-reworded.txt";
  {
    std::ofstream out(reworded_path, std::ios::binary);
    for (const auto& l : reworded) out << l << "\n";
  }
  auto diff = parse_json(
      run_cli({"diff", "reports/maojian-2022.txt", reworded_path, "--format", "json"}).out);
  std::set<std::string> ids;
  for (const auto& c : diff["reworded"].a) ids.insert(c["id"].s);
  CHECK(ids.count("G09.3"));
  std::remove(moved_path.c_str());
  std::remove(reworded_path.c_str());
}

TEST_CASE("key figures of guanxian-2023 and zhongkai-2023, checked against the text") {
  auto g = parse_one_report(run_cli({"score", "reports/guanxian-2023.txt", "--format", "json"}).out);
  REQUIRE(figure(g, "fuyi_received"));
  CHECK(figure(g, "fuyi_received")->operator[]("value").n == 91);
  CHECK(figure(g, "fuyi_accepted")->operator[]("value").n == 73);
  CHECK(figure(g, "fuyi_corrected")->operator[]("value").n == 3);
  CHECK(figure(g, "susong_cases")->operator[]("value").n == 111);
  CHECK(figure(g, "zhifa_holders")->operator[]("value").n == 863);
  // Each figure's sentence quote contains the figure as written.
  for (const auto& f : g["figures"].a) CHECK(f["quote"].s.find(f["text"].s) != std::string::npos);

  auto z = parse_one_report(
      run_cli({"score", "reports/zhongkai-2023-traditional.txt", "--format", "json"}).out);
  REQUIRE(figure(z, "fuyi_received"));
  CHECK(figure(z, "fuyi_received")->operator[]("value").n == 179);
  CHECK(figure(z, "fuyi_accepted")->operator[]("value").n == 164);
  CHECK(figure(z, "fuyi_correction_rate")->operator[]("value").n == doctest::Approx(34.24));
  CHECK(figure(z, "yingsu_rate")->operator[]("value").n == 100);
  CHECK(figure(z, "tiaojie_success_rate")->operator[]("value").n == doctest::Approx(98.2));
  // The quote is the traditional original (evidence points at the input, not the normalised text).
  CHECK(figure(z, "fuyi_received")->operator[]("quote").s.find("行政復議") != std::string::npos);
}

TEST_CASE("the 952% lint on guanxian-2023, and none on a consistent report") {
  auto g = parse_one_report(run_cli({"score", "reports/guanxian-2023.txt", "--format", "json"}).out);
  bool found = false;
  for (const auto& l : g["lints"].a)
    if (l["code"].s == "rate_over_100" && l["quote"].s.find("952%") != std::string::npos)
      found = true;
  CHECK(found);
  auto z = parse_one_report(
      run_cli({"score", "reports/zhongkai-2023-traditional.txt", "--format", "json"}).out);
  CHECK(z["lints"].a.empty());
  auto text = run_cli({"score", "reports/guanxian-2023.txt"});
  CHECK(text.out.find("952%") != std::string::npos);
}
