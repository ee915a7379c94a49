// libFuzzer target: PatternSet's GapRegex path (engine/match/gap_regex.hpp) against its RE2 path.
// The input is a regex, a newline, then a text; whenever RE2 accepts the regex and it has the
// GapRegex shape, both paths must find the same matches in the text (valid UTF-8, as the engine's
// normalised text always is), else the target aborts. A property check rather than a crash hunt:
// the matcher claims RE2's result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/input/utf8.hpp"
#include "engine/match/gap_regex.hpp"
#include "engine/match/pattern_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::size_t nl = input.find('\n');
  if (nl == std::string::npos || nl > 2000) return 0;
  std::string pattern = input.substr(0, nl), text = input.substr(nl + 1);
  if (text.size() > 4000 || !fz::utf8::is_valid(text) || !fz::utf8::is_valid(pattern)) return 0;
  if (!fz::parse_gap_regex(pattern)) return 0;  // RE2 alone on both paths: nothing to compare
  std::vector<fz::Pattern> patterns{{pattern, true}};
  auto gap = fz::PatternSet::build(patterns), re2 = fz::PatternSet::build(patterns, false);
  using Set = std::shared_ptr<const fz::PatternSet>;
  if (!std::holds_alternative<Set>(gap) || !std::holds_alternative<Set>(re2)) return 0;  // RE2 refuses it
  std::vector<fz::Span> want, got;
  std::get<Set>(re2)->find_all(0, text, 0, want);
  std::get<Set>(gap)->find_all(0, text, 0, got);
  if (got != want) std::abort();
  return 0;
}
