#include "tests/support/run_cli.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace fz::test {

namespace {

std::string slurp_and_remove(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::remove(path.c_str());
  return ss.str();
}

std::string temp_file(const char* tag) {
  std::string pattern = std::string("/tmp/fzscore-test-") + tag + "-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd >= 0) close(fd);
  return pattern;
}

}  // namespace

std::string source_path(const std::string& relative) {
  return std::string(FZ_SOURCE_DIR) + "/" + relative;
}

CliResult run_cli(const std::vector<std::string>& args, const std::string& input) {
  return run_cli(args, CliSetup{input, "", "", {}});
}

CliResult run_cli(const std::vector<std::string>& args, const CliSetup& setup) {
  const std::string binary = setup.binary.empty() ? std::string(FZ_BINARY) : setup.binary;
  const std::string cwd = setup.cwd.empty() ? std::string(FZ_SOURCE_DIR) : setup.cwd;
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e, name = entry.substr(0, entry.find('='));
    bool replaced = false;
    for (const auto& [k, v] : setup.env) replaced = replaced || k == name;
    if (!replaced) env_strings.push_back(entry);
  }
  for (const auto& [k, v] : setup.env)
    if (v) env_strings.push_back(k + "=" + *v);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  // Files rather than pipes: no deadlock however much the child prints.
  std::string in_path = temp_file("in"), out_path = temp_file("out"), err_path = temp_file("err");
  {
    std::ofstream(in_path, std::ios::binary) << setup.input;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_TRUNC, 0);
  posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  std::vector<std::string> full{binary};
  full.insert(full.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : full) argv.push_back(a.data());
  argv.push_back(nullptr);
  CliResult r;
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = 0;
  int rc = posix_spawn(&pid, binary.c_str(), &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  std::remove(in_path.c_str());
  if (rc != 0) {
    std::remove(out_path.c_str());
    std::remove(err_path.c_str());
    throw std::runtime_error("cannot spawn " + binary);
  }
  int status = 0;
  struct rusage ru {};
  while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.max_rss_kb = ru.ru_maxrss;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = slurp_and_remove(out_path);
  r.err = slurp_and_remove(err_path);
  return r;
}

}  // namespace fz::test
