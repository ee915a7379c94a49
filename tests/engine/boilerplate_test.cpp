#include "engine/input/boilerplate.hpp"

#include <doctest/doctest.h>

TEST_CASE("page chrome lines are dropped and header fields kept") {
  std::string in =
      "当前位置：首页 > 政务公开\n报告标题\n索引号\n\n11371525/2024-1\n发文日期\n2023年03月27日 16:43:09\n"
      "文号\n\n正文标题报告\n信息来源：区司法局 日期：2021-03-31\n正文。\n扫一扫在手机打开当前页面\n";
  fz::Stripped s = fz::strip_boilerplate(in);
  CHECK(s.text.utf8 == "报告标题\n\n正文标题报告\n正文。\n");
  REQUIRE(s.fields.size() == 4);
  CHECK(s.fields[1].label == "发文日期");
  CHECK(s.fields[1].value == "2023年03月27日 16:43:09");
  CHECK(in.substr(s.fields[1].value_span.begin, s.fields[1].value_span.size()) == s.fields[1].value);
  CHECK(s.fields[3].label == "日期");
  CHECK(s.fields[3].value == "2021-03-31");
  // Every kept byte maps back to itself.
  std::size_t at = s.text.utf8.find("正文。");
  auto src = s.text.to_source.to_source({at, at + 9});
  CHECK(in.substr(src.begin, src.size()) == "正文。");
}

TEST_CASE("a document-site banner line is dropped") {
  fz::Stripped s = fz::strip_boilerplate("《报告.docx》由会员分享，可在线阅读，更多相关《报告》请搜索。\n正文。");
  CHECK(s.text.utf8 == "正文。");
  // Pasted without line breaks, the report runs on in the banner's line: the line is the report.
  std::string report = "《报告.docx》由会员分享，可在线阅读，更多相关《报告》请搜索。";
  for (int i = 0; i < 20; ++i) report += "全年办理行政复议案件30件，行政机关负责人出庭应诉率100%。";
  CHECK(fz::strip_boilerplate(report).text.utf8 == report);
}

TEST_CASE("a site's navigation bar on one line is dropped, a sentence naming the same words is not") {
  fz::Stripped s = fz::strip_boilerplate(
      "12348某省法网 信息平台入口 无障碍阅读 微信 微博 繁体登录注册\n"
      "开通政务微博、微信公众号，及时发布政务信息。\n"
      "微信 微博\n");
  CHECK(s.text.utf8 == "开通政务微博、微信公众号，及时发布政务信息。\n");
}
