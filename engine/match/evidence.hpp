// Evidence construction: a span of the normalised text → the quote a person can check. Maps the
// span back through both OffsetMaps to the original bytes (output.md start/end), locates line and
// character column in the decoded text, and records the section path and role. Every verdict,
// key figure and lint is reported through this one function.
#pragma once

#include "engine/document/document.hpp"
#include "engine/match/verdict.hpp"

namespace fz {

/// `section`: the innermost section holding the span (-1: none).
Evidence make_evidence(const Document& doc, Span normalised, int section, ItemState supports);

}  // namespace fz
