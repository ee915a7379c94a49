// The reviewer's command line (issue 17): batch's summary line and dashboard path on stderr, the
// --csv export beside the JSON Lines, and diff's warning when two reports are not comparable.
// The dashboard itself is checked in Chromium (tests/browser/check_html.py).
#include <doctest/doctest.h>

#include <cmath>
#include <regex>
#include <sstream>

#include "tests/support/files.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::parse_json;
using fz::test::run_cli;

namespace {

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (std::size_t end; (end = s.find(sep, at)) != std::string::npos; at = end + sep.size())
    out.push_back(s.substr(at, end - at));
  if (at < s.size()) out.push_back(s.substr(at));
  return out;
}

}  // namespace

TEST_CASE("batch: one summary line with gate's wording, then the dashboard; --csv beside the JSON") {
  fz::test::TempDir t("fzdash");
  std::string out = (t / "r.jsonl").string(), csv = (t / "r.csv").string(), html = (t / "dash").string();
  auto r = run_cli({"batch", "reports/guanxian-2023.txt", "reports/maojian-2022.txt", "nope.txt",
                    "--out", out, "--html", html, "--csv", csv, "--jobs", "2"});
  CHECK(r.exit_code == 2);  // one input failed
  auto results = split(fz::test::read_file(out), "\n");
  REQUIRE(results.size() == 3);
  int passed = 0;
  double sum = 0;
  for (int i = 0; i < 2; ++i) {
    auto j = parse_json(results[static_cast<std::size_t>(i)]);
    passed += j["passed"].b;
    sum += j["score"].n;
  }
  std::smatch m;
  std::regex line("3 份报告：评分 2（通过 (\\d)，未通过 (\\d)），读取失败 1，平均分 (\\d+\\.\\d)\n"
                  "总览：(.*)/index.html\n$");
  REQUIRE_MESSAGE(std::regex_search(r.err, m, line), r.err);
  CHECK(std::stoi(m[1]) == passed);
  CHECK(std::stoi(m[2]) == 2 - passed);
  CHECK(std::abs(std::stod(m[3]) - sum / 2) <= 0.051);
  CHECK(m[4] == html);

  std::string table = fz::test::read_file(csv);
  REQUIRE(table.rfind("\xEF\xBB\xBF", 0) == 0);
  auto rows = split(table.substr(3), "\r\n");
  REQUIRE(rows.size() == 4);  // header and one row per input, in input order
  CHECK(rows[0].rfind("file,title,issuer,year,level,checklist,score,passed,duplicate_of,error,", 0) == 0);
  CHECK(rows[1].rfind("reports/guanxian-2023.txt,", 0) == 0);
  CHECK(rows[2].rfind("reports/maojian-2022.txt,", 0) == 0);
  CHECK(rows[3].rfind("nope.txt,,,,,,,,,", 0) == 0);
}

TEST_CASE("batch without --html: the summary line alone") {
  fz::test::TempDir t("fzdash");
  auto r = run_cli({"batch", "reports/guanxian-2023.txt", "reports/maojian-2022.txt", "--out",
                    (t / "r.jsonl").string()});
  CHECK(r.exit_code == 0);
  CHECK(std::regex_match(r.err, std::regex("2 份报告：评分 2（通过 [012]，未通过 [012]），读取失败 0，平均分 \\d+\\.\\d\n")));
  // --resume over a finished run keeps every line without scoring: the same counts and mean
  auto again = run_cli({"batch", "reports/guanxian-2023.txt", "reports/maojian-2022.txt", "--out",
                        (t / "r.jsonl").string(), "--resume"});
  CHECK(again.exit_code == 0);
  CHECK(again.err == r.err);
}

TEST_CASE("diff warns when the issuers or the checklists differ, and not for one unit") {
  // 茅箭区 2022 against 冠县 2023: two governments
  auto r = run_cli({"diff", "reports/maojian-2022.txt", "reports/guanxian-2023.txt"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("注意：两份报告的发布单位不同") != std::string::npos);
  CHECK(r.out.rfind("注意：两份报告的发布单位不同", 0) == 0);  // first in the output too
  auto j = parse_json(run_cli({"diff", "reports/maojian-2022.txt", "reports/guanxian-2023.txt",
                               "--format", "json"}).out);
  REQUIRE(j["warnings"].a.size() == 1);
  CHECK(j["old"]["issuer"].s != j["new"]["issuer"].s);
  CHECK(j["old"]["checklist"].s == j["new"]["checklist"].s);
  auto md = run_cli({"diff", "reports/maojian-2022.txt", "reports/guanxian-2023.txt", "--format", "md"});
  CHECK(md.out.find("> **注意**：两份报告的发布单位不同") != std::string::npos);

  // 顺河 2020 (纲要 2015-2020) against 茅箭 2022 (纲要 2021-2025): both warnings
  auto both = parse_json(run_cli({"diff", "reports/shunhe-2020.txt", "reports/maojian-2022.txt",
                                  "--format", "json"}).out);
  REQUIRE(both["warnings"].a.size() == 2);
  CHECK(both["warnings"][1].s.find("不同的检查清单") != std::string::npos);

  // the same unit (a report against itself): no warning
  auto same = run_cli({"diff", "reports/maojian-2022.txt", "reports/maojian-2022.txt"});
  CHECK(same.err.find("注意") == std::string::npos);
  CHECK(same.out.find("注意") == std::string::npos);
  CHECK(parse_json(run_cli({"diff", "reports/maojian-2022.txt", "reports/maojian-2022.txt", "--format",
                            "json"}).out)["warnings"].a.empty());
}
