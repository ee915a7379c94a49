#include "engine/input/read_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fz {

std::variant<std::string, ReadFailure> read_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return ReadFailure{"no such file"};
  if (fs::is_directory(st)) return ReadFailure{"is a directory"};
  if (!fs::is_regular_file(st)) return ReadFailure{"not a regular file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return ReadFailure{"cannot open for reading"};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in && !in.eof()) return ReadFailure{"read error"};
  return std::move(buf).str();
}

}  // namespace fz
