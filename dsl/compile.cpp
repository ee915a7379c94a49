#include "dsl/compile.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <boost/variant/apply_visitor.hpp>
#include <boost/variant/get.hpp>

#include "dsl/vocabulary.hpp"

namespace fz::dsl {

namespace {

using namespace ast;

class Compiler {
 public:
  Compiler(const Source& src, const Checklist& c) : src_(src), c_(c) {}

  Plan run() {
    plan_.file = src_.name();
    plan_.id = c_.header.id.value;
    for (const auto& f : c_.header.fields) {
      if (auto* t = boost::get<TextField>(&f)) {
        (t->key.value == "title" ? plan_.title : plan_.basis) = t->value.value;
      } else {
        const auto& y = boost::get<Years>(f);
        plan_.year_from = static_cast<int>(y.from.value);
        plan_.year_to = static_cast<int>(y.to.value);
      }
    }
    if (plan_.title.empty()) plan_.title = plan_.id;
    for (const auto& d : c_.decls) {
      if (auto* t = boost::get<Term>(&d)) terms_.emplace(t->name.value, t);  // first wins
      if (auto* f = boost::get<FigureWithin>(&d))
        plan_.figure_distance = static_cast<int>(f->distance.value);
      if (auto* w = boost::get<Wording>(&d)) wordings_.emplace(w->id.value, w);
    }
    for (const auto& d : c_.decls) {
      if (auto* cs = boost::get<ContextSet>(&d)) {
        auto& into = cs->kind.value == "hedge"    ? plan_.hedge
                     : cs->kind.value == "future" ? plan_.future
                     : cs->kind.value == "aim"    ? plan_.aim
                                                  : plan_.units;
        for (const auto& p : cs->phrases) append(into, patterns_of(p));
      } else if (auto* p = boost::get<Part>(&d)) {
        fz::Part part{p->id.value, p->title.value, p->weight.value};
        for (const auto& d : p->draft)
          for (const auto& t : d.texts)
            (d.key.value == "problem" ? part.problems : part.causes).push_back(t.value);
        plan_.parts.push_back(std::move(part));
        for (const auto& it : p->items) item(p->id.value, it);
      }
    }
    return std::move(plan_);
  }

 private:
  const Source& src_;
  const Checklist& c_;
  Plan plan_;
  std::map<std::pair<std::string, bool>, int> index_;
  std::map<std::string, const Term*> terms_;
  std::map<std::string, const Wording*> wordings_;
  std::map<std::string, std::vector<int>> expanded_;
  std::set<std::string> expanding_;

  std::size_t line(Span s) const { return src_.locate(s.begin).line; }
  const std::string& file(Span s) const { return src_.file_at(s.begin); }

  int intern(const std::string& text, bool regex) {
    auto [it, fresh] = index_.emplace(std::make_pair(text, regex), 0);
    if (fresh) {
      it->second = static_cast<int>(plan_.patterns.size());
      plan_.patterns.push_back({text, regex});
    }
    return it->second;
  }

  static void append(std::vector<int>& into, const std::vector<int>& more) {
    for (int i : more)
      if (std::find(into.begin(), into.end(), i) == into.end()) into.push_back(i);
  }

  std::vector<int> patterns_of(const Phrase& p) {
    if (auto* s = boost::get<Str>(&p)) return {intern(s->value, false)};
    if (auto* r = boost::get<Regex>(&p)) return {intern(r->value, true)};
    return term_patterns(boost::get<Name>(p).value);
  }

  /// The patterns of a term with every term it refers to expanded, in the order a depth-first
  /// walk meets them (that order numbers the patterns). An explicit stack rather than recursion:
  /// check() bounds the nesting (E026), but compile must not depend on it for its stack — a
  /// chain of 60 000 terms used to overflow it.
  std::vector<int> term_patterns(const std::string& name) {
    struct Frame {
      const std::string* name;
      const Term* term;
      std::size_t next = 0;
      std::vector<int> out;
    };
    std::vector<Frame> stack;
    // Entering a term: its cached expansion, nothing (unknown, or a cycle: check() rejects both;
    // stay total anyway), or a new frame.
    auto enter = [&](const std::string& n, std::vector<int>& into) {
      if (auto it = expanded_.find(n); it != expanded_.end()) return append(into, it->second);
      auto t = terms_.find(n);
      if (t == terms_.end() || !expanding_.insert(n).second) return;
      stack.push_back(Frame{&t->first, t->second, 0, {}});
    };
    std::vector<int> result;
    enter(name, result);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next == f.term->phrases.size()) {
        std::vector<int> done = std::move(f.out);
        expanding_.erase(*f.name);
        expanded_[*f.name] = done;
        stack.pop_back();
        append(stack.empty() ? result : stack.back().out, done);
        continue;
      }
      const Phrase& p = f.term->phrases[f.next++];
      if (auto* n = boost::get<Name>(&p))
        enter(n->value, f.out);  // may push: `f` is not used after this
      else
        append(f.out, patterns_of(p));
    }
    return result;
  }

  TermRef term_ref(const Phrase& p) {
    TermRef r;
    if (auto* s = boost::get<Str>(&p)) r.name = s->value;
    else if (auto* re = boost::get<Regex>(&p)) r.name = "/" + re->value + "/";
    else r.name = boost::get<Name>(p).value;
    r.patterns = patterns_of(p);
    return r;
  }

