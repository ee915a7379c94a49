// Where the checklist for a report's year is found when --checklist is not given, in order:
//   1. each directory of $FZSCORE_CHECKLISTS (":"-separated), when set and not empty;
//   2. <binary>/../share/fzscore/checklists: an installed binary (cmake --install, the .deb);
//   3. <binary>/checklists: a binary shipped beside its checklists (Hadoop -files, Spark addFile);
//   4. the source tree's checklists/, only when the binary is the one in its build directory.
// The source path is compiled in (FZ_SOURCE_CHECKLISTS) but used only when the running binary
// sits in FZ_BUILD_DIR, so an installed or copied binary never depends on the source tree. The
// current directory is not searched: a result must not change with where a job happens to run.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fz::cli {

struct ChecklistDir {
  std::filesystem::path dir;
  std::string why;  ///< "$FZSCORE_CHECKLISTS", "installed", …: for the error message
};

/// gangyao-2021.fz for 2021 and later, gangyao-2015.fz up to 2020.
std::string checklist_name(int year);

/// The places above for a binary in `exe_dir` and an environment value `env` (may be null).
std::vector<ChecklistDir> checklist_dirs(const char* env, const std::filesystem::path& exe_dir);
/// The same for this process ($FZSCORE_CHECKLISTS, /proc/self/exe).
std::vector<ChecklistDir> checklist_dirs();

/// The checklist file for `year` in the first of `dirs` that has it.
std::optional<std::string> find_checklist(int year, const std::vector<ChecklistDir>& dirs);
/// Why none was found: every place looked in, and what to do.
std::string checklist_not_found(int year, const std::vector<ChecklistDir>& dirs);

}  // namespace fz::cli
