// Semantic checks. Errors are E002…E028 (E001 is syntax, E020 the catalogue, E024 an unreadable
// include), warnings W001…W006.
// The checker walks the tree once per concern; each concern is a method, so adding a check does
// not touch the others.
#include "dsl/check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>
#include <string>

#include <boost/variant/apply_visitor.hpp>
#include <boost/variant/get.hpp>
#include <fmt/format.h>

#include "dsl/vocabulary.hpp"
#include "engine/input/utf8.hpp"
#include "engine/match/regex_check.hpp"

namespace fz::dsl {

namespace {

using namespace ast;

/// A reference's identity for comparisons: terms, literals and regexes never collide.
std::string key_of(const Phrase& p) {
  if (auto* s = boost::get<Str>(&p)) return "s:" + s->value;
  if (auto* r = boost::get<Regex>(&p)) return "r:" + r->value;
  return "t:" + boost::get<Name>(p).value;
}

bool is_whole(const Number& n, double lo, double hi) {
  return std::isfinite(n.value) && n.value == std::floor(n.value) && n.value >= lo && n.value <= hi;
}

class Checker {
 public:
  Checker(const Source& src, const Checklist& c) : src_(src), c_(c) {}

  std::vector<Diagnostic> run() {
    encoding();
    header();
    collect_decls();
    for (const auto& [name, t] : terms_)
      for (const auto& p : t->phrases) phrase(p, true, false);
    cycles();
    contexts();
    parts();
    unused_terms();
    return std::move(out_);
  }

 private:
  const Source& src_;
  const Checklist& c_;
  std::vector<Diagnostic> out_;
  std::map<std::string, const Term*> terms_;
  std::set<std::string> used_;
  std::map<std::string, const ContextSet*> contexts_;
  std::map<std::string, const Wording*> wordings_;
  std::map<std::string, std::pair<std::string, std::size_t>> inline_literals_;  // → item, line
  bool constrained_ = false;  // inside an `and`, `near` or `N of`: short phrases are fine there

  void error(const char* code, Span at, std::string msg, std::vector<std::string> notes = {}) {
    out_.push_back(make_diagnostic(Severity::error, code, src_, at, std::move(msg)));
    out_.back().notes = std::move(notes);
  }
  void warn(const char* code, Span at, std::string msg) {
    out_.push_back(make_diagnostic(Severity::warning, code, src_, at, std::move(msg)));
  }
  std::string line_of(Span s) const { return std::to_string(src_.locate(s.begin).line); }
  /// "on line 12", or "in wording/x.fz line 12" when `s` is in another file than `here`.
  std::string where(Span s, Span here) const {
    if (src_.file_begin(s.begin) == src_.file_begin(here.begin)) return "on line " + line_of(s);
    return "in " + src_.file_at(s.begin) + " line " + line_of(s);
  }
  /// Whether `s` lies in an included wording library rather than the checklist itself.
  bool in_library(Span s) const { return src_.file_begin(s.begin) != 0; }

  /// A checklist is UTF-8 text: a title or phrase with other bytes would be copied into JSON and
  /// HTML output as invalid text (and never match a report, which is always decoded to UTF-8).
  /// E027 at the first such byte of each file.
  void encoding() {
    const std::string& text = src_.text();
    std::size_t file = std::string::npos;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t n = utf8::sequence_length(text, i);
      if (n) {
        i += n;
        continue;
      }
      if (src_.file_begin(i) != file) {
        file = src_.file_begin(i);
        error("E027", Span{i, i + 1},
              fmt::format("byte 0x{:02X} is not UTF-8: a checklist must be UTF-8 text",
                          static_cast<unsigned char>(text[i])),
              {"save the file as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"});
      }
      ++i;
    }
  }

