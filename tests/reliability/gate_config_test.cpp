// The gate never passes wrongly because of its config (issue 18, cases 1, 2, 5 and the config
// items of 15): a statutory part cannot be demoted by `warn` or listed anywhere, a repeated key
// cannot hide a line, a date must exist, a `.fzscore.yaml` that is there but unreadable is an
// error, and an empty list of reports is a usage error. Through the real binary, on real reports.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "engine/match/gate.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;
namespace fs = std::filesystem;

namespace {

// zhongkai has no 存在的不足 part: S2 is missing, so its gate must fail (exit 1) or error (2).
const std::string kNoS2 = "reports/zhongkai-2023-traditional.txt";
const std::string kGood = "reports/guanxian-2023.txt";  // passes the default gate

void refused_at(const RunResult& r, const std::string& where, const std::string& what) {
  INFO("exit " << r.exit_code << ", stderr: " << r.err);
  CHECK(r.signal == 0);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(where) != std::string::npos);
  CHECK(r.err.find(what) != std::string::npos);
}

/// A copy of `report` in `dir`/`sub`, beside which a .fzscore.yaml can be put.
std::string copy_report(const TempDir& dir, const std::string& sub, const std::string& report) {
  return dir.file(sub + "/" + fs::path(report).filename().string(),
                  read_file(std::string(FZ_SOURCE_DIR) + "/" + report));
}

}  // namespace

TEST_CASE("gate config: `warn` or `required` naming a statutory part is refused like a waiver") {
  TempDir dir("statutory");
  // The red team's case: one line beside the report made zhongkai (no 存在的不足) exit 0.
  std::string report = copy_report(dir, "warn", kNoS2);
  std::string cfg = dir.file("warn/.fzscore.yaml", "warn: [S2]\n");
  RunResult r = run_fzscore({"gate", report});
  refused_at(r, cfg + ":1:8:", "S2 is a statutory part");
  CHECK(r.err.find("E202") != std::string::npos);

  std::string all = dir.file("all.yaml", "min_score: 0\nwarn:\n  - S1\n  - S3\n");
  refused_at(run_fzscore({"gate", kGood, "--config", all}),
             all + ":3:5:", "S1 is a statutory part");
  std::string req = dir.file("req.yaml", "required: [G15.1, S4]\n");
  refused_at(run_fzscore({"score", kGood, "--config", req}), req + ":1:19:", "`required`");
  // Other items may still be warned about.
  std::string fine = dir.file("fine.yaml", "warn: [G15.1]\n");
  CHECK(run_fzscore({"gate", kGood, "--config", fine}).exit_code == 0);
}

TEST_CASE("gate config: a key given twice anywhere is an error at the repetition") {
  TempDir dir("dupkeys");
  // `warn: []` first, the real line after: yaml-cpp keeps both, and the last one used to win.
  std::string cfg = dir.file("dup.yaml", "min_score: 60\nwarn: []\nrequired: []\nwarn: [G15.1]\n");
  refused_at(run_fzscore({"gate", kGood, "--config", cfg}),
             cfg + ":4:1:", "duplicate key `warn` (first on line 2)");
  std::string nested =
      dir.file("nested.yaml",
               "waivers:\n  - item: G07.1\n    reason: 无立法权\n    approver: 甲\n"
               "    expires: 2099-01-01\n    item: G15.1\n");
  refused_at(run_fzscore({"gate", kGood, "--config", nested}),
             nested + ":6:5:", "duplicate key `item`");
  // A flow mapping is a mapping too.
  std::string flow = dir.file("flow.yaml", "{min_score: 0, min_score: 99}\n");
  refused_at(run_fzscore({"gate", kGood, "--config", flow}), flow + ":1:16:", "duplicate key");
}

TEST_CASE(
    "gate config: a waiver's date must exist; an expired one says how to renew or remove it") {
  TempDir dir("dates");
  auto waiver = [&](const std::string& name, const std::string& date) {
    return dir.file(name,
                    "min_score: 0\nwaivers:\n  - item: G07.1\n    reason: 无立法权\n"
                    "    approver: 市司法局\n    expires: " +
                        date + "\n");
  };
  for (const char* bad : {"2027-02-31", "2025-04-31", "2026-02-29", "2025-1-011", "2025-01- 1"}) {
    std::string cfg = waiver(std::string("bad") + bad + ".yaml", bad);
    refused_at(run_fzscore({"gate", kGood, "--config", cfg}), cfg + ":6:14:", "a date that exists");
  }
  CHECK(run_fzscore({"gate", kGood, "--config", waiver("leap.yaml", "2096-02-29")}).exit_code == 0);

  std::string old = waiver("expired.yaml", "2024-02-29");
  RunResult r = run_fzscore({"gate", kGood, "--config", old});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("expired on 2024-02-29") != std::string::npos);
  CHECK(r.err.find("renew it") != std::string::npos);
  CHECK(r.err.find("remove it from " + old) != std::string::npos);
}

