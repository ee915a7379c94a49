// Minimal Document methods (engine branch). The input pipeline's branch owns this file; at merge,
// keep whichever version is fuller: the engine relies only on the behaviour documented in
// document.hpp.
#include "engine/document/document.hpp"

#include <algorithm>

namespace fz {

Span Document::to_decoded(Span normalised_span) const {
  return normalised.to_source.to_source(normalised_span);
}

Span Document::to_original(Span normalised_span) const {
  return decoded.to_source.to_source(to_decoded(normalised_span));
}

std::string Document::section_path(int section) const {
  std::vector<int> chain;
  for (int s = section; s >= 0 && static_cast<std::size_t>(s) < sections.size();
       s = sections[static_cast<std::size_t>(s)].parent)
    if (sections[static_cast<std::size_t>(s)].level > 0) chain.push_back(s);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!out.empty()) out += " › ";
    out += sections[static_cast<std::size_t>(*it)].heading;
  }
  return out;
}

int Document::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return it->span.contains(offset) ? static_cast<int>(it - sentences.begin()) : -1;
}

}  // namespace fz
