#include "engine/match/matcher.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>

#include "engine/match/pattern_set.hpp"
#include "engine/match/prefilter.hpp"

namespace fz {

namespace {

bool text_order(const Hit& a, const Hit& b) {
  return std::tie(a.sentence, a.span.begin, a.pattern) <
         std::tie(b.sentence, b.span.begin, b.pattern);
}

/// Index of the sentence that holds all of [b, e), or -1 (text between sentences, or a span that
/// crosses a sentence boundary, which a per-sentence match could not produce either).
int sentence_of(const std::vector<Sentence>& ss, std::size_t b, std::size_t e) {
  auto it = std::upper_bound(ss.begin(), ss.end(), b,
                             [](std::size_t off, const Sentence& s) { return off < s.span.begin; });
  if (it == ss.begin()) return -1;
  --it;
  if (b < it->span.begin || e > it->span.end) return -1;
  return static_cast<int>(it - ss.begin());
}

/// Whether [h.begin, h.end) shares a byte with some sentence.
bool overlaps_sentence(const std::vector<Sentence>& ss, Span h) {
  auto it = std::upper_bound(ss.begin(), ss.end(), h.begin,
                             [](std::size_t off, const Sentence& s) { return off < s.span.end; });
  return it != ss.end() && it->span.begin < h.end;
}


/// The RE2 path: per sentence, RE2::Set says which patterns occur, RE2 finds their spans.
Matches match_per_sentence(const PatternSet& ps, const Document& doc) {
  Matches m;
  std::vector<int> cand;
  std::vector<Span> spans;
  std::string_view text = doc.normalised.utf8;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    Span sp = doc.sentences[s].span;
    if (sp.end > text.size() || sp.begin >= sp.end) continue;
    std::string_view sentence = text.substr(sp.begin, sp.size());
    ps.candidates(sentence, cand);
    for (int p : cand) {
      spans.clear();
      ps.find_all(p, sentence, sp.begin, spans);
      for (Span h : spans) m.hits.push_back({p, h, static_cast<int>(s)});
    }
  }
  std::sort(m.hits.begin(), m.hits.end(), text_order);
  index_by_sentence(m, doc.sentences.size());
  return m;
}

/// The Hyperscan path: one scan of the whole text. Literal events are hits already (kept
/// leftmost and non-overlapping per sentence, as RE2 would report them); regex events only name
/// the sentences where RE2 must look. Same hits as match_per_sentence, at a fraction of the cost.
bool match_prefiltered(const Prefilter& pf, const PatternSet& ps, const Document& doc,
                       Matches& m) {
  std::string_view text = doc.normalised.utf8;
  std::vector<Prefilter::Event> events;
  if (!pf.scan(text, events)) return false;
  const auto& ss = doc.sentences;
  struct LiteralHit {
    Hit hit;
    int alt;  ///< alternative of a literal alternation; 0 for a phrase
  };
  std::vector<LiteralHit> literal_hits;
  for (const auto& e : events) {
    if (e.pattern < 0) continue;  // an atom: regex_candidates() below
    int s = sentence_of(ss, e.begin, e.end);
    if (s >= 0) literal_hits.push_back({{e.pattern, {e.begin, e.end}, s}, e.alt});
  }
  // Leftmost-first, as RE2 reports a pattern's matches in a sentence: the earliest start wins,
  // at one start the first alternative, and a match overlapping the one kept before is dropped.
  std::sort(literal_hits.begin(), literal_hits.end(), [](const LiteralHit& a, const LiteralHit& b) {
    return std::tie(a.hit.pattern, a.hit.sentence, a.hit.span.begin, a.alt) <
           std::tie(b.hit.pattern, b.hit.sentence, b.hit.span.begin, b.alt);
  });
  for (const LiteralHit& lh : literal_hits) {
    const Hit& h = lh.hit;
    if (!m.hits.empty()) {
      const Hit& last = m.hits.back();
      if (last.pattern == h.pattern && last.sentence == h.sentence && h.span.begin < last.span.end)
        continue;  // overlaps the match kept before
    }
    m.hits.push_back(h);
  }

  // Regexes: the candidates of each sentence's atoms, plus the unfiltered ones everywhere.
  std::vector<std::pair<int, int>> tries = regex_candidates(pf, events, ss);  // (sentence, pattern)
  std::vector<Span> spans;
  for (int p : pf.unfiltered()) {
    // One RE2 scan of the whole text rather than one per sentence: a context-free regex's
    // matches that each lie inside one sentence are exactly what the per-sentence scans would
    // find. If one crosses a sentence boundary, fall back to scanning sentence by sentence.
    bool whole = !pf.sentence_relative(p);
    if (whole) {
      spans.clear();
      ps.find_all(p, text, 0, spans);
      std::size_t mark = m.hits.size();
      for (Span h : spans) {
        int s = sentence_of(ss, h.begin, h.end);
        if (s >= 0) {
          m.hits.push_back({p, h, s});
          continue;
        }
        if (overlaps_sentence(ss, h)) {  // it crosses a sentence boundary
          whole = false;
          m.hits.resize(mark);
          break;
        }
        // Otherwise it lies wholly between sentences, where no per-sentence scan looks.
      }
    }
    if (!whole)
      for (std::size_t s = 0; s < ss.size(); ++s) tries.emplace_back(static_cast<int>(s), p);
  }
  for (auto [s, p] : tries) {
    Span sp = ss[static_cast<std::size_t>(s)].span;
    if (sp.end > text.size() || sp.begin >= sp.end) continue;
    spans.clear();
    ps.find_all(p, text.substr(sp.begin, sp.size()), sp.begin, spans);
    for (Span h : spans) m.hits.push_back({p, h, s});
  }
  std::sort(m.hits.begin(), m.hits.end(), text_order);
  index_by_sentence(m, ss.size());
  return true;
}

}  // namespace

