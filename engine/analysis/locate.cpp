#include "engine/analysis/locate.hpp"

#include <algorithm>

namespace fz::analysis {
namespace {

Span through(const OffsetMap& map, std::size_t derived_size, Span s) {
  if (map.derived_size() != derived_size || map.runs().empty()) return s;  // identity
  return map.to_source(s);
}

Span clamp(Span s, std::size_t n) {
  s.end = std::min(s.end, n);
  s.begin = std::min(s.begin, s.end);
  return s;
}

}  // namespace

Located locate(const Document& doc, Span normalised) {
  Located l;
  l.normalised = clamp(normalised, doc.normalised.utf8.size());
  l.decoded = clamp(through(doc.normalised.to_source, doc.normalised.utf8.size(), l.normalised),
                    doc.decoded.utf8.size());
  l.original = clamp(through(doc.decoded.to_source, doc.decoded.utf8.size(), l.decoded),
                     doc.original.size());
  if (doc.lines.text().size() == doc.decoded.utf8.size())
    l.at = doc.lines.locate(l.decoded.begin);
  else
    l.at = Source("", doc.decoded.utf8).locate(l.decoded.begin);
  l.quote = doc.decoded.utf8.substr(l.decoded.begin, l.decoded.size());
  return l;
}

}  // namespace fz::analysis
