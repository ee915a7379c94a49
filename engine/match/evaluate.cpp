#include "engine/match/evaluate.hpp"

#include <algorithm>
#include <bit>
#include <string_view>

#include "engine/match/context.hpp"
#include "engine/match/evidence.hpp"
#include "engine/match/front_matter.hpp"
#include "engine/match/pattern_set.hpp"
#include "engine/source.hpp"

namespace fz {

namespace {

bool in_any(const std::vector<TermRef>& ts, int pattern) {
  for (const auto& t : ts)
    if (t.contains(pattern)) return true;
  return false;
}

bool has_not(const Cond& c) {
  if (c.kind == Cond::Kind::not_) return true;
  for (const auto& ch : c.children)
    if (has_not(ch)) return true;
  return false;
}

/// Characters strictly between two spans of `text` (0 when they overlap or touch).
std::size_t char_gap(std::string_view text, Span a, Span b, std::size_t limit) {
  if (b.begin < a.begin) std::swap(a, b);
  if (b.begin <= a.end) return 0;
  std::size_t bytes = b.begin - a.end;
  if (bytes <= limit) return bytes;          // at least as many bytes as characters
  if (bytes > 4 * limit) return limit + 1;   // at most 4 bytes per character
  return count_chars(text.substr(a.end, bytes));
}

/// Whether a units hit is a figure (a count, amount or percentage): a year ("2023年": four
/// digits before 年) and an ordinal ("第3次", and the session of a congress or plenum after its
/// term: "十一届十次全会") are not. Document numbers, dates and list numbers carry no unit, so
/// the units patterns do not match them in the first place.
bool is_figure_text(std::string_view text, Span s) {
  for (std::string_view ordinal : {std::string_view("第"), std::string_view("届")})
    if (s.begin >= ordinal.size() && text.substr(s.begin - ordinal.size(), ordinal.size()) == ordinal)
      return false;
  std::string_view h = text.substr(s.begin, s.size());
  std::size_t d = 0;
  while (d < h.size() && h[d] >= '0' && h[d] <= '9') ++d;
  return !(d == 4 && h.substr(d) == "年");
}

/// Han characters in `text` (three-byte UTF-8 sequences of the CJK blocks U+4000–U+9FFF).
std::size_t han_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    auto b = static_cast<unsigned char>(c);
    n += b >= 0xE4 && b <= 0xE9;
  }
  return n;
}

int rank(ItemState s) {
  switch (s) {
    case ItemState::met: return 4;
    case ItemState::acknowledged: return 3;
    case ItemState::planned: return 2;
    case ItemState::na: return 1;
    case ItemState::missing: return 0;
  }
  return 0;
}

struct Evaluator {
  const Plan& plan;
  const Document& doc;
  const Analysis& a;
  const std::vector<char>& is_units;
  /// Buffers reused across rules and items (one Evaluator per document): the evaluator runs for
  /// every item of every report of a batch, and fresh vectors per rule were a visible cost.
  struct Scratch {
    std::vector<std::size_t> group, used, visit, content_group, content_used;
    std::vector<signed char> memo;
    std::vector<Candidate> cands;
  };
  mutable Scratch scratch;

  Evaluator(const Plan& p, const Document& d, const Analysis& an)
      : plan(p), doc(d), a(an), is_units(an.is_units) {}

  const Hit& hit(std::size_t i) const { return a.matches.hits[i]; }

