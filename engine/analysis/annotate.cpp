#include "engine/analysis/annotate.hpp"

#include "engine/analysis/figures.hpp"
#include "engine/analysis/lints.hpp"
#include "engine/match/evidence.hpp"

namespace fz::analysis {

namespace {

/// The sentence holding `span` as evidence (a figure or a lint names a few characters; the
/// reviewer needs the whole sentence to judge it).
Evidence sentence_evidence(const Document& doc, Span span) {
  int s = doc.sentence_at(span.begin);
  if (s < 0) return make_evidence(doc, span, -1, ItemState::met);
  const Sentence& sen = doc.sentences[static_cast<std::size_t>(s)];
  return make_evidence(doc, sen.span, sen.section, ItemState::met);
}

}  // namespace

void annotate(Scorecard& card, const Document& doc) {
  std::vector<Figure> figures = extract_figures(doc);
  for (const Figure& f : figures) {
    KeyFigure k;
    k.id = f.id;
    k.label = f.label;
    k.value = f.value;
    k.unit = f.unit;
    if (f.number.end <= doc.normalised.utf8.size())
      k.text = doc.normalised.utf8.substr(f.number.begin, f.number.size());
    k.evidence = sentence_evidence(doc, f.number);
    card.figures.push_back(std::move(k));
  }
  for (const Lint& l : lint_document(doc, figures)) {
    card.lints.push_back(LintNote{l.code, l.message, sentence_evidence(doc, l.span)});
  }
}

}  // namespace fz::analysis
