// Checklists that are hostile in size or bytes (issue 18, case 13 and the checklist item of 15):
// 60 000 chained `term` references crashed check, test and --checklist with a stack overflow
// (SIGSEGV); now the nesting limit is E026 and neither check nor compile recurses per reference.
// A title that is not UTF-8 is E027 instead of invalid JSON later.
#include <doctest/doctest.h>

#include <string>

#include "dsl/load.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;

namespace {

/// A complete checklist whose only item matches through a chain of `n` terms: tN = tN-1, …,
/// t0 = "执法". `title` is the checklist's title.
std::string chain_checklist(int n, const std::string& title = "chain") {
  std::string s = "checklist \"t\" {\n  title \"" + title +
                  "\"\n  basis \"b\"\n  years 2021 .. 2099\n}\n"
                  "hedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\nterm t0 = \"执法监督\"\n";
  for (int i = 1; i < n; ++i)
    s += "term t" + std::to_string(i) + " = t" + std::to_string(i - 1) + "\n";
  s += "part \"一\" \"p\" weight 100 {\n  item \"A1\" \"i\" {\n    basis \"b\"\n    match t" +
       std::to_string(n - 1) + "\n    example met \"我们加强了执法监督工作。\"\n  }\n}\n";
  return s;
}

}  // namespace

TEST_CASE("dsl limits: 60 000 chained terms are E026 for check, test and --checklist, never a crash") {
  TempDir dir("chain");
  std::string deep = dir.file("chain60000.fz", chain_checklist(60000));
  for (std::vector<std::string> args :
       {std::vector<std::string>{"check", deep}, {"test", deep},
        {"score", "reports/guanxian-2023.txt", "--checklist", deep}}) {
    RunResult r = run_fzscore(args);
    INFO(args[0] << ": " << r.err.substr(0, 600));
    CHECK(r.signal == 0);  // SIGSEGV (139) in dsl/check.cpp before
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(deep + ":") != std::string::npos);
    CHECK(r.err.find("E026") != std::string::npos);
    CHECK(r.err.find("at most 64") != std::string::npos);
    CHECK(r.err.size() < 4000);  // one error, not one per term
  }
  // At the limit a chain is fine, and it matches through all 64 terms.
  std::string ok = dir.file("chain64.fz", chain_checklist(64));
  RunResult c = run_fzscore({"check", ok});
  INFO(c.err);
  CHECK(c.exit_code == 0);
  RunResult t = run_fzscore({"test", ok});
  CHECK(t.exit_code == 0);
  CHECK(t.out.find("1 examples, 1 passed") != std::string::npos);
  CHECK(run_fzscore({"check", dir.file("chain65.fz", chain_checklist(65))}).exit_code == 2);
}

TEST_CASE("dsl limits: the deep chain in memory: E026 names the chain, and a cycle is still E017") {
  fz::Source src("chain.fz", chain_checklist(60000));
  fz::dsl::LoadResult r = fz::dsl::load_checklist(src);
  CHECK_FALSE(r.plan);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "E026");
  CHECK(r.diagnostics[0].line == 73);  // `term t64 = t63`: the first term past the limit
  CHECK(r.diagnostics[0].message.find("t64 → t63 → t62 → … → t0") != std::string::npos);

  std::string cyc = chain_checklist(70000);
  const std::string first = "term t0 = \"执法监督\"";
  cyc.replace(cyc.find(first), first.size(), "term t0 = t69999");
  fz::dsl::LoadResult rc = fz::dsl::load_checklist(fz::Source("cycle.fz", cyc));
  CHECK_FALSE(rc.plan);
  bool cycle = false;
  for (const auto& d : rc.diagnostics) cycle = cycle || d.code == "E017";
  CHECK(cycle);
}

TEST_CASE("dsl limits: bytes that are not UTF-8 in a checklist are E027 at the byte") {
  TempDir dir("nonutf8fz");
  std::string bad = dir.file("bad.fz", chain_checklist(2, "标题\xff\xfe"));
  RunResult r = run_fzscore({"check", bad});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(bad + ":2:12: error[E027]: byte 0xFF is not UTF-8") != std::string::npos);
  CHECK(run_fzscore({"score", "reports/guanxian-2023.txt", "--checklist", bad}).exit_code == 2);
  CHECK(run_fzscore({"check", dir.file("good.fz", chain_checklist(2, "标题"))}).exit_code == 0);
}
