#include "engine/match/evidence.hpp"

namespace fz {

Evidence make_evidence(const Document& doc, Span normalised, int section, ItemState supports) {
  Evidence e;
  e.normalised = normalised;
  Span d = doc.to_decoded(normalised);
  e.original = doc.decoded.to_source.to_source(d);
  if (d.end <= doc.lines.text().size() && !doc.lines.text().empty()) {
    Location b = doc.lines.locate(d.begin), en = doc.lines.locate(d.end);
    e.line = b.line;
    e.column = b.column;
    e.end_line = en.line;
    e.end_column = en.column;
  }
  if (d.end <= doc.decoded.utf8.size()) e.quote = doc.decoded.utf8.substr(d.begin, d.size());
  e.section = doc.section_path(section);
  e.role = doc.role_of(section);
  e.supports = supports;
  return e;
}

}  // namespace fz