  bool eval(const Cond& c, const std::vector<std::size_t>& group,
            std::vector<std::size_t>& used) const {
    std::size_t mark = used.size();
    auto fail = [&] {
      used.resize(mark);
      return false;
    };
    switch (c.kind) {
      case Cond::Kind::any: {
        for (std::size_t h : group)
          if (in_any(c.terms, hit(h).pattern)) used.push_back(h);
        return used.size() > mark;
      }
      case Cond::Kind::all:
      case Cond::Kind::at_least: {
        std::size_t n_hit = 0;
        for (const auto& t : c.terms) {
          bool any = false;
          for (std::size_t h : group)
            if (t.contains(hit(h).pattern)) {
              used.push_back(h);
              any = true;
            }
          n_hit += any;
        }
        std::size_t need = c.kind == Cond::Kind::all ? c.terms.size()
                                                     : static_cast<std::size_t>(std::max(c.n, 0));
        if (n_hit < need || n_hit == 0) return fail();
        return true;
      }
      case Cond::Kind::near: {
        if (c.terms.size() < 2) return fail();
        std::size_t limit = static_cast<std::size_t>(std::max(c.n, 0));
        for (std::size_t x : group) {
          if (!c.terms[0].contains(hit(x).pattern)) continue;
          for (std::size_t y : group) {
            if (!c.terms[1].contains(hit(y).pattern)) continue;
            if (char_gap(doc.normalised.utf8, hit(x).span, hit(y).span, limit) <= limit) {
              used.push_back(x);
              used.push_back(y);
              return true;
            }
          }
        }
        return fail();
      }
      case Cond::Kind::figure: {
        std::size_t limit = static_cast<std::size_t>(c.n > 0 ? c.n : plan.figure_distance);
        for (std::size_t x : group) {
          if (!in_any(c.terms, hit(x).pattern)) continue;
          for (std::size_t u : group) {
            if (u == x || !a.is_figure[u]) continue;
            if (char_gap(doc.normalised.utf8, hit(x).span, hit(u).span, limit) <= limit) {
              used.push_back(x);
              used.push_back(u);
              return true;
            }
          }
        }
        return fail();
      }
      case Cond::Kind::and_:
        for (const auto& ch : c.children)
          if (!eval(ch, group, used)) return fail();
        return !c.children.empty();
      case Cond::Kind::or_:
        for (const auto& ch : c.children)
          if (eval(ch, group, used)) return true;
        return fail();
      case Cond::Kind::not_: {
        bool inner = !c.children.empty() && eval(c.children[0], group, used);
        used.resize(mark);  // a negation uses no hits
        return !inner;
      }
    }
    return fail();
  }

  /// Whether the heading of `section` or an ancestor matches pattern `p`; memoised per rule.
  bool under(int section, int p, std::vector<signed char>& memo) const {
    if (section < 0) return false;
    auto& m = memo[static_cast<std::size_t>(section)];
    if (m < 0) {
      const Section& s = doc.sections[static_cast<std::size_t>(section)];
      m = plan.compiled->contains(p, s.heading) || under(s.parent, p, memo);
    }
    return m != 0;
  }

  /// Calls on_window(used) for every window of `rule` in `context` whose hits satisfy the
  /// condition, in text order; `used` holds the hits the condition used (sorted, distinct).
  /// Stops when on_window returns false.
  template <class F>
  void for_each_window(const Rule& rule, ItemState context, Window window, F&& on_window) const {
    const auto& sentences = doc.sentences;
    bool eval_empty = has_not(rule.cond);
    std::vector<signed char>& memo = scratch.memo;
    memo.assign(rule.under ? doc.sections.size() : 0, -1);
    std::vector<std::size_t>& group = scratch.group;
    std::vector<std::size_t>& used = scratch.used;
    group.clear();
    used.clear();
    bool group_open = false;
    // Without a `not`, a window is only satisfied by its hits of the rule's own patterns, so only
    // the sentences holding such hits need visiting (the other sentences of a window add nothing
    // to it). With a `not`, an empty window can satisfy the rule: visit every sentence.
    std::vector<std::size_t>& visit = scratch.visit;
    visit.clear();
    bool sparse = !eval_empty && !rule.relevant.empty() && !a.first_of_pattern.empty();
    if (sparse) {
      rule.relevant.for_each([&](int p) {
        auto q = static_cast<std::size_t>(p);
        if (q + 1 >= a.first_of_pattern.size()) return;
        for (std::size_t k = a.first_of_pattern[q]; k < a.first_of_pattern[q + 1]; ++k)
          visit.push_back(static_cast<std::size_t>(hit(a.by_pattern[k]).sentence));
      });
      std::sort(visit.begin(), visit.end());
      visit.erase(std::unique(visit.begin(), visit.end()), visit.end());
    }
    std::size_t n_visit = sparse ? visit.size() : sentences.size();
    long key = -2;
    // Whether to go on after the window gathered so far.
    auto flush = [&]() -> bool {
      if (!group_open || (group.empty() && !eval_empty)) return true;
      used.clear();
      if (!eval(rule.cond, group, used)) return true;
      std::sort(used.begin(), used.end());
      used.erase(std::unique(used.begin(), used.end()), used.end());
      return on_window(static_cast<const std::vector<std::size_t>&>(used));
    };
    for (std::size_t v = 0; v <= n_visit; ++v) {
      std::size_t s = v == n_visit ? sentences.size() : sparse ? visit[v] : v;
      long k = -1;
      if (s < sentences.size()) {
        const Sentence& sen = sentences[s];
        bool keep = a.context[s] == context;
        if (keep && !rule.roles.empty())
          keep = std::find(rule.roles.begin(), rule.roles.end(), doc.role_of(sen.section)) !=
                 rule.roles.end();
        if (keep && rule.under) keep = under(sen.section, *rule.under, memo);
        if (!keep) continue;
        switch (window) {
          case Window::sentence: k = static_cast<long>(s); break;
          case Window::paragraph: k = sen.paragraph; break;
          case Window::section: k = sen.section; break;
          case Window::document: k = 0; break;
        }
      }
      if (k != key || s == sentences.size()) {
        if (!flush()) return;
        group.clear();
        group_open = false;
        key = k;
      }
      if (s == sentences.size()) break;
      group_open = true;
      for (std::size_t h = a.matches.first[s]; h < a.matches.first[s + 1]; ++h)
        if (rule.relevant.empty() || rule.relevant.test(hit(h).pattern)) group.push_back(h);
    }
  }

