#include "engine/analysis/gaps.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "engine/analysis/util.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/source.hpp"

namespace fz::analysis {
namespace {

using detail::slice;

/// Only items shown by phrases alone can lack a figure: a structure part or a publication date
/// has nothing to count, even when a phrase rule backs it up.
bool countable(const Item& item) {
  return std::all_of(item.rules.begin(), item.rules.end(),
                     [](const Rule& r) { return r.kind == Rule::Kind::phrases; });
}

std::string default_sentence(const Item& item) { return item.title + "工作还有差距"; }

/// The positive terms of a condition: what a sentence must say to show the item (terms under
/// `not` only exclude).
void positive_terms(const Cond& c, std::vector<const TermRef*>& out) {
  if (c.kind == Cond::Kind::not_) return;
  for (const auto& t : c.terms) out.push_back(&t);
  for (const auto& ch : c.children) positive_terms(ch, out);
}

/// Which sentences hold a `units` figure, and which show which items, from one matcher pass
/// (the evaluator's Analysis). Used only to keep the memo from claiming "no data" falsely.
class FigureCheck {
 public:
  FigureCheck(const Plan& plan, const Document& doc) : doc_(doc) {
    if (!plan.compiled) return;  // not finalized: cannot look, so never claim
    a_ = analyse(plan, doc);
    figure_.assign(doc.sentences.size(), 0);
    for (const Hit& h : a_->matches.hits)
      if (a_->is_units[static_cast<std::size_t>(h.pattern)] && h.sentence >= 0)
        figure_[static_cast<std::size_t>(h.sentence)] = 1;
  }

  /// Whether the report gives a figure for a met item after all (gaps.hpp, `unquantified`):
  /// in any evidence sentence or the passage around it, or in any sentence of the met context
  /// where a term of the item's rules occurs (the evaluator quotes only the first window that
  /// shows the item; another may hold the figures).
  bool gives_figure(const Item& item, const ItemVerdict& v) const {
    if (!a_) return true;
    for (const Evidence& e : v.evidence) {
      int s = doc_.sentence_at(e.normalised.begin);
      if (s < 0) return true;  // not a sentence: do not judge
      if (figure_[static_cast<std::size_t>(s)] || in_span(passage(s))) return true;
    }
    std::vector<const TermRef*> terms;
    for (const Rule& r : item.rules)
      if (r.kind == Rule::Kind::phrases) positive_terms(r.cond, terms);
    for (const Hit& h : a_->matches.hits) {
      if (h.sentence < 0 || !figure_[static_cast<std::size_t>(h.sentence)] ||
          a_->context[static_cast<std::size_t>(h.sentence)] != ItemState::met)
        continue;
      for (const TermRef* t : terms)
        if (t->contains(h.pattern)) return true;
    }
    return false;
  }

 private:
  const Document& doc_;
  std::optional<Analysis> a_;
  std::vector<char> figure_;

  /// The section under the sentence's innermost heading, or its paragraph when that heading is
  /// a whole top-level part (or there is none): a whole part would say nothing about the item.
  Span passage(int sentence) const {
    const Sentence& s = doc_.sentences[static_cast<std::size_t>(sentence)];
    if (s.section > 0 && static_cast<std::size_t>(s.section) < doc_.sections.size() &&
        doc_.sections[static_cast<std::size_t>(s.section)].level >= 2)
      return doc_.sections[static_cast<std::size_t>(s.section)].body;
    if (s.paragraph >= 0 && static_cast<std::size_t>(s.paragraph) < doc_.paragraphs.size())
      return doc_.paragraphs[static_cast<std::size_t>(s.paragraph)].span;
    return s.span;
  }

