// Renderers of a ReportDiff: text for a terminal, Markdown for a review note, JSON for programs.
#include <fmt/format.h>

#include "engine/analysis/diff.hpp"
#include "engine/render/render.hpp"

namespace fz::analysis {

namespace {

std::string year(const std::optional<int>& y) { return y ? std::to_string(*y) + "年" : "年份未知"; }

std::string states(const ItemChange& c) {
  auto q = [](ItemState s, bool quantified) {
    std::string n(state_name(s));
    return s == ItemState::met && quantified ? n + "+数据" : n;
  };
  return q(c.old_state, c.old_quantified) + " → " + q(c.new_state, c.new_quantified);
}

struct Group {
  const char* title;
  const std::vector<ItemChange>* items;
};

std::vector<Group> groups(const ReportDiff& d) {
  return {{"新落实的事项", &d.gained},
          {"不再体现的事项", &d.lost},
          {"状态或量化变化的事项", &d.changed},
          {"证据表述变化的事项", &d.reworded}};
}

}  // namespace

std::string render_diff_text(const ReportDiff& d) {
  std::string o;
  for (const auto& w : d.warnings) o += "注意：" + w + "\n";
  if (!d.warnings.empty()) o += "\n";
  o += fmt::format("{}（{}） → {}（{}）\n得分 {:.1f} → {:.1f}（{:+.1f}）\n", d.old_file,
                   year(d.old_year), d.new_file, year(d.new_year), d.old_score, d.new_score,
                   d.new_score - d.old_score);
  o += "\n分项得分\n";
  for (const PartChange& p : d.parts)
    if (p.old_subtotal != p.new_subtotal)
      o += fmt::format("  {} {}  {:.1f} → {:.1f}（{:+.1f}）\n", p.id, p.title, p.old_subtotal,
                       p.new_subtotal, p.new_subtotal - p.old_subtotal);
  for (const Group& g : groups(d)) {
    if (g.items->empty()) continue;
    o += fmt::format("\n{}（{}项）\n", g.title, g.items->size());
    for (const ItemChange& c : *g.items) {
      o += fmt::format("  {:<7} {}  {}\n", c.id, c.title, states(c));
      for (const auto& q : c.added) o += fmt::format("      + 「{}」\n", q);
      for (const auto& q : c.removed) o += fmt::format("      - 「{}」\n", q);
    }
  }
  o += fmt::format("\n未变化 {} 项\n", d.unchanged);
  return o;
}

std::string render_diff_markdown(const ReportDiff& d) {
  std::string o = fmt::format("# 报告对比：{} → {}\n\n", d.old_file, d.new_file);
  for (const auto& w : d.warnings) o += "> **注意**：" + w + "\n>\n";
  if (!d.warnings.empty()) o.resize(o.size() - 2), o += "\n";
  o += fmt::format("- 得分：{:.1f} → **{:.1f}**（{:+.1f}）\n", d.old_score, d.new_score,
                   d.new_score - d.old_score);
  o += "\n| 部分 | 原得分 | 新得分 | 变化 |\n| --- | --- | --- | --- |\n";
  for (const PartChange& p : d.parts)
    o += fmt::format("| {} {} | {:.1f} | {:.1f} | {:+.1f} |\n", p.id, p.title, p.old_subtotal,
                     p.new_subtotal, p.new_subtotal - p.old_subtotal);
  for (const Group& g : groups(d)) {
    if (g.items->empty()) continue;
    o += fmt::format("\n## {}（{}项）\n\n", g.title, g.items->size());
    for (const ItemChange& c : *g.items) {
      o += fmt::format("- `{}` {}：{}\n", c.id, c.title, states(c));
      for (const auto& q : c.added) o += fmt::format("  - 新增：{}\n", q);
      for (const auto& q : c.removed) o += fmt::format("  - 删去：{}\n", q);
    }
  }
  o += fmt::format("\n未变化 {} 项。\n", d.unchanged);
  return o;
}

std::string render_diff_json(const ReportDiff& d) {
  auto strings = [](const std::vector<std::string>& xs) {
    std::string s = "[";
    for (std::size_t i = 0; i < xs.size(); ++i) s += (i ? "," : "") + fz::json_quote(xs[i]);
    return s + "]";
  };
  auto changes = [&](const std::vector<ItemChange>& cs) {
    std::string s = "[";
    for (std::size_t i = 0; i < cs.size(); ++i) {
      const ItemChange& c = cs[i];
      s += fmt::format(
          "{}{{\"id\":{},\"title\":{},\"part\":{},\"old_state\":{},\"new_state\":{},"
          "\"old_quantified\":{},\"new_quantified\":{},\"added\":{},\"removed\":{}}}",
          i ? "," : "", fz::json_quote(c.id), fz::json_quote(c.title), fz::json_quote(c.part),
          fz::json_quote(state_name(c.old_state)), fz::json_quote(state_name(c.new_state)),
          c.old_quantified, c.new_quantified, strings(c.added), strings(c.removed));
    }
    return s + "]";
  };
  std::string parts = "[";
  for (std::size_t i = 0; i < d.parts.size(); ++i)
    parts += fmt::format("{}{{\"id\":{},\"title\":{},\"old\":{:.2f},\"new\":{:.2f}}}",
                         i ? "," : "", fz::json_quote(d.parts[i].id),
                         fz::json_quote(d.parts[i].title), d.parts[i].old_subtotal,
                         d.parts[i].new_subtotal);
  parts += "]";
  auto y = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("null"); };
  return fmt::format(
      "{{\"old\":{{\"file\":{},\"year\":{},\"score\":{:.2f},\"issuer\":{},\"checklist\":{}}},"
      "\"new\":{{\"file\":{},\"year\":{},\"score\":{:.2f},\"issuer\":{},\"checklist\":{}}},"
      "\"warnings\":{},\"parts\":{},\"gained\":{},\"lost\":{},\"changed\":{},\"reworded\":{},"
      "\"unchanged\":{}}}\n",
      fz::json_quote(d.old_file), y(d.old_year), d.old_score, fz::json_quote(d.old_issuer),
      fz::json_quote(d.old_checklist), fz::json_quote(d.new_file), y(d.new_year), d.new_score,
      fz::json_quote(d.new_issuer), fz::json_quote(d.new_checklist), strings(d.warnings), parts,
      changes(d.gained), changes(d.lost), changes(d.changed), changes(d.reworded), d.unchanged);
}

}  // namespace fz::analysis
