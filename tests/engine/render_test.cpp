#include "engine/render/render.hpp"

#include <sstream>

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include "engine/match/evaluate.hpp"
#include "engine/match/gate.hpp"
#include "tests/support/builders.hpp"
#include "tests/support/json.hpp"

using namespace fz;
using namespace fz::test;

namespace {

struct Fixture {
  Plan plan;
  Document doc;
  Scorecard card;
  Fixture() {
    PlanBuilder b;
    b.part("结构", "报告结构", 10);
    b.part("五", "健全行政执法工作体系", 90);
    Rule part;
    part.kind = Rule::Kind::part_exists;
    part.part_role = Role::shortcomings;
    Item& s2 = b.item("S2", "结构", "存在的不足和原因");
    s2.required = true;
    s2.gap = "报告未设“存在的不足和原因”部分。";
    s2.rules.push_back(part);
    TermRef sx = b.term("sanxiang", {"三项制度"});
    Item& g = b.item("G15.1", "五", "行政执法“三项制度”");
    g.required = true;
    g.rules.push_back(phrases(any({sx})));
    TermRef jd = b.term("jiandu", {"执法监督"});
    Item& m = b.item("G16", "五", "执法监督");
    m.gap = "执法监督缺少数据。";
    m.rules.push_back(phrases(any({jd})));
    plan = b.build();
    doc = DocBuilder()
              .dropped_prefix("BOM\"<\n")
              .heading("一、主要工作", Role::achievements)
              .para({"全面落实“三项制度”，公示\"信息\"\t1200条。"})
              .heading("二、下一步工作", Role::plans)
              .para({"加强执法监督。"})
              .build();
    card.file = "reports/测试.txt";
    card.checklist_id = plan.id;
    card.checklist_title = plan.title;
    card.verdicts = evaluate(plan, doc);
    card.provenance.tool_version = "0.1.0";
    GateConfig cfg = std::get<GateConfig>(parse_gate_config(
        "waivers:\n  - {item: G16, reason: 无执法职能, approver: 张三, expires: 2099-01-01}\n", "c.yaml"));
    judge(card, plan, cfg, Date{2024, 1, 1});
  }
};

std::string to_string(auto f) {
  std::ostringstream os;
  f(os);
  return os.str();
}

}  // namespace

TEST_CASE_FIXTURE(Fixture, "json: output.md fields, CJK unescaped, control characters escaped") {
  std::string out = to_string([&](std::ostream& os) { render_json(card, os); });
  CHECK(out.find("三项制度") != std::string::npos);
  CHECK(out.find("\\t1200") != std::string::npos);
  Json j = parse_json(out);
  CHECK(j["file"].s == "reports/测试.txt");
  CHECK(j["checklist"]["id"].s == "test");
  CHECK(j["passed"].b == false);
  CHECK(j["score"].type == Json::Type::number);
  const Json& items = j["items"];
  REQUIRE(items.a.size() == 3);
  CHECK(items[0]["id"].s == "S2");
  CHECK(items[0]["state"].s == "missing");
  const Json& g = items[1];
  CHECK(g["state"].s == "met");
  CHECK(g["quantified"].b);
  CHECK(g["required"].b);
  CHECK(g["weight"].n == 1.0);
  CHECK(g["points"].n == 1.0);
  const Json& e = g["evidence"][0];
  std::size_t start = static_cast<std::size_t>(e["start"].n), end = static_cast<std::size_t>(e["end"].n);
  CHECK(doc.original.substr(start, end - start) == e["quote"].s);
  CHECK(e["quote"].s == "全面落实“三项制度”，公示\"信息\"\t1200条。");
  CHECK(e["line"].n == 2);
  CHECK(e["column"].n == 1);
  CHECK(e["section"].s == "一、主要工作");
  CHECK(e["role"].s == "achievements");
  CHECK(items[2]["state"].s == "planned");
  CHECK(items[2]["waived"].b);
  std::string line = to_string([&](std::ostream& os) { render_jsonl(card, os); });
  CHECK(line.find('\n') == line.size() - 1);
  CHECK(parse_json(line)["items"].a.size() == 3);
}

TEST_CASE_FIXTURE(Fixture, "sarif 2.1.0: required properties, regions, suppressions") {
  Scorecard second = card;
  second.file = "/abs/第二份 报告.txt";
  Json s = parse_json(
      to_string([&](std::ostream& os) { render_sarif({card, second}, {}, "/work/dir", os); }));
  CHECK(s["version"].s == "2.1.0");
  CHECK(s["$schema"].s.find("sarif") != std::string::npos);
  REQUIRE(s["runs"].a.size() == 1);  // one run per checklist, each report an artifact
  const Json& run = s["runs"][0];
  CHECK(run["tool"]["driver"]["name"].s == "fzscore");
  CHECK(run["columnKind"].s == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["rules"].a.size() == 3);
  for (const Json& rule : run["tool"]["driver"]["rules"].a) {
    CHECK_FALSE(rule.has("helpText"));  // not a SARIF property; the validator rejects a string
    CHECK(!rule["help"]["text"].s.empty());
  }
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].s == "file:///work/dir/");
  REQUIRE(run["artifacts"].a.size() == 2);
  // A relative path is percent-encoded under %SRCROOT%; an absolute one is a file:// URI.
  CHECK(run["artifacts"][0]["location"]["uri"].s == "reports/%E6%B5%8B%E8%AF%95.txt");
  CHECK(run["artifacts"][0]["location"]["uriBaseId"].s == "%SRCROOT%");
  CHECK(run["artifacts"][1]["location"]["uri"].s ==
        "file:///abs/%E7%AC%AC%E4%BA%8C%E4%BB%BD%20%E6%8A%A5%E5%91%8A.txt");
  CHECK_FALSE(run["artifacts"][1]["location"].has("uriBaseId"));
  CHECK(run["invocations"][0]["executionSuccessful"].b);
  const Json& results = run["results"];
  REQUIRE(results.a.size() == 4);  // per report S2 missing, G16 planned; G15.1 met has no result
  for (const Json& r : results.a) {
    CHECK(!r["ruleId"].s.empty());
    CHECK(!r["message"]["text"].s.empty());
    REQUIRE(!r["locations"].a.empty());
    const Json& pl = r["locations"][0]["physicalLocation"];
    CHECK(pl["region"]["startLine"].n >= 1);
  }
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["index"].n == 0);
  CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["index"].n == 1);
  CHECK(results[0]["ruleId"].s == "S2");
  CHECK(results[0]["level"].s == "error");
  const Json& g16 = results[1];
  const Json& pl = g16["locations"][0]["physicalLocation"];
  CHECK(pl["region"].has("endLine"));
  CHECK(pl["region"].has("byteOffset"));
  CHECK(g16["ruleId"].s == "G16");
  CHECK(g16["suppressions"][0]["justification"].s.find("无执法职能") != std::string::npos);
  const Json& region = g16["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"].n == 4);
  CHECK(region["endColumn"].n == 8);  // "加强执法监督。" is 7 characters
}

