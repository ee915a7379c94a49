// The reports a command reads, as other linters take them (ruff, ESLint): FILE arguments, `-` for
// the report TEXT on stdin (named by --stdin-filename for messages, the file type and the
// .fzscore.yaml search), and --files-from LIST for paths one per line (LIST `-`: stdin). Paths from
// a list are read as the list is read, so `score --format jsonl --files-from -` streams.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fz::cli {

/// One report: a path, or text that came on stdin under a name of its own.
struct Input {
  std::string name;                  ///< the path; for stdin --stdin-filename, else "-"
  std::optional<std::string> bytes;  ///< the report's bytes, when they came on stdin
  std::optional<std::string> error;  ///< why stdin could not be read (too large, I/O error)
};

struct InputArgs {
  std::vector<std::string> files;       ///< FILE arguments; "-" is the report text on stdin
  std::optional<std::string> files_from;  ///< --files-from LIST ("-": stdin)
  std::optional<std::string> stdin_filename;

  /// Throws UsageError: no input at all (unless `allow_none`), stdin asked for twice, or
  /// --stdin-filename without `-`.
  void validate(bool allow_none = false) const;
  bool reads_stdin_text() const;
};

/// Calls `f` for every input in order: the FILE arguments, then the lines of --files-from (blank
/// lines skipped, a trailing CR dropped), each as soon as it is read. Throws UsageError when the
/// list cannot be opened.
void for_each_input(const InputArgs& args, const std::function<void(const Input&)>& f);

/// The paths of --files-from LIST (all of them; for batch, which needs the list up front).
/// Returns an error message when LIST cannot be read.
std::optional<std::string> read_path_list(const std::string& list, std::vector<std::string>& out);


}  // namespace fz::cli
