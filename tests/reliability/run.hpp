// Test helpers for the reliability suite: run the real `fzscore` binary (FZ_BINARY) as a child
// process and collect its exit status, stdout, stderr, wall time and peak RSS (wait4's rusage,
// so the figure is the child's alone); temp dirs; small .docx builders over libzip.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace fz::reliability {

/// True in the ASan build (make test-sanitize): memory bounds widen, the 50 MB run is skipped.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

struct RunResult {
  int exit_code = -1;   ///< -1 when killed by a signal
  int signal = 0;       ///< the signal that killed it, 0 when it exited
  std::string out, err;
  double seconds = 0;
  long max_rss_kb = 0;  ///< peak resident set size of the child
};

/// Runs FZ_BINARY with `args` (stdin from /dev/null), cwd = the source tree.
RunResult run_fzscore(const std::vector<std::string>& args);

/// A fresh directory under the system temp dir, removed by its destructor.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& tag);
  ~TempDir();
  std::string file(const std::string& name, const std::string& bytes) const;
  std::filesystem::path operator/(const std::string& name) const { return path / name; }
};

std::string read_file(const std::filesystem::path& p);

/// A zip archive with these entries (name → content), deflated, written by libzip.
/// `store`: no compression (so a deeply nested XML is not refused as a zip bomb first).
void write_zip(const std::filesystem::path& p,
               const std::vector<std::pair<std::string, std::string>>& entries, bool store = false);
/// A zip with one entry of `size` copies of `fill`, generated while deflating (never in memory).
void write_zip_filled(const std::filesystem::path& p, const std::string& entry, std::size_t size,
                      char fill);
/// A minimal .docx around a w:body's inner XML (plus optional extra parts, e.g. footnotes).
std::string docx_with_body(const std::string& body_xml);
void write_docx(const std::filesystem::path& p, const std::string& body_xml,
                const std::vector<std::pair<std::string, std::string>>& extra = {},
                bool store = false);

/// The text of a sample report in reports/.
std::string sample(const std::string& name);

}  // namespace fz::reliability
