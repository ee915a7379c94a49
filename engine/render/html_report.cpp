// One report as a self-contained HTML page. The full text shown is Document::decoded (what the
// evidence quotes are cut from), so each <mark> holds exactly its Evidence::quote. Evidence spans
// are sentences or parts of the text that nest; identical spans nest as several marks. A span
// that would cross an open mark (never seen in practice) gets an empty anchor instead, so every
// evidence link still lands somewhere.
#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "engine/analysis/figures.hpp"
#include "engine/analysis/gaps.hpp"
#include "engine/analysis/lints.hpp"
#include "engine/render/html.hpp"

namespace fz::html {

namespace {

std::string num(double d) {
  std::string s = fmt::format("{:.2f}", d);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string anchor(const std::string& item, std::size_t k) { return fmt::format("ev-{}-{}", item, k); }

struct MarkSpan {
  std::size_t begin, end;
  std::string item, id;
  ItemState supports;
  std::size_t order;
};

void full_text(const Scorecard& card, const Document& doc, std::ostream& o) {
  const std::string& text = doc.decoded.utf8;
  std::vector<MarkSpan> marks;
  for (const auto& v : card.verdicts) {
    for (std::size_t k = 0; k < v.evidence.size(); ++k) {
      Span d = v.evidence[k].decoded;  // also for text normalisation dropped (a page-header date)
      if (d.begin > d.end || d.end > text.size()) continue;
      marks.push_back({d.begin, d.end, v.item->id, anchor(v.item->id, k), v.evidence[k].supports,
                       marks.size()});
    }
  }
  std::sort(marks.begin(), marks.end(), [](const MarkSpan& a, const MarkSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.order < b.order;
  });
  std::vector<std::size_t> open;  // ends of open marks, innermost last
  std::size_t pos = 0;
  auto emit_to = [&](std::size_t to) {
    while (pos < to) {
      std::size_t stop = to;
      if (!open.empty()) stop = std::min(stop, open.back());
      o << escape(std::string_view(text).substr(pos, stop - pos));
      pos = stop;
      while (!open.empty() && open.back() == pos) {
        o << "</mark>";
        open.pop_back();
      }
    }
  };
  o << R"(<div class="fulltext" id="fulltext">)";
  for (const auto& m : marks) {
    emit_to(m.begin);
    while (!open.empty() && open.back() <= pos) {  // empty marks ending here
      o << "</mark>";
      open.pop_back();
    }
    if (!open.empty() && m.end > open.back()) {  // would cross an open mark
      o << fmt::format(R"(<span class="ev-anchor" id="{}" data-item="{}"></span>)", escape(m.id),
                       escape(m.item));
      continue;
    }
    o << fmt::format(R"(<mark data-item="{}" id="{}" class="{}" title="{} {}">)", escape(m.item),
                     escape(m.id), state_class(m.supports), escape(m.item),
                     state_label(m.supports));
    if (m.end == m.begin) {
      o << "</mark>";
      continue;
    }
    open.push_back(m.end);
  }
  emit_to(text.size());
  while (!open.empty()) {
    o << "</mark>";
    open.pop_back();
  }
  o << "</div>";
}

void items_table(const Scorecard& card, std::ostream& o) {
  o << R"(<table id="items"><thead><tr><th>条目</th><th>名称</th><th>部分</th><th>状态</th>)"
       R"(<th>量化</th><th class="num">得分</th><th class="num">权重</th><th>证据</th></tr></thead><tbody>)";
  for (const auto& v : card.verdicts) {
    const Item& it = *v.item;
    // id="item-ID": the dashboard's heat-map cells link here
    o << fmt::format(R"(<tr data-item="{}" id="item-{}" data-state="{}"><td>{}{}</td><td>{}</td><td>{}</td>)",
                     escape(it.id), escape(it.id), escape(state_name(v.state)), escape(it.id),
                     it.required ? "<sup title=\"必备\">*</sup>" : "", escape(it.title), escape(it.part));
    o << fmt::format(R"(<td class="state {}">{}{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td><td>)",
                     state_class(v.state), state_label(v.state), v.waived ? "（豁免）" : "",
                     v.quantified ? "有数据" : "", num(v.points), num(it.weight));
    for (std::size_t k = 0; k < v.evidence.size(); ++k)
      o << fmt::format(R"({}<a href="#{}" title="{}">{}{}</a>)", k ? " " : "", escape(anchor(it.id, k)),
                       escape(v.evidence[k].section), state_label(v.evidence[k].supports),
                       k + 1);
    o << "</td></tr>";
  }
  o << "</tbody></table>";
}

void figures_lints(const Document& doc, std::ostream& o) {
  auto figures = analysis::extract_figures(doc);
  o << R"(<section id="figures"><h2>关键数据</h2>)";
  if (figures.empty()) {
    o << R"(<p class="muted">未识别到关键数据。</p>)";
  } else {
    o << R"(<table><thead><tr><th>指标</th><th class="num">数值</th><th>原文</th></tr></thead><tbody>)";
    for (const auto& f : figures) {
      std::string sentence;
      if (f.sentence_span.end <= doc.normalised.utf8.size())
        sentence = doc.normalised.utf8.substr(f.sentence_span.begin, f.sentence_span.size());
      o << fmt::format(R"(<tr data-figure="{}"><td>{}</td><td class="num">{}{}</td><td>{}</td></tr>)",
                       escape(f.id), escape(f.label), num(f.value), escape(f.unit), escape(sentence));
    }
    o << "</tbody></table>";
  }
  o << "</section>";
  auto lints = analysis::lint_document(doc, figures);
  o << R"(<section id="lints"><h2>一致性检查</h2>)";
  if (lints.empty()) {
    o << R"(<p class="muted">未发现前后矛盾。</p>)";
  } else {
    o << "<ul>";
    for (const auto& l : lints)
      o << fmt::format(R"(<li data-lint="{}"><code>{}</code> {}</li>)", escape(l.code), escape(l.code),
                       escape(l.message));
    o << "</ul>";
  }
  o << "</section>";
}

// ---- the gaps draft and memo (`fzscore gaps`) ------------------------------------------------
// Copies the draft as plain text, one line per paragraph (Word makes each a paragraph). The
// Clipboard API needs a secure context; a page opened from disk may not be one, so the fallback
// selects the draft and uses execCommand.
constexpr const char* kCopyJs = R"JS((function(){
var b=document.getElementById('copy-draft');if(!b)return;
b.addEventListener('click',function(){
var ps=document.querySelectorAll('#draft-text p'),t=[];
for(var i=0;i<ps.length;i++)t.push(ps[i].textContent);
var s=document.getElementById('copy-done');
var done=function(){s.hidden=false;setTimeout(function(){s.hidden=true;},2000);};
var fallback=function(){var r=document.createRange();r.selectNodeContents(document.getElementById('draft-text'));
var sel=window.getSelection();sel.removeAllRanges();sel.addRange(r);
try{if(document.execCommand('copy'))done();}catch(e){}};
if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(t.join('\n')).then(done,fallback);}
else{fallback();}});})();)JS";

