// Text: what every input transform returns, UTF-8 plus the map back to the text it came from.
#pragma once

#include <string>

#include "engine/offset_map.hpp"

namespace fz {

struct Text {
  std::string utf8;
  OffsetMap to_source;  ///< utf8 offsets → offsets in the previous stage's text
};

}  // namespace fz
