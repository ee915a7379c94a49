// Diagnostic: an error or warning with its position, as a value. Every failure in fzscore becomes
// one; `main` alone turns them into exit codes. Rendered like a compiler:
//   checklists/x.fz:12:9: error[E004]: unknown term `hedge2`
//      12 |   match any(hedge2)
//         |             ^^^^^^
#pragma once

#include <string>
#include <vector>

#include "engine/source.hpp"
#include "engine/span.hpp"

namespace fz {

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     ///< short stable code, e.g. "E004"; empty for I/O errors
  std::string file;     ///< the file the message is about (always named)
  std::size_t line = 0;    ///< 1-based; 0 when the message is about the whole file
  std::size_t column = 0;  ///< 1-based, in characters
  std::string message;
  std::string snippet;     ///< the source line, for the caret display
  std::size_t caret_offset = 0, caret_width = 0;  ///< in display columns within `snippet`
  std::vector<std::string> notes;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// A diagnostic at `span` of `source`, with line, column and snippet filled in.
Diagnostic make_diagnostic(Severity severity, std::string code, const Source& source, Span span,
                           std::string message);
/// A diagnostic about a whole file (unreadable, empty, wrong format).
Diagnostic file_error(std::string file, std::string message);

/// "file:L:C: error[E004]: message" with the snippet and a caret aligned under CJK text.
std::string render(const Diagnostic& d);
bool has_errors(const std::vector<Diagnostic>& ds);

}  // namespace fz
