#include "engine/analysis/gaps.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace fz::analysis {
namespace {

/// Only items shown by phrases alone can lack a figure: a structure part or a publication date
/// has nothing to count, even when a phrase rule backs it up.
bool countable(const Item& item) {
  return std::all_of(item.rules.begin(), item.rules.end(),
                     [](const Rule& r) { return r.kind == Rule::Kind::phrases; });
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

    // 已自查 when the evaluator quoted an admission: a sentence of the shortcomings part, or a
    // hedged sentence ("有待加强") elsewhere. The evaluator already looked for the item's
    // condition there, so the gap list needs no matcher of its own.
    std::set<Span> seen;
    for (const auto& e : v.evidence)
      if ((e.role == Role::shortcomings || e.supports == ItemState::acknowledged) &&
          seen.insert(e.normalised).second)
        g.self_check.push_back(e);
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
