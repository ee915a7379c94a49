// Renderers of the gap list. Each style is first laid out as a list of paragraphs with a role
// (title, heading, body, note); markdown, plain text and .docx only format that list, so the
// three always say the same. JSON carries the machine fields of both styles.
#include <fmt/format.h>

#include "engine/analysis/gaps.hpp"
#include "engine/render/docx_writer.hpp"
#include "engine/render/render.hpp"

namespace fz::analysis {

using fz::json_quote;  // engine/render/json.cpp: the one JSON string escaper
namespace {

using Block = DocxParagraph;
using Style = DocxParagraph::Style;

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

/// At most `n` characters of a quote, "……" when cut: the memo points to the line for the rest.
std::string cut(const std::string& s, std::size_t n) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == n) return s.substr(0, i) + "……";
  return s;
}

std::string quoted(const Evidence& e) {
  std::string q = cut(strip_stop(e.quote), 120);
  for (auto& c : q)
    if (c == '\n' || c == '\r') c = ' ';
  return fmt::format("“{}”（第{}行）", q, e.line);
}

// ---- draft -------------------------------------------------------------------------------------

std::string draft_title(const GapList& l) {
  return l.year ? fmt::format("{}年度法治政府建设存在的不足和原因", *l.year) : "法治政府建设存在的不足和原因";
}

std::vector<Block> draft_blocks(const GapList& l) {
  std::vector<Block> out{{Style::title, draft_title(l)}};
  if (l.draft.paragraphs.empty()) {
    out.push_back({Style::body, "（对照检查清单，未发现需要写入“存在的不足和原因”的事项。）"});
    return out;
  }
  out.push_back({Style::body, l.draft.lead});
  for (const auto& p : l.draft.paragraphs) out.push_back({Style::body, p.text});
  return out;
}

// ---- memo --------------------------------------------------------------------------------------

std::string tags(const Gap& g) {
  std::string t = g.basis;
  if (g.required) t += t.empty() ? "必备" : "；必备";
  return t.empty() ? std::string() : "（" + t + "）";
}

std::string memo_line(const Gap& g, std::size_t n) { return fmt::format("{}. {}", n, memo_text(g)); }

std::vector<Block> memo_blocks(const GapList& l) {
  std::string report = l.report_title.empty() ? l.report_path : l.report_title;
  std::vector<Block> out{{Style::title, "差距审读意见"}};
  out.push_back({Style::note, fmt::format("报告：{}{}", report,
                                          l.report_title.empty() || l.report_path.empty()
                                              ? std::string()
                                              : "（" + l.report_path + "）")});
  out.push_back(
      {Style::note,
       fmt::format("本意见由 fzscore 按其检查清单 {}（编写依据：{}）逐项比对报告文本生成，供审核参考；"
                   "各条结论请对照原文核实。",
                   l.checklist_id, l.checklist_basis)});
  if (l.total() == 0) {
    out.push_back({Style::body, "未发现差距。"});
    return out;
  }
  out.push_back({Style::body,
                 fmt::format("共{}项：{}{}项，{}{}项，{}{}项，{}{}项。", l.total(),
                             memo_group_label(MemoGroup::unmentioned), l.count(MemoGroup::unmentioned),
                             memo_group_label(MemoGroup::planned), l.count(MemoGroup::planned),
                             memo_group_label(MemoGroup::unquantified), l.count(MemoGroup::unquantified),
                             memo_group_label(MemoGroup::acknowledged), l.count(MemoGroup::acknowledged))});
  std::size_t section = 0;
  for (MemoGroup m : {MemoGroup::unmentioned, MemoGroup::planned, MemoGroup::unquantified,
                      MemoGroup::acknowledged}) {
    std::size_t n = l.count(m);
    if (n == 0) continue;
    out.push_back({Style::heading, fmt::format("{}、{}（{}项）", cn_number(++section), memo_group_label(m), n)});
    std::size_t k = 0;
    for (const auto& grp : l.groups)
      for (const auto& g : grp.gaps)
        if (memo_group(g) == m) out.push_back({Style::body, memo_line(g, ++k)});
  }
  return out;
}

std::vector<Block> blocks(const GapList& l, GapStyle style) {
  return style == GapStyle::memo ? memo_blocks(l) : draft_blocks(l);
}

void field(std::string& out, std::string_view key, std::string_view json_value, bool& first) {
  if (!first) out += ",";
  first = false;
  out += json_quote(key) + ":" + std::string(json_value);
}

std::string evidence_json(const std::vector<Evidence>& es) {
  std::string out = "[";
  for (std::size_t k = 0; k < es.size(); ++k) {
    const Evidence& s = es[k];
    if (k) out += ",";
    out += fmt::format("{{\"start\":{},\"end\":{},\"line\":{},\"column\":{},\"quote\":{}}}",
                       s.original.begin, s.original.end, s.line, s.column, json_quote(s.quote));
  }
  return out + "]";
}

