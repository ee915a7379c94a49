// Build: the structure stage. Given a Document whose texts and maps are set, finds paragraphs,
// sentences, the section tree with roles, metadata, and warnings (e.g. a text that stops
// mid-sentence, as truncated downloads do).
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/input/boilerplate.hpp"

namespace fz {

/// `fields`: page-header fields with decoded-text spans (from input/normalise).
void build_structure(Document& d, const std::vector<PageField>& fields);

}  // namespace fz
