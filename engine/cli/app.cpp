#include "engine/cli/app.hpp"

#include <cmath>

#include "engine/cli/suggest.hpp"

namespace fz::cli {

namespace {

std::string join(const std::vector<std::string>& xs, const char* sep) {
  std::string out;
  for (const auto& x : xs) out += (out.empty() ? "" : sep) + x;
  return out;
}

}  // namespace

std::string exit_codes(const std::string& zero, const std::string& one) {
  std::string s = "Exit codes:\n  0  " + zero + "\n";
  if (!one.empty()) s += "  1  " + one + "\n";
  return s + "  2  usage error, or an input, checklist or config that cannot be read (stderr names it)";
}

CLI::Validator one_of(std::vector<std::string> names) {
  std::string list = join(names, ",");
  return CLI::Validator(
      [names](std::string& value) -> std::string {
        for (const auto& n : names)
          if (value == n) return {};
        return value + " is not one of " + join(names, ", ") + did_you_mean(value, names);
      },
      "{" + list + "}", "one of");
}

CLI::Validator score_range() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::size_t used = 0;
        double v = 0;
        try {
          v = std::stod(value, &used);
        } catch (...) {
          used = 0;
        }
        // !(in range): NaN compares false with everything
        if (used == 0 || used != value.size() || !(v >= 0 && v <= 100))
          return value + " is not a number from 0 to 100";
        return {};
      },
      "0..100", "score");
}

}  // namespace fz::cli
