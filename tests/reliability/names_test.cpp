// File names are bytes (issue 18, the name items of 15): a name with bytes that are not UTF-8
// still gives valid JSON, JSON Lines and HTML (those bytes become U+FFFD), and a name with ESC or
// other control characters never reaches the terminal raw in text or Markdown output or in
// messages (they are shown as \xNN).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "engine/input/utf8.hpp"
#include "engine/safe_text.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;
namespace fs = std::filesystem;

TEST_CASE("names: bytes that are not UTF-8 give valid JSON, JSON Lines and HTML") {
  TempDir dir("nonutf8");
  const std::string name = "bad\xff\xfename.txt";
  std::string report = dir.file("in/" + name, sample("guanxian-2023.txt"));
  RunResult j = run_fzscore({"score", report, "--format", "json"});
  REQUIRE(j.exit_code == 0);
  CHECK(fz::utf8::is_valid(j.out));
  CHECK(j.out.find("bad\xEF\xBF\xBD\xEF\xBF\xBDname.txt") != std::string::npos);

  RunResult b =
      run_fzscore({"batch", (dir / "in").string(), (dir / "in/missing\xff.txt").string(), "--out",
                   (dir / "o.jsonl").string(), "--html", (dir / "dash").string()});
  INFO(b.err);
  CHECK(b.exit_code == 2);  // the missing one
  std::string lines = read_file(dir / "o.jsonl");
  CHECK(fz::utf8::is_valid(lines));  // the error line names it too
  CHECK(fz::utf8::is_valid(read_file(dir / "dash/index.html")));
  for (const auto& e : fs::directory_iterator(dir / "dash")) {
    CHECK(fz::utf8::is_valid(e.path().filename().string()));  // page names are links in index.html
    CHECK(fz::utf8::is_valid(read_file(e.path())));
  }
  // --resume finds the line again under the replaced name, and keeps it.
  RunResult again = run_fzscore(
      {"batch", (dir / "in").string(), "--out", (dir / "o.jsonl").string(), "--resume"});
  CHECK(again.exit_code == 0);
  CHECK(read_file(dir / "o.jsonl") == lines.substr(0, lines.find('\n') + 1));
}

TEST_CASE("names: control characters in a file name never reach the terminal raw") {
  TempDir dir("esc");
  const std::string name = "x\x1b]0;pwned\x07\x1b[2J.txt";
  std::string report = dir.file(name, sample("guanxian-2023.txt"));
  for (const char* format : {"text", "md"}) {
    RunResult r = run_fzscore({"score", report, "--format", format});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("x\\x1b]0;pwned\\x07\\x1b[2J.txt") != std::string::npos);
  }
  RunResult g = run_fzscore({"gate", report});
  CHECK(g.err.find('\x1b') == std::string::npos);
  CHECK(g.err.find("PASS") != std::string::npos);
  RunResult missing = run_fzscore({"score", (dir / "gone\x1b[31m.txt").string()});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find('\x1b') == std::string::npos);
  CHECK(missing.err.find("gone\\x1b[31m.txt") != std::string::npos);
  // JSON keeps the exact name (its escapes are JSON's own).
  RunResult j = run_fzscore({"score", report, "--format", "json"});
  CHECK(j.out.find("x\\u001b]0;pwned\\u0007\\u001b[2J.txt") != std::string::npos);
}

TEST_CASE("names: valid_utf8 and printable") {
  CHECK(fz::valid_utf8("法治") == "法治");
  CHECK(fz::valid_utf8("a\xff"
                       "b\xe6\xb3") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(fz::printable("法治.txt") == "法治.txt");
  CHECK(fz::printable("a\x1b[0m\x7f\xff") == "a\\x1b[0m\\x7f\\xff");
  CHECK(fz::printable("\xc2\x9b"
                      "1m") == "\\xc2\\x9b1m");  // C1 CSI
}
