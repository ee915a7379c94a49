// The batch index page: ranking with part subtotals, item × report heat map, score histogram and
// year / unit-level filters (a few lines of inline JS that hide rows). Reports that failed to
// read are listed with their error under the ranking.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "engine/render/html.hpp"

namespace fz::html {

namespace {

std::string num(double d) {
  std::string s = fmt::format("{:.1f}", d);
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  return s;
}

constexpr const char* kFilterJs = R"JS(
(function(){
  var fy=document.getElementById('f-year'), fl=document.getElementById('f-level');
  function apply(){
    var y=fy.value, l=fl.value, shown=0;
    document.querySelectorAll('tr[data-report]').forEach(function(tr){
      var ok=(!y||tr.dataset.year===y)&&(!l||tr.dataset.level===l);
      tr.style.display=ok?'':'none';
      if(ok&&tr.closest('#ranking'))shown++;
    });
    document.getElementById('shown').textContent=shown;
  }
  fy.addEventListener('change',apply); fl.addEventListener('change',apply);
})();
)JS";

}  // namespace

ReportSummary summarize(const Scorecard& card, std::string href) {
  ReportSummary s;
  s.file = card.file;
  s.href = std::move(href);
  s.title = card.meta.title;
  s.issuer = card.meta.issuer;
  s.level = std::string(level_name(card.level));
  s.year = card.meta.year.value_or(0);
  s.score = card.score;
  s.passed = card.passed;
  for (const auto& p : card.parts) s.parts.push_back({p.id, p.title, p.weight, p.subtotal, p.applicable});
  for (const auto& v : card.verdicts) {
    s.items.emplace_back(v.item->id, v.state);
    s.item_titles.emplace_back(v.item->id, v.item->title);
  }
  return s;
}

