// Render: a Scorecard → bytes, one function per format, formatting only (no decisions). The JSON
// fields follow shared/spec/output.md exactly; SARIF is 2.1.0; JUnit has one testcase per item.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scorecard.hpp"

namespace fz {

struct RenderOptions {
  bool color = false;  ///< ANSI colours (the CLI sets it for a tty without NO_COLOR)
};

void render_text(const Scorecard& card, std::ostream& out, const RenderOptions& opt = {});
void render_json(const Scorecard& card, std::ostream& out, bool pretty = true);
inline void render_jsonl(const Scorecard& card, std::ostream& out) {
  render_json(card, out, false);
  out << '\n';
}
void render_md(const Scorecard& card, std::ostream& out);
/// One SARIF log with one run per report.
void render_sarif(const std::vector<Scorecard>& cards, std::ostream& out);
/// One <testsuites> with one <testsuite> per report and one <testcase> per item.
void render_junit(const std::vector<Scorecard>& cards, std::ostream& out);

/// Text for XML and HTML: & < > " ' escaped; control characters XML 1.0 forbids become spaces.
std::string xml_escape(std::string_view s);
/// `"…"` with JSON escapes for `"`, `\` and control characters only: CJK stays UTF-8.
std::string json_quote(std::string_view s);
/// Chinese names for people (labels.cpp): 已落实 已自查 仅列入计划 未体现 不适用.
std::string_view state_label(ItemState s);
/// 主要举措 第一责任人 存在不足 工作计划 其他 (the part of the report a quote sits in).
std::string_view role_label(Role r);
/// The human line of a verdict used by gate failures, SARIF and JUnit: "S2 存在的不足和原因: missing".
std::string verdict_line(const ItemVerdict& v);

}  // namespace fz
