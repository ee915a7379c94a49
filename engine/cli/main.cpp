// fzscore: argv → subcommand. Every error becomes exit code 2 with the file named on stderr;
// nothing escapes as a crash.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "engine/cli/args.hpp"
#include "engine/cli/commands.hpp"

namespace {

constexpr const char* kUsage =
    "usage: fzscore COMMAND [ARGS]\n"
    "  score FILE... [--format text|json|jsonl|sarif|junit|md|html] [--checklist PATH]\n"
    "  gate FILE... [--min-score N] [--config PATH]\n"
    "  gaps FILE [--style draft|memo] [--max N] [--format md|text|json|docx] [--out FILE]\n"
    "  diff OLD NEW\n"
    "  batch DIR|FILE... --out results.jsonl [--jobs N] [--html DIR]\n"
    "  check CHECKLIST...      lint a checklist\n"
    "  test CHECKLIST...       run a checklist's examples\n"
    "  text FILE               the normalised text the rules see\n"
    "  outline FILE [--format text|json]\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace fz::cli;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string_view cmd = argv[1];
  Argv rest(argv + 2, argv + argc);
  try {
    if (cmd == "score") return run_score(rest);
    if (cmd == "gate") return run_gate(rest);
    if (cmd == "gaps") return run_gaps(rest);
    if (cmd == "diff") return run_diff(rest);
    if (cmd == "batch") return run_batch(rest);
    if (cmd == "check") return run_check(rest);
    if (cmd == "test") return run_test(rest);
    if (cmd == "text") return run_text(rest);
    if (cmd == "outline") return run_outline(rest);
    if (cmd == "--version" || cmd == "version") {
      std::printf("fzscore %s\n", FZ_VERSION);
      return 0;
    }
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    std::fprintf(stderr, "fzscore: unknown command '%s'\n%s", std::string(cmd).c_str(), kUsage);
    return 2;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "fzscore %s: %s\n", std::string(cmd).c_str(), e.message.c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fzscore %s: internal error: %s\n", std::string(cmd).c_str(), e.what());
    return 2;
  }
}