  std::optional<RuleMatch> first_window(const Rule& rule, ItemState context, Window window) const {
    std::optional<RuleMatch> r;
    for_each_window(rule, context, window, [&](const std::vector<std::size_t>& used) {
      r.emplace();
      r->hits = used;
      for (std::size_t h : used) r->sentences.push_back(hit(h).sentence);
      r->sentences.erase(std::unique(r->sentences.begin(), r->sentences.end()), r->sentences.end());
      return false;
    });
    return r;
  }

  /// A figure within figure_distance characters of hit `h`, in h's own sentence: the figure is
  /// for the item only when it stands by the item's words, and a neighbouring sentence's figure
  /// would make `quantified` depend on the order of sentences and paragraphs.
  bool figure_near(const Hit& h) const {
    std::size_t limit = static_cast<std::size_t>(plan.figure_distance);
    auto s = static_cast<std::size_t>(h.sentence);
    for (std::size_t u = a.matches.first[s]; u < a.matches.first[s + 1]; ++u)
      if (a.is_figure[u] && !(hit(u) == h) &&
          char_gap(doc.normalised.utf8, h.span, hit(u).span, limit) <= limit)
        return true;
    return false;
  }

  /// Whether sentence `s` has content: not a heading, a few Han characters ("无。" has not).
  bool is_content(std::size_t s) const {
    if (a.is_heading[s]) return false;
    Span sp = doc.sentences[s].span;
    return han_chars(std::string_view(doc.normalised.utf8).substr(sp.begin, sp.size())) >=
           kContentChars;
  }

  /// The sentences of `section` and its subsections: [first, last).
  std::pair<std::size_t, std::size_t> sentences_of(int section) const {
    const Section& sec = doc.sections[static_cast<std::size_t>(section)];
    int h = a.heading_sentence[static_cast<std::size_t>(section)];
    std::size_t first = h >= 0 ? static_cast<std::size_t>(h) : 0;
    while (first < doc.sentences.size() && doc.sentences[first].span.begin < sec.body.begin) ++first;
    std::size_t last = first;
    while (last < doc.sentences.size() && doc.sentences[last].span.begin < sec.body.end) ++last;
    return {first, last};
  }

