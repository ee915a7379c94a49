// Render: a Scorecard → bytes, one function per format, formatting only (no decisions). The JSON
// fields follow shared/spec/output.md exactly; SARIF is 2.1.0; JUnit has one testcase per item;
// Code Quality is GitLab's merge-request format. The CI formats (SARIF, JUnit, Code Quality) also
// carry the inputs that could not be scored, so a CI page shows why a run exited 2. Human formats
// show a score with one decimal; JSON with full precision.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scorecard.hpp"

namespace fz {

struct RenderOptions {
  bool color = false;          ///< ANSI colours (the CLI decides: --color, a tty, NO_COLOR)
  bool only_problems = false;  ///< --quiet: leave out met and n/a items
};

/// An input that could not be scored: its name and why (the rendered diagnostics).
struct InputFailure {
  std::string file, message;
};

void render_text(const Scorecard& card, std::ostream& out, const RenderOptions& opt = {});
void render_json(const Scorecard& card, std::ostream& out, bool pretty = true);
inline void render_jsonl(const Scorecard& card, std::ostream& out) {
  render_json(card, out, false);
  out << '\n';
}
void render_md(const Scorecard& card, std::ostream& out);
/// One SARIF log with one run per checklist, each report an artifact; failed inputs are
/// toolExecutionNotifications of the first run's invocation. `base_dir` (absolute, the directory
/// relative paths are relative to) becomes %SRCROOT%.
void render_sarif(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                  const std::string& base_dir, std::ostream& out);
/// One <testsuites> with one <testsuite> per report and one <testcase> per item; a failed input
/// is a <testsuite> with one <error> testcase naming the file and why.
void render_junit(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                  std::ostream& out);
/// GitLab Code Quality: a JSON array of issues (items not met, lints, the score, failed inputs).
void render_codequality(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                        std::ostream& out);

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
/// The gate failures that are not about one item (the score under min_score, an expired
/// waiver…): JUnit, SARIF and Code Quality show them as one report-level finding each.
std::vector<std::string> report_gate_failures(const Scorecard& card);
/// A score for people: one decimal ("78.7"), the same in every human format.
std::string human_score(double score);
/// A number for JSON: the shortest text that reads back as the same double ("78.74857142857143").
std::string json_number(double d);

}  // namespace fz