std::string strings_json(const std::vector<std::string>& xs) {
  std::string out = "[";
  for (std::size_t i = 0; i < xs.size(); ++i) out += (i ? "," : "") + json_quote(xs[i]);
  return out + "]";
}

}  // namespace

std::string memo_text(const Gap& g) {
  std::string s = fmt::format("{}［{}］{}。", g.title, g.id, tags(g));
  std::string want = strip_stop(g.want);
  switch (memo_group(g)) {
    case MemoGroup::unmentioned:
      if (g.structural)  // a part of the report or its publication date, not work described
        return s + (want.empty() ? "报告不符合这一要求。" : "未满足：" + want + "。");
      // "未写明 + what would satisfy it", not "未涉及": the report may touch the topic without
      // saying what the item asks (two of the five decision procedures, say).
      return s + (want.empty() ? "报告未写明这项工作。" : "报告未写明：" + want + "。");
    case MemoGroup::planned:
      s += g.shown.empty() ? "报告仅在下一年度工作安排中提及；"
                           : "报告仅在下一年度工作安排中写到：" + quoted(g.shown.front()) + "；";
      return s + (want.empty() ? "本年度的落实情况未写明。" : "本年度未写明：" + want + "。");
    case MemoGroup::unquantified:
      s += g.shown.empty() ? "报告有相关表述，但未给出数据。"
                           : "报告写到：" + quoted(g.shown.front()) + "，相关表述均未给出数据。";
      return s + (want.empty() ? "" : "可补充：" + want + "。");
    case MemoGroup::acknowledged:
      s += g.self_check.empty() ? "报告已承认这方面存在不足。"
                                : "报告自查原文：" + quoted(g.self_check.front()) + "。";
      return s + (want.empty() ? "" : "可写明：" + want + "。");
  }
  return s;
}

std::string render_gaps_markdown(const GapList& list, GapStyle style) {
  std::string out;
  for (const Block& b : blocks(list, style)) {
    if (!out.empty()) out += "\n";
    switch (b.style) {
      case Style::title: out += "# " + b.text + "\n"; break;
      case Style::heading: out += "## " + b.text + "\n"; break;
      case Style::note: out += "> " + b.text + "\n"; break;
      case Style::body: out += b.text + "\n"; break;
    }
  }
  return out;
}

std::string render_gaps_text(const GapList& list, GapStyle style) {
  std::string out;
  for (const Block& b : blocks(list, style)) {
    // The draft is pasted under the report's own heading: its title stays out of the text.
    if (style == GapStyle::draft && b.style == Style::title) continue;
    if (style == GapStyle::memo && b.style == Style::heading) out += "\n";
    out += b.text + "\n";
    if (b.style == Style::title) out += "\n";
  }
  return out;
}

std::string render_gaps_docx(const GapList& list, GapStyle style) {
  auto bs = blocks(list, style);
  return write_docx(bs, bs.empty() ? std::string_view() : std::string_view(bs.front().text));
}

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
        fmt::format("{{\"total\":{},\"unmentioned\":{},\"planned\":{},\"unquantified\":{},"
                    "\"acknowledged\":{}}}",
                    l.total(), l.count(MemoGroup::unmentioned), l.count(MemoGroup::planned),
                    l.count(MemoGroup::unquantified), l.count(MemoGroup::acknowledged)),
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
      field(o, "status", json_quote(memo_group_label(memo_group(g))), f);
      field(o, "acknowledged", g.acknowledged ? "true" : "false", f);
      field(o, "required", g.required ? "true" : "false", f);
      field(o, "weight", fmt::format("{:g}", g.weight), f);
      field(o, "points", fmt::format("{:.2f}", g.points), f);
      field(o, "self_check", evidence_json(g.self_check), f);
      field(o, "shown", evidence_json(g.shown), f);
      groups += o + "}";
    }
    groups += "]}";
  }
  field(out, "groups", groups + "]", first);
  std::string admitted = "[";
  for (std::size_t i = 0; i < l.admitted.size(); ++i) {
    const Gap& g = l.admitted[i];
    admitted += fmt::format("{}{{\"id\":{},\"title\":{},\"part\":{},\"self_check\":{}}}", i ? "," : "",
                            json_quote(g.id), json_quote(g.title), json_quote(g.part),
                            evidence_json(g.self_check));
  }
  field(out, "admitted", admitted + "]", first);
  std::string paras = "[";
  for (std::size_t i = 0; i < l.draft.paragraphs.size(); ++i) {
    const auto& p = l.draft.paragraphs[i];
    paras += fmt::format("{}{{\"part\":{},\"items\":{},\"text\":{}}}", i ? "," : "", json_quote(p.part),
                         strings_json(p.ids), json_quote(p.text));
  }
  field(out, "draft",
        fmt::format("{{\"lead\":{},\"paragraphs\":{}]}}", json_quote(l.draft.lead), paras), first);
  return out + "}\n";
}

}  // namespace fz::analysis