void index_by_sentence(Matches& m, std::size_t sentences) {
  m.first.assign(sentences + 1, 0);
  std::size_t k = 0;
  for (std::size_t s = 0; s < sentences; ++s) {
    m.first[s] = k;
    while (k < m.hits.size() && m.hits[k].sentence == static_cast<int>(s)) ++k;
  }
  m.first[sentences] = m.hits.size();
}

std::vector<std::pair<int, int>> regex_candidates(const Prefilter& pf,
                                                  const std::vector<Prefilter::Event>& events,
                                                  const std::vector<Sentence>& sentences) {
  std::vector<std::pair<int, int>> atoms;  // (sentence, atom)
  for (const auto& e : events) {
    if (e.pattern >= 0) continue;  // a literal pattern's hit, not an atom
    int s = sentence_of(sentences, e.begin, e.end);
    if (s >= 0) atoms.emplace_back(s, e.atom);
  }
  std::sort(atoms.begin(), atoms.end());
  atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
  std::vector<std::pair<int, int>> tries;
  std::vector<int> sentence_atoms, cand;
  for (std::size_t k = 0; k < atoms.size();) {
    int s = atoms[k].first;
    sentence_atoms.clear();
    for (; k < atoms.size() && atoms[k].first == s; ++k) sentence_atoms.push_back(atoms[k].second);
    pf.candidates(sentence_atoms, cand);
    for (int p : cand) tries.emplace_back(s, p);
  }
  return tries;
}

Matches match(const Plan& plan, const Document& doc) {
  if (!plan.compiled) {
    Matches m;
    index_by_sentence(m, doc.sentences.size());
    return m;
  }
  if (plan.prefilter) {
    Matches m;
    if (match_prefiltered(*plan.prefilter, *plan.compiled, doc, m)) return m;
  }
  return match_per_sentence(*plan.compiled, doc);
}

}  // namespace fz
