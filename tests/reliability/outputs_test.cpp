// Nothing a command writes can be hijacked or lost (issue 18, cases 6–10 and the --out items of
// 15): one atomic writer for every output (unique mkstemp temporaries, the umask passed as a
// value), a lock per batch output, --out checked before any scoring, device nodes and FIFOs
// written into rather than replaced, and symlinks planted at fzscore's own names never followed.
// The writer and the lock are also exercised directly (engine/cli/atomic_file, output_lock).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "engine/cli/atomic_file.hpp"
#include "engine/cli/output_lock.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;
namespace fs = std::filesystem;

namespace {

const std::string kGood = "reports/guanxian-2023.txt";

/// A short report that scores in milliseconds (with --checklist): many of them make a batch with
/// many pages that still runs in a second.
std::string tiny_report(int n) {
  return "某县" + std::to_string(n) +
         "号 "
         "2023年法治政府建设情况报告\n一、主要工作情况\n我们全面推行行政执法三项制度，办理行政复议"
         "案件" +
         std::to_string(n) +
         "件。\n二、存在的不足和原因\n法治宣传教育不够深入。\n"
         "三、下一步工作打算\n下一步，我们将加强执法监督。\n";
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

/// Reads a FIFO until its writer closes it (or 30 s), on a thread, while a command writes to it.
struct FifoReader {
  int fd = -1;
  std::string got;
  std::thread t;
  explicit FifoReader(const fs::path& fifo) {
    fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    t = std::thread([this] {
      char buf[65536];
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      bool writer_seen = false;
      while (std::chrono::steady_clock::now() < until) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
          got.append(buf, static_cast<std::size_t>(n));
          writer_seen = true;
        } else if (n == 0 && writer_seen) {
          break;
        } else {
          std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
      }
    });
  }
  std::string finish() {
    t.join();
    ::close(fd);
    return got;
  }
};

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("outputs: batch --out into a FIFO, a device or through a symlink keeps the node") {
  TempDir dir("nodes");
  fs::create_directories(dir / "in");
  fs::copy_file(std::string(FZ_SOURCE_DIR) + "/" + kGood, dir / "in/guanxian-2023.txt");
  RunResult plain =
      run_fzscore({"batch", (dir / "in").string(), "--out", (dir / "plain.jsonl").string()});
  REQUIRE(plain.exit_code == 0);
  const std::string expected = read_file(dir / "plain.jsonl");

  // A FIFO stands for /dev/stdout or a pipe to another program: written into, like `> f.out`.
  fs::path fifo = dir / "f.out";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  FifoReader reader(fifo);
  RunResult r = run_fzscore({"batch", (dir / "in").string(), "--out", fifo.string()});
  std::string got = reader.finish();
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::is_fifo(fs::symlink_status(fifo)));  // it used to become a regular file
  CHECK(got == expected);
  CHECK(names_in(dir.path) == std::vector<std::string>{"f.out", "in", "plain.jsonl"});
  // --resume needs a file it can rename: refused before anything is read.
  CHECK(
      run_fzscore({"batch", (dir / "in").string(), "--out", fifo.string(), "--resume"}).exit_code ==
      2);

  // A symlink the user named is written through: the link stays, its target gets the lines.
  dir.file("target.jsonl", "old\n");
  fs::create_symlink("target.jsonl", dir / "link.jsonl");
  REQUIRE(run_fzscore({"batch", (dir / "in").string(), "--out", (dir / "link.jsonl").string()})
              .exit_code == 0);
  CHECK(fs::is_symlink(dir / "link.jsonl"));
  CHECK(read_file(dir / "target.jsonl") == expected);

