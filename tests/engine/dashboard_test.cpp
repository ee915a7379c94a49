// The batch summary, the dashboard's embedded data and the CSV export (engine/render/summary,
// html_dashboard, csv): duplicates by input digest, one column set per checklist, names that fall
// back to issuer + year and then to the file name, report text that cannot leave the JSON inside
// <script>, and RFC 4180 fields. The page's script is checked in Chromium (tests/browser).
#include <sstream>

#include <doctest/doctest.h>

#include "engine/match/evaluate.hpp"
#include "engine/match/gate.hpp"
#include "engine/render/csv.hpp"
#include "engine/render/html.hpp"
#include "engine/render/summary.hpp"
#include "tests/support/builders.hpp"
#include "tests/support/json.hpp"

using namespace fz;
using namespace fz::test;

namespace {

struct Batch {
  Plan plan, other;
  Document doc, doc2;
  Batch() {
    for (Plan* p : {&plan, &other}) {
      PlanBuilder b;
      b.part("结构", "报告结构（督察工作规定要求的报告内容）", 40);
      b.part("五", "健全行政执法工作体系，全面推进严格规范公正文明执法", 60);
      Item& s = b.item("S1", "结构", "主要举措和成效");
      s.basis = "督察工作规定第二十五条";
      s.rules.push_back(phrases(any({b.term("cs", {"措施"})})));
      Item& g = b.item("G15.1", "五", "行政执法“三项制度”");
      g.rules.push_back(phrases(any({b.term("sx", {"三项制度"})})));
      *p = b.build();
    }
    other.id = "other-2015";
    other.title = "旧纲要清单";
    doc = DocBuilder().heading("一、主要工作", Role::achievements).para({"全面落实三项制度。"}).build();
    doc.original = "报告一";
    doc2 = DocBuilder().heading("一、主要工作", Role::achievements).para({"采取措施。"}).build();
    doc2.original = "报告二";
  }
  Scorecard card(const Plan& p, const Document& d, std::string file, Meta meta) const {
    Scorecard c;
    c.file = std::move(file);
    c.checklist_id = p.id;
    c.checklist_title = p.title;
    c.meta = std::move(meta);
    c.verdicts = evaluate(p, d);
    judge(c, p, GateConfig{}, Date{2024, 1, 1});
    return c;
  }
};

Meta meta(std::string title, std::string issuer, int year) {
  Meta m;
  m.title = std::move(title);
  m.issuer = std::move(issuer);
  if (year) m.year = year;
  return m;
}

std::string dashboard(const BatchSummary& s) {
  std::ostringstream o;
  html::render_dashboard(s, o);
  return o.str();
}

std::string csv(const BatchSummary& s) {
  std::ostringstream o;
  render_csv(s, o);
  return o.str();
}

/// The text of <script type="application/json" id="fz-data">.
std::string embedded(const std::string& page) {
  auto at = page.find("id=\"fz-data\">");
  REQUIRE(at != std::string::npos);
  at += 13;
  return page.substr(at, page.find("</script>", at) - at);
}

}  // namespace

TEST_CASE_FIXTURE(Batch, "display_name: title, else issuer and year, else the file name once") {
  ReportSummary r;
  r.file = "dir/sub/冠县-2023.txt";
  CHECK(display_name(r) == "冠县-2023.txt");
  r.issuer = "冠县司法局";
  CHECK(display_name(r) == "冠县司法局");
  r.year = 2023;
  CHECK(display_name(r) == "冠县司法局 2023年度");
  r.title = "冠县2023年度法治政府建设情况的报告";
  CHECK(display_name(r) == r.title);
}

TEST_CASE_FIXTURE(Batch, "BatchSummary: columns once per checklist, duplicates by input digest, counts") {
  BatchSummary s;
  s.add(summarize(card(plan, doc, "a.txt", meta("甲", "", 2023)), doc, "00000-a.html"));
  s.add(summarize(card(plan, doc2, "b.txt", meta("乙", "", 2023)), doc2, "00001-b.html"));
  ReportSummary failed;
  failed.file = "bad.txt";
  failed.error = "bad.txt: cannot read";
  s.add(failed);
  s.add(summarize(card(plan, doc, "a-copy.txt", meta("甲", "", 2023)), doc, "00003-a-copy.html"));
  s.add(summarize(card(other, doc2, "old.txt", meta("", "某区", 2019)), doc2, "00004-old.html"));
  REQUIRE(s.reports().size() == 5);
  CHECK(s.checklists().size() == 2);
  CHECK(s.checklists()[0].parts.size() == 2);
  CHECK(s.checklists()[0].parts[1].max == 60);
  CHECK(s.checklists()[0].items[0].basis == "督察工作规定第二十五条");
  for (const auto& r : s.reports()) CHECK_FALSE(r.columns);  // kept once, not per report
  CHECK_FALSE(s.reports()[0].duplicate_of);
  CHECK_FALSE(s.reports()[1].duplicate_of);
  CHECK(s.reports()[3].duplicate_of == 0u);  // same bytes as a.txt
  CHECK(s.reports()[4].duplicate_of == 1u);  // same bytes as b.txt, whatever the checklist
  CHECK(s.failed() == 1);
  CHECK(s.scored() == 4);
}

