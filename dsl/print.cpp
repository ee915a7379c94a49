#include "dsl/print.hpp"

#include <boost/variant/apply_visitor.hpp>
#include <fmt/format.h>

namespace fz::dsl {

namespace {

struct Printer {
  std::string out;
  int indent = 0;

  void line(const ast::Node& n, const std::string& text) {
    out += fmt::format("{}{} @{}..{}\n", std::string(indent * 2, ' '), text, n.span.begin,
                       n.span.end);
  }
  struct Nest {
    int& i;
    explicit Nest(int& i) : i(++i) {}
    ~Nest() { --i; }
  };

  static std::string q(const std::string& s) { return "\"" + s + "\""; }

  void phrase(const ast::Phrase& p) {
    boost::apply_visitor([&](const auto& x) { leaf(x); }, p);
  }
  void leaf(const ast::Str& s) { line(s, "str " + q(s.value)); }
  void leaf(const ast::Regex& r) { line(r, "regex /" + r.value + "/"); }
  void leaf(const ast::Name& n) { line(n, "name " + n.value); }

  void operand(const ast::Operand& o) {
    boost::apply_visitor([&](const auto& x) { node(x); }, o);
  }
  void node(const ast::Str& s) { leaf(s); }
  void node(const ast::Regex& r) { leaf(r); }
  void node(const ast::Name& n) { leaf(n); }
  void node(const ast::Call& c) {
    line(c, c.fn.value);
    Nest n(indent);
    for (const auto& r : c.refs) phrase(r);
  }
  void node(const ast::Count& c) {
    line(c, c.n.text + " of");
    Nest n(indent);
    for (const auto& r : c.refs) phrase(r);
  }
  void node(const ast::Near& c) {
    line(c, "near " + c.distance.text);
    Nest n(indent);
    phrase(c.a);
    phrase(c.b);
  }
  void node(const ast::x3::forward_ast<ast::Not>& f) {
    line(f.get(), "not");
    Nest n(indent);
    operand(f.get().operand);
  }
  void node(const ast::x3::forward_ast<ast::Expr>& f) { expr(f.get()); }
  void conj(const ast::Conj& c) {
    if (c.rest.empty()) return operand(c.first);
    line(c, "and");
    Nest n(indent);
    operand(c.first);
    for (const auto& o : c.rest) operand(o);
  }
  void expr(const ast::Expr& e) {
    if (e.rest.empty()) return conj(e.first);
    line(e, "or");
    Nest n(indent);
    conj(e.first);
    for (const auto& c : e.rest) conj(c);
  }

  void field(const ast::TextField& f) { line(f, f.key.value + " " + q(f.value.value)); }
  void field(const ast::NumberField& f) { line(f, f.key.value + " " + f.value.text); }
  void field(const ast::Flag& f) { line(f, f.key.value); }
  void field(const ast::Levels& f) {
    std::string s = "levels";
    for (const auto& l : f.levels) s += " " + q(l.value);
    line(f, s);
  }
  void field(const ast::Match& m) {
    std::string s = "match";
    if (m.window) s += " within " + m.window->value;
    for (const auto& r : m.roles) s += " in " + r.value;
    if (m.under) s += " under " + q(m.under->value);
    line(m, s);
    Nest n(indent);
    expr(m.cond);
  }
  void field(const ast::PartRule& p) {
    line(p, "part " + p.role.value + (p.with ? " with" : ""));
    if (!p.with) return;
    Nest n(indent);
    expr(*p.with);
  }
  void field(const ast::Published& p) {
    line(p, "published before " + p.month.text + "-" + p.day.text);
  }
  void field(const ast::Example& e) {
    line(e, "example " + e.state.value + (e.role ? " in " + e.role->value : "") + " " +
                q(e.text.value));
  }
  void field(const ast::Years& y) { line(y, "years " + y.from.text + " .. " + y.to.text); }

  void decl(const ast::ContextSet& c) {
    line(c, c.kind.value);
    Nest n(indent);
    for (const auto& p : c.phrases) phrase(p);
  }
  void decl(const ast::FigureWithin& f) { line(f, "figure within " + f.distance.text); }
  void decl(const ast::Term& t) {
    line(t, "term " + t.name.value);
    Nest n(indent);
    for (const auto& p : t.phrases) phrase(p);
  }
  void decl(const ast::Include& i) { line(i, "include " + q(i.path.value)); }
  void decl(const ast::Wording& w) {
    line(w, "wording " + q(w.id.value));
    Nest n(indent);
    for (const auto& f : w.fields) boost::apply_visitor([&](const auto& x) { field(x); }, f);
  }
  void decl(const ast::Part& p) {
    line(p, "part " + q(p.id.value) + " " + q(p.title.value) + " weight " + p.weight.text);
    Nest n(indent);
    for (const auto& d : p.draft) {
      std::string s = d.key.value;
      for (const auto& t : d.texts) s += " " + q(t.value);
      line(d, s);
    }
    for (const auto& it : p.items) {
      line(it, "item " + q(it.id.value) + " " + q(it.title.value));
      Nest m(indent);
      for (const auto& f : it.fields) boost::apply_visitor([&](const auto& x) { field(x); }, f);
    }
  }
};

}  // namespace

std::string print(const ast::Checklist& c) {
  Printer p;
  p.line(c.header, "checklist " + Printer::q(c.header.id.value));
  {
    Printer::Nest n(p.indent);
    for (const auto& f : c.header.fields)
      boost::apply_visitor([&](const auto& x) { p.field(x); }, f);
  }
  for (const auto& d : c.decls) boost::apply_visitor([&](const auto& x) { p.decl(x); }, d);
  return p.out;
}

}  // namespace fz::dsl
