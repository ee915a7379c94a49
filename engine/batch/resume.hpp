// Resume: the completed result lines of earlier, possibly interrupted, runs of one batch.
//
// A batch writes its lines in input order to a unique temporary `OUT.partial.XXXXXX`, flushing
// each, and renames it to OUT when it ends; an interrupted batch therefore leaves that file
// holding every result it had completed (a last line without '\n' is a torn write and is
// ignored). `--resume` merges the usable lines of OUT.resume (left by an interrupted resume), OUT
// and the partial files into a new OUT.resume — written under a temporary name and renamed, so no
// completed line is ever lost — and the new run copies a kept line from there instead of scoring
// the report again. Error lines ({"file", "error"}) are not kept: those reports are tried again.
//
// A line is kept only for the same result: its provenance carries the sha256 of the input's
// bytes and the settings key (checklist texts, gate config, options: engine/cli/settings_key.hpp),
// and both must equal the current run's (`line_matches`). OUT.resume is removed when the batch
// ends.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fz::batch {

/// The "file" value of one output line; nullopt unless the line starts with {"file":"…".
std::optional<std::string> line_file(std::string_view line);
/// True for an error line: {"file":…,"error":…}.
bool is_error_line(std::string_view line);
/// The value of the string member `name` in a line written by render_jsonl (its last occurrence:
/// provenance comes last). A key cannot occur inside a string value, where every '"' is escaped.
std::optional<std::string> string_member(std::string_view line, std::string_view name);

/// What a kept line must carry to stand for the current run's result.
struct ResultKey {
  std::string input_sha256;     ///< of the report's bytes as they are now
  std::string settings_sha256;  ///< of everything else that decides the result
};
/// True when the line's provenance carries exactly this key.
bool line_matches(std::string_view line, const ResultKey& key);

class ResumeStore {
 public:
  /// Indexes the last complete, non-error line of each file in `sources` (missing files are
  /// skipped; for a file named twice the last complete line wins) and writes those lines through
  /// `write` (the store's new file, which the caller then puts in place). An error message on a
  /// read or write failure.
  std::optional<std::string> build(const std::vector<std::string>& sources,
                                   const std::function<bool(std::string_view)>& write);
  /// Reads kept lines from `store_path`, the file build() wrote, from now on.
  void open(const std::string& store_path) { path_ = store_path; }
  /// The kept line for `file` (without '\n'), read from the store.
  std::optional<std::string> line(const std::string& file) const;
  std::size_t size() const { return index_.size(); }

 private:
  std::string path_;
  std::map<std::string, std::pair<std::size_t, std::size_t>> index_;  ///< file → offset, length
};

}  // namespace fz::batch
