#include "engine/match/evidence.hpp"

namespace fz {

namespace {

/// Line:column and the quote of decoded span `d`: what every piece of evidence shows a person,
/// however its span was found.
void place(const Document& doc, Span d, Evidence& e) {
  if (d.end <= doc.lines.text().size() && !doc.lines.text().empty()) {
    Location b = doc.lines.locate(d.begin), en = doc.lines.locate(d.end);
    e.line = b.line;
    e.column = b.column;
    e.end_line = en.line;
    e.end_column = en.column;
  }
  if (d.end <= doc.decoded.utf8.size()) e.quote = doc.decoded.utf8.substr(d.begin, d.size());
}

}  // namespace

Evidence make_evidence(const Document& doc, Span normalised, int section, ItemState supports) {
  Evidence e;
  e.normalised = normalised;
  Span d = doc.to_decoded(normalised);
  e.decoded = d;
  e.original = doc.decoded.to_source.to_source(d);
  place(doc, d, e);
  e.section = doc.section_path(section);
  e.role = doc.role_of(section);
  e.supports = supports;
  return e;
}

Evidence evidence_at_original(const Document& doc, Span original, ItemState supports) {
  Evidence e;
  e.original = original;
  e.supports = supports;
  // The decoded span: the first decoded offsets whose source reaches the original's ends (the
  // map is monotonic, so a binary search finds them).
  const OffsetMap& m = doc.decoded.to_source;
  auto first_at = [&](std::size_t target) {
    std::size_t lo = 0, hi = m.derived_size();
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      if (m.to_source_begin(mid) < target) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  Span d{first_at(original.begin), first_at(original.end)};
  e.decoded = d;
  place(doc, d, e);
  return e;
}

}  // namespace fz
