#include "engine/analysis/gaps.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace fz::analysis {
namespace {

// Compiles the Plan's patterns lazily, to test them on single sentences of the shortcomings part.
class SentenceMatcher {
 public:
  explicit SentenceMatcher(const Plan& plan) : plan_(plan), res_(plan.patterns.size()) {}

  bool pattern_hits(int index, std::string_view sentence) {
    if (index < 0 || static_cast<std::size_t>(index) >= plan_.patterns.size()) return false;
    const Pattern& p = plan_.patterns[index];
    if (!p.regex) return sentence.find(p.text) != std::string_view::npos;
    auto& re = res_[index];
    if (!re) {
      RE2::Options opt;
      opt.set_log_errors(false);
      re = std::make_unique<RE2>(p.text, opt);
    }
    return re->ok() && RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), *re);
  }

  bool term_hits(const TermRef& t, std::string_view sentence) {
    for (int i : t.patterns)
      if (pattern_hits(i, sentence)) return true;
    return false;
  }

  bool holds(const Cond& c, std::string_view s) {
    using K = Cond::Kind;
    int hits = 0;
    for (const auto& t : c.terms) hits += term_hits(t, s) ? 1 : 0;
    const int n = static_cast<int>(c.terms.size());
    switch (c.kind) {
      case K::any:
      case K::figure: return hits > 0;
      case K::all:
      case K::near: return n > 0 && hits == n;
      case K::at_least: return hits >= std::max(1, c.n);
      case K::and_:
        for (const auto& ch : c.children)
          if (!holds(ch, s)) return false;
        return !c.children.empty();
      case K::or_:
        for (const auto& ch : c.children)
          if (holds(ch, s)) return true;
        return false;
      case K::not_: return false;  // a negation alone never names an item
    }
    return false;
  }

 private:
  const Plan& plan_;
  std::vector<std::unique_ptr<RE2>> res_;
};

/// Only items shown by phrases alone can lack a figure: a structure part or a publication date
/// has nothing to count, even when a phrase rule backs it up.
bool countable(const Item& item) {
  return std::all_of(item.rules.begin(), item.rules.end(),
                     [](const Rule& r) { return r.kind == Rule::Kind::phrases; });
}

bool in_shortcomings(const Document& doc, int section) {
  return section >= 0 && static_cast<std::size_t>(section) < doc.sections.size() &&
         doc.sections[section].role == Role::shortcomings;
}

std::string default_sentence(const Item& item) { return item.title + "方面的工作情况反映不充分"; }

}  // namespace

std::size_t GapList::total() const {
  std::size_t n = 0;
  for (const auto& g : groups) n += g.gaps.size();
  return n;
}

std::size_t GapList::acknowledged() const {
  std::size_t n = 0;
  for (const auto& g : groups)
    for (const auto& gap : g.gaps) n += gap.acknowledged ? 1 : 0;
  return n;
}

std::size_t GapList::unmentioned() const { return total() - acknowledged(); }

std::string_view gap_kind_name(GapKind k) {
  switch (k) {
    case GapKind::missing: return "missing";
    case GapKind::planned: return "planned";
    case GapKind::acknowledged: return "acknowledged";
    case GapKind::unquantified: return "unquantified";
  }
  return "missing";
}

std::string_view gap_status(const Gap& g) { return g.acknowledged ? "报告已自查" : "报告未提及"; }

GapList build_gaps(const Plan& plan, const std::vector<ItemVerdict>& verdicts, const Document& doc) {
  GapList list;
  list.checklist_id = plan.id;
  list.checklist_title = plan.title;
  list.checklist_basis = plan.basis;
  list.report_title = doc.meta.title;
  list.report_path = doc.path;
  list.year = doc.meta.year;

  // Group order: the structure part first, then Plan::parts, then unknown parts.
  std::vector<GapGroup> groups;
  std::map<std::string, std::size_t> group_of;
  auto add_group = [&](const std::string& id, const std::string& title) {
    if (group_of.count(id)) return;
    group_of[id] = groups.size();
    groups.push_back({id, title, {}});
  };
  for (const auto& p : plan.parts)
    if (p.id == "结构") add_group(p.id, p.title);
  for (const auto& p : plan.parts) add_group(p.id, p.title);

  // Sentences of the shortcomings part, for the 已自查 check.
  std::vector<const Sentence*> shortcomings;
  for (const auto& s : doc.sentences)
    if (in_shortcomings(doc, s.section)) shortcomings.push_back(&s);
  SentenceMatcher matcher(plan);

  std::map<const Item*, std::size_t> order;
  for (std::size_t i = 0; i < plan.items.size(); ++i) order[&plan.items[i]] = i;

  for (const auto& v : verdicts) {
    if (!v.item || v.waived || v.state == ItemState::na) continue;
    const Item& item = *v.item;
    Gap g;
    switch (v.state) {
      case ItemState::missing: g.kind = GapKind::missing; break;
      case ItemState::planned: g.kind = GapKind::planned; break;
      case ItemState::acknowledged: g.kind = GapKind::acknowledged; break;
      case ItemState::met:
        if (v.quantified || !countable(item)) continue;
        g.kind = GapKind::unquantified;
        break;
      case ItemState::na: continue;
    }
    g.id = item.id;
    g.title = item.title;
    g.part = item.part;
    g.basis = item.basis;
    g.want = item.want;
    g.sentence = item.gap.empty() ? default_sentence(item) : item.gap;
    g.state = v.state;
    g.required = item.required;
    g.weight = item.weight;

    std::set<Span> seen;
    auto note = [&](Span sentence) {
      if (seen.insert(sentence).second) g.self_check.push_back(locate(doc, sentence));
    };
    for (const auto& e : v.evidence)
      if (e.role == Role::shortcomings || e.supports == ItemState::acknowledged) note(e.normalised);
    if (g.self_check.empty()) {
      for (const Sentence* s : shortcomings) {
        std::string_view text(doc.normalised.utf8.data() + s->span.begin, s->span.size());
        for (const auto& r : item.rules)
          if (r.kind == Rule::Kind::phrases && matcher.holds(r.cond, text)) {
            note(s->span);
            break;
          }
      }
    }
    g.acknowledged = v.state == ItemState::acknowledged || !g.self_check.empty();

    const std::string gid = item.part.empty() ? std::string("其他") : item.part;
    if (!group_of.count(gid)) add_group(gid, gid == "其他" ? gid : gid + "（其他）");
    groups[group_of[gid]].gaps.push_back(std::move(g));
  }

  for (auto& grp : groups) {
    std::stable_sort(grp.gaps.begin(), grp.gaps.end(), [&](const Gap& a, const Gap& b) {
      if (a.required != b.required) return a.required;
      if (a.weight != b.weight) return a.weight > b.weight;
      const Item* ia = plan.find_item(a.id);
      const Item* ib = plan.find_item(b.id);
      return (ia ? order[ia] : plan.items.size()) < (ib ? order[ib] : plan.items.size());
    });
    if (!grp.gaps.empty()) list.groups.push_back(std::move(grp));
  }
  return list;
}

}  // namespace fz::analysis