  Cond leaf(Cond::Kind kind, const std::vector<Phrase>& refs, int n = 0) {
    Cond c;
    c.kind = kind;
    c.n = n;
    for (const auto& r : refs) c.terms.push_back(term_ref(r));
    return c;
  }

  Cond operand(const Operand& o) {
    struct V {
      Compiler& self;
      Cond operator()(const Str& s) const { return self.leaf(Cond::Kind::any, {Phrase(s)}); }
      Cond operator()(const Regex& r) const { return self.leaf(Cond::Kind::any, {Phrase(r)}); }
      Cond operator()(const Name& n) const { return self.leaf(Cond::Kind::any, {Phrase(n)}); }
      Cond operator()(const Call& c) const {
        if (c.fn.value == "all") return self.leaf(Cond::Kind::all, c.refs);
        if (c.fn.value == "figure")
          return self.leaf(Cond::Kind::figure, c.refs, self.plan_.figure_distance);
        return self.leaf(Cond::Kind::any, c.refs);
      }
      Cond operator()(const Count& c) const {
        return self.leaf(Cond::Kind::at_least, c.refs, static_cast<int>(c.n.value));
      }
      Cond operator()(const Near& n) const {
        return self.leaf(Cond::Kind::near, {n.a, n.b}, static_cast<int>(n.distance.value));
      }
      Cond operator()(const x3::forward_ast<Not>& n) const {
        Cond c;
        c.kind = Cond::Kind::not_;
        c.children.push_back(self.operand(n.get().operand));
        return c;
      }
      Cond operator()(const x3::forward_ast<Expr>& e) const { return self.expr(e.get()); }
    };
    return boost::apply_visitor(V{*this}, o);
  }

  Cond conj(const Conj& c) {
    if (c.rest.empty()) return operand(c.first);
    Cond out;
    out.kind = Cond::Kind::and_;
    out.children.push_back(operand(c.first));
    for (const auto& o : c.rest) out.children.push_back(operand(o));
    return out;
  }

  Cond expr(const Expr& e) {
    if (e.rest.empty()) return conj(e.first);
    Cond out;
    out.kind = Cond::Kind::or_;
    out.children.push_back(conj(e.first));
    for (const auto& c : e.rest) out.children.push_back(conj(c));
    return out;
  }

  void item(const std::string& part, const ast::Item& it) {
    fz::Item out;
    out.id = it.id.value;
    out.title = it.title.value;
    out.part = part;
    out.line = line(it.span);
    // The checklist's own lines first, then the wording library's block for this id.
    std::vector<const ItemField*> fields;
    for (const auto& f : it.fields) fields.push_back(&f);
    if (auto w = wordings_.find(it.id.value); w != wordings_.end())
      for (const auto& f : w->second->fields) fields.push_back(&f);
    for (const ItemField* fp : fields) {
      const ItemField& f = *fp;
      if (auto* t = boost::get<TextField>(&f)) {
        (t->key.value == "basis" ? out.basis : t->key.value == "gap" ? out.gap : out.want) =
            t->value.value;
      } else if (auto* w = boost::get<NumberField>(&f)) {
        out.weight = w->value.value;
      } else if (auto* fl = boost::get<Flag>(&f)) {
        (fl->key.value == "statutory" ? out.statutory : out.required) = true;
      } else if (auto* l = boost::get<Levels>(&f)) {
        for (const auto& s : l->levels)
          if (auto lv = level_word(s.value)) out.levels.push_back(*lv);
      } else if (auto* m = boost::get<Match>(&f)) {
        Rule r;
        r.kind = Rule::Kind::phrases;
        r.cond = expr(m->cond);
        if (m->window) r.window = window_word(m->window->value).value_or(Window::sentence);
        for (const auto& role : m->roles)
          if (auto ro = role_word(role.value)) r.roles.push_back(*ro);
        if (m->under) r.under = intern(m->under->value, false);
        r.file = file(m->span);
        r.line = line(m->span);
        out.rules.push_back(std::move(r));
      } else if (auto* pr = boost::get<PartRule>(&f)) {
        Rule r;
        r.kind = Rule::Kind::part_exists;
        r.part_role = role_word(pr->role.value).value_or(Role::other);
        if (pr->with) {
          r.cond = expr(*pr->with);
          r.part_with = true;
        }
        r.file = file(pr->span);
        r.line = line(pr->span);
        out.rules.push_back(std::move(r));
      } else if (auto* pub = boost::get<Published>(&f)) {
        Rule r;
        r.kind = Rule::Kind::published_before;
        r.month = static_cast<int>(pub->month.value);
        r.day = static_cast<int>(pub->day.value);
        r.file = file(pub->span);
        r.line = line(pub->span);
        out.rules.push_back(std::move(r));
      } else if (auto* ex = boost::get<ast::Example>(&f)) {
        fz::Example e;
        e.expected = state_word(ex->state.value).value_or(ItemState::met);
        if (ex->role) e.role = role_word(ex->role->value).value_or(Role::achievements);
        e.text = ex->text.value;
        e.file = file(ex->span);
        e.line = line(ex->span);
        out.examples.push_back(std::move(e));
      }
    }
    plan_.items.push_back(std::move(out));
  }
};

}  // namespace

Plan compile(const Source& source, const ast::Checklist& checklist) {
  return Compiler(source, checklist).run();
}

}  // namespace fz::dsl
