// What a batch reads from a folder (issue 18, case 11 and the walk item of 15): links leading out
// of the folder are not followed unless --follow-links (and the summary says which were skipped);
// dangling links, FIFOs and devices with a report's name get an error line instead of vanishing.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "engine/batch/inputs.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

bool has_line(const std::vector<std::string>& lines, const std::string& prefix) {
  for (const auto& l : lines)
    if (l.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "batch walk: a link out of the folder is skipped and reported; --follow-links follows it") {
  TempDir dir("leak");
  // Outside the scanned folder: a report-shaped secret (as /etc/passwd was in the red team's run).
  std::string secret = dir.file("private/secret.txt", sample("guanxian-2023.txt"));
  std::string inside = dir.file("scan/real.txt", sample("guanxian-2023.txt"));
  fs::create_symlink(secret, dir / "scan/leak.txt");
  fs::create_symlink(inside, dir / "scan/alias.txt");        // inside: followed
  fs::create_symlink(dir / "private", dir / "scan/outdir");  // a directory outside
  const std::string scan = (dir / "scan").string(), out = (dir / "o.jsonl").string();

  RunResult r = run_fzscore({"batch", scan, "--out", out, "--html", (dir / "dash").string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto ls = lines_of(read_file(out));
  CHECK(ls.size() == 2);
  CHECK(has_line(ls, "{\"file\":\"" + scan + "/alias.txt\""));
  CHECK(has_line(ls, "{\"file\":\"" + scan + "/real.txt\""));
  CHECK(r.err.find("2 symbolic link(s) leading outside") != std::string::npos);
  CHECK(r.err.find(scan + "/leak.txt -> " + secret) != std::string::npos);
  CHECK(r.err.find(scan + "/outdir -> ") != std::string::npos);
  for (const auto& e : fs::directory_iterator(dir / "dash"))
    CHECK(e.path().filename().string().find("leak") == std::string::npos);

  RunResult f = run_fzscore({"batch", scan, "--out", out, "--follow-links"});
  INFO(f.err);
  CHECK(f.exit_code == 0);
  auto lf = lines_of(read_file(out));
  CHECK(lf.size() == 4);  // alias, leak, outdir/secret, real
  CHECK(has_line(lf, "{\"file\":\"" + scan + "/leak.txt\""));
  CHECK(has_line(lf, "{\"file\":\"" + scan + "/outdir/secret.txt\""));
  CHECK(f.err.find("not followed") == std::string::npos);
}

TEST_CASE("batch walk: dangling links, FIFOs and devices named like reports get error lines") {
  TempDir dir("odd");
  dir.file("d/ok.txt", sample("guanxian-2023.txt"));
  fs::create_symlink(dir / "d/moved-away.txt", dir / "d/gone.txt");
  REQUIRE(::mkfifo((dir / "d/pipe.txt").c_str(), 0644) == 0);
  fs::create_symlink("/dev/zero", dir / "d/zero.txt");  // leaves the folder: skipped
  fs::create_symlink(".", dir / "d/loop");              // a loop: walked once
  dir.file("d/notes.json", "{}");                       // not a report: ignored as before
  const std::string d = (dir / "d").string(), out = (dir / "o.jsonl").string();

  RunResult r = run_fzscore({"batch", d, "--out", out});
  INFO(r.err);
  CHECK(r.signal == 0);
  CHECK(r.exit_code == 2);  // two inputs failed
  auto ls = lines_of(read_file(out));
  REQUIRE(ls.size() == 3);
  CHECK(ls[0].rfind("{\"file\":\"" + d + "/gone.txt\",\"error\":", 0) == 0);
  CHECK(ls[1].rfind("{\"file\":\"" + d + "/ok.txt\",", 0) == 0);
  CHECK(ls[2].rfind("{\"file\":\"" + d + "/pipe.txt\",\"error\":", 0) == 0);
  CHECK(ls[2].find("not a regular file") != std::string::npos);
  CHECK(r.err.find("zero.txt -> /dev/zero") != std::string::npos);

  // With --follow-links the device is read too — and refused like any non-file; the loop ends.
  RunResult f = run_fzscore({"batch", d, "--out", out, "--follow-links"});
  CHECK(f.signal == 0);
  CHECK(f.exit_code == 2);
  auto lf = lines_of(read_file(out));
  CHECK(lf.size() == 4);
  CHECK(has_line(lf, "{\"file\":\"" + d + "/zero.txt\",\"error\":"));
}

TEST_CASE("batch walk: collect_inputs lists what it skipped, sorted and stable") {
  TempDir dir("walk");
  dir.file("w/b.txt", "x");
  dir.file("w/a/c.md", "x");
  dir.file("out/x.txt", "x");
  fs::create_symlink(dir / "out/x.txt", dir / "w/ext.txt");
  auto in = fz::batch::collect_inputs({(dir / "w").string()});
  CHECK(in.files ==
        std::vector<std::string>{(dir / "w/a/c.md").string(), (dir / "w/b.txt").string()});
  REQUIRE(in.skipped.size() == 1);
  CHECK(in.skipped[0] == (dir / "w/ext.txt").string() + " -> " + (dir / "out/x.txt").string());
  auto all = fz::batch::collect_inputs({(dir / "w").string()}, {true});
  CHECK(all.files.size() == 3);
  CHECK(all.skipped.empty());
  // A file named on the command line is the user's choice: taken as given, link or not.
  CHECK(fz::batch::collect_inputs({(dir / "w/ext.txt").string()}).files.size() == 1);
}
