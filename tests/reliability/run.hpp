// Test helpers for the reliability suite: run the real `fzscore` binary (through
// tests/support/run_cli); temp dirs; small .docx and zip builders over libzip.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/run_cli.hpp"

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

/// The one process runner of the tests (tests/support/run_cli): stdin empty, cwd the source tree.
using RunResult = fz::test::CliResult;
inline RunResult run_fzscore(const std::vector<std::string>& args) {
  return fz::test::run_cli(args);
}

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
