// Install and run like any packaged tool: `cmake --install` into a temporary prefix puts the
// binary in bin/ and the checklists in share/fzscore/checklists, and the installed binary scores
// a report from another directory with checklists found beside itself. The source tree is left
// alone: what proves it is not used is that the installed binary fails, naming every place it
// looked and not the source tree, once its own installed checklists are taken away; a copy of the
// prefix elsewhere (relocated) works; $FZSCORE_CHECKLISTS and checklists beside a copied binary
// work too.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/support/files.hpp"
#include "tests/support/json.hpp"
#include "tests/support/run_cli.hpp"

namespace fs = std::filesystem;
using fz::test::CliSetup;
using fz::test::parse_one_report;
using fz::test::run_cli;
using fz::test::TempDir;

namespace {

using Env = std::vector<std::pair<std::string, std::optional<std::string>>>;
const Env kNoEnv{{"FZSCORE_CHECKLISTS", std::nullopt}};

int sh(const std::string& cmd) {
  int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

/// Scores report.txt in `cwd` with `binary`; returns the checklist file it used, or "" and the
/// error in `err`.
std::string checklist_used(const fs::path& binary, const fs::path& cwd, const Env& env,
                           std::string* err = nullptr) {
  auto r = run_cli({"score", "report.txt", "-f", "json"},
                   CliSetup{"", binary.string(), cwd.string(), env});
  if (err) *err = r.err;
  if (r.exit_code != 0) return "";
  return parse_one_report(r.out)["provenance"]["checklist_file"].s;
}

bool same_file(const std::string& a, const fs::path& b) {
  std::error_code ec;
  return !a.empty() && fs::equivalent(a, b, ec);
}

}  // namespace

TEST_CASE("cmake --install: the installed binary finds its checklists, not the source tree's") {
  TempDir root("install");
  const fs::path prefix = root / "prefix", elsewhere = root / "elsewhere";
  REQUIRE(sh(std::string("\"") + FZ_CMAKE_COMMAND + "\" --install \"" + FZ_BUILD_DIR +
             "\" --prefix \"" + prefix.string() + "\" >/dev/null") == 0);
  const fs::path bin = prefix / "bin/fzscore", lists = prefix / "share/fzscore/checklists";
  REQUIRE(fs::is_regular_file(bin));
  CHECK(fs::is_regular_file(lists / "gangyao-2021.fz"));
  CHECK(fs::is_regular_file(lists / "gangyao-2015.fz"));
  CHECK(fs::is_regular_file(lists / "gate.yaml"));
  fs::create_directories(elsewhere);
  fs::copy_file(fz::test::source_path("reports/guanxian-2023.txt"), elsewhere / "report.txt");

  // From another directory, by year, with the installed checklists.
  CHECK(same_file(checklist_used(bin, elsewhere, kNoEnv), lists / "gangyao-2021.fz"));
  auto gate = run_cli({"gate", "report.txt"}, CliSetup{"", bin.string(), elsewhere.string(), kNoEnv});
  CHECK(gate.exit_code == 0);
  auto items = run_cli({"items"}, CliSetup{"", bin.string(), elsewhere.string(), kNoEnv});
  CHECK(has(items.out, "G15.1"));

  // Without its installed checklists it fails, and says where it looked: not the source tree.
  fs::rename(lists, root / "moved");
  std::string err;
  CHECK(checklist_used(bin, elsewhere, kNoEnv, &err).empty());
  CHECK(has(err, "report.txt: error: no checklist for a 2023 report"));
  CHECK(has(err, lists.lexically_normal().string() + " (installed)"));
  CHECK(has(err, (prefix / "bin/checklists").string() + " (beside the binary)"));
  CHECK(has(err, "$FZSCORE_CHECKLISTS (not set)"));
  CHECK_FALSE(has(err, std::string(FZ_SOURCE_DIR) + "/checklists"));
  CHECK_FALSE(has(err, "source tree"));

  // $FZSCORE_CHECKLISTS names a directory.
  CHECK(same_file(checklist_used(bin, elsewhere, {{"FZSCORE_CHECKLISTS", (root / "moved").string()}}),
                  root / "moved/gangyao-2021.fz"));
  fs::rename(root / "moved", lists);

  // The prefix is relocatable: a copy elsewhere uses its own checklists.
  const fs::path copy = root / "copy";
  fs::copy(prefix, copy, fs::copy_options::recursive);
  fs::remove_all(prefix);
  CHECK(same_file(checklist_used(copy / "bin/fzscore", elsewhere, kNoEnv),
                  copy / "share/fzscore/checklists/gangyao-2021.fz"));

  // A binary shipped beside a checklists/ directory (Hadoop -files, Spark addFile).
  const fs::path shipped = root / "shipped";
  fs::create_directories(shipped);
  fs::copy_file(copy / "bin/fzscore", shipped / "fzscore");
  fs::copy(copy / "share/fzscore/checklists", shipped / "checklists", fs::copy_options::recursive);
  CHECK(same_file(checklist_used(shipped / "fzscore", elsewhere, kNoEnv),
                  shipped / "checklists/gangyao-2021.fz"));
}
