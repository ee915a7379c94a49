#include "engine/cli/suggest.hpp"

#include <algorithm>

namespace fz::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbours
  // each cost 1, so "--fromat" is one edit from "--format" and "scroe" one from "score".
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::optional<std::string> closest(std::string_view typed, const std::vector<std::string>& known) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& k : known)
    if (k == typed) return std::nullopt;  // a known name is no typo
  for (const auto& k : known) {
    std::size_t d = edit_distance(typed, k);
    std::size_t limit = std::max<std::size_t>(1, std::max(typed.size(), k.size()) / 3);
    if (d > limit) continue;
    if (!best || d < best_distance) best = k, best_distance = d;
  }
  return best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& known) {
  auto c = closest(typed, known);
  return c ? " (did you mean " + *c + "?)" : "";
}

}  // namespace fz::cli
