// Atomic output: every file fzscore writes (score/gate --out, batch --out, --html pages and
// index, the --resume store) is written under a unique temporary name beside its target and
// renamed over it, so a reader (CI, batch scripts) never sees a half-written result and nothing
// is written through a name someone else could have planted:
//  - the temporary comes from mkstemp (O_CREAT|O_EXCL: a symlink planted at a predictable name is
//    never followed, and two runs never share a temporary);
//  - it is fsynced, given the umask's mode (0666 & ~umask; mkstemp's is 0600), then renamed;
//  - the umask is read once by the command before it starts threads, and passed in as a value:
//    umask() can only be read by setting it, which raced between batch workers (pages 0666).
// What an existing target gets depends on who chose its name (`Existing`).
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace fz::cli {

/// The process umask, from /proc/self/status (no change to the process); where that is missing,
/// by setting and restoring it, which is only safe while the process has one thread. Call it at
/// the start of a command and pass the value on.
mode_t read_umask();

/// How an existing target is treated.
enum class Existing {
  /// A path the user named (--out). A symlink is written through: its final target is replaced
  /// and the link kept (a dangling link's target is created). A FIFO or a character device
  /// (/dev/null, /dev/stdout) is written into in place, as `> file` would: renaming over it
  /// would replace the node itself (as root, /dev/null). A directory, block device or socket
  /// is refused.
  follow,
  /// A name fzscore chose (a report page, index.html). Never written through: whatever is at
  /// the name — a planted symlink included — is replaced by the new file; a directory is refused.
  replace,
};

/// Where the bytes for a target go, decided before any work is done.
struct OutputTarget {
  std::string
      path;  ///< the file to replace (a followed symlink's target), or the node to write into
  bool in_place = false;  ///< a FIFO or character device: written directly, no temporary
};

/// Checks `path` as an output: its directory exists, it is not a directory, block device or socket,
/// and a symlink resolves. Returns the target, or a message naming `path`.
std::variant<OutputTarget, std::string> resolve_output(const std::string& path, Existing existing);

/// True when `a` and `b` are the same file: the same device and inode (hard links, symlinks,
/// bind mounts), or the same path once made absolute and canonical (when either does not exist).
bool same_file(const std::string& a, const std::string& b);

/// What `--out PATH` (or another output `option`) is checked for before any report is scored:
/// resolve_output (a directory, a missing directory, a block device), and not one of `inputs`
/// (same_file: the result would replace the report). The message names the option and PATH;
/// nullopt when it may be written.
std::optional<std::string> check_output(const std::string& path,
                                        const std::vector<std::string>& inputs,
                                        const char* option = "--out");

/// A file being written under a unique temporary beside its target and renamed over it by
/// commit(). Without commit() the destructor removes the temporary, unless keep() was called
/// (an interrupted batch leaves its partial output for --resume).
class AtomicFile {
 public:
  /// Creates the temporary `<dir>/<temp_stem>XXXXXX` for `target` (a resolved, not in-place
  /// OutputTarget). `temp_stem` defaults to ".<name>.tmp.".
  static std::variant<AtomicFile, std::string> create(const OutputTarget& target, mode_t umask,
                                                      std::string temp_stem = "");
  AtomicFile(AtomicFile&& o) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();

  /// Appends bytes; false (and error() says why) on failure.
  bool write(std::string_view bytes);
  /// fsync, mode 0666 & ~umask, close, rename over the target. The error names the target.
  std::optional<std::string> commit();
  /// Leaves the temporary where it is when this object is destroyed without commit().
  void keep() { keep_ = true; }

  const std::string& temp_path() const { return temp_; }
  const std::string& target_path() const { return target_; }
  const std::string& error() const { return error_; }

 private:
  AtomicFile(std::string target, std::string temp, int fd, mode_t umask)
      : target_(std::move(target)), temp_(std::move(temp)), fd_(fd), umask_(umask) {}
  std::string target_, temp_, error_;
  int fd_ = -1;
  mode_t umask_ = 022;
  bool keep_ = false, done_ = false;
};

/// Writes `content` to `path` as a whole (resolve_output, then AtomicFile or in place); returns
/// an error message naming `path` on failure.
std::optional<std::string> write_atomic(const std::string& path, std::string_view content,
                                        Existing existing, mode_t umask);

}  // namespace fz::cli
