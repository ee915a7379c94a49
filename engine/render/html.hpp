// HTML: self-contained pages (inline CSS, JS and SVG; no network) for people reading results.
//   report page  one report: score, part subtotal bars, key figures, lints, the item table (each
//                row linked to its evidence), the gap list, and the full text with every evidence
//                quote highlighted as <mark data-item id="ev-ITEM-K">.
//   dashboard    index.html of a batch: a ranking table with part subtotals, an item × report
//                heat map coloured by state, a score histogram, filters by year and unit level.
// The dashboard is built from ReportSummary values (small), so a batch never keeps Scorecards.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"
#include "engine/scorecard.hpp"

namespace fz::html {

/// Escapes & < > " ' for text and attribute values.
std::string escape(std::string_view s);
/// The shared stylesheet (one <style> body).
std::string_view stylesheet();
/// Chinese name of a state: 已落实, 已自查, 仅列入计划, 未体现, 不适用 (fz::state_label).
std::string_view state_label(ItemState s);
/// Short class name for a state colour: s-met, s-ack, s-plan, s-miss, s-na.
std::string_view state_class(ItemState s);

/// One report's page. `back_href` (may be empty) links to the batch index.
void render_report(const Scorecard& card, const Document& doc, const Plan& plan,
                   std::ostream& out, std::string_view back_href = {});

struct PartCell {
  std::string id, title;
  double weight = 0, subtotal = 0;
  bool applicable = false;
};

/// What the dashboard needs of one report (or of one failed input: `error` set).
struct ReportSummary {
  std::string file, href, title, issuer, level, error;
  int year = 0;  ///< 0 when unknown
  double score = 0;
  bool passed = false;
  std::vector<PartCell> parts;
  std::vector<std::pair<std::string, ItemState>> items;  ///< in checklist order
  std::vector<std::pair<std::string, std::string>> item_titles;  ///< id → title
};

ReportSummary summarize(const Scorecard& card, std::string href);
void render_dashboard(const std::vector<ReportSummary>& reports, std::ostream& out);

// SVG (svg_chart.cpp): inline charts, fixed fonts, no scripts.
struct Bar {
  std::string label;
  double value = 0, max = 100;
};
/// Horizontal bars, one per row, value/max filled, the value printed at the end.
std::string svg_bars(const std::vector<Bar>& bars, int width = 560);
/// Vertical histogram of counts with labels under the columns.
std::string svg_histogram(const std::vector<std::pair<std::string, std::size_t>>& bins,
                          int width = 560, int height = 160);

}  // namespace fz::html