  /// A sentence of the section (or its subsections) with content and, for a part whose
  /// sentences report work (achievements, duty), in the met context; -1 if none. With `rule`
  /// (a `part ROLE with COND`), the sentence must also satisfy the rule's condition.
  int content_sentence(int section, const Rule* rule) const {
    auto [first, last] = sentences_of(section);
    Role role = doc.sections[static_cast<std::size_t>(section)].role;
    bool work = role == Role::achievements || role == Role::duty;
    std::vector<std::size_t>& group = scratch.content_group;
    std::vector<std::size_t>& used = scratch.content_used;
    for (std::size_t s = first; s < last; ++s) {
      if (!is_content(s) || (work && a.context[s] != ItemState::met)) continue;
      if (rule && rule->part_with) {
        group.clear();
        used.clear();
        for (std::size_t h = a.matches.first[s]; h < a.matches.first[s + 1]; ++h)
          if (rule->relevant.empty() || rule->relevant.test(hit(h).pattern)) group.push_back(h);
        if (!eval(rule->cond, group, used)) continue;
      }
      return static_cast<int>(s);
    }
    return -1;
  }

  /// Whether every sentence the window used is a heading with no content under it (for a
  /// statutory item, whose part must say something: issue 18).
  bool only_empty_headings(const std::vector<std::size_t>& used, ItemTrace* trace) const {
    if (used.empty()) return false;
    for (std::size_t h : used) {
      auto s = static_cast<std::size_t>(hit(h).sentence);
      if (!a.is_heading[s] || content_sentence(doc.sentences[s].section, nullptr) >= 0) return false;
    }
    if (trace) trace->empty_headings.push_back(doc.sentences[static_cast<std::size_t>(hit(used[0]).sentence)].section);
    return true;
  }

  /// Whether hit pattern `p` belongs to one of the item's phrase rules (not a units pattern).
  static bool item_has(const Item& item, int p) {
    for (const Rule& r : item.rules)
      if (r.kind == Rule::Kind::phrases && r.relevant.test(p)) return true;
    return false;
  }

  /// Candidates from one satisfying window: each sentence holding a hit the condition used
  /// (a sentence with only a figure in it does not show the item).
  void add_candidates(const Rule& rule, std::size_t rule_index, ItemState state,
                      const std::vector<std::size_t>& used, std::vector<Candidate>& out) const {
    if (used.empty()) return;
    bool one_sentence = hit(used.front()).sentence == hit(used.back()).sentence;
    for (std::size_t i = 0; i < used.size();) {
      int s = hit(used[i]).sentence;
      std::size_t j = i;
      while (j < used.size() && hit(used[j]).sentence == s) ++j;
      Candidate c;
      c.sentence = s;
      c.state = state;
      c.heading = a.is_heading[static_cast<std::size_t>(s)] != 0;
      c.self = rule.window == Window::sentence || one_sentence;
      c.rule_mask = rule_index < 64 ? std::uint64_t{1} << rule_index : 0;
      c.rules = 1;
      const std::string_view text = doc.normalised.utf8;
      const Span sentence = doc.sentences[static_cast<std::size_t>(s)].span;
      Span longest{}, first{sentence.end, sentence.end};
      // Most sentences give no figure at all: then no hit needs a look for one nearby.
      bool has_figure = false;
      for (std::size_t u = a.matches.first[static_cast<std::size_t>(s)];
           u < a.matches.first[static_cast<std::size_t>(s) + 1] && !has_figure; ++u)
        has_figure = a.is_figure[u] != 0;
      for (std::size_t k = i; k < j; ++k) {
        const Hit& h = hit(used[k]);
        if (is_units[static_cast<std::size_t>(h.pattern)]) continue;
        bool seen = false;
        for (std::size_t m = i; m < k && !seen; ++m)
          seen = hit(used[m]).pattern == h.pattern;
        c.patterns += !seen;
        if (h.span.size() > longest.size()) longest = h.span;
        if (h.span.begin < first.begin) first = h.span;
        if (has_figure && !c.figure) c.figure = figure_near(h);
      }
      c.longest = static_cast<int>(count_chars(text.substr(longest.begin, longest.size())));
      c.leads = first.begin - sentence.begin <= 4 * kLeadChars &&
                count_chars(text.substr(sentence.begin, first.begin - sentence.begin)) <= kLeadChars;
      if (c.patterns > 0) out.push_back(c);
      i = j;
    }
  }

