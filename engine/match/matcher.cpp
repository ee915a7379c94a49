#include "engine/match/matcher.hpp"

#include <algorithm>
#include <string_view>

#include "engine/match/pattern_set.hpp"

namespace fz {

Matches match(const Plan& plan, const Document& doc) {
  Matches m;
  m.first.reserve(doc.sentences.size() + 1);
  const PatternSet* ps = plan.compiled.get();
  std::vector<int> cand;
  std::vector<Span> spans;
  std::string_view text = doc.normalised.utf8;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    m.first.push_back(m.hits.size());
    if (!ps) continue;
    Span sp = doc.sentences[s].span;
    if (sp.end > text.size() || sp.begin >= sp.end) continue;
    std::string_view sentence = text.substr(sp.begin, sp.size());
    ps->candidates(sentence, cand);
    std::size_t start = m.hits.size();
    for (int p : cand) {
      spans.clear();
      ps->find_all(p, sentence, sp.begin, spans);
      for (Span h : spans) m.hits.push_back({p, h, static_cast<int>(s)});
    }
    std::sort(m.hits.begin() + static_cast<std::ptrdiff_t>(start), m.hits.end(),
              [](const Hit& a, const Hit& b) {
                return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                                    : a.pattern < b.pattern;
              });
  }
  m.first.push_back(m.hits.size());
  return m;
}

}  // namespace fz
