// The options the report commands share, bound to CLI11 in one place so that `score`, `gate`,
// `gaps`, `diff` and `batch` spell, explain and check them the same way:
//   inputs   FILE... (`-`: report text on stdin), --files-from LIST, --stdin-filename NAME
//   run      -c/--checklist, --config, --level, --min-score
//   output   -f/--format, -o/--out (`-`: stdout), -q/--quiet, -v/--verbose, --color
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/cli/app.hpp"
#include "engine/cli/inputs.hpp"
#include "engine/cli/load.hpp"

namespace fz::cli {

struct RunArgs {
  std::optional<std::string> checklist, config, level;
  std::optional<double> min_score;
  RunOptions options() const;  ///< --level as a UnitLevel (CLI11 has checked the name)
};

enum class ColorMode { automatic, always, never };

struct OutputArgs {
  std::string format;
  std::string out = "-";  ///< "-": stdout
  bool quiet = false, verbose = false;
  std::string color = "auto";

  bool to_stdout() const { return out == "-"; }
  ColorMode color_mode() const;
};

/// FILE... and --files-from; with `stdin_text`, `-` and --stdin-filename too.
void add_inputs(CLI::App& app, InputArgs& a, bool stdin_text, const std::string& what = "FILE");
/// --checklist, --config, --level, and --min-score when `min_score`.
void add_run_options(CLI::App& app, RunArgs& a, bool min_score);
/// --format (checked against `formats`, default the first), --out, and with `habits` --quiet,
/// --verbose and --color.
void add_output_options(CLI::App& app, OutputArgs& a, const std::vector<std::string>& formats,
                        bool habits);

}  // namespace fz::cli
