#include "tests/support/builders.hpp"

#include <stdexcept>

namespace fz::test {

DocBuilder& DocBuilder::dropped_prefix(std::string p) {
  prefix_ = std::move(p);
  return *this;
}

DocBuilder& DocBuilder::heading(std::string text, Role role, int level) {
  lines_.push_back({true, std::move(text), role, level, {}});
  return *this;
}

DocBuilder& DocBuilder::para(std::vector<std::string> sentences) {
  lines_.push_back({false, {}, Role::other, 0, std::move(sentences)});
  return *this;
}

DocBuilder& DocBuilder::meta(Meta m) {
  meta_ = std::move(m);
  return *this;
}

Document DocBuilder::build() const {
  Document d;
  d.path = "test.txt";
  d.meta = meta_;
  std::string text;
  Section preamble;
  preamble.line = 1;
  d.sections.push_back(preamble);
  int current = 0;
  std::size_t line = 1;
  for (const Line& l : lines_) {
    if (l.heading) {
      Section s;
      s.heading = l.text;
      s.level = l.level;
      s.heading_span = {text.size(), text.size() + l.text.size()};
      s.line = line;
      int parent = current;
      while (parent > 0 && d.sections[static_cast<std::size_t>(parent)].level >= l.level)
        parent = d.sections[static_cast<std::size_t>(parent)].parent;
      s.parent = parent > 0 ? parent : -1;
      s.role = s.parent < 0 ? l.role : d.sections[static_cast<std::size_t>(s.parent)].role;
      s.body.begin = text.size();
      d.sections.push_back(s);
      current = static_cast<int>(d.sections.size() - 1);
      text += l.text + "\n";
    } else {
      Paragraph p;
      p.span.begin = text.size();
      p.section = current;
      int pi = static_cast<int>(d.paragraphs.size());
      for (const auto& s : l.sentences) {
        d.sentences.push_back({{text.size(), text.size() + s.size()}, pi, current});
        text += s;
      }
      p.span.end = text.size();
      d.paragraphs.push_back(p);
      text += "\n";
    }
    ++line;
  }
  for (auto& s : d.sections) s.body.end = text.size();  // coarse: enough for the engine
  d.original = prefix_ + text;
  d.decoded.utf8 = text;
  d.decoded.to_source.drop(prefix_.size());
  d.decoded.to_source.copy(text.size());
  d.normalised.utf8 = text;
  d.normalised.to_source = OffsetMap::identity(text.size());
  d.lines = Source(d.path, text);
  return d;
}

Document one_sentence(const std::string& sentence, Role role) {
  return DocBuilder().heading("一、部分", role).para({sentence}).build();
}

PlanBuilder::PlanBuilder() {
  plan.id = "test";
  plan.title = "测试清单";
  for (const char* h : {"有待", "不够", "不足", "需进一步", "尚未"}) plan.hedge.push_back(pattern(h));
  plan.hedge.push_back(pattern("还需.{0,6}加强", true));
  for (const char* f : {"下一步", "明年"}) plan.future.push_back(pattern(f));
  plan.future.push_back(pattern("将(进一步|继续|持续)", true));
  plan.units.push_back(pattern("[0-9]+(\\.[0-9]+)?(件|次|人|项|%|万元|个|家|场|期|条)", true));
}

int PlanBuilder::pattern(const std::string& text, bool regex) {
  Pattern p{text, regex};
  for (std::size_t i = 0; i < plan.patterns.size(); ++i)
    if (plan.patterns[i] == p) return static_cast<int>(i);
  plan.patterns.push_back(p);
  return static_cast<int>(plan.patterns.size() - 1);
}

TermRef PlanBuilder::term(const std::string& name, const std::vector<std::string>& literals) {
  TermRef t{name, {}, {}};
  for (const auto& l : literals) t.patterns.push_back(pattern(l));
  return t;
}

TermRef PlanBuilder::regex_term(const std::string& name, const std::string& regex) {
  return TermRef{name, {pattern(regex, true)}, {}};
}

Part& PlanBuilder::part(std::string id, std::string title, double weight) {
  plan.parts.push_back(Part{std::move(id), std::move(title), weight});
  return plan.parts.back();
}

Item& PlanBuilder::item(std::string id, std::string part, std::string title) {
  Item it;
  it.id = std::move(id);
  it.part = std::move(part);
  it.title = std::move(title);
  it.basis = "测试";
  plan.items.push_back(std::move(it));
  return plan.items.back();
}

Plan PlanBuilder::build() {
  if (auto err = finalize(plan)) throw std::runtime_error("bad pattern: " + err->second);
  return std::move(plan);
}

static Cond leaf(Cond::Kind k, std::vector<TermRef> t, int n = 0) {
  Cond c;
  c.kind = k;
  c.terms = std::move(t);
  c.n = n;
  return c;
}
static Cond node(Cond::Kind k, std::vector<Cond> ch) {
  Cond c;
  c.kind = k;
  c.children = std::move(ch);
  return c;
}

ItemVerdict verdict(const Item& item, ItemState state, bool quantified) {
  ItemVerdict v;
  v.item = &item;
  v.state = state;
  v.quantified = quantified;
  return v;
}

Cond any(std::vector<TermRef> t) { return leaf(Cond::Kind::any, std::move(t)); }
Cond all(std::vector<TermRef> t) { return leaf(Cond::Kind::all, std::move(t)); }
Cond at_least(int n, std::vector<TermRef> t) { return leaf(Cond::Kind::at_least, std::move(t), n); }
Cond near(TermRef a, TermRef b, int n) { return leaf(Cond::Kind::near, {a, b}, n); }
Cond figure(std::vector<TermRef> t) { return leaf(Cond::Kind::figure, std::move(t)); }
Cond and_(std::vector<Cond> c) { return node(Cond::Kind::and_, std::move(c)); }
Cond or_(std::vector<Cond> c) { return node(Cond::Kind::or_, std::move(c)); }
Cond not_(Cond c) { return node(Cond::Kind::not_, {std::move(c)}); }

Rule phrases(Cond c, Window w, std::vector<Role> roles, std::optional<int> under) {
  Rule r;
  r.kind = Rule::Kind::phrases;
  r.cond = std::move(c);
  r.window = w;
  r.roles = std::move(roles);
  r.under = under;
  return r;
}

}  // namespace fz::test
