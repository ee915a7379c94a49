// Files for tests: temporary directories, the sample reports, and small zip / .docx archives
// built with libzip (including a zip bomb streamed while deflating, never held in memory).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace fz::test {

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

}  // namespace fz::test
