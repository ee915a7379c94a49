// The command line as CI jobs and other programs see it (shared/spec/output.md): exit codes,
// messages that name the file, and the JSON fields other programs read. Runs the real binary on
// the real sample reports.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::parse_json;
using fz::test::parse_one_report;
using fz::test::run_cli;
using fz::test::source_path;

namespace {

std::string file_bytes(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("gate fails a report with no 存在不足 part and names S2") {
  auto r = run_cli({"gate", "reports/zhongkai-2023-traditional.txt"});
  CHECK(r.exit_code == 1);
  CHECK((r.out + r.err).find("S2") != std::string::npos);
  CHECK((r.out + r.err).find("存在的不足和原因") != std::string::npos);
}

TEST_CASE("gate exit code does not depend on the output format") {
  for (const char* format : {"text", "json", "sarif", "junit"}) {
    CAPTURE(format);
    auto r = run_cli({"gate", "reports/zhongkai-2023-traditional.txt", "--format", format});
    CHECK(r.exit_code == 1);
  }
}

TEST_CASE("gate passes a complete report and fails it under a higher threshold") {
  auto pass = run_cli({"gate", "reports/guanxian-2023.txt"});
  CHECK(pass.exit_code == 0);
  auto fail = run_cli({"gate", "reports/guanxian-2023.txt", "--min-score", "99"});
  CHECK(fail.exit_code == 1);
}

TEST_CASE("a missing file and a binary file exit 2 with a message naming them") {
  auto missing = run_cli({"gate", "reports/no-such-report.txt"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("reports/no-such-report.txt") != std::string::npos);

  std::string bin = "/tmp/fzscore-cli-binary.txt";
  {
    std::ofstream out(bin, std::ios::binary);
    out << std::string("ELF\0\0\x01\x02\xff\xfe binary", 16);
  }
  auto binary = run_cli({"score", bin});
  CHECK(binary.exit_code == 2);
  CHECK(binary.err.find(bin) != std::string::npos);
  std::remove(bin.c_str());
}

TEST_CASE("usage errors exit 2") {
  CHECK(run_cli({}).exit_code == 2);
  CHECK(run_cli({"frobnicate"}).exit_code == 2);
  CHECK(run_cli({"score", "reports/maojian-2022.txt", "--no-such-flag"}).exit_code == 2);
  CHECK(run_cli({"score", "reports/maojian-2022.txt", "--format", "pdf"}).exit_code == 2);
}

TEST_CASE("score --format json follows output.md and quotes the input bytes exactly") {
  auto r = run_cli({"score", "reports/maojian-2022.txt", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  auto j = parse_one_report(r.out);
  CHECK(j["file"].s == "reports/maojian-2022.txt");
  CHECK(j["checklist"]["id"].s == "gangyao-2021");
  CHECK(j["meta"]["year"].n == 2022);
  CHECK(j["meta"]["published"].s == "2023-03-27");
  CHECK(j["score"].n >= 0);
  CHECK(j["score"].n <= 100);
  CHECK(j["passed"].type == fz::test::Json::Type::boolean);
  const std::string input = file_bytes("reports/maojian-2022.txt");
  const std::set<std::string> states{"met", "acknowledged", "planned", "missing", "n/a"};
  const std::set<std::string> roles{"achievements", "duty", "shortcomings", "plans", "other"};
  std::set<std::string> ids;
  std::size_t quotes = 0;
  for (const auto& item : j["items"].a) {
    ids.insert(item["id"].s);
    CHECK(states.count(item["state"].s));
    CHECK(item.has("title"));
    CHECK(item.has("part"));
    CHECK(item.has("quantified"));
    CHECK(item.has("required"));
    CHECK(item.has("weight"));
    CHECK(item.has("points"));
    for (const auto& ev : item["evidence"].a) {
      auto start = static_cast<std::size_t>(ev["start"].n);
      auto end = static_cast<std::size_t>(ev["end"].n);
      REQUIRE(end <= input.size());
      CHECK(ev["quote"].s == input.substr(start, end - start));
      CHECK(ev["line"].n >= 1);
      CHECK(ev["column"].n >= 1);
      CHECK(roles.count(ev["role"].s));
      CHECK(ev.has("section"));
      ++quotes;
    }
  }
  CHECK(ids.size() == 59);
  CHECK(ids.count("G15.1"));
  CHECK(quotes > 30);
}

TEST_CASE("the checklist is chosen by report year") {
  auto old = parse_one_report(run_cli({"score", "reports/longhua-2019.txt", "--format", "json"}).out);
  CHECK(old["checklist"]["id"].s == "gangyao-2015");
  auto recent = parse_one_report(run_cli({"score", "reports/guanxian-2023.txt", "--format", "json"}).out);
  CHECK(recent["checklist"]["id"].s == "gangyao-2021");
}

TEST_CASE("a report with no detectable year is an error unless a checklist is named") {
  std::string path = "/tmp/fzscore-cli-noyear.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "一、主要工作情况\n全面落实行政执法三项制度。\n二、存在的不足\n执法人员素质有待提高。\n";
  }
  auto r = run_cli({"score", path});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(path) != std::string::npos);
  auto named = run_cli({"score", path, "--checklist", "checklists/gangyao-2021.fz"});
  CHECK(named.exit_code == 0);
  std::remove(path.c_str());
}

TEST_CASE("check reports a broken checklist at file:line:col and exits 2") {
  std::string path = "/tmp/fzscore-cli-broken.fz";
  {
    std::ofstream out(path, std::ios::binary);
    out << "checklist \"x\" {\n  title \"标题\"\n  basis \"纲要\"\n  years 2021 .. 2025\n}\n"
           "hedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\n"
           "part \"一\" \"部分\" weight 100 {\n  item \"A1\" \"条目\" {\n    basis \"纲要（一）\"\n"
           "    match any(nosuchterm)\n  }\n}\n";
  }
  auto r = run_cli({"check", path});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(path + ":12:15:") != std::string::npos);
  CHECK(r.err.find("nosuchterm") != std::string::npos);
  std::remove(path.c_str());
}

TEST_CASE("the shipped checklists lint clean and their examples pass") {
  auto check = run_cli({"check", "--catalogue", "../shared/spec/items.yaml",
                        "checklists/gangyao-2021.fz", "checklists/gangyao-2015.fz"});
  CHECK(check.exit_code == 0);
  auto test = run_cli({"test", "checklists/gangyao-2021.fz", "checklists/gangyao-2015.fz"});
  CHECK(test.exit_code == 0);
  CHECK(test.out.find(" 0 failed") != std::string::npos);
}
