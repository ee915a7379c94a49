// Matcher: every phrase of a Plan against every sentence of a Document, in one pass per sentence
// (RE2::Set prefilter → exact spans for the candidates only), so the cost grows with the text,
// not with the number of items. The result is shared by evaluate and explain.
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"
#include "engine/match/prefilter.hpp"
#include "engine/span.hpp"

namespace fz {

struct Hit {
  int pattern = -1;   ///< index into Plan::patterns
  Span span;          ///< normalised text
  int sentence = -1;  ///< index into Document::sentences
  friend bool operator==(const Hit&, const Hit&) = default;
};

/// All hits of one document, in text order (sentence, then begin, then pattern), with the
/// range of hits of each sentence: sentence s owns hits[first[s] .. first[s + 1]).
struct Matches {
  std::vector<Hit> hits;
  std::vector<std::size_t> first;  ///< sentences.size() + 1 entries
};

/// Requires finalize(plan) to have run. Thread-safe: `plan` is only read.
Matches match(const Plan& plan, const Document& doc);

/// Rebuilds `m.first` for `sentences` sentences from the hits (in text order).
void index_by_sentence(Matches& m, std::size_t sentences);

/// Drops the hits `drop` accepts, keeping the others in order, and rebuilds `m.first`: for the
/// stages that take words out of evidence after matching (front matter, aims).
template <class Pred>
void drop_hits(Matches& m, Pred drop) {
  std::size_t sentences = m.first.empty() ? 0 : m.first.size() - 1;
  std::erase_if(m.hits, drop);
  index_by_sentence(m, sentences);
}

/// The regexes RE2 must try in each sentence, as (sentence, pattern) pairs in sentence order:
/// those FilteredRE2 admits given the atoms among `events` (one Prefilter::scan of the text)
/// that lie inside the sentence. `pf.unfiltered()` patterns are the caller's to add. Shared by
/// the matcher and the key-figure extractor (engine/analysis/figures.cpp).
std::vector<std::pair<int, int>> regex_candidates(const Prefilter& pf,
                                                  const std::vector<Prefilter::Event>& events,
                                                  const std::vector<Sentence>& sentences);

}  // namespace fz