  void header() {
    std::map<std::string, Span> seen;
    for (const auto& f : c_.header.fields) {
      std::string key = "years";
      Span at;
      if (auto* t = boost::get<TextField>(&f)) {
        key = t->key.value, at = t->span;
        if (t->value.value.empty()) error("E016", t->value.span, "empty " + key);
      } else {
        const auto& y = boost::get<Years>(f);
        at = y.span;
        if (!is_whole(y.from, 0, 9999) || !is_whole(y.to, 0, 9999))
          error("E013", y.span, "years must be between 0 and 9999");
        else if (y.from.value > y.to.value)
          error("E013", y.span,
                fmt::format("years range is reversed: {} .. {} (write the earlier year first)",
                            y.from.text, y.to.text));
      }
      if (!seen.emplace(key, at).second)
        error("E018", at, "duplicate field `" + key + "`",
              {"first given on line " + line_of(seen[key])});
    }
  }

  void collect_decls() {
    bool figure_seen = false;
    for (const auto& d : c_.decls) {
      if (auto* t = boost::get<Term>(&d)) {
        auto [it, fresh] = terms_.emplace(t->name.value, t);
        if (!fresh)
          error("E003", t->name.span, "duplicate term `" + t->name.value + "`",
                {"first defined " + where(it->second->span, t->name.span)});
      } else if (auto* cs = boost::get<ContextSet>(&d)) {
        auto [it, fresh] = contexts_.emplace(cs->kind.value, cs);
        if (!fresh)
          error("E018", cs->kind.span, "duplicate declaration `" + cs->kind.value + "`",
                {"first declared " + where(it->second->span, cs->kind.span)});
      } else if (auto* w = boost::get<Wording>(&d)) {
        auto [it, fresh] = wordings_.emplace(w->id.value, w);
        if (!fresh)
          error("E004", w->id.span, "duplicate wording block for \"" + w->id.value + "\"",
                {"first given " + where(it->second->span, w->id.span)});
      } else if (auto* inc = boost::get<Include>(&d)) {
        if (in_library(inc->span))
          error("E025", inc->span, "a wording library cannot include another file",
                {"include every library from the checklist itself"});
      } else if (auto* part = boost::get<Part>(&d)) {
        if (in_library(part->span))
          error("E025", part->id.span, "a wording library holds terms, context sets and "
                                       "wording blocks, not parts",
                {"parts and items belong in the checklist"});
      } else if (auto* f = boost::get<FigureWithin>(&d)) {
        if (figure_seen) error("E018", f->span, "duplicate declaration `figure within`");
        figure_seen = true;
        if (!is_whole(f->distance, 1, 100000))
          error("E023", f->distance.span, "distance must be a whole number from 1 to 100000");
      }
    }
  }

  /// Validates one phrase wherever it stands. `context`: in hedge/future/units or a term's list
  /// (short phrases are normal there); `inline_use`: written directly inside a condition.
  void phrase(const Phrase& p, bool context, bool inline_use) {
    if (auto* s = boost::get<Str>(&p)) {
      if (s->value.empty()) return error("E016", s->span, "empty phrase \"\" matches everywhere");
      // Two characters make an ordinary Chinese word, so a two-character phrase is only suspect
      // when it alone decides a rule; combined with `and`, `near` or `N of` it is normal.
      std::size_t chars = count_chars(s->value);
      if (!context && (chars <= 1 || (chars == 2 && !constrained_)))
        warn("W002", s->span,
             "phrase \"" + s->value + "\" is very short and will match in unrelated sentences");
      (void)inline_use;
    } else if (auto* r = boost::get<Regex>(&p)) {
      if (r->value.empty()) return error("E016", r->span, "empty regex // matches everywhere");
      if (auto msg = regex_error(r->value))
        error("E006", r->span, "invalid regex: " + *msg);
    } else {
      const auto& n = boost::get<Name>(p);
      used_.insert(n.value);
      if (!terms_.count(n.value)) error("E002", n.span, "unknown term `" + n.value + "`");
    }
  }

  /// How deep term references may nest (t1 = t0, t2 = t1, …: a chain of 64 terms). The shipped
  /// checklists use 3; the limit keeps a hostile checklist from costing time and memory in
  /// compile (each term's expansion is kept) without ever meeting a real one.
  static constexpr std::size_t kMaxTermDepth = 64;