void gap_list(const Scorecard& card, const Document& doc, const Plan& plan, std::ostream& o) {
  auto gaps = analysis::build_gaps(plan, card.verdicts, doc);
  o << R"(<section id="draft"><h2>“存在的不足和原因”草稿</h2>)";
  if (gaps.draft.paragraphs.empty()) {
    o << R"(<p class="muted">未发现需要写入“存在的不足和原因”的事项。</p></section>)";
  } else {
    o << R"(<p class="muted">与 <code>fzscore gaps</code> 的草稿相同：报告已自查的问题沿用报告原话，)"
         R"(其余按检查清单的措辞拟写，请结合本单位实际核实修改。</p>)"
      << R"(<div id="draft-text" style="font-family:FangSong,'仿宋',serif;font-size:16px;line-height:1.9">)"
      << "<p>" << escape(gaps.draft.lead) << "</p>";
    for (const auto& p : gaps.draft.paragraphs)
      o << R"(<p style="text-indent:2em" data-items=")" << escape(fmt::format("{}", fmt::join(p.ids, " ")))
        << R"(">)" << escape(p.text) << "</p>";
    o << R"(</div><p><button type="button" id="copy-draft">复制草稿</button> )"
         R"(<span id="copy-done" class="muted" hidden>已复制，可粘贴到 Word</span></p>)"
      << "<script>" << kCopyJs << "</script></section>";
  }
  o << fmt::format(R"(<section id="gaps"><h2>差距清单（{} 项）</h2>)", gaps.total());
  for (analysis::MemoGroup m : {analysis::MemoGroup::unmentioned, analysis::MemoGroup::planned,
                                analysis::MemoGroup::unquantified, analysis::MemoGroup::acknowledged}) {
    if (gaps.count(m) == 0) continue;
    o << fmt::format("<h3>{}（{} 项）</h3><ol>", escape(analysis::memo_group_label(m)), gaps.count(m));
    for (const auto& g : gaps.groups)
      for (const auto& gap : g.gaps)
        if (analysis::memo_group(gap) == m)
          o << fmt::format(R"(<li data-gap="{}"><span class="state {}">{}</span> {}</li>)", escape(gap.id),
                           state_class(gap.state), state_label(gap.state),
                           escape(analysis::memo_text(gap)));
    o << "</ol>";
  }
  o << "</section>";
}

}  // namespace

