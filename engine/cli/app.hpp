// The command line's frame, shared by every command: a command is a CLI11 subcommand with its
// options bound to values the command owns, plus what to run once the line is parsed. CLI11
// (header-only, Debian libcli11-dev) gives each command --help with every option, its default
// and its choices; this file adds what CLI11 2.1 lacks: choices that suggest the nearest name,
// a score range that refuses "nan", and the exit-code footer every --help ends with.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace fz::cli {

/// A usage error found after parsing (two inputs on stdin, an unknown item…): exit 2.
struct UsageError {
  std::string message;
};

/// A registered command: its subcommand, and the action that runs it and returns the exit code.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// The footer of every command's --help (output.md's exit codes, per command).
std::string exit_codes(const std::string& zero, const std::string& one = "");

/// A value that must be one of `names`; the error lists them and suggests the nearest.
CLI::Validator one_of(std::vector<std::string> names);
/// A number from 0 to 100 ("nan" and "inf" refused: they would pass or fail every gate).
CLI::Validator score_range();

}  // namespace fz::cli
