// Text for a person at a terminal: grouped by 纲要 part, the clause per item, evidence quotes with
// line:col. Colour only when RenderOptions::color (the CLI decides: --color, a tty, NO_COLOR);
// with only_problems (--quiet) met and n/a items are left out. Scores show one decimal.
#include <fmt/format.h>

#include "engine/render/render.hpp"
#include "engine/safe_text.hpp"
#include "engine/source.hpp"

#include <algorithm>

namespace fz {

namespace {
/// Spaces that fill `s` to `width` terminal columns (a Han character takes two).
std::string pad(const std::string& s, std::size_t width) {
  std::size_t w = display_width(s);
  return std::string(w < width ? width - w : 0, ' ');
}
}  // namespace

namespace {

const char* colour(ItemState s) {
  switch (s) {
    case ItemState::met: return "\033[32m";
    case ItemState::acknowledged: return "\033[33m";
    case ItemState::planned: return "\033[36m";
    case ItemState::missing: return "\033[31m";
    case ItemState::na: return "\033[90m";
  }
  return "";
}

const char* mark(ItemState s) {
  switch (s) {
    case ItemState::met: return "✔";
    case ItemState::acknowledged: return "△";
    case ItemState::planned: return "…";
    case ItemState::missing: return "✘";
    case ItemState::na: return "-";
  }
  return " ";
}

}  // namespace

void render_text(const Scorecard& c, std::ostream& out, const RenderOptions& opt) {
  auto paint = [&](ItemState s, const std::string& t) {
    return opt.color ? std::string(colour(s)) + t + "\033[0m" : t;
  };
  out << fmt::format("{}  [{}] {}\n", printable(c.file), c.checklist_id, c.checklist_title);
  if (!c.meta.title.empty()) out << "  " << c.meta.title << "\n";
  out << fmt::format("  得分 {} / 100   门槛 {:g}   {}\n", human_score(c.score), c.min_score,
                     c.passed ? paint(ItemState::met, "通过 PASS")
                              : paint(ItemState::missing, "未通过 FAIL"));
  for (const PartScore& p : c.parts) {
    out << fmt::format("\n{} {}  ({:.1f}/{:g})\n", p.id, p.title, p.subtotal, p.weight);
    for (const ItemVerdict& v : c.verdicts) {
      if (v.item->part != p.id) continue;
      if (opt.only_problems && (v.state == ItemState::met || v.state == ItemState::na)) continue;
      std::string state(state_label(v.state));
      // Structure and date rules have nothing to count, so only phrase items can lack a figure.
      bool phrase_item = std::any_of(v.item->rules.begin(), v.item->rules.end(),
                                     [](const Rule& r) { return r.kind == Rule::Kind::phrases; });
      if (v.state == ItemState::met && !v.quantified && phrase_item) state += "（无量化数据）";
      if (v.waived) state += "（已豁免）";
      out << fmt::format("  {} {:<8} {}{}  {}  [{}]\n", paint(v.state, mark(v.state)), v.item->id,
                         v.item->title, v.item->required ? " *" : "", paint(v.state, state),
                         v.item->basis);
      for (const Evidence& e : v.evidence)
        out << fmt::format("      {}:{} [{}] 「{}」\n", e.line, e.column,
                           e.supports == v.state ? role_label(e.role) : state_label(e.supports),
                           e.quote);
      if (v.state != ItemState::met && v.state != ItemState::na && !v.item->want.empty())
        out << "      应写明：" << v.item->want << "\n";
    }
  }
  if (!c.figures.empty()) {
    out << "\n关键数据\n";
    for (const KeyFigure& f : c.figures)
      out << fmt::format("  {}{}  {}{}  {}:{}\n", f.label, pad(f.label, 24), f.text,
                         pad(f.text, 10), f.evidence.line, f.evidence.column);
  }
  if (!c.lints.empty()) {
    out << "\n一致性检查\n";
    for (const LintNote& l : c.lints)
      out << fmt::format("  {} [{}] {}:{} {}\n", paint(ItemState::planned, "!"), l.code,
                         l.evidence.line, l.evidence.column, l.message);
  }
  for (const auto& f : c.gate_failures) out << "gate: " << f << "\n";
  for (const auto& w : c.warnings) out << "warning: " << w << "\n";
}

void render_md(const Scorecard& c, std::ostream& out) {
  out << fmt::format("# {}\n\n- 清单：{}（{}）\n- 得分：**{}** / 100（门槛 {:g}）：{}\n", printable(c.file),
                     c.checklist_title, c.checklist_id, human_score(c.score), c.min_score,
                     c.passed ? "通过" : "未通过");
  for (const PartScore& p : c.parts) {
    out << fmt::format("\n## {} {}（{:.1f} / {:g}）\n\n| 编号 | 事项 | 状态 | 依据 | 证据 |\n"
                       "| --- | --- | --- | --- | --- |\n",
                       p.id, p.title, p.subtotal, p.weight);
    for (const ItemVerdict& v : c.verdicts) {
      if (v.item->part != p.id) continue;
      std::string ev;
      for (const Evidence& e : v.evidence) {
        std::string q = e.quote;
        for (auto& ch : q)
          if (ch == '|' || ch == '\n') ch = ' ';
        ev += fmt::format("{}{}:{} {}", ev.empty() ? "" : "<br>", e.line, e.column, q);
      }
      out << fmt::format("| {} | {}{} | {}{} | {} | {} |\n", v.item->id, v.item->title,
                         v.item->required ? "（必备）" : "", state_label(v.state),
                         v.waived ? "（豁免）" : "", v.item->basis, ev);
    }
  }
  if (!c.figures.empty()) {
    out << "\n## 关键数据\n\n| 指标 | 数值 | 位置 |\n| --- | --- | --- |\n";
    for (const KeyFigure& f : c.figures)
      out << fmt::format("| {} | {} | {}:{} |\n", f.label, f.text, f.evidence.line,
                         f.evidence.column);
  }
  if (!c.lints.empty()) {
    out << "\n## 一致性检查\n\n";
    for (const LintNote& l : c.lints)
      out << fmt::format("- `{}` {}（{}:{}）\n", l.code, l.message, l.evidence.line,
                         l.evidence.column);
  }
  if (!c.gate_failures.empty()) {
    out << "\n## 门槛未通过原因\n\n";
    for (const auto& f : c.gate_failures) out << "- " << f << "\n";
  }
}

}  // namespace fz
