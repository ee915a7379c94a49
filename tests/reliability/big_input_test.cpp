// A 50 MB report (a sample report repeated): scored in bounded memory and time, with evidence
// still pointing at the right bytes. The child's peak RSS comes from wait4; the file is written
// in pieces so that this process stays small (Linux seeds a spawned child's peak with its
// parent's). Measured on the 2-core dev machine: ~10 s, ~635 MiB (docs/reliability.md).
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "tests/reliability/run.hpp"
#include "tests/support/json.hpp"

using namespace fz::reliability;

TEST_CASE("big: a 50 MB text report is scored in bounded memory") {
  if (kSanitized) {
    MESSAGE("ASan build: the 50 MB run (minutes, several times the memory) is left to the plain build");
    return;
  }
  TempDir dir("big");
  std::string unit = sample("guanxian-2023.txt");
  if (unit.back() != '\n') unit += '\n';
  std::string path = (dir / "big.txt").string();
  std::size_t size = 0;
  {
    std::ofstream out(path, std::ios::binary);
    while (size < (50u << 20)) {
      out << unit;
      size += unit.size();
    }
  }
  std::string json = (dir / "big.json").string();
  RunResult r = run_fzscore({"score", path, "--format", "json", "--out", json});
  INFO("stderr: " << r.err);
  MESSAGE("50 MB report: " << r.seconds << " s, peak RSS " << r.max_rss_kb / 1024 << " MiB");
  REQUIRE(r.exit_code == 0);
  CHECK(r.max_rss_kb < 700 * 1024);
  CHECK(r.seconds < 120);

  // The evidence still quotes the file's own bytes.
  fz::test::Json card = fz::test::parse_one_report(read_file(json));
  std::ifstream in(path, std::ios::binary);
  int checked = 0;
  for (const auto& item : card["items"].a)
    for (const auto& e : item["evidence"].a) {
      auto start = static_cast<std::streamoff>(e["start"].n);
      std::string quote(static_cast<std::size_t>(e["end"].n - e["start"].n), '\0');
      in.seekg(start);
      in.read(quote.data(), static_cast<std::streamsize>(quote.size()));
      CHECK(quote == e["quote"].s);
      ++checked;
    }
  CHECK(checked > 10);
}
