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

/// Without whitespace: a name broken over lines or spaced out (冠 县) is the same name.
std::string compact(const std::string& s) {
  std::string o;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') o += c;
  return o;
}

/// One unit named at two lengths ("茅箭区人民政府", "十堰市茅箭区人民政府") is the same issuer.
bool same_issuer(const std::string& a, const std::string& b) {
  std::string x = compact(a), y = compact(b);
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
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
  d.old_issuer = old_card.meta.issuer;
  d.new_issuer = new_card.meta.issuer;
  d.old_checklist = old_card.checklist_id;
  d.new_checklist = new_card.checklist_id;
  if (!d.old_issuer.empty() && !d.new_issuer.empty() && !same_issuer(d.old_issuer, d.new_issuer))
    d.warnings.push_back("两份报告的发布单位不同（" + d.old_issuer + "；" + d.new_issuer +
                         "），比较的不是同一单位的报告");
  if (old_card.checklist_id != new_card.checklist_id)
    d.warnings.push_back("两份报告按不同的检查清单评分（" + old_card.checklist_title + "；" +
                         new_card.checklist_title + "），分项和总分不能直接比较");

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
