// `batch --resume` keeps an earlier result only for the same result (issue 18, case 12): the
// report's bytes (provenance.input_sha256) and the settings (provenance.settings_sha256: the
// checklist texts, the gate config, the options) must both be unchanged. docs/scale.md promises
// that the finished OUT equals an uninterrupted run's; these runs check it after the report's
// content, the options and the config change between runs.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/batch/resume.hpp"
#include "tests/reliability/run.hpp"

using namespace fz::reliability;
namespace fs = std::filesystem;

namespace {

void spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

/// `batch DIR --out OUT` plus `extra`, then the file it wrote.
std::string batch(const fs::path& dir, const fs::path& out, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"batch", dir.string(), "--out", out.string(), "--jobs", "2"};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult r = run_fzscore(args);
  INFO(r.err);
  CHECK(r.signal == 0);
  CHECK(r.exit_code == 0);
  return read_file(out);
}

}  // namespace

TEST_CASE("resume: a changed report or changed options are scored again, as a clean run would") {
  TempDir dir("resume");
  fs::create_directories(dir / "st");
  spit(dir / "st/a.txt", sample("guanxian-2023.txt"));
  const fs::path out = dir / "st.jsonl", clean = dir / "clean.jsonl";
  const std::string first = batch(dir / "st", out);

  // The red team's case: a.txt's content replaced, and a stricter threshold.
  spit(dir / "st/a.txt", sample("zhongkai-2023-traditional.txt"));
  std::string resumed = batch(dir / "st", out, {"--resume", "--min-score", "90"});
  std::string fresh = batch(dir / "st", clean, {"--min-score", "90"});
  CHECK(resumed == fresh);
  CHECK(resumed != first);

  // The gate config that applies changes (a .fzscore.yaml appears): scored again too.
  spit(dir / "st/.fzscore.yaml", "min_score: 10\n");
  std::string with_cfg = batch(dir / "st", out, {"--resume", "--min-score", "90"});
  CHECK(with_cfg == batch(dir / "st", clean, {"--min-score", "90"}));
  CHECK(with_cfg != resumed);
  // A wording library the checklist includes changes (a copy of the checklists, one library
  // edited): scored again, although the checklist's own file is the same.
  fs::copy(std::string(FZ_SOURCE_DIR) + "/checklists", dir / "cl", fs::copy_options::recursive);
  const std::string copy = (dir / "cl/gangyao-2021.fz").string();
  std::string by_copy = batch(dir / "st", out, {"--checklist", copy});
  fs::path library;
  for (const auto& e : fs::directory_iterator(dir / "cl/wording")) library = e.path();
  spit(library, read_file(library) + "\n# a comment changes the text, so the key\n");
  std::string after_edit = batch(dir / "st", out, {"--resume", "--checklist", copy});
  CHECK(after_edit == batch(dir / "st", clean, {"--checklist", copy}));
  CHECK(after_edit != by_copy);  // settings_sha256 differs in every line
}

TEST_CASE("resume: an unchanged report keeps its line (the line is copied, not re-scored)") {
  TempDir dir("keep");
  fs::create_directories(dir / "st");
  spit(dir / "st/a.txt", sample("guanxian-2023.txt"));
  spit(dir / "st/b.txt", sample("maojian-2022.txt"));
  const fs::path out = dir / "o.jsonl";
  auto ls = lines_of(batch(dir / "st", out));
  REQUIRE(ls.size() == 2);
  CHECK(ls[0].find("\"input_sha256\":\"") != std::string::npos);
  CHECK(ls[0].find("\"settings_sha256\":\"") != std::string::npos);
  // Mark a.txt's line (its key untouched) as an interrupted run's partial file: a kept line is
  // copied as it is, so the mark shows in the result; b.txt's line is dropped and scored again.
  std::string marked = ls[0];
  marked.replace(marked.find("\"score\":"), 8, "\"score\":1");  // "score":78.75 → "score":178.75
  fs::remove(out);
  spit(out.string() + ".partial.xY12zQ", marked + "\n");
  auto again = lines_of(batch(dir / "st", out, {"--resume"}));
  REQUIRE(again.size() == 2);
  CHECK(again[0] == marked);
  CHECK(again[1] == ls[1]);
  CHECK_FALSE(fs::exists(out.string() + ".partial.xY12zQ"));  // merged, then removed
  // The same kept line under another threshold is not the same result: scored again.
  auto other = lines_of(batch(dir / "st", out, {"--resume", "--min-score", "0"}));
  CHECK(other[0] != marked);
}

TEST_CASE("resume: line_matches needs both halves of the key") {
  const std::string line =
      R"({"file":"a.txt","score":1,"provenance":{"input_sha256":"aa","config_file":"","settings_sha256":"bb"}})";
  CHECK(fz::batch::line_matches(line, {"aa", "bb"}));
  CHECK_FALSE(fz::batch::line_matches(line, {"aa", "bc"}));
  CHECK_FALSE(fz::batch::line_matches(line, {"ab", "bb"}));
  CHECK_FALSE(fz::batch::line_matches(line, {"", ""}));
  // A line written before keys existed is never kept.
  CHECK_FALSE(fz::batch::line_matches(R"({"file":"a.txt","score":1})", {"aa", "bb"}));
  // A member name inside a string value is escaped, so it cannot pose as the key.
  CHECK_FALSE(fz::batch::line_matches(
      R"({"file":"x\",\"input_sha256\":\"aa","provenance":{"settings_sha256":"bb"}})",
      {"aa", "bb"}));
}
