// Batch inputs: the report files named on the command line, directories walked recursively.
// Only report extensions are taken from directories (.txt .md .docx .html .htm .pdf); a file named
// directly is always taken. Each directory's files are sorted by path, so the order — and with it
// the order of the output lines — is the same on every run and every machine.
//
// Symbolic links met in a walk: by default a link is followed only when it resolves inside the
// directory given (whoever fills a folder must not be able to publish /etc/passwd through a
// batch's dashboard); links leading out are listed in `skipped` for the batch to report.
// `follow_links` follows every link, directories too (each directory is walked once, so link
// loops end). An entry with a report extension that is not a regular file — a FIFO, a device, a
// dangling link — is listed like a file: reading it fails with an error line in the batch output,
// rather than the report silently disappearing from the batch.
#pragma once

#include <string>
#include <vector>

namespace fz::batch {

/// True for the extensions a directory walk takes (case-insensitive).
bool is_report_file(const std::string& path);

struct WalkOptions {
  bool follow_links = false;  ///< `--follow-links`: also links that lead outside the directory
};

struct Inputs {
  std::vector<std::string> files;    ///< in input order
  std::vector<std::string> skipped;  ///< links not followed ("path -> target"), in walk order
};

/// Expands `args` in order: files as given, directories as their sorted report files. A path
/// that does not exist is kept (it becomes an error line, not a stopped batch).
Inputs collect_inputs(const std::vector<std::string>& args, const WalkOptions& options = {});

}  // namespace fz::batch
