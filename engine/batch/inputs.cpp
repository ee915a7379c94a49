#include "engine/batch/inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <utility>

namespace fz::batch {

namespace fs = std::filesystem;

namespace {

/// True when `p` is `root` or lies under it (both canonical).
bool inside(const fs::path& p, const fs::path& root) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

/// One directory argument: its report files, sorted; links per `options`.
void walk(const std::string& root, const WalkOptions& options, Inputs& into) {
  std::error_code ec;
  const fs::path root_real = fs::weakly_canonical(fs::absolute(root, ec), ec);
  std::set<std::pair<dev_t, ino_t>> seen;  // directories walked: a link loop ends
  auto first_visit = [&](const fs::path& dir) {
    struct stat st {};
    return ::stat(dir.c_str(), &st) == 0 && seen.emplace(st.st_dev, st.st_ino).second;
  };
  std::vector<std::string> found;
  std::vector<fs::path> todo;
  if (first_visit(root)) todo.push_back(root);
  while (!todo.empty()) {  // an explicit stack: directory depth is not the call stack's business
    fs::path dir = std::move(todo.back());
    todo.pop_back();
    // Sorted, so which of two names for one directory is walked (--follow-links) never depends
    // on the order the file system lists them in.
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
      entries.push_back(*it);
    ec.clear();
    std::sort(entries.begin(), entries.end());
    std::vector<fs::path> subdirs;
    for (const auto& entry : entries) {
      const fs::path& p = entry.path();
      std::error_code e2;
      fs::file_status own = entry.symlink_status(e2);
      if (fs::is_directory(own)) {
        if (first_visit(p)) subdirs.push_back(p);
        continue;
      }
      if (!fs::is_symlink(own)) {
        if (is_report_file(p.string())) found.push_back(p.string());
        continue;
      }
      fs::path real = fs::canonical(p, e2);
      if (e2) {  // dangling, or a loop of links: reading it gives the error line
        if (is_report_file(p.string())) found.push_back(p.string());
        continue;
      }
      bool is_dir = fs::is_directory(real, e2);
      if (!is_report_file(p.string()) && !is_dir) continue;
      if (!options.follow_links && !inside(real, root_real)) {
        into.skipped.push_back(p.string() + " -> " + real.string());
        continue;
      }
      // A link to a directory inside the root is walked at its real place already.
      if (is_dir) {
        if (options.follow_links && first_visit(p)) subdirs.push_back(p);
        continue;
      }
      found.push_back(p.string());
    }
    todo.insert(todo.end(), subdirs.rbegin(), subdirs.rend());  // popped in sorted order
  }
  std::sort(found.begin(), found.end());
  into.files.insert(into.files.end(), found.begin(), found.end());
}

}  // namespace

bool is_report_file(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".docx" || ext == ".html" || ext == ".htm" ||
         ext == ".pdf";
}

Inputs collect_inputs(const std::vector<std::string>& args, const WalkOptions& options) {
  Inputs out;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec))
      walk(a, options, out);
    else
      out.files.push_back(a);
  }
  return out;
}

}  // namespace fz::batch