  /// Whether a sentence inside `span` holds a figure.
  bool in_span(Span span) const {
    const auto& ss = doc_.sentences;
    auto it = std::partition_point(ss.begin(), ss.end(),
                                   [&](const Sentence& s) { return s.span.end <= span.begin; });
    for (; it != ss.end() && it->span.begin < span.end; ++it)
      if (figure_[static_cast<std::size_t>(it - ss.begin())]) return true;
    return false;
  }
};

/// Each item's share of its part's points: part weight × item weight / the part's item weights.
std::map<const Item*, double> points_of(const Plan& plan) {
  std::map<std::string, double> sum;
  for (const Item& it : plan.items) sum[it.part] += it.weight;
  std::map<const Item*, double> out;
  for (const Item& it : plan.items) {
    const Part* p = plan.find_part(it.part);
    double total = sum[it.part];
    out[&it] = p && total > 0 ? p->weight * it.weight / total : 0;
  }
  return out;
}

/// Required items first; then what the report admits itself (true by its own account, and its
/// own list of problems should survive into its draft); then the points the gap costs.
bool more_important(const Gap& a, const Gap& b) {
  if (a.required != b.required) return a.required;
  if (a.acknowledged != b.acknowledged) return a.acknowledged;
  if (a.points != b.points) return a.points > b.points;
  return a.order < b.order;
}

// ---- the draft's sentences ---------------------------------------------------------------------

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// Length in bytes of one UTF-8 character starting at s[0].
std::size_t char_len(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

constexpr std::array<std::string_view, 11> kCnDigits = {"一", "二", "三", "四", "五", "六",
                                                         "七", "八", "九", "十", "〇"};

bool cn_digit_at(std::string_view s) {
  for (auto d : kCnDigits)
    if (starts(s, d)) return true;
  return false;
}

/// Drops a leading enumeration ("一是", "（二）", "3.", "(1)", "首先，") and spaces: the draft
/// numbers its own paragraphs, so a quoted admission must not bring its old number along.
std::string_view drop_enumeration(std::string_view s) {
  auto trim = [&] {
    while (!s.empty() && (s[0] == ' ' || s[0] == '\t')) s.remove_prefix(1);
    while (starts(s, "　")) s.remove_prefix(std::string_view("　").size());
  };
  trim();
  for (std::string_view w : {"首先，", "其次，", "再次，", "此外，", "另外，", "同时，", "最后，", "其一，",
                             "其二，", "其三，"})
    if (starts(s, w)) return s.substr(w.size());
  // 一是 / 二是 …
  std::string_view t = s;
  std::size_t n = 0;
  while (!t.empty() && cn_digit_at(t)) {
    t.remove_prefix(char_len(t));
    ++n;
  }
  if (n > 0 && n <= 3 && starts(t, "是")) {
    t.remove_prefix(std::string_view("是").size());
    if (starts(t, "，")) t.remove_prefix(std::string_view("，").size());
    return t;
  }
  // （一） (1) （1）
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!starts(s, open)) continue;
    t = s.substr(open.size());
    std::size_t k = 0;
    while (!t.empty() && (cn_digit_at(t) || (t[0] >= '0' && t[0] <= '9')) && k < 4) {
      t.remove_prefix(char_len(t));
      ++k;
    }
    if (k > 0 && starts(t, close)) return t.substr(close.size());
  }
  // 1. 1、 1） 一、
  t = s;
  std::size_t k = 0;
  while (!t.empty() && (t[0] >= '0' && t[0] <= '9') && k < 3) {
    t.remove_prefix(1);
    ++k;
  }
  if (k == 0)
    while (!t.empty() && cn_digit_at(t) && k < 3) {
      t.remove_prefix(char_len(t));
      ++k;
    }
  if (k > 0)
    for (std::string_view sep : {".", "、", "．", "）", ")"})
      if (starts(t, sep)) return t.substr(sep.size());
  return s;
}

/// Without its closing punctuation, so that clauses can be joined with "；".
std::string clause(std::string_view s) {
  std::string out(drop_enumeration(s));
  for (bool again = true; again;) {
    again = false;
    for (std::string_view stop : {"。", "；", "，", "：", "！", "？", ";", ",", ".", " ", "\n", "\r"})
      if (out.size() >= stop.size() && std::string_view(out).ends_with(stop)) {
        out.resize(out.size() - stop.size());
        again = true;
      }
  }
  return out;
}

/// As a sentence: the clause and one "。".
std::string sentence(std::string_view s) {
  std::string out = clause(s);
  return out.empty() ? out : out + "。";
}

/// The report's words for an admission: its sentence, and when that is only a heading
/// ("（二）法治宣传形式有待丰富。") the heading with what follows it in its section, which says what
/// the problem is (up to about 200 characters).
std::string admission_text(const Document& doc, const Evidence& e) {
  std::string out = clause(slice(doc.normalised.utf8, e.normalised));
  if (out.empty()) out = clause(e.quote);
  int s = doc.sentence_at(e.normalised.begin);
  if (s < 0) return out;
  const Sentence& sen = doc.sentences[static_cast<std::size_t>(s)];
  if (sen.section <= 0 || static_cast<std::size_t>(sen.section) >= doc.sections.size()) return out;
  const Section& sec = doc.sections[static_cast<std::size_t>(sen.section)];
  bool heading = sec.level >= 2 && sec.heading_span.begin >= sen.span.begin &&
                 sec.heading_span.begin < sen.span.end;
  if (!heading) return out;
  for (std::size_t k = static_cast<std::size_t>(s) + 1;
       k < doc.sentences.size() && doc.sentences[k].span.begin < sec.body.end; ++k) {
    std::string more = clause(slice(doc.normalised.utf8, doc.sentences[k].span));
    if (more.empty()) continue;
    if (count_chars(out) + count_chars(more) > 200) break;
    out += "，" + more;
  }
  return out;
}

std::string cn_ordinal(std::size_t n) {  // 1 → 一, 12 → 十二
  static const char* d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return d[n];
  if (n < 20) return std::string("十") + (n % 10 ? d[n % 10] : "");
  return std::string(d[(n / 10) % 10]) + "十" + (n % 10 ? d[n % 10] : "");
}

/// Alternative `k mod n`, or the next one not used yet: paragraph k takes a different turn of
/// phrase from paragraph k−1, and the same report always gets the same draft.
std::string choose(const std::vector<std::string>& alts, std::size_t k, std::set<std::string>& used) {
  if (alts.empty()) return {};
  for (std::size_t i = 0; i < alts.size(); ++i) {
    const std::string& a = alts[(k + i) % alts.size()];
    if (used.insert(a).second) return a;
  }
  return alts[k % alts.size()];
}

/// The 纲要 named first in the checklist's basis ("法治政府建设实施纲要（2021-2025年）；…"):
/// the official document the draft measures against, never the tool's own checklist.
std::string official_basis(const std::string& basis) {
  std::string first = basis.substr(0, basis.find("；"));
  if (first.empty()) return {};
  if (!starts(first, "《")) first = "《" + first + "》";
  return first;
}

Draft build_draft(const Plan& plan, const std::vector<GapGroup>& groups,
                  const std::vector<Gap>& admitted, const Document& doc, std::optional<int> year,
                  std::size_t max_paragraphs) {
  Draft d;
  std::string against = official_basis(plan.basis);
  std::string when = year ? fmt::format("{}年", *year) : std::string("本年度");
  d.lead = fmt::format("{}{}法治政府建设工作虽然取得了一定成效，但仍存在一些问题和不足，主要表现在：",
                       against.empty() ? std::string() : "对照" + against + "要求，", when);

  // Draft material: gaps of parts with phrase families, except met items the report does not
  // admit (saying their work falls short would go beyond what the report says).
  auto drafted = [&](const Gap& gap) {
    const Part* p = plan.find_part(gap.part);
    return p && !p->problems.empty() && !p->causes.empty() &&
           (gap.acknowledged || gap.kind == GapKind::missing || gap.kind == GapKind::planned);
  };
  std::vector<const Gap*> ranked;
  for (const auto& g : groups)
    for (const auto& gap : g.gaps)
      if (drafted(gap)) ranked.push_back(&gap);
  for (const auto& gap : admitted)
    if (drafted(gap)) ranked.push_back(&gap);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Gap* a, const Gap* b) { return more_important(*a, *b); });

  std::map<std::string, std::size_t> para_of;
  std::set<std::string> said;  // details already in the draft (one admission may name three items)
  for (const Gap* g : ranked) {
    std::string detail;
    if (g->acknowledged && !g->self_check.empty()) {
      detail = admission_text(doc, g->self_check.front());
    } else if (!g->acknowledged) {
      detail = clause(g->sentence);
    }
    if (detail.empty()) continue;
    // The same admission (or one containing the other), already quoted for another item.
    auto overlaps = [&](const std::string& x) {
      return x.find(detail) != std::string::npos || detail.find(x) != std::string::npos;
    };
    if (std::any_of(said.begin(), said.end(), overlaps)) {
      for (auto& p : d.paragraphs)
        if (std::any_of(p.details.begin(), p.details.end(), overlaps)) p.ids.push_back(g->id);
      continue;
    }
    auto it = para_of.find(g->part);
    if (it == para_of.end()) {
      if (d.paragraphs.size() >= max_paragraphs) continue;
      it = para_of.emplace(g->part, d.paragraphs.size()).first;
      d.paragraphs.push_back({g->part, {}, {}, {}, {}, {}});
    }
    DraftParagraph& para = d.paragraphs[it->second];
    if (para.details.size() >= kMaxPerParagraph) continue;
    said.insert(detail);
    para.details.push_back(detail);
    para.ids.push_back(g->id);
  }

  std::set<std::string> used;
  for (std::size_t k = 0; k < d.paragraphs.size(); ++k) {
    DraftParagraph& para = d.paragraphs[k];
    const Part* p = plan.find_part(para.part);
    para.problem = choose(p->problems, k, used);
    para.cause = choose(p->causes, k, used);
    std::string details;
    for (const auto& x : para.details) details += (details.empty() ? "" : "；") + x;
    para.text = fmt::format("{}是{}{}{}", cn_ordinal(k + 1), sentence(para.problem), sentence(details),
                            sentence(para.cause));
  }
  return d;
}

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

