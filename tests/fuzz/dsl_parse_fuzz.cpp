// libFuzzer target: any bytes as a checklist must give a Plan or diagnostics, never a crash,
// hang or sanitizer report (parse → check → compile all run).
//
// Includes never touch the disk here: the input is split at the first "\n%%\n"; the part before
// is the checklist, the part after is served as the text of every wording library it includes
// (so the fuzzer explores library parsing, joined sources and cross-file checks too).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dsl/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t cut = input.find("\n%%\n");
  std::string checklist(input.substr(0, cut));
  std::string library = cut == std::string_view::npos ? std::string() : std::string(input.substr(cut + 4));
  auto read = [&](const std::string&) -> std::variant<std::string, fz::ReadFailure> {
    if (cut == std::string_view::npos) return fz::ReadFailure{"no such file"};
    return library;
  };
  fz::Source source("fuzz.fz", checklist);
  fz::dsl::LoadResult r = fz::dsl::load_checklist(source, read);
  for (const auto& d : r.diagnostics) (void)fz::render(d);
  return 0;
}