  /// Collects the candidates of every window of `rule` satisfied in `state`; whether any window
  /// counts (for a statutory item, headings with nothing under them do not).
  bool collect(const Item& item, const Rule& rule, std::size_t rule_index, ItemState state,
               std::vector<Candidate>& out, ItemTrace* trace) const {
    bool any = false;
    for_each_window(rule, state, rule.window, [&](const std::vector<std::size_t>& used) {
      if (item.statutory && only_empty_headings(used, trace)) return true;
      any = true;
      add_candidates(rule, rule_index, state, used, out);
      return true;
    });
    return any;
  }

  /// Whether the passage a sub-heading that shows the item runs into gives a figure for the
  /// item: the sentences after the heading in its paragraph (and its section), reporting work
  /// done, one of them with a figure within figure_distance of one of the item's phrases, though
  /// it need not satisfy a rule on its own ("（2）落实负责人出庭应诉制度。…出庭应诉111件…").
  /// Bounded by the paragraph and by the item's phrases: where a heading's passage ends is
  /// layout, and deleting the next heading must not lend that passage's figures to this item,
  /// nor must reordering paragraphs change it (tests/reports_invariance_test).
  bool passage_figure(const Item& item, int section) const {
    auto [first, last] = sentences_of(section);
    int heading = a.heading_sentence[static_cast<std::size_t>(section)];
    if (heading < 0) return false;
    int paragraph = doc.sentences[static_cast<std::size_t>(heading)].paragraph;
    for (std::size_t s = first; s < last && doc.sentences[s].paragraph == paragraph; ++s) {
      if (a.is_heading[s] || a.context[s] != ItemState::met) continue;
      for (std::size_t u = a.matches.first[s]; u < a.matches.first[s + 1]; ++u) {
        const Hit& h = hit(u);
        if (!is_units[static_cast<std::size_t>(h.pattern)] && item_has(item, h.pattern) && figure_near(h))
          return true;
      }
    }
    return false;
  }

  /// Merges candidates for the same sentence and state, fills in what ranks them, and sorts
  /// them best first within each state (states in precedence order).
  void rank_candidates(const Item& item, std::vector<Candidate>& cs) const {
    std::sort(cs.begin(), cs.end(), [](const Candidate& x, const Candidate& y) {
      return rank(x.state) != rank(y.state) ? rank(x.state) > rank(y.state) : x.sentence < y.sentence;
    });
    std::size_t w = 0;
    for (std::size_t r = 0; r < cs.size(); ++r) {
      if (w > 0 && cs[w - 1].state == cs[r].state && cs[w - 1].sentence == cs[r].sentence) {
        Candidate& m = cs[w - 1];
        m.self |= cs[r].self;
        m.figure |= cs[r].figure;
        m.patterns = std::max(m.patterns, cs[r].patterns);
        m.longest = std::max(m.longest, cs[r].longest);
        m.leads |= cs[r].leads;
        m.rule_mask |= cs[r].rule_mask;
        continue;
      }
      cs[w++] = cs[r];
    }
    cs.resize(w);
    for (Candidate& c : cs) {
      c.rules = std::max(1, std::popcount(c.rule_mask));
      auto s = static_cast<std::size_t>(c.sentence);
      for (std::size_t u = a.matches.first[s]; u < a.matches.first[s + 1]; ++u) {
        int p = hit(u).pattern;
        c.others += a.item_pattern[static_cast<std::size_t>(p)] && !item_has(item, p);
        c.sentence_figures += a.is_figure[u];
      }
      int sec = doc.sentences[s].section;
      const Section& own = doc.sections[static_cast<std::size_t>(sec)];
      c.passage_figure = c.heading && own.level >= 2 && passage_figure(item, sec);
      for (int up = c.heading ? own.parent : sec; up > 0 && !c.under_named;
           up = doc.sections[static_cast<std::size_t>(up)].parent) {
        int hs = a.heading_sentence[static_cast<std::size_t>(up)];
        if (hs < 0) continue;
        Span hspan = doc.sections[static_cast<std::size_t>(up)].heading_span;
        for (std::size_t u = a.matches.first[static_cast<std::size_t>(hs)];
             u < a.matches.first[static_cast<std::size_t>(hs) + 1] && !c.under_named; ++u) {
          const Hit& h = hit(u);
          c.under_named = h.span.begin >= hspan.begin && h.span.end <= hspan.end &&
                          !is_units[static_cast<std::size_t>(h.pattern)] && item_has(item, h.pattern);
        }
      }
    }
    std::stable_sort(cs.begin(), cs.end(), [](const Candidate& x, const Candidate& y) {
      if (x.state != y.state) return rank(x.state) > rank(y.state);
      return better_quote(x, y);
    });
  }
};

