#include "engine/cli/inputs.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "engine/cli/app.hpp"

namespace fz::cli {

namespace {

// The same bound read_document puts on a file.
constexpr std::size_t kMaxStdin = 200ull * 1024 * 1024;

Input read_stdin_input(const std::string& name) {
  Input in{name, std::string(), std::nullopt};
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      in.error = std::string("cannot read stdin: ") + std::strerror(errno);
      break;
    }
    if (n == 0) break;
    if (in.bytes->size() + static_cast<std::size_t>(n) > kMaxStdin) {
      in.error = "input on stdin larger than 200 MB refused";
      break;
    }
    in.bytes->append(buf, static_cast<std::size_t>(n));
  }
  if (in.error) in.bytes.reset();
  return in;
}

/// Calls `f` for each non-blank line of `in`.
void each_line(std::istream& in, const std::function<void(const std::string&)>& f) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) f(line);
  }
}

/// Opens a list of paths; a directory is refused (an ifstream would read it as empty), a pipe
/// (`--files-from <(find …)`) is fine. Returns an error message.
std::optional<std::string> open_list(const std::string& path, std::ifstream& in) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return path + ": is a directory, not a list of paths (--files-from)";
  in.open(path);
  if (!in) return path + ": cannot read the list of paths (--files-from): " + std::strerror(errno);
  return std::nullopt;
}

}  // namespace

bool InputArgs::reads_stdin_text() const {
  for (const auto& f : files)
    if (f == "-") return true;
  return false;
}

void InputArgs::validate(bool allow_none) const {
  std::size_t dashes = 0;
  for (const auto& f : files) dashes += f == "-";
  if (dashes > 1) throw UsageError{"`-` (the report text on stdin) given more than once"};
  if (dashes && files_from == "-")
    throw UsageError{"stdin cannot hold both a report (`-`) and a list of paths (--files-from -)"};
  if (stdin_filename && !dashes)
    throw UsageError{"--stdin-filename names the report read from stdin: give `-` as FILE"};
  if (!allow_none && files.empty() && !files_from)
    throw UsageError{"no input: give FILE..., `-` for a report on stdin, or --files-from LIST"};
}

void for_each_input(const InputArgs& args, const std::function<void(const Input&)>& f) {
  for (const auto& name : args.files) {
    if (name == "-")
      f(read_stdin_input(args.stdin_filename.value_or("-")));
    else
      f(Input{name, std::nullopt, std::nullopt});
  }
  if (!args.files_from) return;
  auto each = [&](const std::string& path) { f(Input{path, std::nullopt, std::nullopt}); };
  if (*args.files_from == "-") {
    each_line(std::cin, each);
    return;
  }
  std::ifstream list;
  if (auto err = open_list(*args.files_from, list)) throw UsageError{*err};
  each_line(list, each);
}

std::optional<std::string> read_path_list(const std::string& list, std::vector<std::string>& out) {
  auto add = [&](const std::string& p) { out.push_back(p); };
  if (list == "-") {
    each_line(std::cin, add);
    return std::nullopt;
  }
  std::ifstream in;
  if (auto err = open_list(list, in)) return err;
  each_line(in, add);
  return std::nullopt;
}

}  // namespace fz::cli
