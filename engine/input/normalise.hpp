// Normalise: decoded UTF-8 → the text the rules match against, stage by stage
// (simplify → fold → pages → boilerplate), each stage's map composed into one map to the decoded
// text. Page-header fields found by the boilerplate stage come back with decoded-text spans.
#pragma once

#include <string_view>
#include <vector>

#include "engine/input/boilerplate.hpp"
#include "engine/input/simplify.hpp"
#include "engine/text.hpp"

namespace fz {

struct Normalised {
  Text text;                       ///< to_source maps to the decoded text
  std::vector<PageField> fields;   ///< value_span in the decoded text
};

Normalised normalise(std::string_view decoded, const Simplifier& simplifier);

}  // namespace fz
