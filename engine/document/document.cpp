#include "engine/document/document.hpp"

#include <algorithm>

namespace fz {

Span Document::to_decoded(Span normalised_span) const { return normalised.to_source.to_source(normalised_span); }

Span Document::to_original(Span normalised_span) const {
  return decoded.to_source.to_source(to_decoded(normalised_span));
}

std::string Document::section_path(int section) const {
  std::vector<int> chain;
  for (int k = section; k > 0 && k < static_cast<int>(sections.size()); k = sections[k].parent)
    chain.push_back(k);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!out.empty()) out += " › ";
    out += sections[*it].heading;
  }
  return out;
}

int Document::sentence_at(std::size_t offset) const {
  auto it = std::partition_point(sentences.begin(), sentences.end(),
                                 [offset](const Sentence& s) { return s.span.end <= offset; });
  if (it == sentences.end() || !it->span.contains(offset)) return -1;
  return static_cast<int>(it - sentences.begin());
}

}  // namespace fz
