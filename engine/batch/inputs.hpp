// Batch inputs: the report files named on the command line, directories walked recursively.
// Only report extensions are taken from directories (.txt .md .docx .html .htm .pdf); a file named
// directly is always taken. Each directory's files are sorted by path, so the order — and with it
// the order of the output lines — is the same on every run and every machine.
#pragma once

#include <string>
#include <vector>

namespace fz::batch {

/// True for the extensions a directory walk takes (case-insensitive).
bool is_report_file(const std::string& path);

/// Expands `args` in order: files as given, directories as their sorted report files. A path
/// that does not exist is kept (it becomes an error line, not a stopped batch).
std::vector<std::string> collect_inputs(const std::vector<std::string>& args);

}  // namespace fz::batch
