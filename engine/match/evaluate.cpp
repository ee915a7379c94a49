#include "engine/match/evaluate.hpp"

#include <algorithm>
#include <string_view>

#include "engine/match/context.hpp"
#include "engine/match/evidence.hpp"
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

struct Evaluator {
  const Plan& plan;
  const Document& doc;
  const Analysis& a;
  const std::vector<char>& is_units;

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
            if (u == x || !is_units[static_cast<std::size_t>(hit(u).pattern)]) continue;
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

  std::optional<RuleMatch> match_rule(const Rule& rule, ItemState context, Window window) const {
    const auto& sentences = doc.sentences;
    bool eval_empty = has_not(rule.cond);
    std::vector<signed char> memo(rule.under ? doc.sections.size() : 0, -1);
    std::vector<std::size_t> group, used;
    std::vector<int> group_sentences;
    // Without a `not`, a window is only satisfied by its hits of the rule's own patterns, so only
    // the sentences holding such hits need visiting (the other sentences of a window add nothing
    // to it). With a `not`, an empty window can satisfy the rule: visit every sentence.
    std::vector<std::size_t> visit;
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
    auto flush = [&]() -> bool {
      if (group_sentences.empty() || (group.empty() && !eval_empty)) return false;
      used.clear();
      return eval(rule.cond, group, used);
    };
    for (std::size_t v = 0; v <= n_visit; ++v) {
      std::size_t s = v == n_visit ? sentences.size() : sparse ? visit[v] : v;
      long k = -1;
      bool keep = false;
      if (s < sentences.size()) {
        const Sentence& sen = sentences[s];
        keep = a.context[s] == context;
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
        if (flush()) {
          RuleMatch r;
          std::sort(used.begin(), used.end());
          used.erase(std::unique(used.begin(), used.end()), used.end());
          r.hits = used;
          for (std::size_t h : used) r.sentences.push_back(hit(h).sentence);
          std::sort(r.sentences.begin(), r.sentences.end());
          r.sentences.erase(std::unique(r.sentences.begin(), r.sentences.end()),
                            r.sentences.end());
          return r;
        }
        group.clear();
        group_sentences.clear();
        key = k;
      }
      if (s == sentences.size()) break;
      group_sentences.push_back(static_cast<int>(s));
      for (std::size_t h = a.matches.first[s]; h < a.matches.first[s + 1]; ++h)
        if (rule.relevant.empty() || rule.relevant.test(hit(h).pattern)) group.push_back(h);
    }
    return std::nullopt;
  }

  /// A units figure within figure_distance characters of hit `h` (anywhere in the text).
  bool figure_near(const Hit& h) const {
    std::size_t limit = static_cast<std::size_t>(plan.figure_distance);
    for (std::size_t s = static_cast<std::size_t>(std::max(0, h.sentence - 1));
         s < doc.sentences.size() && s <= static_cast<std::size_t>(h.sentence) + 1; ++s)
      for (std::size_t u = a.matches.first[s]; u < a.matches.first[s + 1]; ++u) {
        const Hit& uh = hit(u);
        if (is_units[static_cast<std::size_t>(uh.pattern)] && !(uh == h) &&
            char_gap(doc.normalised.utf8, h.span, uh.span, limit) <= limit)
          return true;
      }
    return false;
  }
};

