#include "engine/cli/checklist_search.hpp"

#include <cstdlib>

namespace fz::cli {

namespace fs = std::filesystem;

std::string checklist_name(int year) {
  return year >= 2021 ? "gangyao-2021.fz" : "gangyao-2015.fz";
}

std::vector<ChecklistDir> checklist_dirs(const char* env, const fs::path& exe_dir) {
  std::vector<ChecklistDir> dirs;
  if (env && *env) {
    std::string list = env;
    for (std::size_t start = 0; start <= list.size();) {
      std::size_t end = list.find(':', start);
      if (end == std::string::npos) end = list.size();
      if (end > start) dirs.push_back({list.substr(start, end - start), "$FZSCORE_CHECKLISTS"});
      start = end + 1;
    }
  }
  if (!exe_dir.empty()) {
    dirs.push_back({(exe_dir.parent_path() / "share" / "fzscore" / "checklists").lexically_normal(),
                    "installed"});
    dirs.push_back({exe_dir / "checklists", "beside the binary"});
#if defined(FZ_BUILD_DIR) && defined(FZ_SOURCE_CHECKLISTS)
    std::error_code ec;
    if (fs::equivalent(exe_dir, FZ_BUILD_DIR, ec))
      dirs.push_back({FZ_SOURCE_CHECKLISTS, "source tree of this build"});
#endif
  }
  return dirs;
}

std::vector<ChecklistDir> checklist_dirs() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return checklist_dirs(std::getenv("FZSCORE_CHECKLISTS"), ec ? fs::path() : exe.parent_path());
}

std::optional<std::string> find_checklist(int year, const std::vector<ChecklistDir>& dirs) {
  std::string name = checklist_name(year);
  std::error_code ec;
  for (const auto& d : dirs)
    if (fs::is_regular_file(d.dir / name, ec)) return (d.dir / name).string();
  return std::nullopt;
}

std::string checklist_not_found(int year, const std::vector<ChecklistDir>& dirs) {
  std::string looked;
  bool env = false;
  for (const auto& d : dirs) {
    looked += "\n  " + d.dir.string() + " (" + d.why + ")";
    env = env || d.why == "$FZSCORE_CHECKLISTS";
  }
  if (!env) looked = "\n  $FZSCORE_CHECKLISTS (not set)" + looked;
  return "no checklist for a " + std::to_string(year) + " report: " + checklist_name(year) +
         " is in none of:" + looked + "\nset FZSCORE_CHECKLISTS=DIR, or pass --checklist FILE";
}

}  // namespace fz::cli
