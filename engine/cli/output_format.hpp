// The output formats of `score` and `gate` as one switch (format name → renderer in
// engine/render/), where the output goes (--out FILE atomically, or stdout), and whether to colour.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/cli/options.hpp"
#include "engine/render/render.hpp"
#include "engine/scorecard.hpp"

namespace fz::cli {

/// The formats of `score` (html is score's own: one report, one page) and of `gate`.
const std::vector<std::string>& report_formats();

/// Whether the format carries failed inputs (SARIF, JUnit, Code Quality): then --out is written
/// even when an input failed, so CI shows why the run exited 2.
bool carries_failures(const std::string& format);

/// Renders `cards` in `format`; json is always an array (output.md), also for one report.
std::string render_cards(const std::string& format, const std::vector<Scorecard>& cards,
                         const std::vector<InputFailure>& failed, const RenderOptions& options);

/// The colour decision, as a pure function of its inputs: --color always/never decide; auto means
/// FORCE_COLOR set and not empty (other than "0" or "false") forces colour, NO_COLOR set and not
/// empty turns it off (no-color.org: an empty value is ignored), else colour on a terminal.
bool use_color(ColorMode mode, bool terminal, const char* no_color, const char* force_color);
/// The same for file descriptor `fd` of this process and its environment.
bool use_color(ColorMode mode, int fd);

/// Colour for the output itself: only on stdout in auto mode (never into an --out file unless
/// --color always).
bool output_color(const OutputArgs& o);

/// Writes `text` to stdout (`out` "-") or atomically to the file; an error message on failure.
std::optional<std::string> write_output(const std::string& out, const std::string& text);

}  // namespace fz::cli
