#include "engine/cli/report_log.hpp"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

#include "engine/cli/output_format.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

std::string summary_line(std::size_t passed, std::size_t failed, std::size_t unreadable) {
  return fmt::format("{} 份报告：通过 {}，未通过 {}，读取失败 {}", passed + failed + unreadable, passed,
                     failed, unreadable);
}

ReportLog::ReportLog(const OutputArgs& o)
    : quiet_(o.quiet), verbose_(o.verbose), color_(use_color(o.color_mode(), STDERR_FILENO)) {}

std::string ReportLog::paint(const char* colour, const std::string& text) const {
  return color_ ? std::string(colour) + text + "\033[0m" : text;
}

std::string ReportLog::failed(const std::vector<Diagnostic>& ds) {
  ++unreadable_;
  std::string msg;
  for (const auto& d : ds) {
    std::string line = render(d);
    std::fputs(line.c_str(), stderr);
    while (!line.empty() && line.back() == '\n') line.pop_back();
    msg += (msg.empty() ? "" : "\n") + line;
  }
  return msg;
}

void ReportLog::scored(const Scorecard& c) {
  if (!verbose_) return;
  const Provenance& p = c.provenance;
  std::fputs(fmt::format("{}: checklist {} (sha256 {}), config {}, input sha256 {}\n", c.file,
                         p.checklist_file, p.checklist_sha256.substr(0, 12),
                         p.config_file.empty() ? "(built-in defaults)" : p.config_file,
                         p.input_sha256.substr(0, 12))
                 .c_str(),
             stderr);
}

void ReportLog::verdict(const Scorecard& c) {
  std::string out;
  if (c.passed) {
    ++passed_;
    if (quiet_) return;
    out = fmt::format("{}: {} (score {})\n", c.file, paint("\033[32m", "PASS"), human_score(c.score));
  } else {
    ++failed_;
    out = fmt::format("{}: {} (score {})\n", c.file, paint("\033[31m", "FAIL"), human_score(c.score));
    for (const auto& f : c.gate_failures) out += "  " + f + "\n";
  }
  if (!quiet_)
    for (const auto& w : c.warnings) out += "  warning: " + w + "\n";
  std::fputs(out.c_str(), stderr);
}

void ReportLog::summary() const {
  if (quiet_) return;
  std::fputs((summary_line(passed_, failed_, unreadable_) + "\n").c_str(), stderr);
}

}  // namespace fz::cli