void collect_terms(const Cond& c, int pattern, std::vector<std::string>& out) {
  for (const auto& t : c.terms)
    if (t.contains(pattern) && std::find(out.begin(), out.end(), t.name) == out.end())
      out.push_back(t.name);
  for (const auto& ch : c.children) collect_terms(ch, pattern, out);
}

/// The quote for one ranked candidate: the sentence, the terms of its rules that hit in it.
Evidence candidate_evidence(const Evaluator& ev, const Item& item, const Candidate& c) {
  const Document& doc = ev.doc;
  const Sentence& sen = doc.sentences[static_cast<std::size_t>(c.sentence)];
  Evidence e = make_evidence(doc, sen.span, sen.section, c.state);
  auto s = static_cast<std::size_t>(c.sentence);
  for (std::size_t r = 0; r < item.rules.size() && r < 64; ++r) {
    if (!(c.rule_mask >> r & 1)) continue;
    for (std::size_t u = ev.a.matches.first[s]; u < ev.a.matches.first[s + 1]; ++u) {
      int p = ev.hit(u).pattern;
      if (!ev.is_units[static_cast<std::size_t>(p)] && item.rules[r].relevant.test(p))
        collect_terms(item.rules[r].cond, p, e.terms);
    }
  }
  e.figure = c.figure || c.passage_figure;
  return e;
}

}  // namespace

bool better_quote(const Candidate& x, const Candidate& y) {
  if (x.heading != y.heading) return !x.heading;            // the work, not its title
  if (x.self != y.self) return x.self;                      // shows the item on its own
  if (x.figure != y.figure) return x.figure;                // with a figure for it
  if (x.under_named != y.under_named) return x.under_named; // in the item's own passage
  if (x.rules != y.rules) return x.rules > y.rules;         // more of the item's ways of saying it
  if (x.leads != y.leads) return x.leads;                   // about the item, not a passing mention
  if (x.sentence_figures != y.sentence_figures) return x.sentence_figures > y.sentence_figures;  // more detail
  if (x.longest != y.longest) return x.longest > y.longest; // a specific phrase, not a short word
  // A smaller share of other items' phrases: a sentence about this item, not a summary.
  long xs = static_cast<long>(x.patterns) * (y.patterns + y.others);
  long ys = static_cast<long>(y.patterns) * (x.patterns + x.others);
  if (xs != ys) return xs > ys;
  if (x.patterns != y.patterns) return x.patterns > y.patterns;
  return x.sentence < y.sentence;
}

