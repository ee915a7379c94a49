// On every sample report, every evidence quote equals the input bytes [start, end), and line and
// column locate `start` (column in characters). This is the contract of output.md that lets a
// reviewer jump from a verdict straight to the text, through 繁→简, width folding and web chrome.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/source.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

TEST_CASE("every evidence quote of every sample report is the input's bytes at start..end") {
  namespace fs = std::filesystem;
  std::size_t reports = 0, quotes = 0;
  for (const auto& entry : fs::directory_iterator(fz::test::source_path("reports"))) {
    if (entry.path().extension() != ".txt") continue;
    std::string rel = "reports/" + entry.path().filename().string();
    CAPTURE(rel);
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string input = ss.str();
    const fz::Source lines(rel, input);
    auto r = fz::test::run_cli({"score", rel, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    auto j = fz::test::parse_one_report(r.out);
    for (const auto& item : j["items"].a) {
      for (const auto& ev : item["evidence"].a) {
        CAPTURE(item["id"].s);
        auto start = static_cast<std::size_t>(ev["start"].n);
        auto end = static_cast<std::size_t>(ev["end"].n);
        REQUIRE(start <= end);
        REQUIRE(end <= input.size());
        CHECK(ev["quote"].s == input.substr(start, end - start));
        auto at = lines.locate(start);
        CHECK(ev["line"].n == at.line);
        CHECK(ev["column"].n == at.column);
        ++quotes;
      }
    }
    ++reports;
  }
  CHECK(reports == 7);
  CHECK(quotes > 200);
}