  void cycles() {
    // Depth-first over term references with an explicit stack (a chain of 60 000 terms overflowed
    // the call stack): a term reached again while on the path is a cycle (E017); a term whose
    // longest chain of references is deeper than kMaxTermDepth is E026 (once).
    struct Frame {
      const std::string* name;
      const Term* term;
      std::size_t next = 0;
    };
    std::map<std::string, int> state;             // 0 new, 1 on path, 2 done
    std::map<std::string, std::size_t> height;    // terms in the longest chain from a done term
    std::set<std::string> reported;
    bool too_deep = false;
    std::vector<Frame> stack;
    auto path = [&](const std::string& from) {
      std::string chain;
      bool on = false;
      for (const auto& f : stack) {
        on = on || *f.name == from;
        if (on) chain += *f.name + " → ";
      }
      return chain + from;
    };
    for (const auto& [root, root_term] : terms_) {
      if (state[root] == 2) continue;
      state[root] = 1;
      stack.push_back(Frame{&root, root_term});
      while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next < f.term->phrases.size()) {
          auto* n = boost::get<Name>(&f.term->phrases[f.next++]);
          if (!n) continue;
          auto it = terms_.find(n->value);
          if (it == terms_.end()) continue;  // E002, reported by phrase()
          if (state[n->value] == 1) {
            if (reported.insert(n->value).second)
              error("E017", n->span, "term `" + n->value + "` refers to itself: " + path(n->value));
          } else if (state[n->value] == 0) {
            state[n->value] = 1;
            stack.push_back(Frame{&it->first, it->second});  // `f` is not used after this
          }
          continue;
        }
        std::size_t h = 0;
        for (const auto& p : f.term->phrases)
          if (auto* n = boost::get<Name>(&p); n && state[n->value] == 2)
            h = std::max(h, height[n->value]);
        height[*f.name] = ++h;
        if (h > kMaxTermDepth && !too_deep) {
          too_deep = true;
          error("E026", f.term->name.span,
                fmt::format("term `{}` nests term references {} deep: {}; at most {} are allowed",
                            *f.name, h, deepest_chain(*f.name, height), kMaxTermDepth),
                {"define the inner terms' phrases directly instead of through another term"});
        }
        state[*f.name] = 2;
        stack.pop_back();
      }
    }
  }

  /// "t64 → t63 → … → t0": the longest chain of references from `name`, shortened in the middle.
  std::string deepest_chain(const std::string& name,
                            const std::map<std::string, std::size_t>& height) const {
    std::vector<std::string> chain{name};
    for (const std::string* at = &name;;) {
      const std::string* next = nullptr;
      std::size_t best = 0;
      for (const auto& p : terms_.at(*at)->phrases)
        if (auto* n = boost::get<Name>(&p))
          if (auto h = height.find(n->value); h != height.end() && h->second > best)
          {
            best = h->second;
            next = &h->first;
          }
      if (!next) break;
      chain.push_back(*next);
      at = next;
    }
    std::string out;
    for (std::size_t i = 0; i < chain.size(); ++i) {
      if (i == 3 && chain.size() > 5) {
        out += " → …";
        i = chain.size() - 2;
        continue;
      }
      out += (i ? " → " : "") + chain[i];
    }
    return out;
  }

  void contexts() {
    for (const char* kind : {"hedge", "future", "units"}) {
      auto it = contexts_.find(kind);
      if (it == contexts_.end()) {
        error("E015", c_.header.span, std::string("missing `") + kind + " = …` declaration");
        continue;
      }
      for (const auto& p : it->second->phrases) phrase(p, true, false);
    }
    if (auto it = contexts_.find("aim"); it != contexts_.end())  // optional
      for (const auto& p : it->second->phrases) phrase(p, true, false);
  }

  void parts() {
    std::map<std::string, Span> part_ids, item_ids;
    double total = 0;
    std::vector<std::string> weights;
    const Part* first = nullptr;
    for (const auto& d : c_.decls) {
      auto* p = boost::get<Part>(&d);
      if (!p) continue;
      if (!first) first = p;
      if (auto [it, fresh] = part_ids.emplace(p->id.value, p->id.span); !fresh)
        error("E005", p->id.span, "duplicate part id \"" + p->id.value + "\"",
              {"first used on line " + line_of(it->second)});
      if (!(p->weight.value > 0) || !std::isfinite(p->weight.value))
        error("E019", p->weight.span, "weight must be greater than 0");
      total += p->weight.value;
      weights.push_back(p->weight.text);
      draft(*p);
      for (const auto& it : p->items) item(it, item_ids);
    }
    wordings(item_ids);
    if (!first) {
      error("E007", c_.header.span, "the checklist has no parts; part weights must add up to 100");
    } else if (std::fabs(total - 100) > 1e-6) {
      std::string sum;
      for (const auto& w : weights) sum += (sum.empty() ? "" : " + ") + w;
      error("E007", first->weight.span,
            fmt::format("part weights add up to {}, not 100", fmt::format("{:g}", total)),
            {"weights: " + sum});
    }
  }

  /// A part's phrase families for the gaps draft: each paragraph is a 问题 sentence, the items,
  /// then a 原因 sentence, so a part has both families or neither (then it is left out of the
  /// draft, as the structure part is).
  void draft(const Part& p) {
    std::map<std::string, Span> seen;
    for (const auto& d : p.draft) {
      if (auto [s, fresh] = seen.emplace(d.key.value, d.span); !fresh)
        error("E018", d.key.span, "duplicate `" + d.key.value + "` in part \"" + p.id.value + "\"",
              {"first given on line " + line_of(s->second),
               "write every alternative in one line, separated by `,`"});
      for (const auto& t : d.texts) {
        if (t.value.empty()) {
          error("E016", t.span, "empty " + d.key.value + " sentence");
        } else if (d.key.value == "cause" && t.value.find("原因") == std::string::npos) {
          warn("W006", t.span, "cause sentence without 原因: it is printed as written, so the "
                               "paragraph would give no reason (write e.g. \"主要原因是……\")");
        }
      }
    }
    bool problem = seen.count("problem"), cause = seen.count("cause");
    if (problem != cause)
      error("E028", seen.begin()->second,
            "part \"" + p.id.value + "\" has `" + (problem ? "problem" : "cause") +
                "` lines but no `" + (problem ? "cause" : "problem") + "` line",
            {"a paragraph of the gaps draft needs both a 问题 and a 原因 sentence"});
  }

  void item(const Item& it, std::map<std::string, Span>& ids) {
    if (auto [at, fresh] = ids.emplace(it.id.value, it.id.span); !fresh)
      error("E004", it.id.span, "duplicate item id \"" + it.id.value + "\"",
            {"first used on line " + line_of(at->second)});
    if (it.id.value.empty()) error("E016", it.id.span, "empty item id");
    std::map<std::string, Span> seen;
    int rules = 0;
    auto once = [&](const std::string& key, Span at) {
      if (auto [s, fresh] = seen.emplace(key, at); !fresh)
        error("E018", at, "duplicate field `" + key + "` in item " + it.id.value,
              {"first given on line " + line_of(s->second)});
    };
    for (const auto& f : it.fields) {
      if (auto* t = boost::get<TextField>(&f)) {
        once(t->key.value, t->span);
        if (t->value.value.empty()) error("E016", t->value.span, "empty " + t->key.value);
      } else if (auto* w = boost::get<NumberField>(&f)) {
        once("weight", w->span);
        if (!(w->value.value > 0) || !std::isfinite(w->value.value))
          error("E019", w->value.span, "weight must be greater than 0");
      } else if (auto* fl = boost::get<Flag>(&f)) {
        once(fl->key.value, fl->span);
      } else if (auto* l = boost::get<Levels>(&f)) {
        once("levels", l->span);
        for (const auto& s : l->levels)
          if (!level_word(s.value))
            error("E011", s.span, "unknown level \"" + s.value + "\"",
                  {"levels are \"省\", \"市\", \"县区\", \"乡镇\", \"部门\""});
      } else if (auto* m = boost::get<Match>(&f)) {
        ++rules;
        match(it.id.value, *m);
      } else if (auto* pr = boost::get<PartRule>(&f)) {
        ++rules;
        role(pr->role);
        if (pr->with) expr(it.id.value, *pr->with);
      } else if (auto* pub = boost::get<Published>(&f)) {
        ++rules;
        once("published", pub->span);
        if (!is_whole(pub->month, 1, 12) || !is_whole(pub->day, 1, 31))
          error("E022", pub->month.span.begin < pub->day.span.end
                            ? Span{pub->month.span.begin, pub->day.span.end}
                            : pub->span,
                "invalid date " + pub->month.text + "-" + pub->day.text + " (write MM-DD)");
      } else if (auto* ex = boost::get<Example>(&f)) {
        example(*ex);
      }
    }
    if (auto w = wordings_.find(it.id.value); w != wordings_.end())
      for (const auto& f : w->second->fields) rules += boost::get<Match>(&f) != nullptr;
    if (!rules)
      error("E008", it.id.span, "item " + it.id.value + " has no rule",
            {"add a `match …`, `part ROLE` or `published before MM-DD` line, or a "
             "`wording \"" + it.id.value + "\"` block in an included wording library"});
    if (!seen.count("basis"))
      error("E009", it.id.span, "item " + it.id.value + " has no `basis`",
            {"cite the clause it checks, e.g. basis \"纲要（十五）\""});
  }

  void example(const Example& ex) {
    if (!state_word(ex.state.value))
      error("E012", ex.state.span, "unknown example state `" + ex.state.value + "`",
            {"states are met, acknowledged, planned, missing, na"});
    if (ex.role) role(*ex.role);
    if (ex.text.value.empty()) error("E016", ex.text.span, "empty example sentence");
  }

  /// Wording blocks hold only what is about phrasing (match and example lines); what an item IS
  /// (weight, basis, required …) belongs to the checklist that defines it.
  void wordings(const std::map<std::string, Span>& item_ids) {
    for (const auto& [id, w] : wordings_) {
      if (!item_ids.count(id))
        warn("W005", w->id.span, "wording for \"" + id + "\", which this checklist does not define");
      for (const auto& f : w->fields) {
        if (auto* m = boost::get<Match>(&f)) {
          match(id, *m);
        } else if (auto* ex = boost::get<Example>(&f)) {
          example(*ex);
        } else {
          struct SpanOf {
            Span operator()(const Node& n) const { return n.span; }
          };
          error("E025", boost::apply_visitor(SpanOf{}, f),
                "only `match` and `example` lines belong in a wording block",
                {"what an item is (basis, weight, required, gap, want, levels, part, published) "
                 "is written in the checklist's item \"" + id + "\""});
        }
      }
    }
  }

  void role(const Name& r) {
    if (!role_word(r.value))
      error("E010", r.span, "unknown role `" + r.value + "`",
            {"roles are achievements, duty, shortcomings, plans, other"});
  }

  void match(const std::string& owner, const Match& m) {
    if (m.window && !window_word(m.window->value))
      error("E021", m.window->span, "unknown window `" + m.window->value + "`",
            {"windows are sentence, paragraph, section, document"});
    for (const auto& r : m.roles) role(r);
    if (m.under && m.under->value.empty()) error("E016", m.under->span, "empty heading text");
    expr(owner, m.cond);
    if (never(m.cond))
      warn("W003", m.span, "item " + owner + ": this rule can never be met (a phrase is "
                           "both required and excluded)");
  }

  // ---- conditions ----
  void ref(const std::string& owner, const Phrase& p) {
    phrase(p, false, true);
    auto* s = boost::get<Str>(&p);
    if (!s || s->value.empty()) return;
    auto [at, fresh] = inline_literals_.emplace(
        s->value, std::make_pair(owner, src_.locate(s->span.begin).line));
    if (!fresh && at->second.first != owner)
      warn("W001", s->span,
           fmt::format("phrase \"{}\" is also used by item {} (line {}); a sentence will count "
                       "for both: consider a term or a more specific phrase",
                       s->value, at->second.first, at->second.second));
  }
  void expr(const std::string& it, const Expr& e) {
    conj(it, e.first);
    for (const auto& c : e.rest) conj(it, c);
  }
  void conj(const std::string& it, const Conj& c) {
    bool saved = constrained_;
    constrained_ = constrained_ || !c.rest.empty();
    operand(it, c.first);
    for (const auto& o : c.rest) operand(it, o);
    constrained_ = saved;
  }
  void operand(const std::string& it, const Operand& o) {
    struct V {
      Checker& self;
      const std::string& it;
      void operator()(const Str& s) const { self.ref(it, Phrase(s)); }
      void operator()(const Regex& r) const { self.ref(it, Phrase(r)); }
      void operator()(const Name& n) const { self.ref(it, Phrase(n)); }
      void operator()(const Call& c) const {
        for (const auto& r : c.refs) self.ref(it, r);
      }
      void operator()(const Count& c) const {
        bool saved = std::exchange(self.constrained_, true);
        for (const auto& r : c.refs) self.ref(it, r);
        self.constrained_ = saved;
        std::set<std::string> distinct;
        for (const auto& r : c.refs) distinct.insert(key_of(r));
        if (!is_whole(c.n, 1, static_cast<double>(distinct.size())))
          self.error("E014", c.n.span,
                     fmt::format("`{} of` needs N from 1 to the number of distinct phrases ({})",
                                 c.n.text, distinct.size()));
      }
      void operator()(const Near& n) const {
        bool saved = std::exchange(self.constrained_, true);
        self.ref(it, n.a);
        self.ref(it, n.b);
        self.constrained_ = saved;
        if (!is_whole(n.distance, 1, 100000))
          self.error("E023", n.distance.span, "distance must be a whole number from 1 to 100000");
      }
      void operator()(const x3::forward_ast<Not>& n) const { self.operand(it, n.get().operand); }
      void operator()(const x3::forward_ast<Expr>& e) const { self.expr(it, e.get()); }
    };
    boost::apply_visitor(V{*this, it}, o);
  }

  /// Detectable contradictions only: within one `and`, something the condition needs (one of a
  /// set of phrases) whose every phrase is also under a `not`.
  static bool never(const Expr& e) {
    if (!never(e.first)) return false;
    for (const auto& c : e.rest)
      if (!never(c)) return false;
    return true;
  }
  static bool never(const Conj& c) {
    std::vector<std::set<std::string>> need;
    std::set<std::string> banned;
    auto collect = [&](const Operand& o) {
      if (auto* n = boost::get<x3::forward_ast<Not>>(&o)) {
        const Operand& in = n->get().operand;
        if (auto* s = boost::get<Str>(&in)) banned.insert(key_of(Phrase(*s)));
        else if (auto* r = boost::get<Regex>(&in)) banned.insert(key_of(Phrase(*r)));
        else if (auto* t = boost::get<Name>(&in)) banned.insert(key_of(Phrase(*t)));
        else if (auto* call = boost::get<Call>(&in); call && call->fn.value == "any")
          for (const auto& r : call->refs) banned.insert(key_of(r));
        return;
      }
      if (auto* s = boost::get<Str>(&o)) need.push_back({key_of(Phrase(*s))});
      else if (auto* r = boost::get<Regex>(&o)) need.push_back({key_of(Phrase(*r))});
      else if (auto* t = boost::get<Name>(&o)) need.push_back({key_of(Phrase(*t))});
      else if (auto* call = boost::get<Call>(&o)) {
        std::set<std::string> ks;
        for (const auto& r : call->refs) ks.insert(key_of(r));
        if (call->fn.value == "all")
          for (const auto& k : ks) need.push_back({k});
        else
          need.push_back(ks);
      } else if (auto* cnt = boost::get<Count>(&o)) {
        std::set<std::string> ks;
        for (const auto& r : cnt->refs) ks.insert(key_of(r));
        need.push_back(ks);
      } else if (auto* nr = boost::get<Near>(&o)) {
        need.push_back({key_of(nr->a)});
        need.push_back({key_of(nr->b)});
      }
    };
    collect(c.first);
    for (const auto& o : c.rest) collect(o);
    for (const auto& n : need) {
      bool all_banned = !n.empty();
      for (const auto& k : n) all_banned = all_banned && banned.count(k);
      if (all_banned) return true;
    }
    return false;
  }

  void unused_terms() {
    for (const auto& [name, t] : terms_)
      if (!used_.count(name))
        warn("W004", t->name.span, "term `" + name + "` is never used");
  }
};

}  // namespace

std::vector<Diagnostic> check(const Source& source, const ast::Checklist& checklist) {
  return Checker(source, checklist).run();
}

}  // namespace fz::dsl
