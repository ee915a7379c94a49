#include "engine/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace fz {

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
  d.snippet = std::string(line);
  std::size_t start = source.line_start(std::min(span.begin, source.text().size()));
  std::size_t in_line = std::min(span.begin - start, line.size());
  std::size_t end_in_line = std::clamp(span.end - start, in_line, line.size());
  d.caret_offset = display_width(line.substr(0, in_line));
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
  std::string out = d.file;
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