Analysis analyse(const Plan& plan, const Document& doc) {
  Analysis a;
  a.matches = match(plan, doc);
  drop_front_matter_hits(doc, a.matches);
  drop_aim_hits(plan.aim, doc, a.matches);
  a.context = sentence_contexts(plan, doc, a.matches);
  const auto& hits = a.matches.hits;
  a.first_of_pattern.assign(plan.patterns.size() + 1, 0);
  for (const Hit& h : hits)
    if (h.pattern >= 0 && static_cast<std::size_t>(h.pattern) < plan.patterns.size())
      ++a.first_of_pattern[static_cast<std::size_t>(h.pattern) + 1];
  for (std::size_t p = 0; p < plan.patterns.size(); ++p)
    a.first_of_pattern[p + 1] += a.first_of_pattern[p];
  a.by_pattern.resize(a.first_of_pattern.back());
  std::vector<std::size_t> fill(a.first_of_pattern.begin(), a.first_of_pattern.end() - 1);
  for (std::size_t i = 0; i < hits.size(); ++i)
    if (hits[i].pattern >= 0 && static_cast<std::size_t>(hits[i].pattern) < plan.patterns.size())
      a.by_pattern[fill[static_cast<std::size_t>(hits[i].pattern)]++] = i;
  a.is_units.assign(plan.patterns.size(), 0);
  for (int u : plan.units)
    if (u >= 0 && static_cast<std::size_t>(u) < a.is_units.size()) a.is_units[u] = 1;
  a.item_pattern.assign(plan.patterns.size(), 0);
  for (const Item& item : plan.items)
    for (const Rule& r : item.rules)
      if (r.kind == Rule::Kind::phrases)
        r.relevant.for_each([&](int p) {
          if (static_cast<std::size_t>(p) < a.item_pattern.size() && !a.is_units[p])
            a.item_pattern[p] = 1;
        });
  a.is_figure.assign(hits.size(), 0);
  for (std::size_t i = 0; i < hits.size(); ++i) {
    auto p = static_cast<std::size_t>(hits[i].pattern);
    a.is_figure[i] = p < a.is_units.size() && a.is_units[p] &&
                     is_figure_text(doc.normalised.utf8, hits[i].span);
  }
  // Headings: a sentence is its section's heading when it starts the heading and runs at most a
  // closing mark past it (a heading run into its paragraph is a sentence of body text).
  a.is_heading.assign(doc.sentences.size(), 0);
  a.heading_sentence.assign(doc.sections.size(), -1);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    for (int k = sen.section; k > 0; k = doc.sections[static_cast<std::size_t>(k)].parent) {
      const Section& sec = doc.sections[static_cast<std::size_t>(k)];
      if (sec.heading_span.begin < sen.span.begin || sec.heading_span.begin >= sen.span.end) break;
      if (a.heading_sentence[static_cast<std::size_t>(k)] < 0)
        a.heading_sentence[static_cast<std::size_t>(k)] = static_cast<int>(s);
    }
    if (sen.section <= 0) continue;
    const Section& own = doc.sections[static_cast<std::size_t>(sen.section)];
    constexpr std::size_t kClosingMark = 4;  // "。" or "：" after the heading text
    a.is_heading[s] = own.heading_span.begin >= sen.span.begin &&
                      own.heading_span.begin < sen.span.end &&
                      sen.span.end <= own.heading_span.end + kClosingMark;
  }
  return a;
}

std::optional<RuleMatch> match_rule(const Plan& plan, const Document& doc, const Analysis& a,
                                    const Rule& rule, ItemState context,
                                    std::optional<Window> window) {
  Evaluator ev(plan, doc, a);
  return ev.first_window(rule, context, window.value_or(rule.window));
}

