// Fail closed, through the CLI: every way a gate could be fooled into passing is exit 2 (an error
// naming the file, with line:col inside a checklist or config) or exit 1 (a failed gate) — never 0.
#include <doctest/doctest.h>

#include <string>

#include "tests/reliability/run.hpp"

using namespace fz::reliability;

namespace {

const std::string kReport = "reports/guanxian-2023.txt";

void error_naming(const RunResult& r, const std::string& what) {
  INFO("stderr: " << r.err);
  CHECK(r.signal == 0);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(what) != std::string::npos);
}

}  // namespace

TEST_CASE("fail closed: a checklist item with no rule (E008) is exit 2 for score and gate") {
  TempDir dir("e008");
  std::string bad = dir.file("bad.fz", read_file(std::string(FZ_SOURCE_DIR) + "/tests/fuzz/dsl_corpus/E008_no_rule.fz"));
  for (const char* cmd : {"score", "gate"}) {
    RunResult r = run_fzscore({cmd, kReport, "--checklist", bad});
    error_naming(r, bad + ":");
    CHECK(r.err.find("E008") != std::string::npos);
  }
}

TEST_CASE("fail closed: an unknown item id in the gate config is exit 2 naming file:line:col") {
  TempDir dir("cfg");
  std::string cfg = dir.file("gate.yaml", "min_score: 0\nrequired: [S1, G99.9]\n");
  for (const char* cmd : {"score", "gate"}) {
    RunResult r = run_fzscore({cmd, kReport, "--config", cfg});
    error_naming(r, cfg + ":2:16:");
    CHECK(r.err.find("G99.9") != std::string::npos);
  }
  // .fzscore.yaml found beside the report, not passed: the same.
  std::string report = dir.file("r/report.txt", read_file(std::string(FZ_SOURCE_DIR) + "/" + kReport));
  dir.file("r/.fzscore.yaml", "warn:\n  - NOPE\n");
  error_naming(run_fzscore({"gate", report}), (dir / "r/.fzscore.yaml").string() + ":2:5:");
}

TEST_CASE("fail closed: a waiver of a statutory part, a NaN threshold, a malformed config") {
  TempDir dir("cfg2");
  std::string s2 = dir.file("s2.yaml",
                            "waivers:\n  - item: S2\n    reason: x\n    approver: y\n    expires: 2099-01-01\n");
  error_naming(run_fzscore({"gate", kReport, "--config", s2}), s2 + ":2:11:");
  // .nan compares false with everything: accepted, it would have passed every score.
  std::string nan = dir.file("nan.yaml", "min_score: .nan\n");
  error_naming(run_fzscore({"gate", kReport, "--config", nan}), nan + ":1:12:");
  error_naming(run_fzscore({"gate", kReport, "--min-score", "nan"}), "--min-score");
  error_naming(run_fzscore({"gate", kReport, "--min-score", "-0.5"}), "--min-score");
  std::string broken = dir.file("broken.yaml", "required: [S1\n");
  error_naming(run_fzscore({"gate", kReport, "--config", broken}), broken + ":");
  error_naming(run_fzscore({"gate", kReport, "--config", (dir / "absent.yaml").string()}),
               (dir / "absent.yaml").string());
}

TEST_CASE("fail closed: a directory given as gate config or checklist is exit 2, not empty text") {
  // Read as text, a directory is empty: an empty gate config means "all defaults", which made
  // `gate --config DIR` exit 0 before read_file refused non-regular files.
  TempDir dir("dirs");
  dir.file("sub/x.txt", "x");
  const std::string d = (dir / "sub").string();
  error_naming(run_fzscore({"gate", kReport, "--config", d}), d + ": error: cannot read the gate config: is a directory");
  error_naming(run_fzscore({"score", kReport, "--checklist", d}), d + ": error: cannot read the checklist: is a directory");
  for (const char* cmd : {"check", "test"})
    error_naming(run_fzscore({cmd, d}), d + ": error: cannot read the checklist: is a directory");
}

TEST_CASE("fail closed: a report whose year cannot be determined is judged, and every output says how") {
  TempDir dir("year");
  std::string report = dir.file("noyear.txt",
                                "法治政府建设情况报告\n一、主要工作情况\n我们推进了行政执法三项制度。\n"
                                "二、存在的不足和原因\n法治宣传不够深入。\n");
  // Scored against the current 纲要 instead of refused (issue 13), with the warning in the output;
  // the gate still judges it (this draft fails: no plans part, few items).
  RunResult score = run_fzscore({"score", report});
  CHECK(score.exit_code == 0);
  CHECK(score.out.find("年度未写明，按2021-2025年纲要检查") != std::string::npos);
  RunResult gate = run_fzscore({"gate", report});
  CHECK(gate.exit_code == 1);
  CHECK(gate.err.find("年度未写明") != std::string::npos);
  CHECK(run_fzscore({"score", report, "--checklist", "checklists/gangyao-2021.fz"}).exit_code == 0);
}

TEST_CASE("fail closed: an expired waiver fails the gate (exit 1) and says so") {
  TempDir dir("waiver");
  std::string ok = dir.file("ok.yaml", "min_score: 0\n");
  REQUIRE(run_fzscore({"gate", kReport, "--config", ok}).exit_code == 0);
  std::string expired = dir.file("expired.yaml",
                                 "min_score: 0\nwaivers:\n  - item: G07.1\n    reason: 无立法权\n"
                                 "    approver: 市司法局\n    expires: 2001-01-01\n");
  RunResult r = run_fzscore({"gate", kReport, "--config", expired});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("expired") != std::string::npos);
  CHECK(r.err.find("G07.1") != std::string::npos);
}

TEST_CASE("fail closed: one bad report among good ones makes the whole gate exit 2") {
  TempDir dir("mixed");
  std::string empty = dir.file("empty.txt", "");
  RunResult r = run_fzscore({"gate", kReport, empty, "--min-score", "0"});
  error_naming(r, empty);
}
