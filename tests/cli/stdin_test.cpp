// Reading like other linters, through the real binary: `score -` and `gate -` read the report TEXT
// from stdin (named by --stdin-filename; encoding detected as for files); --files-from LIST reads
// paths (LIST `-`: stdin) for score, gate and batch; `--out -` is stdout, for batch too.
#include <doctest/doctest.h>
#include <iconv.h>

#include <filesystem>
#include <string>

#include "tests/support/files.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

using fz::test::CliSetup;
using fz::test::parse_json;
using fz::test::parse_one_report;
using fz::test::run_cli;
using fz::test::sample;
using fz::test::TempDir;

namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string in = utf8, out(utf8.size() * 2 + 16, '\0');
  char* ip = in.data();
  char* op = out.data();
  std::size_t il = in.size(), ol = out.size();
  REQUIRE(iconv(cd, &ip, &il, &op, &ol) != static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - ol);
  return out;
}

}  // namespace

TEST_CASE("score - reads the report text from stdin and scores it as the file") {
  const std::string text = sample("guanxian-2023.txt");
  auto file = parse_one_report(run_cli({"score", "reports/guanxian-2023.txt", "-f", "json"}).out);
  auto r = run_cli({"score", "-", "-f", "json"}, CliSetup{text, "", "", {}});
  REQUIRE(r.exit_code == 0);
  auto piped = parse_one_report(r.out);
  CHECK(piped["file"].s == "-");
  CHECK(piped["score"].n == file["score"].n);
  CHECK(piped["items"].a.size() == file["items"].a.size());
  CHECK(piped["provenance"]["input_sha256"].s == file["provenance"]["input_sha256"].s);
  // Evidence offsets refer to the bytes that came in.
  const auto& ev = piped["items"][0]["evidence"];
  for (const auto& e : ev.a) {
    auto start = static_cast<std::size_t>(e["start"].n), end = static_cast<std::size_t>(e["end"].n);
    CHECK(text.substr(start, end - start) == e["quote"].s);
  }

  // --stdin-filename names it in the output and messages.
  auto named = run_cli({"score", "-", "--stdin-filename", "drafts/2024年草稿.txt", "-f", "json"},
                       CliSetup{text, "", "", {}});
  REQUIRE(named.exit_code == 0);
  CHECK(parse_one_report(named.out)["file"].s == "drafts/2024年草稿.txt");

  // The encoding is detected as for a file: GB18030 bytes give the same score.
  auto gb = run_cli({"score", "-", "-f", "json"}, CliSetup{to_gb18030(text), "", "", {}});
  REQUIRE(gb.exit_code == 0);
  CHECK(parse_one_report(gb.out)["score"].n == file["score"].n);
}

TEST_CASE("stdin: the name's extension chooses the reader; empty or doubled stdin is an error") {
  // Text given a .docx name is read as a .docx, and the message names that file.
  auto docx = run_cli({"score", "-", "--stdin-filename", "草稿.docx"}, CliSetup{"不是压缩包", "", "", {}});
  CHECK(docx.exit_code == 2);
  CHECK(has(docx.err, "草稿.docx"));
  auto empty = run_cli({"score", "-"}, CliSetup{"", "", "", {}});
  CHECK(empty.exit_code == 2);
  CHECK(has(empty.err, "-: error: empty file"));
  CHECK(run_cli({"score", "-", "-"}).exit_code == 2);
  CHECK(has(run_cli({"score", "-", "--files-from", "-"}).err, "stdin cannot hold both"));
  CHECK(has(run_cli({"score", "reports/guanxian-2023.txt", "--stdin-filename", "x.txt"}).err,
            "give `-` as FILE"));
}

TEST_CASE("gate - gives the same verdict as gate FILE") {
  auto pass = run_cli({"gate", "-"}, CliSetup{sample("guanxian-2023.txt"), "", "", {}});
  CHECK(pass.exit_code == 0);
  CHECK(has(pass.err, "-: PASS"));
  auto fail = run_cli({"gate", "-", "--stdin-filename", "zhongkai.txt"},
                      CliSetup{sample("zhongkai-2023-traditional.txt"), "", "", {}});
  CHECK(fail.exit_code == 1);
  CHECK(has(fail.err, "zhongkai.txt: FAIL"));
  CHECK(has(fail.err, "S2"));
}

TEST_CASE("--files-from reads paths for score, gate and batch (LIST or stdin)") {
  TempDir dir("files-from");
  std::string list = dir.file("list.txt", "reports/guanxian-2023.txt\r\n\nreports/maojian-2022.txt\n");
  auto s = run_cli({"score", "--files-from", list, "-f", "json"});
  REQUIRE(s.exit_code == 0);
  auto j = parse_json(s.out);
  REQUIRE(j.a.size() == 2);
  CHECK(j[0]["file"].s == "reports/guanxian-2023.txt");
  CHECK(j[1]["file"].s == "reports/maojian-2022.txt");
  auto g = run_cli({"gate", "--files-from", "-"},
                   CliSetup{"reports/guanxian-2023.txt\nreports/zhongkai-2023-traditional.txt\n", "", "", {}});
  CHECK(g.exit_code == 1);
  CHECK(has(g.err, "2 份报告：通过 1，未通过 1，读取失败 0"));
  auto b = run_cli({"batch", "--files-from", list, "--out", "-", "-q"});
  REQUIRE(b.exit_code == 0);
  CHECK(b.out.rfind("{\"file\":\"reports/guanxian-2023.txt\"", 0) == 0);
  // A list that is a directory, or missing, is an error naming it.
  auto d = run_cli({"score", "--files-from", dir.path.string()});
  CHECK(d.exit_code == 2);
  CHECK(has(d.err, dir.path.string()));
  CHECK(run_cli({"batch", "--files-from", (dir / "nope.txt").string(), "-o", "-"}).exit_code == 2);
}

TEST_CASE("--out - is stdout: batch writes its lines there and no file named -") {
  TempDir dir("out-dash");
  auto b = run_cli({"batch", "reports/guanxian-2023.txt", "reports/maojian-2022.txt", "--out", "-",
                    "-j", "2"},
                   CliSetup{"", "", dir.path.string(), {}});
  // (run in `dir`, where a file named "-" would appear; the report paths are absolute below)
  CHECK(b.exit_code == 2);  // relative paths do not exist in dir: two error lines, on stdout
  CHECK(has(b.out, "{\"file\":\"reports/guanxian-2023.txt\",\"error\":"));
  CHECK_FALSE(std::filesystem::exists(dir / "-"));
  CHECK_FALSE(std::filesystem::exists(dir / "-.partial"));
  std::string report = fz::test::source_path("reports/guanxian-2023.txt");
  auto ok = run_cli({"batch", report, "-o", "-"}, CliSetup{"", "", dir.path.string(), {}});
  CHECK(ok.exit_code == 0);
  CHECK(parse_json(ok.out)["file"].s == report);
  CHECK_FALSE(std::filesystem::exists(dir / "-"));
  CHECK(run_cli({"batch", report, "-o", "-", "--resume"}).exit_code == 2);
  auto s = run_cli({"score", report, "-f", "json", "-o", "-"}, CliSetup{"", "", dir.path.string(), {}});
  CHECK(s.exit_code == 0);
  CHECK(parse_one_report(s.out)["file"].s == report);
  CHECK_FALSE(std::filesystem::exists(dir / "-"));
}