TEST_CASE_FIXTURE(Fixture, "junit: parses as XML; one testcase per item; required failures only") {
  std::string out = to_string([&](std::ostream& os) { render_junit({card}, {}, os); });
  pugi::xml_document x;
  REQUIRE(x.load_string(out.c_str()));
  pugi::xml_node suite = x.child("testsuites").child("testsuite");
  REQUIRE(suite);
  CHECK(std::string(suite.attribute("name").value()) == "reports/测试.txt");
  int cases = 0, failures = 0, skipped = 0;
  for (pugi::xml_node tc : suite.children("testcase")) {
    ++cases;
    failures += !tc.child("failure").empty();
    skipped += !tc.child("skipped").empty();
  }
  CHECK(cases == 3);
  CHECK(failures == 1);  // S2, required and missing
  CHECK(skipped == 1);   // G16, waived
  CHECK(suite.attribute("failures").as_int() == 1);
}

TEST_CASE_FIXTURE(Fixture, "text and md: grouped by part, evidence with line:col, no colour unless asked") {
  std::string t = to_string([&](std::ostream& os) { render_text(card, os); });
  CHECK(t.find("健全行政执法工作体系") != std::string::npos);
  CHECK(t.find("2:1 [主要举措] 「全面落实") != std::string::npos);  // roles and states in Chinese
  CHECK(t.find("已落实") != std::string::npos);
  CHECK(t.find("未体现") != std::string::npos);
  CHECK(t.find("（已豁免）") != std::string::npos);
  CHECK(t.find("[achievements]") == std::string::npos);
  CHECK(t.find("\033[") == std::string::npos);
  CHECK(t.find("gate: S2 存在的不足和原因: missing") != std::string::npos);
  std::string c = to_string([&](std::ostream& os) { render_text(card, os, RenderOptions{true}); });
  CHECK(c.find("\033[") != std::string::npos);
  std::string m = to_string([&](std::ostream& os) { render_md(card, os); });
  CHECK(m.find("| G15.1 |") != std::string::npos);
  CHECK(m.find("| 已落实 |") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "junit: a failed input is a testsuite with one <error> naming it") {
  std::string out = to_string([&](std::ostream& os) {
    render_junit({card}, {{"drafts/坏.docx", "drafts/坏.docx: error: not a zip archive\ndetail"}}, os);
  });
  pugi::xml_document x;
  REQUIRE(x.load_string(out.c_str()));
  pugi::xml_node bad = x.child("testsuites").find_child_by_attribute("testsuite", "name", "drafts/坏.docx");
  REQUIRE(bad);
  CHECK(bad.attribute("errors").as_int() == 1);
  pugi::xml_node error = bad.child("testcase").child("error");
  REQUIRE(error);
  CHECK(std::string(error.attribute("message").value()) == "drafts/坏.docx: error: not a zip archive");
  CHECK(std::string(error.text().get()).find("detail") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "codequality: items not met (waived ones left out), lints, failed inputs") {
  LintNote lint;
  lint.code = "rate_over_100";
  lint.message = "整改到位率952%超过100%";
  lint.evidence.line = 2;
  lint.evidence.quote = "整改到位率952%";
  card.lints.push_back(lint);
  Json j = parse_json(to_string([&](std::ostream& os) { render_codequality({card}, {{"x.txt", "gone"}}, os); }));
  REQUIRE(j.a.size() == 3);  // S2 (required, missing), the lint, x.txt; G16 is waived
  CHECK(j[0]["check_name"].s == "fzscore/test/S2");
  CHECK(j[0]["severity"].s == "major");
  CHECK(j[0]["location"]["path"].s == "reports/测试.txt");
  CHECK(j[0]["location"]["lines"]["begin"].n == 1);
  CHECK(j[1]["check_name"].s == "fzscore/lint/rate_over_100");
  CHECK(j[1]["location"]["lines"]["begin"].n == 2);
  CHECK(j[2]["severity"].s == "blocker");
  for (const Json& i : j.a) CHECK(i["fingerprint"].s.size() == 64);
  // The fingerprint names what the issue is about, not where: moving the lint keeps it.
  Scorecard moved = card;
  moved.lints[0].evidence.line = 40;
  Json k = parse_json(to_string([&](std::ostream& os) { render_codequality({moved}, {}, os); }));
  CHECK(k[1]["fingerprint"].s == j[1]["fingerprint"].s);
}
