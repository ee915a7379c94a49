#include "engine/match/explain.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/source.hpp"

namespace fz {

namespace {

void terms_of(const Cond& c, std::vector<const TermRef*>& out) {
  for (const auto& t : c.terms) out.push_back(&t);
  for (const auto& ch : c.children) terms_of(ch, out);
}

std::string_view state_label(ItemState s) {
  switch (s) {
    case ItemState::met: return "已落实";
    case ItemState::acknowledged: return "已自查";
    case ItemState::planned: return "仅列计划";
    case ItemState::missing: return "未体现";
    case ItemState::na: return "不适用";
  }
  return "";
}

/// What a sentence's context makes of an item it names.
std::string_view context_label(ItemState s) {
  switch (s) {
    case ItemState::met: return "作为已做的工作";
    case ItemState::acknowledged: return "作为不足（有待、不够…或在存在不足部分）";
    case ItemState::planned: return "作为计划（将、下一步…或在工作安排部分）";
    default: return "";
  }
}

std::string_view role_label(Role r) {
  switch (r) {
    case Role::achievements: return "主要举措和成效部分";
    case Role::duty: return "第一责任人职责部分";
    case Role::shortcomings: return "存在的不足部分";
    case Role::plans: return "下一年度安排部分";
    case Role::other: return "其他部分";
  }
  return "";
}

/// The first `n` characters of `s`, with "…" when cut.
std::string clip(std::string_view s, std::size_t n = 60) {
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++chars;
  }
  return i < s.size() ? std::string(s.substr(0, i)) + "…" : std::string(s);
}

std::string where(const Document& doc, Span normalised) {
  Span d = doc.to_decoded(normalised);
  if (d.end > doc.lines.text().size() || doc.lines.text().empty()) return "?";
  Location loc = doc.lines.locate(d.begin);
  return fmt::format("{}:{}", loc.line, loc.column);
}

std::string sentence_text(const Document& doc, int s) {
  Span d = doc.to_decoded(doc.sentences[static_cast<std::size_t>(s)].span);
  return d.end <= doc.decoded.utf8.size() ? doc.decoded.utf8.substr(d.begin, d.size()) : std::string();
}

std::string rule_place(const Plan& plan, const Rule& rule) {
  return fmt::format("{}:{}", rule.file.empty() ? plan.file : rule.file, rule.line);
}

/// What ranks a candidate, in words.
std::string features(const Candidate& c) {
  std::vector<std::string> f;
  f.emplace_back(c.heading ? "标题" : "正文句");
  f.emplace_back(c.self ? "单句即满足条件" : "需与同段其他句合看");
  if (c.figure) f.emplace_back("有该项的数字");
  if (c.passage_figure) f.emplace_back("其下段落有数字");
  f.push_back(fmt::format("满足{}条规则", c.rules));
  f.push_back(fmt::format("该项关键词{}个（最长{}字）", c.patterns, c.longest));
  f.push_back(fmt::format("其他检查项关键词{}个", c.others));
  if (c.leads) f.emplace_back("句子以该项开头");
  if (c.sentence_figures > 0) f.push_back(fmt::format("全句数字{}个", c.sentence_figures));
  if (c.under_named) f.emplace_back("所在小标题点明该项");
  return fmt::format("{}", fmt::join(f, "，"));
}

/// Why `a` was quoted before `b`: the first ranking rule (better_quote) on which they differ.
std::string preferred_because(const Candidate& a, const Candidate& b) {
  if (a.heading != b.heading) return "正文句优先于标题（标题保留在所在部分路径中）";
  if (a.self != b.self) return "单句即满足条件的句子优先于需要与其他句子合看的句子";
  if (a.figure != b.figure) return "给出该项数字的句子优先于只是提到的句子";
  if (a.under_named != b.under_named) return "所在小标题点明了该项，是该项自己的段落";
  if (a.rules != b.rules) return "满足该项更多条规则的句子更能说明该项工作";
  if (a.leads != b.leads) return "句子以该项开头，是讲该项的句子，不是顺带提及";
  if (a.sentence_figures != b.sentence_figures) return "句中数字更多，工作写得更具体（件数、人次、比率）";
  if (a.longest != b.longest) return "命中的该项表述更长、更具体（不是泛泛的短词）";
  if (static_cast<long>(a.patterns) * (b.patterns + b.others) !=
      static_cast<long>(b.patterns) * (a.patterns + a.others))
    return "其他检查项的表述所占比重更小，更具体（不是综述）";
  if (a.patterns != b.patterns) return "含该项关键词更多的句子更具体";
  return "其余相同，取在前的句子";
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
  // A statutory part that is there but says nothing (a heading, "无。") is the nearest miss.
  for (const Rule& r : item.rules) {
    if (r.kind != Rule::Kind::part_exists) continue;
    for (const Section& s : doc.sections)
      if (s.level > 0 && (s.parent < 0 || doc.sections[static_cast<std::size_t>(s.parent)].level == 0) &&
          s.role == r.part_role)
        return r.part_with ? fmt::format("设有{}「{}」，但其中没有一句符合要求（如写明具体不足）",
                                         role_label(r.part_role), s.heading)
                           : fmt::format("设有{}「{}」，但其中没有实际内容", role_label(r.part_role), s.heading);
  }
  bool part_rule = std::any_of(item.rules.begin(), item.rules.end(), [](const Rule& r) {
    return r.kind == Rule::Kind::part_exists;
  });
  if (!any_hit && !part_rule) return "报告中未出现相关表述";
  if (any_hit && !outside_plans) return "只在工作计划部分出现";
  if (any_hit && !outside_shortcomings) return "仅在存在不足部分提及";
  for (const Rule& r : item.rules)
    if (r.kind == Rule::Kind::phrases && r.window != Window::document &&
        match_rule(plan, doc, a, r, ItemState::met, Window::document))
      return "相关表述分散在不同段落";
  if (any_hit && !in_met)
    return v.state == ItemState::acknowledged ? "相关表述带有“有待”“不足”等限定，只算承认不足"
                                              : "相关表述只作为下一步工作提及";
  if (!any_hit) return "报告未设该部分，也未出现相关表述";
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
  ItemTrace trace;
  ItemVerdict v = evaluate_item(plan, doc, a, item, level, &trace);
  std::string out = fmt::format("{} {}［{}］：{}{}\n", item.id, item.title, item.basis,
                                state_label(v.state),
                                v.state == ItemState::met
                                    ? (v.quantified ? "，有量化数据" : "，无量化数据")
                                    : "");

  // ---- why this state
  std::vector<const Candidate*> best, admitted;
  for (const Candidate& c : trace.candidates)
    (c.state == v.state ? best : admitted).push_back(&c);
  out += "为什么是这个状态：\n";
  bool any_rule = false;
  for (auto [r, st] : trace.offered) {
    if (st != v.state) continue;
    any_rule = true;
    const Rule& rule = item.rules[r];
    std::string place = fmt::format("  规则{}（{}）", r + 1, rule_place(plan, rule));
    if (rule.kind == Rule::Kind::phrases) {
      // The lambda captures a copy: Debian 12's clang 14 cannot capture a structured binding.
      std::size_t n = std::count_if(best.begin(), best.end(), [rule_index = r](const Candidate* c) {
        return rule_index < 64 && (c->rule_mask >> rule_index & 1);
      });
      out += fmt::format("{}：{}句满足条件，{}。\n", place, n, context_label(st));
    } else if (rule.kind == Rule::Kind::part_exists) {
      out += fmt::format("{}：报告设有{}，且其中有{}。\n", place, role_label(rule.part_role),
                         rule.part_with ? "符合条件的实际内容" : "实际内容");
    } else if (st == ItemState::na) {
      out += fmt::format("{}：报告未显示发布日期，不适用。\n", place);
    } else {
      out += fmt::format("{}：发布日期早于次年{}月{}日。\n", place, rule.month, rule.day);
    }
  }
  if (v.state == ItemState::na && !any_rule)
    out += "  本项只适用于部分层级（省、市…），本单位不适用，不计分。\n";
  else if (!any_rule)
    out += "  没有规则得到满足。\n";
  if (v.state == ItemState::acknowledged || v.state == ItemState::planned)
    out += "  没有一句作为已做的工作满足条件（见下方“最接近的情况”）。\n";
  for (int sec : trace.empty_parts)
    out += fmt::format("  {}「{}」下没有实际内容（只有标题，或只有“无”之类的一句），不算设有该部分。\n",
                       role_label(doc.sections[static_cast<std::size_t>(sec)].role),
                       doc.sections[static_cast<std::size_t>(sec)].heading);
  std::vector<int> empty = trace.empty_headings;
  std::sort(empty.begin(), empty.end());
  empty.erase(std::unique(empty.begin(), empty.end()), empty.end());
  for (int sec : empty)
    out += fmt::format("  标题「{}」下没有实际内容，法定部分不能只靠标题。\n",
                       doc.sections[static_cast<std::size_t>(sec)].heading);

  // ---- why quantified or not
  if (v.state == ItemState::met) {
    out += "为什么";
    bool phrases = std::any_of(item.rules.begin(), item.rules.end(), [](const Rule& r) {
      return r.kind == Rule::Kind::phrases;
    });
    if (item.statutory || !phrases) {
      out += "无量化数据：本项看报告是否设有该部分（且有内容）或发布日期，不看数字。\n";
    } else if (v.quantified) {
      auto q = std::find_if(best.begin(), best.end(), [](const Candidate* c) { return c->figure; });
      if (q != best.end())
        out += fmt::format("有量化数据：{} 这一句在该项表述{}字以内给出了数字（件、次、人、%等）。\n  「{}」\n",
                           where(doc, doc.sentences[static_cast<std::size_t>((*q)->sentence)].span),
                           plan.figure_distance, clip(sentence_text(doc, (*q)->sentence)));
      else if (auto h = std::find_if(best.begin(), best.end(), [](const Candidate* c) { return c->passage_figure; });
               h != best.end())
        out += fmt::format("有量化数据：小标题「{}」点明该项，其下段落给出了数字。\n",
                           clip(sentence_text(doc, (*h)->sentence)));
    } else {
      out += fmt::format("无量化数据：说明该项工作的{}句中，没有一句在该项表述{}字以内给出数字（件、次、人、%等），"
                         "点明该项的小标题下也没有；年份、文号、序号、日期不算数字。\n",
                         best.size(), plan.figure_distance);
    }
  }

  // ---- which sentence is quoted, and why
  if (!best.empty()) {
    out += fmt::format("引用哪一句（{}句候选，按以下顺序引用前{}句）：\n", best.size(),
                       std::min(best.size(), kMaxEvidencePerState));
    std::size_t shown = std::min<std::size_t>(best.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
      const Candidate& c = *best[i];
      out += fmt::format("  {}. {}「{}」\n     {}\n", i + 1,
                         where(doc, doc.sentences[static_cast<std::size_t>(c.sentence)].span),
                         clip(sentence_text(doc, c.sentence)), features(c));
    }
    if (best.size() > shown) out += fmt::format("  ……另有{}句\n", best.size() - shown);
    for (std::size_t i = 0; i + 1 < shown; ++i)
      if (better_quote(*best[i], *best[i + 1]))
        out += fmt::format("  第{}句排在第{}句之前：{}。\n", i + 1, i + 2,
                           preferred_because(*best[i], *best[i + 1]));
  }
  if (!admitted.empty())
    out += fmt::format("另在存在不足或自查语境中提及{}句，作为补充引用。\n", admitted.size());

  // ---- every phrase of every rule, where it was found
  out += "各规则的表述在报告中的位置：\n";
  for (std::size_t r = 0; r < item.rules.size(); ++r) {
    const Rule& rule = item.rules[r];
    out += fmt::format("  规则{}（{}）", r + 1, rule_place(plan, rule));
    if (rule.kind == Rule::Kind::part_exists) {
      out += fmt::format("：报告须设有{}{}\n", role_label(rule.part_role),
                         rule.part_with ? "，且其中至少一句符合条件" : "，且其中有实际内容");
      if (!rule.part_with) continue;
    } else if (rule.kind == Rule::Kind::published_before) {
      out += fmt::format("：发布日期早于次年{}月{}日\n", rule.month, rule.day);
      continue;
    } else {
      out += "\n";
    }
    std::vector<const TermRef*> terms;
    terms_of(rule.cond, terms);
    for (const TermRef* t : terms) {
      std::size_t n = 0;
      for (const Hit& h : a.matches.hits) {
        if (!t->contains(h.pattern)) continue;
        const Sentence& s = doc.sentences[static_cast<std::size_t>(h.sentence)];
        // A part rule's condition is about the sentences of that part only.
        if (rule.kind == Rule::Kind::part_exists && doc.role_of(s.section) != rule.part_role) continue;
        if (++n > 8) continue;
        out += fmt::format("    {}「{}」{} {}，{}：{}\n", t->name,
                           doc.normalised.utf8.substr(h.span.begin, h.span.size()), where(doc, h.span),
                           role_label(doc.role_of(s.section)),
                           context_label(a.context[static_cast<std::size_t>(h.sentence)]),
                           clip(sentence_text(doc, h.sentence)));
      }
      if (n == 0) out += fmt::format("    {}：未出现\n", t->name);
      if (n > 8) out += fmt::format("    {}：另有{}处\n", t->name, n - 8);
    }
  }
  if (std::string miss = nearest_miss(plan, doc, a, item, v); !miss.empty())
    out += "最接近的情况：" + miss + "\n";
  if (v.state != ItemState::met && !item.want.empty()) out += "需要写明：" + item.want + "\n";
  return out;
}

}  // namespace fz
