// Nothing lost: inputs are never modified by any command, and outputs (--out) appear whole or not
// at all — a failed run leaves an existing output file as it was and no temporary behind.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>

#include "tests/reliability/run.hpp"

namespace fs = std::filesystem;
using namespace fz::reliability;

namespace {

struct Snapshot {
  std::string bytes;
  struct timespec mtime {};
  mode_t mode = 0;
  bool operator==(const Snapshot& o) const {
    return bytes == o.bytes && mtime.tv_sec == o.mtime.tv_sec && mtime.tv_nsec == o.mtime.tv_nsec &&
           mode == o.mode;
  }
};

Snapshot snap(const fs::path& p) {
  Snapshot s;
  s.bytes = read_file(p);
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  s.mtime = st.st_mtim;
  s.mode = st.st_mode;
  return s;
}

// Names in `dir` other than `keep`: temporaries a failed write might have left.
std::vector<std::string> others(const fs::path& dir, const std::set<std::string>& keep) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (!keep.count(e.path().filename().string())) out.push_back(e.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("nothing lost: no command modifies its inputs (all sample reports, every format)") {
  TempDir dir("inputs");
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(fs::path(FZ_SOURCE_DIR) / "reports"))
    inputs.push_back(e.path());
  inputs.push_back(fs::path(FZ_SOURCE_DIR) / "tests/fixtures/libreoffice/guanxian-2023.docx");
  inputs.push_back(fs::path(dir.file("page.html", "<html><body><p>2023年法治政府建设情况报告</p><p>一、主要工作</p></body></html>")));
  std::map<fs::path, Snapshot> before;
  for (const auto& p : inputs) before[p] = snap(p);
  Snapshot checklist = snap(fs::path(FZ_SOURCE_DIR) / "checklists/gangyao-2021.fz");
  Snapshot gate_yaml = snap(fs::path(FZ_SOURCE_DIR) / "checklists/gate.yaml");

  for (const auto& p : inputs) {
    for (std::vector<std::string> args : {std::vector<std::string>{"score", p.string(), "--format", "json"},
                                          {"gate", p.string()},
                                          {"text", p.string()},
                                          {"outline", p.string()},
                                          {"gaps", p.string()}}) {
      RunResult r = run_fzscore(args);
      INFO(args[0] << " " << p << ": " << r.err);
      CHECK(r.signal == 0);
      CHECK(r.exit_code >= 0);
      CHECK(r.exit_code <= 2);
    }
  }
  for (const auto& p : inputs) {
    INFO(p);
    CHECK(snap(p) == before[p]);
  }
  CHECK(snap(fs::path(FZ_SOURCE_DIR) / "checklists/gangyao-2021.fz") == checklist);
  CHECK(snap(fs::path(FZ_SOURCE_DIR) / "checklists/gate.yaml") == gate_yaml);
}

TEST_CASE("nothing lost: --out is written whole, and a failed run keeps the previous file") {
  ::umask(022);
  TempDir dir("out");
  std::string out = (dir / "result.json").string();
  const std::string report = "reports/guanxian-2023.txt";

  RunResult ok = run_fzscore({"score", report, "--format", "json", "--out", out});
  REQUIRE(ok.exit_code == 0);
  CHECK(ok.out.empty());
  CHECK(read_file(out) == run_fzscore({"score", report, "--format", "json"}).out);
  CHECK((snap(out).mode & 0777) == 0644);  // the umask's mode, not mkstemp's 0600

  // A run with a failed input: exit 2, the previous result untouched, no temporaries.
  Snapshot previous = snap(out);
  for (const char* cmd : {"score", "gate"}) {
    RunResult bad = run_fzscore({cmd, report, (dir / "missing.txt").string(), "--format", "json",
                                 "--out", out});
    INFO(bad.err);
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("missing.txt") != std::string::npos);
    CHECK(snap(out) == previous);
    CHECK(others(dir.path, {"result.json"}).empty());
  }

  // Writing fails: --out names a directory, or a path in a directory that does not exist.
  fs::create_directory(dir / "adir");
  RunResult isdir = run_fzscore({"score", report, "--out", (dir / "adir").string()});
  CHECK(isdir.exit_code == 2);
  CHECK(isdir.err.find((dir / "adir").string()) != std::string::npos);
  CHECK(fs::is_directory(dir / "adir"));
  CHECK(fs::is_empty(dir / "adir"));
  RunResult nodir = run_fzscore({"score", report, "--out", (dir / "no/such/dir/r.json").string()});
  CHECK(nodir.exit_code == 2);
  CHECK(nodir.err.find("no/such/dir/r.json") != std::string::npos);
  CHECK(others(dir.path, {"result.json", "adir"}).empty());
}

TEST_CASE("nothing lost: --out through a symlink or into a FIFO keeps the link and the FIFO") {
  TempDir dir("special");
  const std::string report = "reports/guanxian-2023.txt";
  std::string expected = run_fzscore({"score", report, "--format", "json"}).out;

  std::string real = dir.file("real.json", "old");
  fs::create_symlink(real, dir / "link.json");
  REQUIRE(run_fzscore({"score", report, "--format", "json", "--out", (dir / "link.json").string()}).exit_code == 0);
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(read_file(real) == expected);

  // A FIFO stands in for /dev/null or /dev/stdout: renaming over it would replace the node.
  fs::path fifo = dir / "pipe.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  int rd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(rd >= 0);
  std::string got;
  std::thread drain([&] {
    char buf[65536];
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    bool writer_seen = false;
    while (std::chrono::steady_clock::now() < until) {
      ssize_t n = ::read(rd, buf, sizeof buf);
      if (n > 0) {
        got.append(buf, static_cast<std::size_t>(n));
        writer_seen = true;
      } else if (n == 0 && writer_seen) {
        break;  // the writer closed
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
  });
  RunResult r = run_fzscore({"score", report, "--format", "json", "--out", fifo.string()});
  drain.join();
  ::close(rd);
  CHECK(r.exit_code == 0);
  CHECK(fs::is_fifo(fifo));
  CHECK(got == expected);
}
