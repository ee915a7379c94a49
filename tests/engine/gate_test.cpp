#include "engine/match/gate.hpp"

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

namespace {

Plan plan() {
  PlanBuilder b;
  b.part("结构", "报告结构", 10);
  b.part("五", "行政执法", 90);
  Item& s2 = b.item("S2", "结构", "存在的不足和原因");
  s2.required = true;
  s2.statutory = true;  // as the shipped checklists mark S1–S4
  b.item("G15.1", "五", "行政执法“三项制度”").required = true;
  b.item("G16", "五", "执法监督");
  return b.build();
}

GateConfig config(const std::string& yaml) {
  auto r = parse_gate_config(yaml, ".fzscore.yaml");
  if (auto* d = std::get_if<std::vector<Diagnostic>>(&r)) FAIL(render(d->front()));
  return std::get<GateConfig>(r);
}

Diagnostic config_error(const std::string& yaml) {
  auto r = parse_gate_config(yaml, ".fzscore.yaml");
  REQUIRE(std::holds_alternative<std::vector<Diagnostic>>(r));
  return std::get<std::vector<Diagnostic>>(r).front();
}

Scorecard card(const Plan& p, ItemState s2, ItemState g15, ItemState g16) {
  Scorecard c;
  c.verdicts = {verdict(*&p.items[0], s2, true), verdict(*&p.items[1], g15, true),
                verdict(*&p.items[2], g16, true)};
  return c;
}

const Date kToday{2024, 6, 1};

}  // namespace

TEST_CASE("gate config: all fields parse") {
  GateConfig c = config(
      "min_score: 70\nrequired: [G16]\nwarn: [G15.1]\nlevel: 县区\nwaivers:\n"
      "  - item: G16\n    reason: 无执法职能\n    approver: 张三\n    expires: 2024-12-31\n");
  CHECK(c.min_score == 70);
  REQUIRE(c.required.size() == 1);
  CHECK(c.required[0].id == "G16");
  CHECK(c.level == UnitLevel::county);
  REQUIRE(c.waivers.size() == 1);
  CHECK(c.waivers[0].expires == Date{2024, 12, 31});
  CHECK(check_gate_config(c, plan()).empty());
}

TEST_CASE("gate config errors: 1-based line, column in characters") {
  Diagnostic d = config_error("# 配置\nlevel: 县区\n说明: x\n");
  CHECK(d.file == ".fzscore.yaml");
  CHECK(d.line == 3);
  CHECK(d.column == 1);
  CHECK(d.message.find("unknown key") != std::string::npos);
  Diagnostic e = config_error("required: [中文, G1\n");  // unclosed flow sequence
  CHECK(e.line >= 1);
  Diagnostic f = config_error("level: 省\nmin_score: 一百\n");
  CHECK(f.line == 2);
  CHECK(f.column == 12);
  Diagnostic g = config_error("waivers:\n  - item: G16\n    reason: 理由\n    approver: 李四\n    expires: 明年\n");
  CHECK(g.line == 5);
  CHECK(g.message.find("YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("gate config: unknown ids and waivers of S1–S4 fail closed") {
  Plan p = plan();
  GateConfig c = config("required: [G99]\nwaivers:\n  - item: S2\n    reason: r\n    approver: a\n"
                        "    expires: 2030-01-01\n");
  auto ds = check_gate_config(c, p);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].message.find("G99") != std::string::npos);
  CHECK(ds[0].line == 1);
  CHECK(ds[0].column == 12);
  CHECK(ds[1].message.find("cannot be waived") != std::string::npos);
  CHECK(ds[1].line == 3);
}

TEST_CASE("judge: required not met fails naming the item; n/a and waived pass; warn only warns") {
  Plan p = plan();
  Scorecard c = card(p, ItemState::missing, ItemState::met, ItemState::met);
  judge(c, p, GateConfig{}, kToday);
  CHECK_FALSE(c.passed);
  REQUIRE(!c.gate_failures.empty());
  CHECK(c.gate_failures[0] == "S2 存在的不足和原因: missing");

  Scorecard na = card(p, ItemState::met, ItemState::na, ItemState::met);
  judge(na, p, GateConfig{}, kToday);
  CHECK(na.passed);

  GateConfig w = config("warn: [G15.1]\nmin_score: 0\n");
  Scorecard warned = card(p, ItemState::met, ItemState::planned, ItemState::met);
  judge(warned, p, w, kToday);
  CHECK(warned.passed);
  REQUIRE(warned.warnings.size() == 1);

  GateConfig waiver = config("required: [G16]\nwaivers:\n  - {item: G16, reason: 无执法职能, "
                             "approver: 张三, expires: 2024-06-01}\n");
  Scorecard waived = card(p, ItemState::met, ItemState::met, ItemState::missing);
  judge(waived, p, waiver, kToday);
  CHECK(waived.passed);
  CHECK(waived.verdicts[2].waived);
  CHECK(waived.score == doctest::Approx(100.0));  // G16 left the denominator

  Scorecard expired = card(p, ItemState::met, ItemState::met, ItemState::missing);
  judge(expired, p, waiver, Date{2024, 6, 2});
  CHECK_FALSE(expired.passed);
  CHECK(expired.gate_failures[0].find("waiver for G16") != std::string::npos);
  CHECK(expired.gate_failures[0].find("expired") != std::string::npos);
}

TEST_CASE("judge: score below min_score fails") {
  Plan p = plan();
  Scorecard c = card(p, ItemState::met, ItemState::met, ItemState::missing);
  judge(c, p, config("min_score: 90\n"), kToday);
  CHECK(c.score == doctest::Approx(10 + 90 * 1.0 / 2));
  CHECK_FALSE(c.passed);
  CHECK(c.gate_failures.back().find("below min_score 90") != std::string::npos);
}

TEST_CASE("checklists/gate.yaml parses") {
  std::ifstream in(std::string(FZ_SOURCE_DIR) + "/checklists/gate.yaml");
  std::stringstream ss;
  ss << in.rdbuf();
  GateConfig c = config(ss.str());
  CHECK(c.min_score == 60);
  CHECK(c.waivers.empty());
}
