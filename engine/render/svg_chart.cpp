// Inline SVG charts: horizontal bars (part subtotals) and a histogram (score distribution).
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "engine/render/html.hpp"

namespace fz::html {

std::string svg_bars(const std::vector<Bar>& bars, int width) {
  const int row = 22, label_w = 250, value_w = 70;
  const int bar_w = std::max(40, width - label_w - value_w);
  int height = row * static_cast<int>(bars.size()) + 4;
  std::ostringstream o;
  o << fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{}" height="{}" role="img">)",
                   width, height);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = static_cast<int>(i) * row + 2;
    double frac = b.max > 0 ? std::clamp(b.value / b.max, 0.0, 1.0) : 0.0;
    o << fmt::format(R"(<text x="{}" y="{}" font-size="12" text-anchor="end">{}</text>)", label_w - 6,
                     y + 14, escape(b.label));
    o << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="16" fill="#eef0f3"/>)", label_w, y, bar_w);
    o << fmt::format(R"(<rect x="{}" y="{}" width="{:.1f}" height="16" fill="#8b1a1a"/>)", label_w, y,
                     frac * bar_w);
    o << fmt::format(R"(<text x="{}" y="{}" font-size="12">{:.1f} / {:g}</text>)", label_w + bar_w + 6,
                     y + 14, b.value, b.max);
  }
  o << "</svg>";
  return o.str();
}

std::string svg_histogram(const std::vector<std::pair<std::string, std::size_t>>& bins, int width,
                          int height) {
  std::size_t top = 1;
  for (const auto& b : bins) top = std::max(top, b.second);
  const int axis = 20, head = 16;
  int n = std::max<int>(1, static_cast<int>(bins.size()));
  double col = static_cast<double>(width) / n;
  std::ostringstream o;
  o << fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{}" height="{}" role="img">)",
                   width, height);
  for (std::size_t i = 0; i < bins.size(); ++i) {
    double h = (height - axis - head) * static_cast<double>(bins[i].second) / static_cast<double>(top);
    double x = static_cast<double>(i) * col;
    o << fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#8b1a1a"/>)", x + 2,
                     height - axis - h, col - 4, h);
    o << fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="11" text-anchor="middle">{}</text>)",
                     x + col / 2, height - axis - h - 3, bins[i].second);
    o << fmt::format(R"(<text x="{:.1f}" y="{}" font-size="11" text-anchor="middle">{}</text>)", x + col / 2,
                     height - 5, escape(bins[i].first));
  }
  o << "</svg>";
  return o.str();
}

}  // namespace fz::html
