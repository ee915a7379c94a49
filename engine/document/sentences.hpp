// Sentences and paragraphs of the normalised text. A paragraph is a non-empty line; a sentence
// ends after 。！？； (with a closing quote or bracket that follows it) or at the line end.
// Both spans are trimmed of spaces; sentences keep their final punctuation.
#pragma once

#include <string_view>
#include <vector>

#include "engine/document/document.hpp"

namespace fz {

std::vector<Paragraph> find_paragraphs(std::string_view text);
std::vector<Sentence> find_sentences(std::string_view text, const std::vector<Paragraph>& paragraphs);

}  // namespace fz
