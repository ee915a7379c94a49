// The command line's parts on their own: "did you mean", the colour rule (no-color.org: an empty
// NO_COLOR is ignored), where checklists are looked for, and item lookup by id or title fragment.
#include <doctest/doctest.h>

#include <filesystem>

#include "engine/cli/checklist_search.hpp"
#include "engine/cli/item_lookup.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/cli/suggest.hpp"
#include "tests/support/builders.hpp"

using namespace fz::cli;
namespace fs = std::filesystem;

TEST_CASE("did you mean: a swap or a typo is one edit; far names are not suggested") {
  CHECK(edit_distance("--fromat", "--format") == 1);
  CHECK(edit_distance("scroe", "score") == 1);
  CHECK(edit_distance("jsno", "json") == 1);
  CHECK(edit_distance("", "abc") == 3);
  std::vector<std::string> formats{"text", "json", "jsonl", "md", "sarif", "junit"};
  CHECK(closest("jsn", formats) == "json");
  CHECK(closest("junti", formats) == "junit");
  CHECK_FALSE(closest("xml", formats));
  CHECK_FALSE(closest("json", formats));  // an exact name is no typo
  CHECK(did_you_mean("saif", formats) == " (did you mean sarif?)");
  CHECK(did_you_mean("pdf", formats).empty());
}

TEST_CASE("colour: --color decides; else FORCE_COLOR, then a non-empty NO_COLOR, then the tty") {
  CHECK(use_color(ColorMode::always, false, "1", nullptr));
  CHECK_FALSE(use_color(ColorMode::never, true, nullptr, "1"));
  CHECK(use_color(ColorMode::automatic, true, nullptr, nullptr));
  CHECK_FALSE(use_color(ColorMode::automatic, false, nullptr, nullptr));
  CHECK_FALSE(use_color(ColorMode::automatic, true, "1", nullptr));
  CHECK(use_color(ColorMode::automatic, true, "", nullptr));  // empty NO_COLOR: ignored
  CHECK(use_color(ColorMode::automatic, false, nullptr, "1"));
  CHECK(use_color(ColorMode::automatic, false, nullptr, "3"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, "0"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, "false"));
  CHECK_FALSE(use_color(ColorMode::automatic, false, nullptr, ""));  // empty FORCE_COLOR: ignored
}

TEST_CASE("checklists: $FZSCORE_CHECKLISTS, installed, beside the binary; the source tree only from the build dir") {
  auto where = [](const std::vector<ChecklistDir>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.dir.string());
    return out;
  };
  auto installed = checklist_dirs(nullptr, "/opt/fz/bin");
  CHECK(where(installed) ==
        std::vector<std::string>{"/opt/fz/share/fzscore/checklists", "/opt/fz/bin/checklists"});
  auto env = checklist_dirs("/a::/b", "/opt/fz/bin");
  CHECK(where(env) == std::vector<std::string>{"/a", "/b", "/opt/fz/share/fzscore/checklists",
                                               "/opt/fz/bin/checklists"});
  CHECK(where(checklist_dirs("", "/opt/fz/bin")) == where(installed));  // empty: not set
  auto build = checklist_dirs(nullptr, FZ_BUILD_DIR);
  REQUIRE(build.size() == 3);
  CHECK(build.back().dir == fs::path(FZ_SOURCE_DIR) / "checklists");
  CHECK(find_checklist(2023, build) == (fs::path(FZ_SOURCE_DIR) / "checklists/gangyao-2021.fz").string());
  CHECK(find_checklist(2019, build) == (fs::path(FZ_SOURCE_DIR) / "checklists/gangyao-2015.fz").string());
  CHECK_FALSE(find_checklist(2023, installed));
  std::string message = checklist_not_found(2023, installed);
  CHECK(message.find("gangyao-2021.fz") != std::string::npos);
  CHECK(message.find("/opt/fz/share/fzscore/checklists (installed)") != std::string::npos);
  CHECK(message.find("/opt/fz/bin/checklists (beside the binary)") != std::string::npos);
  CHECK(message.find("$FZSCORE_CHECKLISTS (not set)") != std::string::npos);
  CHECK(message.find("--checklist") != std::string::npos);
}

TEST_CASE("item lookup: an id, a title, a unique fragment; several or none explain themselves") {
  fz::test::PlanBuilder b;
  b.part("五", "执法", 100);
  b.item("G15.1", "五", "行政执法“三项制度”");
  b.item("G16", "五", "执法监督");
  b.item("G17", "五", "行政执法监督平台");
  fz::Plan plan = b.build();
  plan.file = "x.fz";
  auto id = [&](std::string_view name) {
    auto r = find_item(plan, name);
    auto* it = std::get_if<const fz::Item*>(&r);
    return it ? (*it)->id : "error: " + std::get<std::string>(r);
  };
  CHECK(id("G15.1") == "G15.1");
  CHECK(id("三项制度") == "G15.1");
  CHECK(id("执法监督") == "G16");  // the exact title wins over "行政执法监督平台"
  CHECK(id("平台") == "G17");
  std::string several = id("执法");
  CHECK(several.find("3 item titles") != std::string::npos);
  CHECK(several.find("G17  行政执法监督平台") != std::string::npos);
  CHECK(id("G16.").find("did you mean G16?") != std::string::npos);
}