void render_dashboard(const std::vector<ReportSummary>& reports, std::ostream& o) {
  // Columns: the union of parts and items in order of first appearance (both checklists share
  // item ids; their parts differ).
  std::vector<std::pair<std::string, std::string>> parts, items;
  std::set<std::string> seen_parts, seen_items;
  std::set<int> years;
  std::set<std::string> levels;
  std::vector<const ReportSummary*> ok, failed;
  for (const auto& r : reports) {
    if (!r.error.empty()) {
      failed.push_back(&r);
      continue;
    }
    ok.push_back(&r);
    if (r.year) years.insert(r.year);
    levels.insert(r.level);
    for (const auto& p : r.parts)
      if (seen_parts.insert(p.id).second) parts.emplace_back(p.id, p.title);
    for (const auto& [id, title] : r.item_titles)
      if (seen_items.insert(id).second) items.emplace_back(id, title);
  }
  std::stable_sort(ok.begin(), ok.end(),
                   [](const ReportSummary* a, const ReportSummary* b) { return a->score > b->score; });

  o << "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    << "<title>法治政府建设年度报告评分总览</title><style>" << stylesheet() << "</style></head><body>";
  o << fmt::format("<header><h1>法治政府建设年度报告评分总览</h1><div class=\"sub\">共 {} 份报告，"
                   "评分成功 {} 份，读取失败 {} 份</div></header><main>",
                   reports.size(), ok.size(), failed.size());

  // Filters.
  o << R"(<section><div class="filters">年度 <select id="f-year"><option value="">全部</option>)";
  for (int y : years) o << fmt::format(R"(<option value="{0}">{0}</option>)", y);
  o << R"(</select> 单位层级 <select id="f-level"><option value="">全部</option>)";
  for (const auto& l : levels) o << fmt::format(R"(<option value="{0}">{0}</option>)", escape(l));
  o << R"(</select> 显示 <span id="shown">)" << ok.size() << "</span> 份</div>";

  // Score histogram.
  std::vector<std::pair<std::string, std::size_t>> bins;
  for (int b = 0; b < 10; ++b) bins.emplace_back(fmt::format("{}-{}", b * 10, b * 10 + 10), 0);
  for (const auto* r : ok) bins[std::min<std::size_t>(9, static_cast<std::size_t>(std::max(0.0, r->score) / 10))].second++;
  o << "<h2>得分分布</h2>" << svg_histogram(bins, 760) << "</section>";

  // Ranking.
  o << R"(<section><h2>排名</h2><table id="ranking"><thead><tr><th class="num">名次</th><th>报告</th>)"
       R"(<th>单位</th><th>年度</th><th>层级</th><th class="num">总分</th><th>结论</th>)";
  for (const auto& [id, title] : parts)
    o << fmt::format(R"(<th class="num" title="{}">{}</th>)", escape(title), escape(id));
  o << "</tr></thead><tbody>";
  std::size_t rank = 0;
  for (const auto* r : ok) {
    ++rank;
    o << fmt::format(R"(<tr data-report="{}" data-year="{}" data-level="{}"><td class="num">{}</td>)",
                     escape(r->file), r->year ? std::to_string(r->year) : "", escape(r->level), rank);
    o << fmt::format(R"(<td><a href="{}">{}</a><div class="muted">{}</div></td><td>{}</td><td>{}</td><td>{}</td>)",
                     escape(r->href), escape(r->title.empty() ? r->file : r->title), escape(r->file),
                     escape(r->issuer), r->year ? std::to_string(r->year) : "", escape(r->level));
    o << fmt::format(R"(<td class="num"><b>{}</b></td><td><span class="badge {}">{}</span></td>)",
                     num(r->score), r->passed ? "pass" : "fail", r->passed ? "通过" : "未通过");
    for (const auto& part : parts) {
      // (not a structured binding: clang 14, which builds the fuzz targets, cannot capture one)
      const auto& id = part.first;
      auto p = std::find_if(r->parts.begin(), r->parts.end(), [&](const PartCell& c) { return c.id == id; });
      if (p == r->parts.end() || !p->applicable) o << "<td class=\"num muted\">—</td>";
      else o << fmt::format(R"(<td class="num" title="满分 {}">{}</td>)", num(p->weight), num(p->subtotal));
    }
    o << "</tr>";
  }
  o << "</tbody></table>";
  if (!failed.empty()) {
    o << R"(<h3 class="err">读取失败</h3><ul id="errors">)";
    for (const auto* r : failed)
      o << fmt::format(R"(<li data-file="{}">{}：{}</li>)", escape(r->file), escape(r->file), escape(r->error));
    o << "</ul>";
  }
  o << "</section>";

  // Heat map: one row per report (ranking order), one cell per item.
  o << R"(<section><h2>条目 × 报告 热力图</h2><p class="legend">)";
  for (ItemState s : {ItemState::met, ItemState::acknowledged, ItemState::planned,
                      ItemState::missing, ItemState::na})
    o << "<span class=\"" << state_class(s) << "\">" << state_label(s) << "</span>";
  o << R"(</p><div style="overflow-x:auto"><table class="heat" id="heatmap"><thead><tr><th>报告</th>)";
  for (const auto& [id, title] : items)
    o << fmt::format(R"(<th class="item" title="{}">{}</th>)", escape(title), escape(id));
  o << "</tr></thead><tbody>";
  for (const auto* r : ok) {
    std::map<std::string_view, ItemState> st;
    for (const auto& [id, s] : r->items) st.emplace(id, s);
    o << fmt::format(R"(<tr data-report="{}" data-year="{}" data-level="{}"><th><a href="{}">{}</a></th>)",
                     escape(r->file), r->year ? std::to_string(r->year) : "", escape(r->level),
                     escape(r->href), escape(r->issuer.empty() ? r->file : r->issuer + " " + std::to_string(r->year)));
    for (const auto& [id, title] : items) {
      auto it = st.find(id);
      if (it == st.end()) o << R"(<td data-item=")" << escape(id) << R"(" data-state=""></td>)";
      else
        o << fmt::format(R"(<td data-item="{}" data-state="{}" class="{}" title="{} {}"></td>)", escape(id),
                         escape(state_name(it->second)), state_class(it->second), escape(id),
                         state_label(it->second));
    }
    o << "</tr>";
  }
  o << "</tbody></table></div></section></main><script>" << kFilterJs << "</script></body></html>\n";
}

}  // namespace fz::html
