// Inline SVG charts: horizontal bars (part subtotals on the report page). The dashboard's score
// histogram is drawn by its script, from the reports the filters leave.
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "engine/render/html.hpp"

namespace fz::html {

namespace {

/// Splits a label into lines of at most `width` pixels at font-size 12 (a CJK character ~12 px,
/// others ~7 px); at most `max_lines`, the last cut with "…" when the text goes on.
std::vector<std::string> wrap(const std::string& s, int width, std::size_t max_lines) {
  std::vector<std::string> lines(1);
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    n = std::min(n, s.size() - i);
    int cw = c < 0x80 ? 7 : 12;
    if (w + cw > width) {
      if (lines.size() == max_lines) {
        std::string& last = lines.back();
        // make room for the ellipsis: drop the last character
        std::size_t cut = last.size();
        while (cut > 0 && (static_cast<unsigned char>(last[cut - 1]) & 0xC0) == 0x80) --cut;
        if (cut > 0) last.resize(cut - 1);
        last += "…";
        return lines;
      }
      lines.emplace_back();
      w = 0;
    }
    lines.back().append(s, i, n);
    w += cw;
    i += n;
  }
  return lines;
}

}  // namespace

std::string svg_bars(const std::vector<Bar>& bars, int width) {
  const int line_h = 15, label_w = 300, value_w = 80, gap = 8;
  const int bar_w = std::max(40, width - label_w - value_w);
  std::vector<std::vector<std::string>> labels;
  int height = 4;
  for (const Bar& b : bars) {
    labels.push_back(wrap(b.label, label_w - 10, 2));
    height += std::max(16, line_h * static_cast<int>(labels.back().size())) + gap;
  }
  std::ostringstream o;
  o << fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{}" height="{}" role="img">)",
                   width, height);
  int y = 2;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const auto& ls = labels[i];
    int row = std::max(16, line_h * static_cast<int>(ls.size()));
    double frac = b.max > 0 ? std::clamp(b.value / b.max, 0.0, 1.0) : 0.0;
    o << fmt::format(R"(<g><title>{}</title><text x="{}" y="{}" font-size="12" text-anchor="end">)",
                     escape(b.label), label_w - 6, y + 12);
    for (std::size_t k = 0; k < ls.size(); ++k)
      o << fmt::format(R"(<tspan x="{}" dy="{}">{}</tspan>)", label_w - 6, k ? line_h : 0, escape(ls[k]));
    o << "</text>";
    int by = y + (row - 16) / 2;
    o << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="16" fill="#eef0f3"/>)", label_w, by, bar_w);
    o << fmt::format(R"(<rect x="{}" y="{}" width="{:.1f}" height="16" fill="#8b1a1a"/>)", label_w, by,
                     frac * bar_w);
    o << fmt::format(R"(<text x="{}" y="{}" font-size="12">{:.1f} / {:g}</text></g>)", label_w + bar_w + 6,
                     by + 12, b.value, b.max);
    y += row + gap;
  }
  o << "</svg>";
  return o.str();
}

}  // namespace fz::html
