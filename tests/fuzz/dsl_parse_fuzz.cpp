// libFuzzer target: any bytes as a checklist must give a Plan or diagnostics, never a crash,
// hang or sanitizer report (parse → check → compile all run).
#include <cstddef>
#include <cstdint>
#include <string>

#include "dsl/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fz::Source source("fuzz.fz", std::string(reinterpret_cast<const char*>(data), size));
  fz::dsl::LoadResult r = fz::dsl::load_checklist(source);
  for (const auto& d : r.diagnostics) (void)fz::render(d);
  return 0;
}
