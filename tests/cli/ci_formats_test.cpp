// What scripts and CI read, through the real binary: --format json is always an array (output.md);
// every record carries the sha256 of its input bytes and of its checklist; JUnit is written even
// when an input fails, with an <error> for it; SARIF carries the lints with their regions; GitLab
// Code Quality has every field the merge-request widget needs.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include <pugixml.hpp>

#include "engine/sha256.hpp"
#include "tests/support/files.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::Json;
using fz::test::parse_json;
using fz::test::run_cli;
using fz::test::source_path;
using fz::test::TempDir;

namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

std::string bytes_of(const std::string& relative) { return fz::test::read_file(source_path(relative)); }

}  // namespace

TEST_CASE("--format json is an array of report objects, for one report as for two") {
  auto one = parse_json(run_cli({"score", "reports/guanxian-2023.txt", "-f", "json"}).out);
  REQUIRE(one.type == Json::Type::array);
  CHECK(one.a.size() == 1);
  CHECK(one[0]["file"].s == "reports/guanxian-2023.txt");
  auto two = parse_json(
      run_cli({"score", "reports/guanxian-2023.txt", "reports/maojian-2022.txt", "-f", "json"}).out);
  REQUIRE(two.type == Json::Type::array);
  CHECK(two.a.size() == 2);
  // gate --format json too.
  auto gate = parse_json(run_cli({"gate", "reports/guanxian-2023.txt", "-f", "json"}).out);
  CHECK(gate.type == Json::Type::array);
}

TEST_CASE("provenance: sha256 of the input bytes and of the checklist text, in every record") {
  const std::string want_input = fz::sha256_hex(bytes_of("reports/maojian-2022.txt"));
  const std::string want_checklist = fz::sha256_hex(bytes_of("checklists/gangyao-2021.fz"));
  auto j = parse_json(run_cli({"score", "reports/maojian-2022.txt", "-f", "json"}).out);
  CHECK(j[0]["provenance"]["input_sha256"].s == want_input);
  CHECK(j[0]["provenance"]["checklist_sha256"].s == want_checklist);
  CHECK(want_input.size() == 64);
  // jsonl, and batch lines, and a .docx (the file's bytes, not its extracted text).
  auto line = parse_json(run_cli({"score", "reports/maojian-2022.txt", "-f", "jsonl"}).out);
  CHECK(line["provenance"]["input_sha256"].s == want_input);
  auto batch = parse_json(run_cli({"batch", "reports/maojian-2022.txt", "-o", "-"}).out);
  CHECK(batch["provenance"]["input_sha256"].s == want_input);
  CHECK(batch["provenance"]["checklist_sha256"].s == want_checklist);
  const std::string docx = "tests/fixtures/libreoffice/guanxian-2023.docx";
  auto d = parse_json(run_cli({"score", docx, "-f", "json"}).out);
  CHECK(d[0]["provenance"]["input_sha256"].s == fz::sha256_hex(bytes_of(docx)));
}

TEST_CASE("junit: written even when an input fails, with an <error> testcase naming it; exit 2") {
  TempDir dir("junit");
  std::string out = (dir / "j.xml").string();
  std::string missing = (dir / "missing.txt").string();
  auto r = run_cli({"gate", "reports/guanxian-2023.txt", missing, "-f", "junit", "-o", out});
  CHECK(r.exit_code == 2);
  REQUIRE(std::filesystem::exists(out));
  pugi::xml_document x;
  REQUIRE(x.load_file(out.c_str()));
  int suites = 0, errors = 0;
  for (pugi::xml_node s : x.child("testsuites").children("testsuite")) {
    ++suites;
    for (pugi::xml_node tc : s.children("testcase"))
      if (pugi::xml_node e = tc.child("error")) {
        ++errors;
        CHECK(std::string(tc.attribute("name").value()) == missing);
        CHECK(has(e.attribute("message").value(), "no such file"));
        CHECK(s.attribute("errors").as_int() == 1);
      }
  }
  CHECK(suites == 2);
  CHECK(errors == 1);
  // The human score in JUnit has one decimal.
  std::string score = x.select_node("//property[@name='score']").node().attribute("value").value();
  CHECK(score.size() == score.find('.') + 2);
  // json keeps the old rule: a failed run leaves no partial file.
  std::string js = (dir / "r.json").string();
  CHECK(run_cli({"gate", "reports/guanxian-2023.txt", missing, "-f", "json", "-o", js}).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(js));
}

TEST_CASE("sarif carries the lints with their regions, and failed inputs as notifications") {
  auto r = run_cli({"score", "reports/guanxian-2023.txt", "-f", "sarif"});
  REQUIRE(r.exit_code == 0);
  auto s = parse_json(r.out);
  const Json& run = s["runs"][0];
  bool lint = false;
  for (const Json& res : run["results"].a) {
    if (res["ruleId"].s != "lint/rate_over_100") continue;
    lint = true;
    const Json& region = res["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"].n == 78);
    CHECK(has(region["snippet"]["text"].s, "952%"));
    CHECK(region.has("byteOffset"));
    const Json& rule = run["tool"]["driver"]["rules"][static_cast<std::size_t>(res["ruleIndex"].n)];
    CHECK(rule["id"].s == "lint/rate_over_100");
  }
  CHECK(lint);
  for (const Json& rule : run["tool"]["driver"]["rules"].a) CHECK_FALSE(rule.has("helpText"));

  auto failed = run_cli({"score", "reports/guanxian-2023.txt", "nope.txt", "-f", "sarif"});
  CHECK(failed.exit_code == 2);
  auto f = parse_json(failed.out);
  const Json& inv = f["runs"][0]["invocations"][0];
  CHECK_FALSE(inv["executionSuccessful"].b);
  CHECK(has(inv["toolExecutionNotifications"][0]["message"]["text"].s, "nope.txt"));
}

TEST_CASE("codequality: GitLab's fields, stable unique fingerprints, the lint and failed inputs") {
  auto r = run_cli({"score", "reports/guanxian-2023.txt", "reports/zhongkai-2023-traditional.txt",
                    "nope.txt", "-f", "codequality"});
  CHECK(r.exit_code == 2);
  auto j = parse_json(r.out);
  REQUIRE(j.type == Json::Type::array);
  REQUIRE(j.a.size() > 3);
  const std::set<std::string> severities{"info", "minor", "major", "critical", "blocker"};
  std::set<std::string> fingerprints;
  bool lint = false, unreadable = false, required = false;
  for (const Json& i : j.a) {
    CHECK(!i["description"].s.empty());
    CHECK(!i["check_name"].s.empty());
    CHECK(severities.count(i["severity"].s));
    CHECK(!i["location"]["path"].s.empty());
    CHECK(i["location"]["lines"]["begin"].n >= 1);
    CHECK(fingerprints.insert(i["fingerprint"].s).second);
    lint |= i["check_name"].s == "fzscore/lint/rate_over_100" && i["location"]["lines"]["begin"].n == 78;
    unreadable |= i["severity"].s == "blocker" && i["location"]["path"].s == "nope.txt";
    required |= i["severity"].s == "major" && has(i["description"].s, "S2");
  }
  CHECK(lint);
  CHECK(unreadable);
  CHECK(required);  // zhongkai has no 存在不足 part
  // The same input gives the same fingerprints (GitLab compares them across pipelines).
  CHECK(run_cli({"score", "reports/guanxian-2023.txt", "reports/zhongkai-2023-traditional.txt",
                 "nope.txt", "-f", "codequality"})
            .out == r.out);
}
