#include "engine/cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fz::cli {
namespace {

// Writes all of `content` to `fd`; false (errno set) on failure.
bool write_all(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

std::optional<std::string> write_atomic(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  fs::path target(path);
  std::error_code ec;
  // --out link.json updates the file the link points to, not the link; and a target that exists
  // but is no regular file (/dev/null, /dev/stdout, a FIFO) is written in place — renaming a
  // temporary over it would replace the device node itself (as root, /dev/null).
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    fs::path resolved = fs::weakly_canonical(target, ec);
    if (!ec) target = resolved;
  }
  fs::file_status st = fs::status(target, ec);
  if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
    if (fs::is_directory(st)) return path + ": is a directory";
    int fd = ::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) return path + ": " + std::strerror(errno);
    if (!write_all(fd, content)) {
      std::string err = std::strerror(errno);
      ::close(fd);
      return path + ": " + err;
    }
    return ::close(fd) == 0 ? std::nullopt : std::optional<std::string>(path + ": " + std::strerror(errno));
  }
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) return path + ": cannot create a temporary file: " + std::strerror(errno);
  if (!write_all(fd, content)) {
    std::string err = std::strerror(errno);
    ::close(fd);
    ::unlink(name.data());
    return path + ": " + err;
  }
  mode_t mask = ::umask(0);
  ::umask(mask);
  bool ok = ::fchmod(fd, 0666 & ~mask) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(name.data());
    return path + ": " + std::strerror(saved);
  }
  if (std::rename(name.data(), target.c_str()) != 0) {
    std::string err = std::strerror(errno);
    ::unlink(name.data());
    return path + ": " + err;
  }
  return std::nullopt;
}

}  // namespace fz::cli
