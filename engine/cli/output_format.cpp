#include "engine/cli/output_format.hpp"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "engine/render/render.hpp"

namespace fz::cli {

bool want_color() { return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"); }

bool render_cards(const std::string& format, const std::vector<Scorecard>& cards, bool color,
                  std::string& out) {
  std::ostringstream os;
  if (format == "text") {
    for (std::size_t i = 0; i < cards.size(); ++i) {
      if (i) os << "\n";
      render_text(cards[i], os, RenderOptions{color});
    }
  } else if (format == "json") {
    if (cards.empty()) {
      os << "[]\n";
    } else if (cards.size() == 1) {
      render_json(cards[0], os);
    } else {
      os << "[\n";
      for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i) os << ",\n";
        render_json(cards[i], os, false);
      }
      os << "\n]\n";
    }
  } else if (format == "jsonl") {
    for (const auto& c : cards) render_jsonl(c, os);
  } else if (format == "md") {
    for (const auto& c : cards) render_md(c, os);
  } else if (format == "sarif") {
    render_sarif(cards, os);
  } else if (format == "junit") {
    render_junit(cards, os);
  } else {
    return false;
  }
  out = os.str();
  return true;
}

}  // namespace fz::cli
