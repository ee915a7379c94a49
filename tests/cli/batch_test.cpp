// Batch: input collection, the ordered bounded-window runner, resume lines, and the CLI end to
// end (FZ_BINARY over reports/): identical output for any --jobs, error lines with exit 2,
// --resume after an interrupted run, and `score --format jsonl --files-from -` reading paths from
// stdin.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "engine/batch/inputs.hpp"
#include "engine/batch/ordered.hpp"
#include "engine/batch/resume.hpp"
#include "engine/render/html.hpp"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string t = (fs::temp_directory_path() / "fzbatch.XXXXXX").string();
    path = mkdtemp(t.data());
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

int sh(const std::string& cmd) {
  int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

const std::string kBin = FZ_BINARY;

}  // namespace

TEST_CASE("collect_inputs walks directories sorted and keeps named files") {
  TempDir t;
  fs::create_directories(t.path / "b" / "c");
  for (auto n : {"b/z.txt", "b/a.md", "b/c/m.docx", "b/skip.json", "b/c/x.PDF"}) spit(t.path / n, "x");
  auto got = fz::batch::collect_inputs({(t.path / "b").string(), "missing.txt"});
  std::vector<std::string> want = {(t.path / "b/a.md").string(), (t.path / "b/c/m.docx").string(),
                                   (t.path / "b/c/x.PDF").string(), (t.path / "b/z.txt").string(),
                                   "missing.txt"};
  CHECK(got == want);
}

TEST_CASE("run_ordered delivers in index order within the window, whatever the jobs") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<std::size_t> started{0};
    std::size_t consumed = 0, max_ahead = 0;
    std::vector<std::size_t> order;
    fz::batch::run_ordered<std::size_t>(
        200, jobs, 8,
        [&](std::size_t i, unsigned) {
          std::size_t s = ++started;
          (void)s;
          std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 300));
          return i * 2;
        },
        [&](std::size_t i, std::size_t&& r) {
          CHECK(r == i * 2);
          order.push_back(i);
          ++consumed;
          max_ahead = std::max(max_ahead, started.load() - consumed);
        });
    REQUIRE(order.size() == 200);
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
    CHECK(max_ahead <= 8);
  }
}

TEST_CASE("resume lines: file name, error lines, torn last line") {
  CHECK(fz::batch::line_file(R"({"file":"a \"q\".txt","checklist":{}})") == "a \"q\".txt");
  CHECK_FALSE(fz::batch::line_file(R"({"x":1})"));
  CHECK(fz::batch::is_error_line(R"({"file":"a.txt","error":"cannot read"})"));
  CHECK_FALSE(fz::batch::is_error_line(R"({"file":"a.txt","checklist":{}})"));
  TempDir t;
  spit(t.path / "out", "{\"file\":\"a\",\"score\":1}\n{\"file\":\"b\",\"error\":\"x\"}\n");
  spit(t.path / "partial", "{\"file\":\"a\",\"score\":2}\n{\"file\":\"c\",\"score\":3}\n{\"file\":\"d\",\"sc");
  fz::batch::ResumeStore store;
  REQUIRE_FALSE(store.build((t.path / "store").string(),
                            {(t.path / "store").string(), (t.path / "out").string(),
                             (t.path / "partial").string()}));
  CHECK(store.size() == 2);
  CHECK(store.line("a") == "{\"file\":\"a\",\"score\":2}");  // the later source wins
  CHECK(store.line("c") == "{\"file\":\"c\",\"score\":3}");
  CHECK_FALSE(store.line("b"));  // error lines are retried
  CHECK_FALSE(store.line("d"));  // torn write
}

TEST_CASE("html escape covers & < > and quotes") {
  CHECK(fz::html::escape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;");
  CHECK(fz::html::escape("法治") == "法治");
}

TEST_CASE("batch CLI: same lines for any --jobs, error lines, exit codes, resume") {
  TempDir t;
  std::string out1 = (t.path / "r1.jsonl").string(), out3 = (t.path / "r3.jsonl").string();
  REQUIRE(sh(kBin + " batch reports --out " + out1 + " --jobs 1 2>/dev/null") == 0);
  REQUIRE(sh(kBin + " batch reports --out " + out3 + " --jobs 3 2>/dev/null") == 0);
  std::string full = slurp(out1);
  CHECK(full == slurp(out3));
  auto ls = lines(full);
  REQUIRE(ls.size() >= 5);
  CHECK(ls[0].rfind("{\"file\":\"reports/", 0) == 0);
  CHECK_FALSE(fs::exists(out1 + ".partial"));

  // A missing input: an error line in its place, the rest scored, exit 2.
  std::string oute = (t.path / "re.jsonl").string();
  CHECK(sh(kBin + " batch reports/guanxian-2023.txt nope.txt --out " + oute + " 2>/dev/null") == 2);
  auto le = lines(slurp(oute));
  REQUIRE(le.size() == 2);
  CHECK(le[1].rfind("{\"file\":\"nope.txt\",\"error\":", 0) == 0);

  // Interrupted run: OUT.partial holds the first lines and a torn one; --resume completes it.
  std::string outr = (t.path / "rr.jsonl").string();
  spit(outr + ".partial", ls[0] + "\n" + ls[1] + "\n" + ls[2].substr(0, 40));
  CHECK(sh(kBin + " batch reports --out " + outr + " --resume --jobs 2 2>/dev/null") == 0);
  CHECK(slurp(outr) == full);
  CHECK_FALSE(fs::exists(outr + ".partial"));
  CHECK_FALSE(fs::exists(outr + ".resume"));

  CHECK(sh(kBin + " batch reports 2>/dev/null") == 2);  // --out is required
}

TEST_CASE("score --format jsonl --files-from - reads paths from stdin, one line each, errors as lines") {
  TempDir t;
  std::string out = (t.path / "s.jsonl").string();
  int rc = sh("printf 'reports/guanxian-2023.txt\\nnope.txt\\nreports/maojian-2022.txt\\n' | " + kBin +
              " score --format jsonl --files-from - > " + out + " 2>/dev/null");
  CHECK(rc == 2);
  auto ls = lines(slurp(out));
  REQUIRE(ls.size() == 3);
  CHECK(ls[0].rfind("{\"file\":\"reports/guanxian-2023.txt\"", 0) == 0);
  CHECK(ls[1].rfind("{\"file\":\"nope.txt\",\"error\":", 0) == 0);
  CHECK(ls[2].rfind("{\"file\":\"reports/maojian-2022.txt\"", 0) == 0);
}

TEST_CASE("score --format html writes one self-contained page") {
  TempDir t;
  std::string out = (t.path / "p.html").string();
  REQUIRE(sh(kBin + " score reports/guanxian-2023.txt --format html --out " + out) == 0);
  std::string page = slurp(out);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<mark data-item=") != std::string::npos);
  CHECK(page.find("<tr data-item=\"G15.1\"") != std::string::npos);
  for (auto ext : {"src=\"http", "href=\"http", "src=\"//", "@import"})  // no network
    CHECK(page.find(ext) == std::string::npos);
}
