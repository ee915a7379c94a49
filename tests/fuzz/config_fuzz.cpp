// libFuzzer target: any bytes as a gate config (.fzscore.yaml) must parse to a GateConfig or to
// diagnostics with file:line:col, never a crash, hang or sanitizer report; a parsed config's
// min_score is always a number in 0..100 (a NaN would make every gate pass) and every waiver's
// date exists; a diagnostic's snippet is a bounded window, however long the line.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "engine/match/gate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view yaml(reinterpret_cast<const char*>(data), size);
  auto r = fz::parse_gate_config(yaml, "fuzz.yaml");
  if (auto* ds = std::get_if<std::vector<fz::Diagnostic>>(&r)) {
    for (const auto& d : *ds) {
      if (d.file != "fuzz.yaml" || d.line == 0) std::abort();
      if (d.snippet.size() > 1000) std::abort();
      (void)fz::render(d);
    }
  } else {
    const auto& c = std::get<fz::GateConfig>(r);
    if (!(c.min_score >= 0 && c.min_score <= 100)) std::abort();
    for (const auto& w : c.waivers) {
      std::chrono::year_month_day d{std::chrono::year{w.expires.year},
                                    std::chrono::month{static_cast<unsigned>(w.expires.month)},
                                    std::chrono::day{static_cast<unsigned>(w.expires.day)}};
      if (!d.ok()) std::abort();
    }
  }
  return 0;
}
