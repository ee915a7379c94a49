// Args: the command line of one subcommand, split into positionals and --options.
// Unknown options are an error (exit 2) so a typo never silently changes a gate's verdict.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fz::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;  ///< "--format" → {"json"}

  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
  std::vector<std::string> all(const std::string& name) const;
};

/// `with_value` names options that take a value (`--format json` or `--format=json`);
/// `flags` names options without one. Throws UsageError on anything else.
Args parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                const std::set<std::string>& flags);

struct UsageError {
  std::string message;
};

}  // namespace fz::cli