void collect_terms(const Cond& c, int pattern, std::vector<std::string>& out) {
  for (const auto& t : c.terms)
    if (t.contains(pattern) && std::find(out.begin(), out.end(), t.name) == out.end())
      out.push_back(t.name);
  for (const auto& ch : c.children) collect_terms(ch, pattern, out);
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

void add_evidence(std::vector<Evidence>& all, Evidence e) {
  std::size_t same_state = 0;
  for (auto& x : all) {
    if (x.supports != e.supports) continue;
    if (x.normalised == e.normalised) {  // same sentence from another rule: merge the terms
      for (auto& t : e.terms)
        if (std::find(x.terms.begin(), x.terms.end(), t) == x.terms.end()) x.terms.push_back(t);
      x.figure |= e.figure;
      return;
    }
    ++same_state;
  }
  if (same_state < kMaxEvidencePerState) all.push_back(std::move(e));
}

void add_rule_evidence(const Evaluator& ev, const Rule& rule, const RuleMatch& m,
                       ItemState supports, std::vector<Evidence>& out) {
  const Document& doc = ev.doc;
  for (int s : m.sentences) {
    const Sentence& sen = doc.sentences[static_cast<std::size_t>(s)];
    // add_evidence would drop a new sentence once the state has its fill: skip quoting it (a
    // document-wide window can name hundreds of sentences).
    std::size_t same_state = 0;
    bool listed = false;
    for (const Evidence& x : out)
      if (x.supports == supports) {
        listed = listed || x.normalised == sen.span;
        ++same_state;
      }
    if (!listed && same_state >= kMaxEvidencePerState) continue;
    Evidence e = make_evidence(doc, sen.span, sen.section, supports);
    for (std::size_t h : m.hits) {
      const Hit& hh = ev.hit(h);
      if (hh.sentence != s || ev.is_units[static_cast<std::size_t>(hh.pattern)]) continue;
      collect_terms(rule.cond, hh.pattern, e.terms);
      if (!e.figure && ev.figure_near(hh)) e.figure = true;
    }
    add_evidence(out, std::move(e));
  }
}

}  // namespace

Analysis analyse(const Plan& plan, const Document& doc) {
  Analysis a;
  a.matches = match(plan, doc);
  drop_aim_hits(aim_patterns(plan), doc, a.matches);
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
  return a;
}

std::optional<RuleMatch> match_rule(const Plan& plan, const Document& doc, const Analysis& a,
                                    const Rule& rule, ItemState context,
                                    std::optional<Window> window) {
  Evaluator ev(plan, doc, a);
  return ev.match_rule(rule, context, window.value_or(rule.window));
}

ItemVerdict evaluate_item(const Plan& plan, const Document& doc, const Analysis& a,
                          const Item& item, UnitLevel level) {
  ItemVerdict v;
  v.item = &item;
  if (!item.levels.empty() && level != UnitLevel::unknown &&
      std::find(item.levels.begin(), item.levels.end(), level) == item.levels.end()) {
    v.state = ItemState::na;
    return v;
  }
  Evaluator ev(plan, doc, a);
  ItemState best = ItemState::missing;
  std::vector<Evidence> evidence;
  auto offer = [&](ItemState st, std::vector<Evidence> ev_for_rule) {
    if (rank(st) > rank(best)) {
      best = st;
      evidence.clear();
    }
    if (st == best)
      for (auto& e : ev_for_rule) add_evidence(evidence, std::move(e));
  };
  for (const Rule& rule : item.rules) {
    switch (rule.kind) {
      case Rule::Kind::phrases: {
        for (ItemState ctx : {ItemState::met, ItemState::acknowledged, ItemState::planned}) {
          if (rank(ctx) < rank(best)) break;
          if (auto m = ev.match_rule(rule, ctx, rule.window)) {
            std::vector<Evidence> es;
            add_rule_evidence(ev, rule, *m, ctx, es);
            offer(ctx, std::move(es));
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
          if (named && (s.role == rule.part_role || (top && s.also == rule.part_role))) {
            offer(ItemState::met,
                  {make_evidence(doc, s.heading_span, static_cast<int>(i), ItemState::met)});
            break;
          }
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
          offer(ItemState::met, std::move(es));
        }
        break;
      }
    }
  }
  // A met item admitted as a weakness elsewhere lists the admission too.
  if (best == ItemState::met)
    for (const Rule& rule : item.rules)
      if (rule.kind == Rule::Kind::phrases)
        if (auto m = ev.match_rule(rule, ItemState::acknowledged, rule.window))
          add_rule_evidence(ev, rule, *m, ItemState::acknowledged, evidence);
  v.state = best;
  v.quantified = best == ItemState::met &&
                 std::any_of(evidence.begin(), evidence.end(), [](const Evidence& e) {
                   return e.supports == ItemState::met && e.figure;
                 });
  v.evidence = std::move(evidence);
  return v;
}

std::vector<ItemVerdict> evaluate(const Plan& plan, const Document& doc,
                                  const EvalOptions& options) {
  Analysis a = analyse(plan, doc);
  UnitLevel level = options.level.value_or(doc.meta.level);
  std::vector<ItemVerdict> out;
  out.reserve(plan.items.size());
  for (const Item& item : plan.items) out.push_back(evaluate_item(plan, doc, a, item, level));
  return out;
}

}  // namespace fz
