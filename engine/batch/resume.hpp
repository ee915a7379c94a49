// Resume: the completed result lines of earlier, possibly interrupted, runs of one batch.
//
// A batch writes its lines in input order to OUT.partial, flushing each, and renames that file to
// OUT when it ends; an interrupted batch therefore leaves OUT.partial holding every result it had
// completed (a last line without '\n' is a torn write and is ignored). `--resume` merges the usable
// lines of OUT, OUT.partial and OUT.resume (left by an interrupted resume) into OUT.resume — written
// to a temporary name and renamed, so no completed line is ever lost — and the new run copies a
// kept line from there instead of scoring the report again. Error lines ({"file", "error"}) are
// not kept: those reports are tried again. OUT.resume is removed when the batch ends.
#pragma once

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

class ResumeStore {
 public:
  /// Builds `store_path` from the lines of `sources` (missing files are skipped; for a file
  /// named twice the last complete line wins). Returns an error message on an I/O failure.
  std::optional<std::string> build(const std::string& store_path,
                                   const std::vector<std::string>& sources);
  /// The kept line for `file` (without '\n'), read from the store.
  std::optional<std::string> line(const std::string& file) const;
  std::size_t size() const { return index_.size(); }

 private:
  std::string path_;
  std::map<std::string, std::pair<std::size_t, std::size_t>> index_;  ///< file → offset, length
};

}  // namespace fz::batch
