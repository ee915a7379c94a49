// libFuzzer target: any bytes as a report — read as .txt, .html and .docx through read_bytes (the
// reader's in-memory entry) — must give a Document or a Diagnostic naming the file, never a
// crash, hang or sanitizer report. The first byte picks the format, so one corpus covers all
// three; decode, extraction, normalisation and the structure stages all run.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <variant>

#include "engine/input/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const fz::Simplifier simplifier = [] {
    std::string error;
    auto s = fz::Simplifier::load(fz::Simplifier::default_config(), &error);
    if (!s) std::abort();  // OpenCC data missing: an installation error, not a finding
    return *s;
  }();
  if (size == 0) return 0;
  static const char* const kNames[] = {"fuzz.txt", "fuzz.html", "fuzz.docx"};
  const char* name = kNames[data[0] % 3];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  fz::ReadResult r = fz::read_bytes(name, std::move(bytes), simplifier);
  if (auto* d = std::get_if<fz::Diagnostic>(&r)) {
    if (d->file != name) std::abort();  // every refusal names the file
    (void)fz::render(*d);
  }
  return 0;
}