TEST_CASE_FIXTURE(Batch, "summarize: the digest is the provenance's when the pipeline set it") {
  Scorecard c = card(plan, doc, "a.txt", meta("甲", "", 2023));
  CHECK(summarize(c, doc, "").sha256.size() == 64);
  c.provenance.input_sha256 = "feed";
  CHECK(summarize(c, doc, "").sha256 == "feed");
}

TEST_CASE("script_safe_json: </script>, <!-- and line separators cannot leave the script") {
  std::string json = "{\"t\":\"</script><!--<script>&\xE2\x80\xA8\xE2\x80\xA9法治\"}";
  std::string safe = html::script_safe_json(json);
  CHECK(safe.find('<') == std::string::npos);
  CHECK(safe.find('>') == std::string::npos);
  CHECK(safe.find('&') == std::string::npos);
  CHECK(safe.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(safe.find("\xE2\x80\xA9") == std::string::npos);
  CHECK(parse_json(safe)["t"].s == "</script><!--<script>&\xE2\x80\xA8\xE2\x80\xA9法治");  // same value
}

TEST_CASE_FIXTURE(Batch, "dashboard: report text stays inside the JSON; one data block; failures listed") {
  BatchSummary s;
  std::string evil = "<img src=x onerror=alert(1)></script><!--<script>\xE2\x80\xA8";
  s.add(summarize(card(plan, doc, "dir/" + evil + ".txt", meta(evil, evil, 2023)), doc, "p<1>.html"));
  s.add(summarize(card(other, doc2, "old.txt", meta("", "某区", 2019)), doc2, "old.html"));
  ReportSummary failed;
  failed.file = "bad<q>.txt";
  failed.error = "cannot read <q>";
  s.add(failed);
  std::string page = dashboard(s);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<q>") == std::string::npos);
  CHECK(page.find("bad&lt;q&gt;.txt") != std::string::npos);  // the failure, escaped
  std::size_t scripts = 0;
  for (auto at = page.find("</script>"); at != std::string::npos; at = page.find("</script>", at + 1)) ++scripts;
  CHECK(scripts == 2);  // the data and the code, nothing closed early
  Json data = parse_json(embedded(page));
  REQUIRE(data["reports"].a.size() == 2);  // failed inputs are not in the data
  const Json& r = data["reports"][0];
  CHECK(r["n"].s == evil);
  CHECK(r["i"].s == evil);
  CHECK(r["h"].s == "p<1>.html");
  CHECK(r["y"].n == 2023);
  CHECK(r["c"].n == 0);
  CHECK(data["reports"][1]["c"].n == 1);  // the other checklist's tab
  CHECK(data["reports"][1]["n"].s == "某区 2019年度");
  REQUIRE(data["checklists"].a.size() == 2);
  CHECK(data["checklists"][0]["parts"][0]["max"].n == 40);
  CHECK(data["checklists"][0]["items"][1]["title"].s == "行政执法“三项制度”");
  // states, one letter per item: S1 missing (x), G15.1 met (m)
  CHECK(r["st"].s == "xm");
  CHECK(r["q"][0].type == Json::Type::number);
  CHECK(r["q"][0].n == 0);
  CHECK(r["q"][1].n == 85);  // met without a figure: 85 % of the item (docs/scoring.md)
  CHECK(page.find("http://") == page.find("http://www.w3.org/2000/svg"));  // no network
}

TEST_CASE("csv_field: RFC 4180 quoting") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("法治，政府") == "法治，政府");  // a full-width comma is no separator
}

TEST_CASE_FIXTURE(Batch, "csv: BOM, CRLF, one row per input, part % per checklist, item states") {
  BatchSummary s;
  s.add(summarize(card(plan, doc, "a.txt", meta("=HYPERLINK(\"x\")", "甲区, 司法局", 2023)), doc, ""));
  s.add(summarize(card(plan, doc, "a2.txt", meta("甲", "", 0)), doc, ""));
  s.add(summarize(card(other, doc2, "old.txt", meta("", "某区", 2019)), doc2, ""));
  ReportSummary failed;
  failed.file = "bad.txt";
  failed.error = "bad.txt: cannot read\nsecond line";
  s.add(failed);
  std::string out = csv(s);
  REQUIRE(out.rfind("\xEF\xBB\xBF", 0) == 0);
  std::vector<std::string> lines;
  for (std::size_t at = 3, end; (end = out.find("\r\n", at)) != std::string::npos; at = end + 2)
    lines.push_back(out.substr(at, end - at));
  REQUIRE(lines.size() == 5);  // header + 4 (the error's newline is inside quotes, not CRLF)
  CHECK(lines[0] ==
        "file,title,issuer,year,level,checklist,score,passed,duplicate_of,error,"
        "test 结构 %,test 五 %,other-2015 结构 %,other-2015 五 %,S1,G15.1");
  CHECK(lines[1] == "a.txt,\"'=HYPERLINK(\"\"x\"\")\",\"甲区, 司法局\",2023,未知,test,51.0,false,,,"
                    "0.0,85.0,,,missing,met");
  CHECK(lines[2] == "a2.txt,甲,,,未知,test,51.0,false,a.txt,,0.0,85.0,,,missing,met");
  CHECK(lines[3] == "old.txt,,某区,2019,未知,other-2015,34.0,false,,,,,85.0,0.0,met,missing");
  CHECK(lines[4] == "bad.txt,,,,,,,,,\"bad.txt: cannot read\nsecond line\",,,,,,");
}
