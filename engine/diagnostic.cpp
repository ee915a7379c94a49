#include "engine/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/safe_text.hpp"

namespace fz {

namespace {
/// A source line longer than this is shown as a window of kSnippetContext bytes on each side of
/// the diagnostic's column; shorter lines (every hand-written one) are shown whole.
constexpr std::size_t kLongLine = 1000;
constexpr std::size_t kSnippetContext = 160;
}  // namespace

Diagnostic make_diagnostic(Severity severity, std::string code, const Source& source, Span span,
                           std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.file = source.file_at(span.begin);
  Location loc = source.locate(span.begin);
  d.line = loc.line;
  d.column = loc.column;
  d.message = std::move(message);
  std::string_view line = source.line_text(span.begin);
  std::size_t start = source.line_start(std::min(span.begin, source.text().size()));
  std::size_t in_line = std::min(span.begin - start, line.size());
  std::size_t end_in_line = std::clamp(span.end - start, in_line, line.size());
  // A long line (a 200 KB flow list, a minified checklist) is shown as a window around the
  // column, so one diagnostic prints a few hundred bytes, not the whole line.
  std::string before, after;
  if (line.size() > kLongLine) {
    std::size_t from = in_line > kSnippetContext ? in_line - kSnippetContext : 0;
    std::size_t to = std::min(line.size(), std::max(end_in_line, in_line + kSnippetContext));
    if (to - in_line > 2 * kSnippetContext) to = in_line + 2 * kSnippetContext;
    while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;
    while (to < line.size() && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80) ++to;
    if (from > 0) before = "...";
    if (to < line.size()) after = "...";
    line = line.substr(from, to - from);
    in_line -= from;
    end_in_line = std::min(end_in_line - from, line.size());
  }
  d.snippet = before + std::string(line) + after;
  d.caret_offset = display_width(before) + display_width(line.substr(0, in_line));
  d.caret_width = std::max<std::size_t>(1, display_width(line.substr(in_line, end_in_line - in_line)));
  return d;
}

Diagnostic file_error(std::string file, std::string message) {
  Diagnostic d;
  d.file = std::move(file);
  d.message = std::move(message);
  return d;
}

static const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string render(const Diagnostic& d) {
  std::string out = printable(d.file);  // a file name's ESC never reaches the terminal raw
  if (d.line) out += fmt::format(":{}:{}", d.line, d.column);
  out += fmt::format(": {}", severity_name(d.severity));
  if (!d.code.empty()) out += fmt::format("[{}]", d.code);
  out += fmt::format(": {}\n", d.message);
  if (d.line) {
    std::string gutter(fmt::format("{}", d.line).size(), ' ');
    out += fmt::format(" {} | {}\n", d.line, d.snippet);
    out += fmt::format(" {} | {}{}\n", gutter, std::string(d.caret_offset, ' '),
                       std::string(d.caret_width, '^'));
  }
  for (const auto& n : d.notes) out += fmt::format("  = {}\n", n);
  return out;
}

bool has_errors(const std::vector<Diagnostic>& ds) {
  return std::any_of(ds.begin(), ds.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace fz
