// The output formats of `score` and `gate` as one switch: the format name → the renderer in
// engine/render/, and whether the terminal wants colour.
#pragma once

#include <string>
#include <vector>

#include "engine/scorecard.hpp"

namespace fz::cli {

/// Renders cards in `format` (text|json|jsonl|sarif|junit|md); json of several reports is an
/// array. Returns false for an unknown format.
bool render_cards(const std::string& format, const std::vector<Scorecard>& cards, bool color,
                  std::string& out);
/// Colour for text on stdout: a tty and NO_COLOR unset.
bool want_color();

}  // namespace fz::cli
