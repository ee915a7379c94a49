#include "engine/cli/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace fz::cli {

std::variant<OutputLock, std::string> OutputLock::take(const std::string& target, mode_t umask) {
  const std::string path = target + ".lock";
  // The holder removes the file before releasing it, so a lock taken on a file that is no longer
  // at `path` is stale: try again on the new one (a few times; each retry means a batch ended).
  for (int attempt = 0; attempt < 8; ++attempt) {
    int fd =
        ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0666 & ~umask);
    if (fd < 0) {
      if (errno == ELOOP) return path + ": is a symbolic link; refusing to use it as a lock";
      return path + ": cannot create the lock file: " + std::strerror(errno);
    }
    struct stat held {
    }, now{};
    if (::fstat(fd, &held) != 0 || !S_ISREG(held.st_mode)) {
      ::close(fd);
      return path + ": is not a regular file; refusing to use it as a lock";
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int e = errno;
      ::close(fd);
      if (e == EWOULDBLOCK)
        return "another fzscore batch is writing " + target + " (it holds " + path +
               "); wait for it to finish, or choose another --out";
      return path + ": cannot lock: " + std::strerror(e);
    }
    if (::lstat(path.c_str(), &now) == 0 && now.st_dev == held.st_dev && now.st_ino == held.st_ino)
      return OutputLock(path, fd);
    ::close(fd);
  }
  return path + ": the lock file keeps changing; is another batch starting and stopping?";
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());
  ::close(fd_);
}

}  // namespace fz::cli