std::size_t GapList::count(MemoGroup m) const {
  std::size_t n = 0;
  for (const auto& g : groups)
    for (const auto& gap : g.gaps) n += memo_group(gap) == m ? 1 : 0;
  return n;
}

std::string_view gap_kind_name(GapKind k) {
  switch (k) {
    case GapKind::missing: return "missing";
    case GapKind::planned: return "planned";
    case GapKind::acknowledged: return "acknowledged";
    case GapKind::unquantified: return "unquantified";
  }
  return "missing";
}

MemoGroup memo_group(const Gap& g) {
  if (g.acknowledged) return MemoGroup::acknowledged;
  switch (g.kind) {
    case GapKind::missing: return MemoGroup::unmentioned;
    case GapKind::planned: return MemoGroup::planned;
    case GapKind::unquantified: return MemoGroup::unquantified;
    case GapKind::acknowledged: return MemoGroup::acknowledged;
  }
  return MemoGroup::unmentioned;
}

std::string_view memo_group_label(MemoGroup g) {
  switch (g) {
    case MemoGroup::unmentioned: return "报告未涉及或未写明";
    case MemoGroup::planned: return "仅列入下一年度计划";
    case MemoGroup::unquantified: return "仅有表述、未见数据";
    case MemoGroup::acknowledged: return "报告已自查";
  }
  return "";
}

