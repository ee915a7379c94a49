// HTML: self-contained pages (inline CSS, JS and SVG; no network) for people reading results.
//   report page  one report: score, part subtotal bars, key figures, lints, the item table (each
//                row linked to its evidence), the gap list, and the full text with every evidence
//                quote highlighted as <mark data-item id="ev-ITEM-K">.
//   dashboard    index.html of a batch (render_dashboard below), built from a BatchSummary
//                (small), so a batch never keeps Scorecards.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"
#include "engine/render/render.hpp"
#include "engine/render/summary.hpp"
#include "engine/scorecard.hpp"

namespace fz::html {

/// Escapes & < > " ' for text and attribute values.
std::string escape(std::string_view s);
/// The shared stylesheet (one <style> body).
std::string_view stylesheet();
/// Chinese name of a state: 已落实, 已自查, 仅列入计划, 未体现, 不适用 (render/labels.cpp, shared
/// with the terminal text so the page and the terminal say the same).
using fz::state_label;
/// Short class name for a state colour: s-met, s-ack, s-plan, s-miss, s-na.
std::string_view state_class(ItemState s);

/// One report's page. `back_href` (may be empty) links to the batch index.
void render_report(const Scorecard& card, const Document& doc, const Plan& plan,
                   std::ostream& out, std::string_view back_href = {});

/// The batch index page (html_dashboard.cpp): the summaries as JSON inside the page, drawn by
/// inline JavaScript (no network): one tab per checklist with a ranking (sort, search, filters,
/// paging), the score distribution, per-item totals and an item × report heat map whose cells
/// link to the item's row (id "item-ID") on the report page; failed inputs listed below.
void render_dashboard(const BatchSummary& batch, std::ostream& out);

/// JSON text made safe inside <script>: `<`, `>`, `&`, U+2028 and U+2029 become \u escapes, so
/// "</script>" or "<!--" in a report's title cannot end the script element.
std::string script_safe_json(std::string_view json);

// SVG (svg_chart.cpp): inline charts, fixed fonts, no scripts.
struct Bar {
  std::string label;
  double value = 0, max = 100;
};
/// Horizontal bars, one per row, value/max filled, the value printed at the end.
std::string svg_bars(const std::vector<Bar>& bars, int width = 560);

}  // namespace fz::html
