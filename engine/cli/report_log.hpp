// What the report commands tell a person on stderr while they run, the same way for each:
//   - each input that fails: its diagnostics (always, also with --quiet);
//   - --verbose: per scored report, the checklist and config used and the input's sha256;
//   - gate: "FILE: PASS (score 78.7)" or "FILE: FAIL (score 51.2)" with the reasons and warnings,
//     and at the end one summary line "7 份报告：通过 2，未通过 5，读取失败 0" (batch prints the
//     same line); with --quiet only FAIL lines and their reasons.
// PASS/FAIL are coloured when stderr is a terminal (--color, NO_COLOR, FORCE_COLOR as for stdout).
#pragma once

#include <string>
#include <vector>

#include "engine/cli/options.hpp"
#include "engine/diagnostic.hpp"
#include "engine/scorecard.hpp"

namespace fz::cli {

/// "7 份报告：通过 2，未通过 5，读取失败 0"
std::string summary_line(std::size_t passed, std::size_t failed, std::size_t unreadable);

class ReportLog {
 public:
  explicit ReportLog(const OutputArgs& o);
  /// Prints the diagnostics of a failed input; returns them as one message (no final newline).
  std::string failed(const std::vector<Diagnostic>& ds);
  /// --verbose: which checklist and config scored `card`, and the hashes.
  void scored(const Scorecard& card);
  /// gate: the PASS/FAIL line of `card` with its reasons.
  void verdict(const Scorecard& card);
  /// gate: the summary line (not with --quiet).
  void summary() const;

 private:
  std::string paint(const char* colour, const std::string& text) const;
  bool quiet_, verbose_, color_;
  std::size_t passed_ = 0, failed_ = 0, unreadable_ = 0;
};

}  // namespace fz::cli
