#include "tests/support/files.hpp"

#include <doctest/doctest.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

namespace fz::test {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TempDir::TempDir(const std::string& tag) {
  static int counter = 0;
  path = fs::temp_directory_path() /
         ("fz_rel_" + tag + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  fs::remove_all(path);
  fs::create_directories(path);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path, ec);
}

std::string TempDir::file(const std::string& name, const std::string& bytes) const {
  fs::path p = path / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

void write_zip(const fs::path& p, const std::vector<std::pair<std::string, std::string>>& entries,
               bool store) {
  fs::remove(p);
  int err = 0;
  zip_t* z = zip_open(p.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  for (const auto& [entry, content] : entries) {
    zip_source_t* src = zip_source_buffer(z, content.data(), content.size(), 0);
    zip_int64_t i = zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE);
    REQUIRE(i >= 0);
    if (store) REQUIRE(zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0) == 0);
  }
  REQUIRE(zip_close(z) == 0);
}

namespace {
struct Filled {
  std::size_t size, done = 0;
  char fill;
};
zip_int64_t filled_cb(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* f = static_cast<Filled*>(state);
  switch (cmd) {
    case ZIP_SOURCE_OPEN: f->done = 0; return 0;
    case ZIP_SOURCE_READ: {
      std::size_t n = std::min<std::size_t>(len, f->size - f->done);
      std::memset(data, f->fill, n);
      f->done += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE: return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->size = f->size;
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_FREE: return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_FREE, -1);
    default: return -1;
  }
}
}  // namespace

void write_zip_filled(const fs::path& p, const std::string& entry, std::size_t size, char fill) {
  fs::remove(p);
  int err = 0;
  zip_t* z = zip_open(p.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  Filled state{size, 0, fill};
  zip_source_t* src = zip_source_function(z, filled_cb, &state);
  REQUIRE(zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(z) == 0);
}

std::string docx_with_body(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "</w:body></w:document>";
}

void write_docx(const fs::path& p, const std::string& body,
                const std::vector<std::pair<std::string, std::string>>& extra, bool store) {
  std::vector<std::pair<std::string, std::string>> entries{
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
      {"word/document.xml", docx_with_body(body)}};
  entries.insert(entries.end(), extra.begin(), extra.end());
  write_zip(p, entries, store);
}

std::string sample(const std::string& name) {
  return read_file(fs::path(FZ_SOURCE_DIR) / "reports" / name);
}

}  // namespace fz::test
