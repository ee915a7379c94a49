// Renderers of the gap list: markdown, plain text, JSON.
#include <fmt/format.h>

#include "engine/analysis/gaps.hpp"
#include "engine/render/render.hpp"

namespace fz::analysis {

using fz::json_quote;  // engine/render/json.cpp: the one JSON string escaper
namespace {

std::string cn_number(std::size_t n) {
  static const char* d[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return d[n];
  if (n < 20) return std::string("十") + (n % 10 ? d[n % 10] : "");
  if (n < 100) return std::string(d[n / 10]) + "十" + (n % 10 ? d[n % 10] : "");
  return std::to_string(n);
}

std::string strip_stop(std::string s) {
  for (std::string_view stop : {"。", "；", "，"})
    while (s.size() >= stop.size() && s.ends_with(stop)) s.resize(s.size() - stop.size());
  return s;
}

std::string_view kind_phrase(GapKind k) {
  switch (k) {
    case GapKind::missing: return "报告未见相关内容";
    case GapKind::planned: return "报告仅在下一年度工作安排中提及，尚未见落实情况";
    case GapKind::acknowledged: return "报告在存在不足部分已有提及，但未见落实情况";
    case GapKind::unquantified: return "报告虽有表述，但缺少具体数据支撑";
  }
  return "";
}

std::string heading_line(const GapList& l) {
  if (l.year) return fmt::format("{}年度推进法治政府建设存在的不足（草稿）", *l.year);
  return "推进法治政府建设存在的不足（草稿）";
}

std::string lead(const GapList& l) {
  std::string against = l.checklist_title.empty() ? std::string("检查清单") : "《" + l.checklist_title + "》";
  if (l.total() == 0) return fmt::format("对照{}逐项比对，未发现需要列入存在不足的事项。", against);
  return fmt::format("对照{}逐项比对，本年度法治政府建设在以下{}个方面仍存在不足，其中报告未提及{}项、"
                     "报告已自查{}项。",
                     against, l.total(), l.unmentioned(), l.acknowledged());
}

// One numbered paragraph. `bold` wraps the lead sentence for markdown.
std::string paragraph(const Gap& g, std::size_t n, bool markdown) {
  std::string first = strip_stop(g.sentence);
  std::string out = markdown ? fmt::format("{}. **{}。**", n, first) : fmt::format("{}. {}。", n, first);
  out += kind_phrase(g.kind);
  if (!g.basis.empty()) out += fmt::format("（依据：{}）", g.basis);
  out += "。";
  if (!g.want.empty()) out += fmt::format("应补充：{}。", strip_stop(g.want));
  if (!g.self_check.empty()) out += fmt::format("报告自查原文：“{}”", strip_stop(g.self_check.front().quote));
  if (markdown) {
    std::string tags = fmt::format(" `{}`", g.id);
    if (g.required) tags += " `必备`";
    out += tags;
  } else {
    out += fmt::format("［{}{}］", g.id, g.required ? "，必备" : "");
  }
  return out;
}

std::string render(const GapList& l, bool markdown) {
  std::string out;
  out += markdown ? "# " + heading_line(l) + "\n\n" : heading_line(l) + "\n\n";
  out += lead(l) + "\n";
  std::size_t part_no = 0;
  for (const auto& grp : l.groups) {
    ++part_no;
    std::string h = fmt::format("{}、{}", cn_number(part_no), grp.title.empty() ? grp.part : grp.title);
    out += markdown ? "\n## " + h + "\n" : "\n" + h + "\n";
    std::size_t sub_no = 0;
    for (bool ack : {false, true}) {
      std::vector<const Gap*> gaps;
      for (const auto& g : grp.gaps)
        if (g.acknowledged == ack) gaps.push_back(&g);
      if (gaps.empty()) continue;
      ++sub_no;
      std::string sh = fmt::format("（{}）{}的问题", cn_number(sub_no), ack ? "报告已自查" : "报告未提及");
      out += markdown ? "\n### " + sh + "\n\n" : "\n" + sh + "\n";
      std::size_t n = 0;
      for (const Gap* g : gaps) out += paragraph(*g, ++n, markdown) + (markdown ? "\n\n" : "\n");
      if (markdown) out.pop_back();
    }
  }
  return out;
}

void field(std::string& out, std::string_view key, std::string_view json_value, bool& first) {
  if (!first) out += ",";
  first = false;
  out += json_quote(key) + ":" + std::string(json_value);
}

}  // namespace

std::string render_gaps_markdown(const GapList& list) { return render(list, true); }
std::string render_gaps_text(const GapList& list) { return render(list, false); }

std::string render_gaps_json(const GapList& l) {
  std::string out = "{";
  bool first = true;
  field(out, "checklist",
        fmt::format("{{\"id\":{},\"title\":{},\"basis\":{}}}", json_quote(l.checklist_id),
                    json_quote(l.checklist_title), json_quote(l.checklist_basis)),
        first);
  field(out, "report",
        fmt::format("{{\"file\":{},\"title\":{},\"year\":{}}}", json_quote(l.report_path),
                    json_quote(l.report_title), l.year ? std::to_string(*l.year) : "null"),
        first);
  field(out, "summary",
        fmt::format("{{\"total\":{},\"unmentioned\":{},\"acknowledged\":{}}}", l.total(),
                    l.unmentioned(), l.acknowledged()),
        first);
  std::string groups = "[";
  for (std::size_t gi = 0; gi < l.groups.size(); ++gi) {
    const auto& grp = l.groups[gi];
    if (gi) groups += ",";
    groups += fmt::format("{{\"part\":{},\"title\":{},\"gaps\":[", json_quote(grp.part), json_quote(grp.title));
    for (std::size_t i = 0; i < grp.gaps.size(); ++i) {
      const Gap& g = grp.gaps[i];
      if (i) groups += ",";
      std::string o = "{";
      bool f = true;
      field(o, "id", json_quote(g.id), f);
      field(o, "title", json_quote(g.title), f);
      field(o, "part", json_quote(g.part), f);
      field(o, "basis", json_quote(g.basis), f);
      field(o, "gap", json_quote(g.sentence), f);
      field(o, "want", json_quote(g.want), f);
      field(o, "kind", json_quote(gap_kind_name(g.kind)), f);
      field(o, "state", json_quote(state_name(g.state)), f);
      field(o, "status", json_quote(gap_status(g)), f);
      field(o, "acknowledged", g.acknowledged ? "true" : "false", f);
      field(o, "required", g.required ? "true" : "false", f);
      field(o, "weight", fmt::format("{:g}", g.weight), f);
      std::string sc = "[";
      for (std::size_t k = 0; k < g.self_check.size(); ++k) {
        const Evidence& s = g.self_check[k];
        if (k) sc += ",";
        sc += fmt::format("{{\"start\":{},\"end\":{},\"line\":{},\"column\":{},\"quote\":{}}}",
                          s.original.begin, s.original.end, s.line, s.column, json_quote(s.quote));
      }
      field(o, "self_check", sc + "]", f);
      groups += o + "}";
    }
    groups += "]}";
  }
  field(out, "groups", groups + "]", first);
  return out + "}\n";
}

}  // namespace fz::analysis