TEST_CASE("gate config: parse_gate_config checks every mapping and every date itself") {
  using fz::GateConfig;
  auto diags = [](const std::string& yaml) {
    auto r = fz::parse_gate_config(yaml, "c.yaml");
    auto* d = std::get_if<std::vector<fz::Diagnostic>>(&r);
    return d ? *d : std::vector<fz::Diagnostic>{};
  };
  CHECK(diags("min_score: 1\nmin_score: 2\n").at(0).line == 2);
  CHECK(diags("level: 市\nlevel: 县区\n").at(0).message.find("duplicate key `level`") == 0);
  CHECK(diags("waivers:\n - {item: A, reason: r, approver: a, expires: 2030-02-30}\n").size() == 1);
  CHECK(diags("waivers:\n - {item: A, reason: r, approver: a, expires: 2030-12-31}\n").empty());
  CHECK(diags("warn: [A]\nrequired: [B]\n").empty());  // different keys are fine
}

TEST_CASE("gate config: a 200 KB line is shown as a window around the error, not whole") {
  TempDir dir("longline");
  std::string cfg =
      dir.file("long.yaml", "required: []\nmin_score: " + std::string(200000, '9') + "x\n");
  RunResult r = run_fzscore({"gate", kGood, "--config", cfg});
  refused_at(r, cfg + ":2:12:", "min_score must be a number");
  CHECK(r.err.size() < 2000);  // it was 400 KB: the line and a caret line as long
  std::string late = dir.file("late.yaml", "required: [" + std::string(100000, ' ') + "G99]\n");
  RunResult l = run_fzscore({"gate", kGood, "--config", late});
  refused_at(l, late + ":1:100012:", "G99");
  CHECK(l.err.size() < 2000);
  CHECK(l.err.find("...") != std::string::npos);
  CHECK(l.err.find("^^^") != std::string::npos);
}

TEST_CASE("gate config: a .fzscore.yaml that exists but is no readable file is exit 2 naming it") {
  TempDir dir("cfgforms");
  // The strict config makes guanxian fail: falling back to the defaults would turn it into a pass.
  std::string strict = copy_report(dir, "strict", kGood);
  dir.file("strict/.fzscore.yaml", "min_score: 95\n");
  REQUIRE(run_fzscore({"gate", strict}).exit_code == 1);

  // A team config on a share that is not mounted: skipping it meant the defaults, a pass.
  std::string dangling = copy_report(dir, "dangling", kGood);
  fs::create_symlink("/nonexistent/mnt/team-gate.yaml", dir / "dangling/.fzscore.yaml");
  refused_at(run_fzscore({"gate", dangling}), (dir / "dangling/.fzscore.yaml").string(),
             "symbolic link to /nonexistent/mnt/team-gate.yaml");

  std::string in_dir = copy_report(dir, "cfgdir", kGood);
  fs::create_directories(dir / "cfgdir/.fzscore.yaml");
  refused_at(run_fzscore({"gate", in_dir}), (dir / "cfgdir/.fzscore.yaml").string(),
             "is a directory");

  std::string fifo = copy_report(dir, "cfgfifo", kGood);
  REQUIRE(::mkfifo((dir / "cfgfifo/.fzscore.yaml").c_str(), 0644) == 0);
  RunResult f = run_fzscore({"gate", fifo});  // refused without opening it: never blocks
  refused_at(f, (dir / "cfgfifo/.fzscore.yaml").string(), "not a regular file");
}

TEST_CASE("gate: no reports at all is a usage error, whichever way the list was given") {
  for (const std::string& input : {std::string(), std::string("\n\n\r\n")}) {
    for (const char* format : {"", "junit"}) {
      // `-` is report text on stdin; the list of reports comes from --files-from.
      std::vector<std::string> args{"gate", "--files-from", "-"};
      if (*format) args.insert(args.end(), {"--format", format});
      RunResult r = fz::test::run_cli(args, input);
      INFO("stdin \"" << input << "\" format " << format << ": " << r.err);
      CHECK(r.exit_code == 2);
      CHECK(r.out.empty());  // no empty <testsuites> for CI to read as "all passed"
      CHECK(r.err.find("no reports") != std::string::npos);
    }
  }
  // The same reports given through stdin still pass.
  CHECK(fz::test::run_cli({"gate", "--files-from", "-"}, kGood + "\n").exit_code == 0);
}

TEST_CASE("gate: --out without --format writes the text scorecards, never nothing") {
  TempDir dir("gateout");
  RunResult r = run_fzscore({"gate", kGood, "--out", (dir / "g.txt").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir / "g.txt").find("guanxian-2023.txt") != std::string::npos);
  CHECK(run_fzscore({"gate", kGood, "--format", "junit", "--out", (dir / "g.xml").string()})
            .exit_code == 0);
  CHECK(read_file(dir / "g.xml").find("<testsuites") != std::string::npos);
}