namespace {

ItemVerdict evaluate_with(const Evaluator& ev, const Item& item, UnitLevel level, ItemTrace* trace) {
  const Document& doc = ev.doc;
  ItemVerdict v;
  v.item = &item;
  if (!item.levels.empty() && level != UnitLevel::unknown &&
      std::find(item.levels.begin(), item.levels.end(), level) == item.levels.end()) {
    v.state = ItemState::na;
    return v;
  }
  ItemState best = ItemState::missing;
  std::vector<Evidence> direct;  // from part and date rules, listed before the ranked sentences
  std::vector<Candidate>& cands = ev.scratch.cands;
  cands.clear();
  std::size_t ri = 0;
  auto offer = [&](ItemState st, std::vector<Evidence> es) {
    if (trace) trace->offered.emplace_back(ri, st);
    if (rank(st) > rank(best)) {
      best = st;
      direct.clear();
    }
    if (st == best)
      for (auto& e : es) direct.push_back(std::move(e));
  };
  for (; ri < item.rules.size(); ++ri) {
    const Rule& rule = item.rules[ri];
    switch (rule.kind) {
      case Rule::Kind::phrases: {
        for (ItemState ctx : {ItemState::met, ItemState::acknowledged, ItemState::planned}) {
          if (rank(ctx) < rank(best)) break;
          if (ev.collect(item, rule, ri, ctx, cands, trace)) {
            offer(ctx, {});
            break;
          }
        }
        break;
      }
      case Rule::Kind::part_exists: {
        for (std::size_t i = 0; i < doc.sections.size(); ++i) {
          const Section& s = doc.sections[i];
          bool top = s.level > 0 &&
                     (s.parent < 0 || doc.sections[static_cast<std::size_t>(s.parent)].level == 0);
          // A part, or a sub-section whose own heading names the part ("（五）存在的问题"); a
          // merged part ("存在的问题和下一步打算") is both of its roles.
          bool named = top || !s.role_words.empty();
          if (!named || !(s.role == rule.part_role || (top && s.also == rule.part_role))) continue;
          int content = ev.content_sentence(static_cast<int>(i), &rule);
          if (content < 0) {
            if (trace) trace->empty_parts.push_back(static_cast<int>(i));
            continue;
          }
          const Sentence& cs = doc.sentences[static_cast<std::size_t>(content)];
          offer(ItemState::met,
                {make_evidence(doc, s.heading_span, static_cast<int>(i), ItemState::met),
                 make_evidence(doc, cs.span, cs.section, ItemState::met)});
          break;
        }
        break;
      }
      case Rule::Kind::published_before: {
        const Meta& m = doc.meta;
        if (!m.published || !m.year || m.published->year == 0) {
          offer(ItemState::na, {});
        } else if (*m.published < Date{*m.year + 1, rule.month, rule.day}) {
          std::vector<Evidence> es;
          if (!m.published_span.empty())
            es.push_back(make_evidence(doc, m.published_span,
                                       doc.sentence_at(m.published_span.begin) >= 0
                                           ? doc.sentences[static_cast<std::size_t>(
                                                 doc.sentence_at(m.published_span.begin))].section
                                           : -1,
                                       ItemState::met));
          else if (!m.published_original.empty())  // a page-header date the text drops
            es.push_back(evidence_at_original(doc, m.published_original, ItemState::met));
          offer(ItemState::met, std::move(es));
        }
        break;
      }
    }
  }
  // A met item admitted as a weakness elsewhere lists the admission too.
  if (best == ItemState::met)
    for (std::size_t r = 0; r < item.rules.size(); ++r)
      if (item.rules[r].kind == Rule::Kind::phrases)
        ev.collect(item, item.rules[r], r, ItemState::acknowledged, cands, trace);
  // Only the best state's sentences (and a met item's admissions) are evidence.
  std::erase_if(cands, [&](const Candidate& c) {
    return !(c.state == best || (best == ItemState::met && c.state == ItemState::acknowledged));
  });
  ev.rank_candidates(item, cands);
  v.state = best;
  v.evidence = std::move(direct);
  if (v.evidence.size() > kMaxEvidencePerState) v.evidence.resize(kMaxEvidencePerState);
  std::size_t listed = v.evidence.size();
  ItemState listing = best;
  for (const Candidate& c : cands) {
    if (c.state != listing) {
      listing = c.state;
      listed = 0;
    }
    if (listed >= kMaxEvidencePerState) continue;
    Evidence e = candidate_evidence(ev, item, c);
    if (std::any_of(v.evidence.begin(), v.evidence.end(), [&](const Evidence& x) {
          return x.supports == e.supports && x.normalised == e.normalised;
        }))
      continue;
    v.evidence.push_back(std::move(e));
    ++listed;
  }
  // Quantified by content: some sentence that shows the item gives a figure for it, or a
  // sub-heading that shows it heads a passage with a figure. A statutory part is judged by its
  // presence and content, not by figures.
  v.quantified = best == ItemState::met && !item.statutory &&
                 std::any_of(cands.begin(), cands.end(), [](const Candidate& c) {
                   return c.state == ItemState::met && (c.figure || c.passage_figure);
                 });
  if (trace) trace->candidates = cands;
  return v;
}

}  // namespace

ItemVerdict evaluate_item(const Plan& plan, const Document& doc, const Analysis& a,
                          const Item& item, UnitLevel level, ItemTrace* trace) {
  return evaluate_with(Evaluator(plan, doc, a), item, level, trace);
}

std::vector<ItemVerdict> evaluate(const Plan& plan, const Document& doc,
                                  const EvalOptions& options) {
  Analysis a = analyse(plan, doc);
  UnitLevel level = options.level.value_or(doc.meta.level);
  Evaluator ev(plan, doc, a);  // one per document: its buffers serve every item
  std::vector<ItemVerdict> out;
  out.reserve(plan.items.size());
  for (const Item& item : plan.items) out.push_back(evaluate_with(ev, item, level, nullptr));
  return out;
}

}  // namespace fz
