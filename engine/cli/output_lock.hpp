// OutputLock: one batch at a time per output file. Two batches writing the same --out used to
// truncate and rename each other's files (one run exited 0 without its results, and OUT held a
// line of NUL bytes). A batch holds an flock on `OUT.lock` from before it reads resume data until
// OUT is renamed into place; a second batch with the same OUT fails at once (exit 2) with a
// message naming the lock, rather than waiting an unknown time in CI.
#pragma once

#include <sys/types.h>

#include <string>
#include <variant>

namespace fz::cli {

class OutputLock {
 public:
  /// Takes the lock for `target` (the resolved --out path). The lock file is opened with
  /// O_NOFOLLOW (a planted symlink is refused) and must be a regular file; the error message
  /// names it and says another batch holds it when that is the reason.
  static std::variant<OutputLock, std::string> take(const std::string& target, mode_t umask);
  OutputLock(OutputLock&& o) noexcept : path_(std::move(o.path_)), fd_(o.fd_) { o.fd_ = -1; }
  OutputLock& operator=(OutputLock&&) = delete;
  OutputLock(const OutputLock&) = delete;
  /// Removes the lock file while still holding it, then releases it.
  ~OutputLock();

  const std::string& path() const { return path_; }

 private:
  OutputLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::string path_;
  int fd_ = -1;
};

}  // namespace fz::cli
