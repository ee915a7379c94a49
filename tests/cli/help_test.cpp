// Help, options and names as users of ruff, ESLint or Vale expect them, through the real binary:
// every command answers --help with its options, their defaults and choices and the exit codes;
// short options work; a mistyped command, option or format gets the nearest right one; `items`
// lists a checklist's items; --explain takes a title fragment.
#include <doctest/doctest.h>

#include <string>

#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::parse_one_report;
using fz::test::run_cli;

namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("every command answers --help (and -h) with its options and the exit codes, exit 0") {
  for (const char* cmd :
       {"score", "gate", "gaps", "diff", "batch", "items", "check", "test", "text", "outline"}) {
    CAPTURE(cmd);
    for (const char* flag : {"--help", "-h"}) {
      auto r = run_cli({cmd, flag});
      CHECK(r.exit_code == 0);
      CHECK(has(r.out, "Exit codes:"));
      CHECK(has(r.out, "  2  usage error"));
      CHECK(r.err.empty());
    }
  }
  auto score = run_cli({"score", "--help"}).out;
  for (const char* option : {"-f,--format", "-o,--out", "-q,--quiet", "-v,--verbose", "-c,--checklist",
                             "--config", "--level", "--min-score", "--explain", "--files-from",
                             "--stdin-filename", "--color"})
    CHECK_MESSAGE(has(score, option), option);
  // Choices and defaults are listed.
  CHECK(has(score, "{text,json,jsonl,md,sarif,junit,codequality,html}"));
  CHECK(has(score, "=text"));
  CHECK(has(score, "{auto,always,never}"));
  CHECK(has(score, "=auto"));
  CHECK(has(score, "{省,市,县区,乡镇,部门}"));
  auto gate = run_cli({"gate", "-h"}).out;
  CHECK(has(gate, "  1  a report failed the gate"));
  auto batch = run_cli({"batch", "--help"}).out;
  CHECK(has(batch, "-j,--jobs"));
  CHECK(has(batch, "--resume"));
  // The top level lists the commands; --version and -V print the version.
  auto top = run_cli({"--help"});
  CHECK(top.exit_code == 0);
  for (const char* cmd : {"score", "gate", "gaps", "diff", "batch", "items"}) CHECK(has(top.out, cmd));
  CHECK(has(run_cli({"-V"}).out, "fzscore "));
  CHECK(run_cli({"--version"}).exit_code == 0);
  CHECK(run_cli({"help", "score"}).exit_code == 0);
}

TEST_CASE("short options -f -o -c -q -j work like the long ones") {
  auto lng = run_cli({"score", "reports/maojian-2022.txt", "--format", "json", "--checklist",
                      "checklists/gangyao-2021.fz"});
  auto shrt = run_cli({"score", "reports/maojian-2022.txt", "-f", "json", "-c",
                       "checklists/gangyao-2021.fz"});
  REQUIRE(lng.exit_code == 0);
  CHECK(shrt.out == lng.out);
  auto q = run_cli({"gate", "reports/guanxian-2023.txt", "-q"});
  CHECK(q.exit_code == 0);
  CHECK(q.err.empty());  // -q: nothing but failures
  auto j = run_cli({"batch", "reports/guanxian-2023.txt", "-o", "-", "-j", "1", "-q"});
  CHECK(j.exit_code == 0);
  CHECK(parse_one_report("[" + j.out + "]")["file"].s == "reports/guanxian-2023.txt");
}

TEST_CASE("a mistyped option, command or format says what was meant, exit 2") {
  auto opt = run_cli({"score", "reports/maojian-2022.txt", "--fromat", "json"});
  CHECK(opt.exit_code == 2);
  CHECK(has(opt.err, "unknown option --fromat (did you mean --format?)"));
  auto eq = run_cli({"gate", "reports/maojian-2022.txt", "--min-scor=70"});
  CHECK(eq.exit_code == 2);
  CHECK(has(eq.err, "did you mean --min-score?"));
  auto cmd = run_cli({"scroe", "reports/maojian-2022.txt"});
  CHECK(cmd.exit_code == 2);
  CHECK(has(cmd.err, "unknown command 'scroe' (did you mean score?)"));
  auto fmt = run_cli({"score", "reports/maojian-2022.txt", "-f", "jsno"});
  CHECK(fmt.exit_code == 2);
  CHECK(has(fmt.err, "jsno is not one of text, json, jsonl, md, sarif, junit, codequality, html"));
  CHECK(has(fmt.err, "(did you mean json?)"));
  auto level = run_cli({"score", "reports/maojian-2022.txt", "--level", "县"});
  CHECK(level.exit_code == 2);
  CHECK(has(level.err, "县区"));
  // Values are checked: NaN would pass or fail every gate.
  for (const char* bad : {"nan", "101", "-1", "abc", "inf"}) {
    CAPTURE(bad);
    auto m = run_cli({"gate", "reports/guanxian-2023.txt", "--min-score", bad});
    CHECK(m.exit_code == 2);
    CHECK(has(m.err, "not a number from 0 to 100"));
  }
  CHECK(run_cli({"batch", "reports", "-o", "/dev/null", "-j", "0"}).exit_code == 2);
  // No command at all: the usage, on stderr, exit 2.
  auto none = run_cli({});
  CHECK(none.exit_code == 2);
  CHECK(has(none.err, "score"));
}

TEST_CASE("items lists the ids and titles of a checklist; --explain takes a unique title fragment") {
  auto items = run_cli({"items"});
  REQUIRE(items.exit_code == 0);
  CHECK(has(items.out, "gangyao-2021"));
  CHECK(has(items.out, "G15.1"));
  CHECK(has(items.out, "行政执法“三项制度”"));
  auto old = run_cli({"items", "--checklist", "checklists/gangyao-2015.fz", "-f", "json"});
  REQUIRE(old.exit_code == 0);
  auto j = fz::test::parse_json(old.out);
  CHECK(j["checklist"]["id"].s == "gangyao-2015");
  CHECK(j["items"].a.size() > 20);
  CHECK(run_cli({"items", "--year", "2019"}).out.find("gangyao-2015") != std::string::npos);

  auto by_id = run_cli({"score", "reports/guanxian-2023.txt", "--explain", "G15.1"});
  auto by_title = run_cli({"score", "reports/guanxian-2023.txt", "--explain", "三项制度"});
  REQUIRE(by_id.exit_code == 0);
  CHECK(by_title.exit_code == 0);
  CHECK(by_title.out == by_id.out);
  // A fragment in several titles lists them; an unknown name suggests the nearest id.
  auto many = run_cli({"score", "reports/guanxian-2023.txt", "--explain", "行政"});
  CHECK(many.exit_code == 2);
  CHECK(has(many.err, "give one of their ids"));
  CHECK(has(many.err, "G15.1"));
  auto typo = run_cli({"score", "reports/guanxian-2023.txt", "--explain", "G15.l"});
  CHECK(typo.exit_code == 2);
  CHECK(has(typo.err, "did you mean G15.1?"));
}