  if (::geteuid() != 0) {
    MESSAGE("not root: the device-node cases need mknod");
    return;
  }
  // A copy of /dev/null (as root, `--out /dev/null` replaced /dev/null with a regular file).
  fs::path null_copy = dir / "nulldev";
  REQUIRE(::mknod(null_copy.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  RunResult n = run_fzscore({"batch", (dir / "in").string(), "--out", null_copy.string(), "--html",
                             (dir / "dash").string()});
  INFO(n.err);
  CHECK(n.exit_code == 0);
  CHECK(fs::is_character_file(fs::symlink_status(null_copy)));
  CHECK_FALSE(fs::exists(dir / "nulldev.lock"));
  // A block device is refused, before any scoring (writing a disk is never what was meant).
  fs::path blk = dir / "blk";
  REQUIRE(::mknod(blk.c_str(), S_IFBLK | 0600, makedev(7, 200)) == 0);
  RunResult b = run_fzscore({"batch", (dir / "in").string(), "--out", blk.string()});
  CHECK(b.exit_code == 2);
  CHECK(b.err.find("block device") != std::string::npos);
}

TEST_CASE("outputs: --out /dev/stdout into a pipe writes into the pipe") {
  // /dev/stdout's chain of links ends in /proc's "pipe:[N]", which is no path: the node is
  // opened through the name given.
  std::string cmd =
      std::string(FZ_BINARY) + " score " + kGood + " --format json --out /dev/stdout | head -c 60";
  std::FILE* pipe = ::popen(("cd " + std::string(FZ_SOURCE_DIR) + " && " + cmd).c_str(), "r");
  REQUIRE(pipe);
  char buf[64] = {};
  std::size_t n = std::fread(buf, 1, sizeof buf - 1, pipe);
  CHECK(::pclose(pipe) == 0);
  CHECK(std::string(buf, n).find("\"file\": \"reports/guanxian-2023.txt\"") != std::string::npos);
}

TEST_CASE("outputs: symlinks planted at fzscore's own names are never written through") {
  TempDir dir("planted");
  fs::create_directories(dir / "in");
  fs::copy_file(std::string(FZ_SOURCE_DIR) + "/" + kGood, dir / "in/guanxian-2023.txt");
  std::string victim = dir.file("victim.conf", "IMPORTANT\n");
  std::string victim2 = dir.file("victim2.conf", "IMPORTANT\n");
  std::string victim3 = dir.file("victim3.conf", "IMPORTANT\n");
  // The names the red team planted links at: OUT.partial, OUT.resume.tmp, DIR/00000-<stem>.html.
  fs::create_symlink(victim, dir / "r.jsonl.partial");
  fs::create_symlink(victim2, dir / "r.jsonl.resume.tmp");
  fs::create_directories(dir / "dash");
  fs::create_symlink(victim3, dir / "dash/00000-guanxian-2023.html");
  RunResult r = run_fzscore({"batch", (dir / "in").string(), "--out", (dir / "r.jsonl").string(),
                             "--html", (dir / "dash").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  RunResult again = run_fzscore(
      {"batch", (dir / "in").string(), "--out", (dir / "r.jsonl").string(), "--resume"});
  CHECK(again.exit_code == 0);
  CHECK(read_file(victim) == "IMPORTANT\n");
  CHECK(read_file(victim2) == "IMPORTANT\n");
  CHECK(read_file(victim3) == "IMPORTANT\n");
  // The page replaced the link (a regular file now); OUT is whole.
  CHECK(fs::is_regular_file(fs::symlink_status(dir / "dash/00000-guanxian-2023.html")));
  CHECK(read_file(dir / "dash/00000-guanxian-2023.html").find("<html") != std::string::npos);
  CHECK(read_file(dir / "r.jsonl").rfind("{\"file\":", 0) == 0);

  // A link planted at the lock's name: refused (exit 2), and the target is not touched.
  std::string victim4 = dir.file("victim4.conf", "IMPORTANT\n");
  fs::create_symlink(victim4, dir / "s.jsonl.lock");
  RunResult l = run_fzscore({"batch", (dir / "in").string(), "--out", (dir / "s.jsonl").string()});
  CHECK(l.exit_code == 2);
  CHECK(l.err.find("s.jsonl.lock") != std::string::npos);
  CHECK(read_file(victim4) == "IMPORTANT\n");
  CHECK_FALSE(fs::exists(dir / "s.jsonl"));
}

TEST_CASE("outputs: pages, index and OUT get the umask's mode with parallel workers") {
  TempDir dir("umask");
  for (int i = 0; i < 150; ++i)
    dir.file("in/r" + std::to_string(1000 + i) + ".txt", tiny_report(i));
  mode_t before = ::umask(027);
  RunResult r = run_fzscore({"batch", (dir / "in").string(), "--out", (dir / "o.jsonl").string(),
                             "--html", (dir / "dash").string(), "--jobs", "2", "--checklist",
                             "checklists/gangyao-2021.fz"});
  ::umask(before);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::size_t pages = 0, wrong = 0;
  for (const auto& e : fs::directory_iterator(dir / "dash")) {
    ++pages;
    if (mode_of(e.path()) != 0640) ++wrong;  // umask(0) raced between workers: 0666 pages
  }
  CHECK(pages == 151);
  CHECK(wrong == 0);
  CHECK(mode_of(dir / "dash/index.html") == 0640);
  CHECK(mode_of(dir / "o.jsonl") == 0640);
}

TEST_CASE("outputs: the writer takes the mode from the umask value, never from the process") {
  TempDir dir("writer");
  mode_t before = ::umask(0);
  auto err = fz::cli::write_atomic((dir / "a.txt").string(), "x", fz::cli::Existing::follow, 027);
  ::umask(before);
  CHECK_FALSE(err);
  CHECK(mode_of(dir / "a.txt") == 0640);
  CHECK(fz::cli::read_umask() == before);
  // Temporaries are unique, so two writers of one target never share a file.
  auto a = fz::cli::AtomicFile::create({(dir / "t.txt").string(), false}, 022);
  auto b = fz::cli::AtomicFile::create({(dir / "t.txt").string(), false}, 022);
  REQUIRE(std::holds_alternative<fz::cli::AtomicFile>(a));
  REQUIRE(std::holds_alternative<fz::cli::AtomicFile>(b));
  CHECK(std::get<fz::cli::AtomicFile>(a).temp_path() !=
        std::get<fz::cli::AtomicFile>(b).temp_path());
  CHECK(std::get<fz::cli::AtomicFile>(b).write("second"));
  CHECK_FALSE(std::get<fz::cli::AtomicFile>(b).commit());
  CHECK(read_file(dir / "t.txt") == "second");
}

TEST_CASE(
    "outputs: two batches on one --out: the second fails fast while the first holds the lock") {
  TempDir dir("lock");
  fs::create_directories(dir / "in");
  fs::copy_file(std::string(FZ_SOURCE_DIR) + "/" + kGood, dir / "in/guanxian-2023.txt");
  const std::string out = (dir / "s.jsonl").string();
  {
    auto held = fz::cli::OutputLock::take(out, 022);  // what a running batch holds
    REQUIRE(std::holds_alternative<fz::cli::OutputLock>(held));
    CHECK(std::holds_alternative<std::string>(fz::cli::OutputLock::take(out, 022)));
    RunResult second = run_fzscore({"batch", (dir / "in").string(), "--out", out});
    INFO(second.err);
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("another fzscore batch is writing") != std::string::npos);
    CHECK(second.err.find("s.jsonl.lock") != std::string::npos);
    CHECK(names_in(dir.path) == std::vector<std::string>{"in", "s.jsonl.lock"});
  }
  CHECK_FALSE(fs::exists(out + ".lock"));  // released and removed
  RunResult next = run_fzscore({"batch", (dir / "in").string(), "--out", out});
  CHECK(next.exit_code == 0);
  CHECK(names_in(dir.path) == std::vector<std::string>{"in", "s.jsonl"});
}

TEST_CASE("outputs: --out naming an input, or a directory, is exit 2 before any scoring") {
  TempDir dir("outin");
  std::string m = dir.file("m.txt", read_file(std::string(FZ_SOURCE_DIR) + "/" + kGood));
  const std::string original = read_file(m);
  for (const char* fmt : {"json", "text"}) {
    RunResult r = run_fzscore({"score", m, "--format", fmt, "--out", m});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("is one of the inputs") != std::string::npos);
  }
  // Through a symlink, a hard link, a path spelled differently, a path read from stdin.
  fs::create_symlink(m, dir / "sym.txt");
  fs::create_hard_link(m, dir / "hard.txt");
  for (const fs::path& alias : {dir / "sym.txt", dir / "hard.txt", dir / "." / "m.txt"})
    CHECK(run_fzscore({"score", m, "--format", "json", "--out", alias.string()}).exit_code == 2);
  CHECK(fz::test::run_cli({"score", "--files-from", "-", "--format", "json", "--out", m}, m + "\n").exit_code == 2);
  CHECK(run_fzscore({"gate", m, "--format", "junit", "--out", m}).exit_code == 2);
  CHECK(run_fzscore({"gaps", m, "--out", m}).exit_code == 2);
  CHECK(read_file(m) == original);

  fs::create_directories(dir / "b");
  std::string in_b = dir.file("b/guanxian-2023.txt", original);
  RunResult b = run_fzscore({"batch", (dir / "b").string(), "--out", in_b});
  INFO(b.err);
  CHECK(b.exit_code == 2);
  CHECK(b.err.find("is one of the inputs") != std::string::npos);
  CHECK(read_file(in_b) == original);
  CHECK(names_in(dir / "b") == std::vector<std::string>{"guanxian-2023.txt"});

  // An existing directory as --out: said at once, nothing scored, nothing left behind. A missing
  // input among the reports shows it: scored, it would have been reported as failed.
  fs::create_directories(dir / "adir");
  RunResult d = run_fzscore({"batch", (dir / "b").string(), (dir / "missing.txt").string(), "--out",
                             (dir / "adir").string()});
  INFO(d.err);
  CHECK(d.exit_code == 2);
  CHECK(d.err.find("is a directory") != std::string::npos);
  CHECK(d.err.find("failed") == std::string::npos);
  CHECK(fs::is_empty(dir / "adir"));
  CHECK(names_in(dir.path) ==
        std::vector<std::string>{"adir", "b", "hard.txt", "m.txt", "sym.txt"});
}
