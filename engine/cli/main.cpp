// fzscore: argv → command (CLI11). Every error becomes exit code 2 with a message on stderr that
// names the command, and for a mistyped command or option the nearest right one; --help and
// --version exit 0. Nothing escapes as a crash.
#include <cstdio>
#include <exception>
#include <string>

#include "engine/cli/app.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/suggest.hpp"

namespace {

using fz::cli::Command;

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const auto& l : o->get_lnames()) names.push_back("--" + l);
    for (const auto& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

/// The message for a parse error, with "did you mean" where CLI11 has none.
std::string parse_error_message(const CLI::App& root, const CLI::App* sub, const CLI::ParseError& e) {
  if (!sub) {
    std::vector<std::string> commands;
    for (const CLI::App* c : root.get_subcommands([](const CLI::App*) { return true; }))
      commands.push_back(c->get_name());
    auto rest = root.remaining();
    if (!rest.empty() && !rest.front().empty() && rest.front()[0] != '-')
      return "unknown command '" + rest.front() + "'" + fz::cli::did_you_mean(rest.front(), commands);
    return e.what();
  }
  std::string message = e.what();
  for (const std::string& extra : sub->remaining()) {
    if (extra.size() < 2 || extra[0] != '-') continue;
    std::string name = extra.substr(0, extra.find('='));
    return "unknown option " + name + fz::cli::did_you_mean(name, option_names(*sub));
  }
  return message;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App root{"fzscore: checks 法治政府建设 annual reports against the 纲要 checklists, with "
                "evidence for every verdict.",
                "fzscore"};
  root.get_formatter()->column_width(30);
  root.set_version_flag("-V,--version", "fzscore " FZ_VERSION);
  root.require_subcommand(1);
  root.footer(fz::cli::exit_codes("done (gate: every report passed)", "gate: a report failed") +
              "\nRun `fzscore COMMAND --help` for a command's options.");
  std::vector<Command> commands{fz::cli::add_score(root), fz::cli::add_gate(root),
                                fz::cli::add_gaps(root),  fz::cli::add_diff(root),
                                fz::cli::add_batch(root), fz::cli::add_items(root),
                                fz::cli::add_check(root), fz::cli::add_test(root),
                                fz::cli::add_text(root),  fz::cli::add_outline(root)};
  // `fzscore help [COMMAND]` and `fzscore version`, as before CLI11.
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "version") args[0] = "--version";
  if (!args.empty() && args[0] == "help") {
    args.erase(args.begin());
    args.push_back("--help");
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them reversed

  const CLI::App* chosen = nullptr;
  try {
    root.parse(reversed);
  } catch (const CLI::Success& e) {  // --help, --version
    return root.exit(e) == 0 ? 0 : 2;
  } catch (const CLI::ParseError& e) {
    for (const Command& c : commands)
      if (c.app->parsed()) chosen = c.app;
    if (args.empty()) {
      std::fputs(root.help().c_str(), stderr);
      return 2;
    }
    std::string name = chosen ? "fzscore " + chosen->get_name() : std::string("fzscore");
    std::fprintf(stderr, "%s: %s\nRun `%s --help` for the options.\n", name.c_str(),
                 parse_error_message(root, chosen, e).c_str(), name.c_str());
    return 2;
  }
  for (const Command& c : commands) {
    if (!c.app->parsed()) continue;
    std::string name = "fzscore " + c.app->get_name();
    try {
      return c.run();
    } catch (const fz::cli::UsageError& e) {
      std::fprintf(stderr, "%s: %s\n", name.c_str(), e.message.c_str());
      return 2;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: internal error: %s\n", name.c_str(), e.what());
      return 2;
    }
  }
  return 2;
}
