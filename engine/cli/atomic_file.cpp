#include "engine/cli/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fz::cli {
namespace {

namespace fs = std::filesystem;

// Writes all of `content` to `fd`; false (errno set) on failure.
bool write_all(int fd, std::string_view content) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

mode_t read_umask() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  mode_t mask = ::umask(0);  // kernels before 4.7: only while single-threaded (see the header)
  ::umask(mask);
  return mask;
}

std::variant<OutputTarget, std::string> resolve_output(const std::string& path, Existing existing) {
  if (path.empty()) return std::string("an empty output path");
  struct stat st {};
  if (existing == Existing::follow && ::stat(path.c_str(), &st) == 0) {
    // What the user's path leads to. A FIFO or character device is opened through the path as
    // given (/dev/stdout's chain ends in /proc's "pipe:[N]", which is no path at all).
    if (S_ISDIR(st.st_mode)) return path + ": is a directory";
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) return OutputTarget{path, true};
    if (!S_ISREG(st.st_mode))
      return path + ": is a block device or socket; refusing to write to it";
  }
  fs::path p(path);
  // A user-named symlink is followed link by link to the file it ends at, so the temporary is
  // renamed over that file and the link stays (a dangling link's target is created, as the
  // shell's `>` does); a name fzscore chose is never followed.
  for (int hops = 0;
       existing == Existing::follow && ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
       ++hops) {
    if (hops == 40) return path + ": too many levels of symbolic links";
    std::error_code ec;
    fs::path next = fs::read_symlink(p, ec);
    if (ec) return path + ": " + ec.message();
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  if (::lstat(p.c_str(), &st) != 0) {
    if (errno != ENOENT) return path + ": " + errno_text();
    fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      return path + ": the directory " + dir.string() + " does not exist";
    return OutputTarget{p.string(), false};
  }
  if (S_ISDIR(st.st_mode)) return path + ": is a directory";
  return OutputTarget{p.string(), false};  // a regular file, or (replace) whatever is there
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  std::error_code ea, eb;
  fs::path ca = fs::weakly_canonical(fs::absolute(a, ea), ea);
  fs::path cb = fs::weakly_canonical(fs::absolute(b, eb), eb);
  return !ea && !eb && ca == cb;
}

std::optional<std::string> check_output(const std::string& path,
                                        const std::vector<std::string>& inputs,
                                        const char* option) {
  auto target = resolve_output(path, Existing::follow);
  if (auto* err = std::get_if<std::string>(&target)) return std::string(option) + " " + *err;
  for (const auto& in : inputs)
    if (same_file(path, in))
      return std::string(option) + " " + path + " is one of the inputs (" + in +
             "); refusing to overwrite it";
  return std::nullopt;
}

std::variant<AtomicFile, std::string> AtomicFile::create(const OutputTarget& target, mode_t umask,
                                                         std::string temp_stem) {
  fs::path t(target.path);
  fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
  if (temp_stem.empty()) temp_stem = "." + t.filename().string() + ".tmp.";
  if (temp_stem.size() > 200) temp_stem.resize(200);  // NAME_MAX is 255 with the XXXXXX
  std::string name = (dir / (temp_stem + "XXXXXX")).string();
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) return target.path + ": cannot create a temporary file: " + errno_text();
  return AtomicFile(target.path, name, fd, umask);
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : target_(std::move(o.target_)),
      temp_(std::move(o.temp_)),
      error_(std::move(o.error_)),
      fd_(o.fd_),
      umask_(o.umask_),
      keep_(o.keep_),
      done_(o.done_) {
  o.fd_ = -1;
  o.done_ = true;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!done_ && !keep_) ::unlink(temp_.c_str());
}

bool AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0) return false;
  if (write_all(fd_, bytes)) return true;
  error_ = target_ + ": " + errno_text();
  return false;
}

std::optional<std::string> AtomicFile::commit() {
  if (fd_ < 0) return target_ + ": already closed";
  bool ok = ::fchmod(fd_, 0666 & ~umask_) == 0 && ::fsync(fd_) == 0;
  std::string err = ok ? "" : errno_text();
  if (::close(fd_) != 0 && ok) {
    ok = false;
    err = errno_text();
  }
  fd_ = -1;
  if (ok && std::rename(temp_.c_str(), target_.c_str()) != 0) {
    ok = false;
    err = errno_text();
  }
  if (!ok) {
    if (!keep_) ::unlink(temp_.c_str());
    return target_ + ": " + err;
  }
  done_ = true;
  return std::nullopt;
}

std::optional<std::string> write_atomic(const std::string& path, std::string_view content,
                                        Existing existing, mode_t umask) {
  auto resolved = resolve_output(path, existing);
  if (auto* err = std::get_if<std::string>(&resolved)) return *err;
  const OutputTarget& target = std::get<OutputTarget>(resolved);
  if (target.in_place) {
    int fd = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return path + ": " + errno_text();
    bool ok = write_all(fd, content);
    std::string err = ok ? "" : errno_text();
    if (::close(fd) != 0 && ok) {
      ok = false;
      err = errno_text();
    }
    return ok ? std::nullopt : std::optional<std::string>(path + ": " + err);
  }
  auto file = AtomicFile::create(target, umask);
  if (auto* err = std::get_if<std::string>(&file)) return *err;
  AtomicFile& f = std::get<AtomicFile>(file);
  if (!f.write(content)) return f.error();
  return f.commit();
}

}  // namespace fz::cli
