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

/// Evidence for text normalisation dropped (a page-header field such as "发布时间：2024-03-19"),
/// given by its span in the original bytes: the quote, line and column as for any evidence; no
/// normalised span, no section.
Evidence evidence_at_original(const Document& doc, Span original, ItemState supports);

}  // namespace fz
