#include "engine/analysis/diff.hpp"

#include <map>
#include <set>

namespace fz::analysis {

namespace {

/// The key evidence is matched by: the sentence's normalised text without whitespace, so
/// re-wrapped or moved text compares equal.
std::string key(const Document& doc, const Evidence& e) {
  std::string k;
  if (e.normalised.end > doc.normalised.utf8.size()) return e.quote;
  for (char c : doc.normalised.utf8.substr(e.normalised.begin, e.normalised.size()))
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') k += c;
  return k;
}

std::map<std::string, std::string> keyed(const Document& doc, const ItemVerdict& v) {
  std::map<std::string, std::string> out;  // key → quote
  for (const Evidence& e : v.evidence) out.emplace(key(doc, e), e.quote);
  return out;
}

}  // namespace

ReportDiff diff_reports(const Scorecard& old_card, const Document& old_doc,
                        const Scorecard& new_card, const Document& new_doc) {
  ReportDiff d;
  d.old_file = old_card.file;
  d.new_file = new_card.file;
  d.old_year = old_card.meta.year;
  d.new_year = new_card.meta.year;
  d.old_score = old_card.score;
  d.new_score = new_card.score;

  for (const PartScore& np : new_card.parts) {
    PartChange pc{np.id, np.title, 0, np.subtotal, np.weight};
    for (const PartScore& op : old_card.parts)
      if (op.id == np.id) pc.old_subtotal = op.subtotal;
    d.parts.push_back(pc);
  }

  std::map<std::string, const ItemVerdict*> old_by_id;
  for (const ItemVerdict& v : old_card.verdicts) old_by_id[v.item->id] = &v;
  std::set<std::string> seen;
  for (const ItemVerdict& nv : new_card.verdicts) {
    const Item& it = *nv.item;
    seen.insert(it.id);
    ItemChange c{it.id, it.title, it.part, ItemState::missing, nv.state, false, nv.quantified, {},
                 {}};
    auto found = old_by_id.find(it.id);
    if (found == old_by_id.end()) {
      d.changed.push_back(c);
      continue;
    }
    const ItemVerdict& ov = *found->second;
    c.old_state = ov.state;
    c.old_quantified = ov.quantified;
    auto olds = keyed(old_doc, ov), news = keyed(new_doc, nv);
    for (const auto& [k, q] : news)
      if (!olds.count(k)) c.added.push_back(q);
    for (const auto& [k, q] : olds)
      if (!news.count(k)) c.removed.push_back(q);
    bool was_met = ov.state == ItemState::met, is_met = nv.state == ItemState::met;
    if (is_met && !was_met) d.gained.push_back(c);
    else if (was_met && !is_met) d.lost.push_back(c);
    else if (ov.state != nv.state || ov.quantified != nv.quantified) d.changed.push_back(c);
    else if (!c.added.empty() || !c.removed.empty()) d.reworded.push_back(c);
    else ++d.unchanged;
  }
  for (const ItemVerdict& ov : old_card.verdicts)
    if (!seen.count(ov.item->id))
      d.changed.push_back(ItemChange{ov.item->id, ov.item->title, ov.item->part, ov.state,
                                     ItemState::missing, ov.quantified, false, {}, {}});
  return d;
}

}  // namespace fz::analysis
