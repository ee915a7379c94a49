// Statutory parts need content (issue 18, case 3): the 督察工作规定 asks a report for its
// shortcomings and their causes, the leaders' duty and next year's plan. A bare heading, or
// "无。" under it, shows none of them, so S2, S3 and S4 stay missing and the gate keeps failing.
#include <doctest/doctest.h>

#include <string>

#include "tests/reliability/run.hpp"
#include "tests/support/json.hpp"

using namespace fz::reliability;

namespace {

/// The state of `item` in `fzscore score FILE --format json`.
std::string state_of(const std::string& file, const std::string& item) {
  RunResult r = run_fzscore({"score", file, "--format", "json"});
  INFO("stderr: " << r.err);
  REQUIRE(r.exit_code == 0);
  auto j = fz::test::parse_json(r.out);
  const auto& card = j.type == fz::test::Json::Type::array ? j[0] : j;
  for (const auto& it : card["items"].a)
    if (it["id"].s == item) return it["state"].s;
  FAIL("no item " << item);
  return {};
}

int gate(const std::string& file) {
  RunResult r = run_fzscore({"gate", file});
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.signal == 0);
  return r.exit_code;
}

}  // namespace

TEST_CASE("statutory content: an empty 存在的不足 part, or one saying 無。, does not satisfy S2") {
  TempDir dir("s2");
  const std::string base = sample("zhongkai-2023-traditional.txt");  // no shortcomings part
  std::string plain = dir.file("plain.txt", base);
  REQUIRE(state_of(plain, "S2") == "missing");
  REQUIRE(gate(plain) == 1);

  // The red-team cases: a bare heading, and a heading with "無。" (or a denial) under it.
  for (const char* tail : {"\n二、存在的不足和原因\n", "\n二、存在的不足和原因\n無。\n",
                           "\n二、存在的不足和原因\n本年度無明顯不足。\n"}) {
    CAPTURE(tail);
    std::string f = dir.file("gamed.txt", base + tail);
    CHECK(state_of(f, "S2") == "missing");
    CHECK(gate(f) == 1);
  }
  // A part that names a shortcoming satisfies S2 (the control: the rule is not simply off).
  std::string real = dir.file("real.txt", base + "\n二、存在的不足和原因\n部分單位運用法治思維解決問題的能力有待提高。\n");
  CHECK(state_of(real, "S2") == "met");
}

TEST_CASE("statutory content: a duty or plan part with only its heading or 无。 is not S3 / S4") {
  TempDir dir("s34");
  const std::string head = "某区2023年法治政府建设情况报告\n一、2023年主要举措和成效\n"
                           "全面落实行政执法“三项制度”，公示执法信息1200条。\n";
  const std::string duty = "二、党政主要负责人履行推进法治建设第一责任人职责情况\n";
  const std::string plans = "三、2024年工作安排\n";
  const std::string done = "区政府主要负责人主持召开常务会议专题研究法治政府建设3次。\n";
  const std::string plan = "深化行政执法体制改革，推进严格规范公正文明执法。\n";
  std::string full = dir.file("full.txt", head + duty + done + plans + plan);
  CHECK(state_of(full, "S3") == "met");
  CHECK(state_of(full, "S4") == "met");
  std::string bare = dir.file("bare.txt", head + duty + plans);
  CHECK(state_of(bare, "S3") == "missing");
  CHECK(state_of(bare, "S4") == "missing");
  std::string none = dir.file("none.txt", head + duty + "无。\n" + plans + "无。\n");
  CHECK(state_of(none, "S3") == "missing");
  CHECK(state_of(none, "S4") == "missing");
  // A duty part that only promises (a future sentence) reports no duty performed: at most planned.
  std::string promise = dir.file("promise.txt", head + duty + "下一步将继续履行第一责任人职责。\n" + plans + plan);
  CHECK(state_of(promise, "S3") != "met");
}
