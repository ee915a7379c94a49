#include "engine/match/explain.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace fz {

namespace {

void terms_of(const Cond& c, std::vector<const TermRef*>& out) {
  for (const auto& t : c.terms) out.push_back(&t);
  for (const auto& ch : c.children) terms_of(ch, out);
}

}  // namespace

std::string nearest_miss(const Plan& plan, const Document& doc, const Analysis& a,
                         const Item& item, const ItemVerdict& v) {
  if (v.state == ItemState::met || v.state == ItemState::na) return {};
  std::vector<const TermRef*> terms;
  for (const Rule& r : item.rules) terms_of(r.cond, terms);
  bool any_hit = false, outside_plans = false, outside_shortcomings = false, in_met = false;
  std::vector<std::string> found;
  for (const Hit& h : a.matches.hits) {
    for (const TermRef* t : terms) {
      if (!t->contains(h.pattern)) continue;
      any_hit = true;
      Role role = doc.role_of(doc.sentences[static_cast<std::size_t>(h.sentence)].section);
      outside_plans |= role != Role::plans;
      outside_shortcomings |= role != Role::shortcomings;
      in_met |= a.context[static_cast<std::size_t>(h.sentence)] == ItemState::met;
      if (std::find(found.begin(), found.end(), t->name) == found.end()) found.push_back(t->name);
    }
  }
  if (!any_hit) return "报告中未出现相关表述";
  if (!outside_plans) return "只在工作计划部分出现";
  if (!outside_shortcomings) return "仅在存在不足部分提及";
  for (const Rule& r : item.rules)
    if (r.kind == Rule::Kind::phrases && r.window != Window::document &&
        match_rule(plan, doc, a, r, ItemState::met, Window::document))
      return "相关表述分散在不同段落";
  if (!in_met)
    return v.state == ItemState::acknowledged ? "相关表述带有“有待”“不足”等限定，只算承认不足"
                                              : "相关表述只作为下一步工作提及";
  std::vector<std::string> absent;
  for (const TermRef* t : terms)
    if (std::find(found.begin(), found.end(), t->name) == found.end() &&
        std::find(absent.begin(), absent.end(), t->name) == absent.end())
      absent.push_back(t->name);
  return fmt::format("部分表述出现（{}），条件未满足；未出现：{}", fmt::join(found, "、"),
                     absent.empty() ? "无" : fmt::format("{}", fmt::join(absent, "、")));
}

std::string explain(const Plan& plan, const Document& doc, const Item& item, UnitLevel level) {
  Analysis a = analyse(plan, doc);
  ItemVerdict v = evaluate_item(plan, doc, a, item, level);
  std::string out = fmt::format("{} {} [{}]: {}\n", item.id, item.title, item.basis,
                                state_name(v.state));
  for (std::size_t r = 0; r < item.rules.size(); ++r) {
    const Rule& rule = item.rules[r];
    out += fmt::format("  rule {} ({}:{})\n", r + 1, rule.file.empty() ? plan.file : rule.file,
                       rule.line);
    std::vector<const TermRef*> terms;
    terms_of(rule.cond, terms);
    for (const TermRef* t : terms) {
      bool any = false;
      for (const Hit& h : a.matches.hits) {
        if (!t->contains(h.pattern)) continue;
        any = true;
        const Sentence& s = doc.sentences[static_cast<std::size_t>(h.sentence)];
        Span d = doc.to_decoded(s.span);
        Location loc = d.end <= doc.lines.text().size() && !doc.lines.text().empty()
                           ? doc.lines.locate(doc.to_decoded(h.span).begin)
                           : Location{};
        out += fmt::format("    {} 「{}」 at {}:{} context {} role {}: {}\n", t->name,
                           doc.normalised.utf8.substr(h.span.begin, h.span.size()), loc.line,
                           loc.column, state_name(a.context[static_cast<std::size_t>(h.sentence)]),
                           role_name(doc.role_of(s.section)),
                           doc.decoded.utf8.substr(d.begin, d.size()));
      }
      if (!any) out += fmt::format("    {}: not found\n", t->name);
    }
  }
  if (std::string miss = nearest_miss(plan, doc, a, item, v); !miss.empty())
    out += "  nearest miss: " + miss + "\n";
  if (v.state != ItemState::met && !item.want.empty()) out += "  want: " + item.want + "\n";
  return out;
}

}  // namespace fz