void render_report(const Scorecard& card, const Document& doc, const Plan& plan, std::ostream& o,
                   std::string_view back_href) {
  std::string title = card.meta.title.empty() ? card.file : card.meta.title;
  o << "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    << "<title>" << escape(title) << " · 法治政府建设报告评分</title><style>" << stylesheet()
    << "</style></head><body>";
  o << "<header><h1>" << escape(title) << "</h1><div class=\"sub\">";
  if (!back_href.empty()) o << "<a style=\"color:#fff\" href=\"" << escape(back_href) << "\">← 返回总览</a> · ";
  o << escape(card.meta.issuer) << " · "
    << (card.meta.year ? fmt::format("{}年度", *card.meta.year) : std::string("年度未知")) << " · "
    << escape(level_name(card.level)) << " · " << escape(card.checklist_title) << " · "
    << escape(card.file) << "</div></header><main>";
  o << fmt::format(R"(<section id="summary"><h2>总分</h2><span class="score" id="score">{}</span> / 100 )"
                   R"(<span class="badge {}">{}</span>)",
                   one_decimal(card.score), card.passed ? "pass" : "fail", card.passed ? "通过" : "未通过");
  if (!card.gate_failures.empty()) {
    o << "<ul class=\"err\">";
    for (const auto& f : card.gate_failures) o << "<li>" << escape(f) << "</li>";
    o << "</ul>";
  }
  std::vector<Bar> bars;
  for (const auto& p : card.parts)
    if (p.weight > 0) bars.push_back({p.id + " " + p.title, p.subtotal, p.weight});
  o << "<h3>各部分得分</h3>" << svg_bars(bars, 760);
  if (!card.warnings.empty()) {
    o << "<ul class=\"muted\">";
    for (const auto& w : card.warnings) o << "<li>" << escape(w) << "</li>";
    o << "</ul>";
  }
  o << "</section>";
  figures_lints(doc, o);
  o << R"(<section><h2>逐项评估</h2><p class="legend">)";
  for (ItemState s : {ItemState::met, ItemState::acknowledged, ItemState::planned,
                      ItemState::missing, ItemState::na})
    o << "<span class=\"" << state_class(s) << "\">" << state_label(s) << "</span>";
  o << "</p>";
  items_table(card, o);
  o << "</section>";
  gap_list(card, doc, plan, o);
  o << "<section><h2>报告全文（证据高亮）</h2>";
  full_text(card, doc, o);
  o << "</section></main></body></html>\n";
}

}  // namespace fz::html