GapList build_gaps(const Plan& plan, const std::vector<ItemVerdict>& verdicts, const Document& doc,
                   const GapOptions& options) {
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
  std::map<const Item*, double> points = points_of(plan);
  std::optional<FigureCheck> figures;  // one matcher pass, built on the first met item without `quantified`

  for (const auto& v : verdicts) {
    if (!v.item || v.waived || v.state == ItemState::na) continue;
    const Item& item = *v.item;
    Gap g;
    // The report's admissions, as the evaluator quoted them: sentences of the shortcomings part,
    // or hedged sentences ("有待加强") elsewhere. For a met item only the shortcomings part
    // counts: a hedge inside a sentence of achievements does not make the work a problem.
    std::set<Span> seen;
    for (const auto& e : v.evidence) {
      bool admits = v.state == ItemState::met
                        ? e.role == Role::shortcomings && e.supports == ItemState::acknowledged
                        : e.role == Role::shortcomings || e.supports == ItemState::acknowledged;
      if (admits && seen.insert(e.normalised).second) g.self_check.push_back(e);
    }
    // Admissions from the shortcomings part first: they are the report's own list of problems.
    std::stable_sort(g.self_check.begin(), g.self_check.end(), [](const Evidence& a, const Evidence& b) {
      return (a.role == Role::shortcomings) > (b.role == Role::shortcomings);
    });
    switch (v.state) {
      case ItemState::missing: g.kind = GapKind::missing; break;
      case ItemState::planned: g.kind = GapKind::planned; break;
      case ItemState::acknowledged: g.kind = GapKind::acknowledged; break;
      case ItemState::met: {
        bool figure = v.quantified || !countable(item);
        if (!figure) {
          if (!figures) figures.emplace(plan, doc);
          figure = figures->gives_figure(item, v);
        }
        // Shown with figures: not a gap. When its shortcomings part names it all the same, the
        // draft keeps the report's own words for it (list.admitted).
        g.kind = figure ? GapKind::acknowledged : GapKind::unquantified;
        if (figure && g.self_check.empty()) continue;
        break;
      }
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
    g.points = points.count(&item) ? points[&item] : 0;
    g.order = order.count(&item) ? order[&item] : plan.items.size();
    g.acknowledged = v.state == ItemState::acknowledged || !g.self_check.empty();
    g.structural = !countable(item);
    for (const auto& e : v.evidence)
      if ((g.kind == GapKind::planned && e.supports == ItemState::planned) ||
          (g.kind == GapKind::unquantified && e.supports == ItemState::met))
        g.shown.push_back(e);
    if (v.state == ItemState::met && g.kind == GapKind::acknowledged) {
      list.admitted.push_back(std::move(g));
      continue;
    }
    const std::string gid = item.part.empty() ? std::string("其他") : item.part;
    if (!group_of.count(gid)) add_group(gid, gid == "其他" ? gid : gid + "（其他）");
    groups[group_of[gid]].gaps.push_back(std::move(g));
  }

  for (auto& grp : groups) {
    std::stable_sort(grp.gaps.begin(), grp.gaps.end(), more_important);
    if (!grp.gaps.empty()) list.groups.push_back(std::move(grp));
  }
  list.draft = build_draft(plan, list.groups, list.admitted, doc, list.year, options.max_paragraphs);
  return list;
}

}  // namespace fz::analysis
