// Sentences, the heading tree and roles, on small inline texts.
#include "engine/document/sections.hpp"

#include <doctest/doctest.h>

#include "engine/document/roles.hpp"
#include "engine/input/read.hpp"

namespace {

std::string at(const fz::Document& d, fz::Span s) { return d.normalised.utf8.substr(s.begin, s.size()); }

}  // namespace

TEST_CASE("sentences split at 。！？； and line ends, trimmed, punctuation kept") {
  fz::Document d = fz::document_from_text("t.txt", "甲。乙“丙。”丁；\n  戊  \n");
  REQUIRE(d.sentences.size() == 4);
  CHECK(at(d, d.sentences[0].span) == "甲。");
  CHECK(at(d, d.sentences[1].span) == "乙“丙。”");
  CHECK(at(d, d.sentences[2].span) == "丁；");
  CHECK(at(d, d.sentences[3].span) == "戊");
  CHECK(d.paragraphs.size() == 2);
}

TEST_CASE("heading levels, run-in headings and the tree") {
  fz::Document d = fz::document_from_text("t.txt",
      "现将情况报告如下：\n"
      "一、主要工作情况\n"
      "(一)深化行政审批制度改革。全面推行清单管理。\n"
      "1.健全机制。一是压实第一责任。二是强化考核，取得成效。\n"
      "（1）开展培训。\n"
      "二、存在的问题和下一步打算\n"
      "三、2024年工作安排\n"
      "四、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况区委书记、区长切实"
      "履行推进法治建设第一责任人职责，始终把法治政府建设摆在突出位置。\n");
  std::vector<std::pair<int, std::string>> got;
  for (std::size_t k = 1; k < d.sections.size(); ++k) got.push_back({d.sections[k].level, d.sections[k].heading});
  // level = depth: the styles rank in the order they first appear; 一是 sits under the heading
  // before it and never ranks.
  std::vector<std::pair<int, std::string>> want = {
      {1, "一、主要工作情况"}, {2, "（一）深化行政审批制度改革"}, {3, "1.健全机制"},
      {4, "一是压实第一责任"}, {4, "二是强化考核，取得成效"},  {4, "（1）开展培训"},
      {1, "二、存在的问题和下一步打算"}, {1, "三、2024年工作安排"},
      {1, "四、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"}};
  CHECK(got == want);
  CHECK(d.sections[4].style == fz::HeadingStyle::enumeration);
  CHECK(d.sections[6].style == fz::HeadingStyle::digit_paren);
  CHECK(d.sections[5].parent == 3);  // 二是 under 1.
  CHECK(d.sections[6].parent == 3);  // （1） under 1., not under 二是
  CHECK(d.section_path(4) == "一、主要工作情况 › （一）深化行政审批制度改革 › 1.健全机制 › 一是压实第一责任");
  CHECK(d.sections[1].line == 2);
  CHECK(d.role_of(4) == fz::Role::achievements);
  CHECK(d.sections[7].role == fz::Role::shortcomings);
  CHECK(d.sections[7].also == fz::Role::plans);  // a merged part
  CHECK(d.sections[8].role == fz::Role::plans);
  CHECK(d.sections[9].role == fz::Role::duty);
  CHECK(d.role_of(0) == fz::Role::other);
  int s = d.sentence_at(d.normalised.utf8.find("取得成效"));
  REQUIRE(s >= 0);
  CHECK(d.sentences[s].section == 5);
}

TEST_CASE("roles from heading wording") {
  CHECK(fz::role_for_heading("一、党政主要负责人履行推进法治建设第一责任人职责情况") == fz::Role::duty);
  CHECK(fz::role_for_heading("二、存在不足") == fz::Role::shortcomings);
  CHECK(fz::role_for_heading("三、下一步工作思路") == fz::Role::plans);
  CHECK(fz::role_for_heading("四、深化“放管服”改革") == fz::Role::achievements);
}

TEST_CASE("a sub-section named for the duty under next year's plans plans it, it does not report it") {
  fz::Document d = fz::document_from_text("t.txt",
      "一、主要工作情况\n"
      "（一）履行推进法治建设第一责任人职责情况\n区长主持召开常务会议专题研究法治建设3次。\n"
      "二、存在的不足\n"
      "（一）第一责任人职责落实不够到位\n个别单位主要负责人重视不够。\n"
      "三、2023年工作计划\n"
      "（一）压实法治建设第一责任人职责\n坚持党政主要负责人定期听取汇报制度。\n"
      "四、存在的问题和下一步打算\n"
      "（一）存在的问题\n执法力量不足。\n"
      "（二）下一步打算\n加强执法队伍建设。\n");
  std::vector<std::pair<std::string, fz::Role>> got;
  for (std::size_t k = 1; k < d.sections.size(); ++k) got.push_back({d.sections[k].heading, d.sections[k].role});
  std::vector<std::pair<std::string, fz::Role>> want = {
      {"一、主要工作情况", fz::Role::achievements},
      {"（一）履行推进法治建设第一责任人职责情况", fz::Role::duty},  // a body part may hold the duty
      {"二、存在的不足", fz::Role::shortcomings},
      {"（一）第一责任人职责落实不够到位", fz::Role::shortcomings},  // a weakness in the duty
      {"三、2023年工作计划", fz::Role::plans},
      {"（一）压实法治建设第一责任人职责", fz::Role::plans},  // the duty planned, not reported
      {"四、存在的问题和下一步打算", fz::Role::shortcomings},
      {"（一）存在的问题", fz::Role::shortcomings},
      {"（二）下一步打算", fz::Role::plans}};  // a merged part's sub-sections still split it
  CHECK(got == want);
}

TEST_CASE("\"统一、\" inside a heading does not start a new top-level part") {
  fz::Document d = fz::document_from_text("t.txt", "（二）基本形成权责统一、运行高效的政府职能体系\n正文。\n");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[1].heading == "（二）基本形成权责统一、运行高效的政府职能体系");
}
