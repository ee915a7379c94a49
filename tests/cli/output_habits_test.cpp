// Output habits, through the real binary: gate's one summary line, --quiet (only failures) and
// --verbose, --color with NO_COLOR / FORCE_COLOR, and one score precision in every human output
// (one decimal) with full precision in JSON.
#include <doctest/doctest.h>

#include <cmath>
#include <regex>
#include <string>

#include <fmt/format.h>

#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::CliSetup;
using fz::test::parse_one_report;
using fz::test::run_cli;

namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

const std::string kPass = "reports/guanxian-2023.txt";
const std::string kFail = "reports/zhongkai-2023-traditional.txt";

}  // namespace

TEST_CASE("gate ends with one summary line on stderr") {
  auto r = run_cli({"gate", kPass, kFail, "nope.txt"});
  CHECK(r.exit_code == 2);
  CHECK(has(r.err, "\n3 份报告：通过 1，未通过 1，读取失败 1\n"));
  auto ok = run_cli({"gate", kPass});
  CHECK(ok.err.size() >= 1);
  CHECK(ok.err.substr(ok.err.rfind('\n', ok.err.size() - 2) + 1) == "1 份报告：通过 1，未通过 0，读取失败 0\n");
}

TEST_CASE("--quiet prints only failures; --verbose says which checklist and config were used") {
  auto q = run_cli({"gate", kPass, kFail, "-q"});
  CHECK(q.exit_code == 1);
  CHECK_FALSE(has(q.err, "PASS"));
  CHECK_FALSE(has(q.err, "份报告"));
  CHECK(has(q.err, kFail + ": FAIL"));
  CHECK(has(q.err, "S2"));
  auto qt = run_cli({"score", kPass, "-q"});
  auto full = run_cli({"score", kPass});
  CHECK(qt.out.size() < full.out.size());
  CHECK_FALSE(has(qt.out, "✔"));  // no met items
  CHECK(has(full.out, "✔"));
  auto v = run_cli({"gate", kPass, "-v"});
  CHECK(has(v.err, kPass + ": checklist "));
  CHECK(has(v.err, "gangyao-2021.fz (sha256 "));
  CHECK(has(v.err, "input sha256 "));
  CHECK(run_cli({"gate", kPass, "-q", "-v"}).exit_code == 2);  // one or the other
}

TEST_CASE("--color always/never, FORCE_COLOR, and NO_COLOR only when not empty") {
  auto run = [](const std::vector<std::string>& args,
                std::vector<std::pair<std::string, std::optional<std::string>>> env) {
    return run_cli(args, CliSetup{"", "", "", std::move(env)}).out.find("\033[") != std::string::npos;
  };
  using E = std::vector<std::pair<std::string, std::optional<std::string>>>;
  const E clean{{"NO_COLOR", std::nullopt}, {"FORCE_COLOR", std::nullopt}};
  // stdout is a file here, so auto means no colour...
  CHECK_FALSE(run({"score", kPass}, clean));
  CHECK(run({"score", kPass, "--color", "always"}, clean));
  CHECK(run({"score", kPass, "--color=always"}, {{"NO_COLOR", "1"}, {"FORCE_COLOR", std::nullopt}}));
  // ...unless FORCE_COLOR is set (and not 0), which --color never still beats.
  CHECK(run({"score", kPass}, {{"FORCE_COLOR", "1"}, {"NO_COLOR", std::nullopt}}));
  CHECK_FALSE(run({"score", kPass}, {{"FORCE_COLOR", "0"}, {"NO_COLOR", std::nullopt}}));
  CHECK_FALSE(run({"score", kPass, "--color", "never"}, {{"FORCE_COLOR", "1"}, {"NO_COLOR", std::nullopt}}));
  // gate's PASS/FAIL lines on stderr follow the same rule.
  auto g = run_cli({"gate", kPass, "--color", "always"});
  CHECK(has(g.err, "\033[32mPASS\033[0m"));
  CHECK(run_cli({"score", kPass, "--color", "sometimes"}).exit_code == 2);
}

TEST_CASE("one decimal in every human output, full precision in JSON") {
  auto card = parse_one_report(run_cli({"score", kPass, "-f", "json"}).out);
  double score = card["score"].n;
  std::string shown = fmt::format("{:.1f}", score);
  // JSON keeps what rounding would lose (this report's score is not a multiple of 0.1).
  CHECK(std::fabs(score * 10 - std::round(score * 10)) > 1e-9);
  CHECK(has(run_cli({"score", kPass}).out, "得分 " + shown + " / 100"));
  CHECK(has(run_cli({"score", kPass, "-f", "md"}).out, "**" + shown + "**"));
  CHECK(has(run_cli({"gate", kPass}).err, kPass + ": PASS (score " + shown + ")"));
  CHECK(has(run_cli({"score", kPass, "-f", "junit"}).out, "name=\"score\" value=\"" + shown + "\""));
  // No human output shows a score with two or more decimals.
  std::regex two_decimals("(score|得分) [0-9]+\\.[0-9]{2}");
  CHECK_FALSE(std::regex_search(run_cli({"gate", kPass, kFail}).err, two_decimals));
  CHECK_FALSE(std::regex_search(run_cli({"score", kPass}).out, two_decimals));
}
