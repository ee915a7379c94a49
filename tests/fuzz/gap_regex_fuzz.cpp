// libFuzzer target: GapRegex (engine/match/gap_regex.hpp) against RE2 itself. The input is a regex,
// a newline, then a text; whenever RE2 accepts the regex and it has the GapRegex shape, both must
// find the same matches in the text (valid UTF-8, as the engine's normalised text always is), else
// the target aborts. A property check rather than a crash hunt: the matcher claims RE2's result.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/match/gap_regex.hpp"
#include "engine/input/utf8.hpp"

namespace {

std::size_t rune_length(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::size_t nl = input.find('\n');
  if (nl == std::string::npos || nl > 2000) return 0;
  std::string pattern = input.substr(0, nl), text = input.substr(nl + 1);
  if (text.size() > 4000 || !fz::utf8::is_valid(text) || !fz::utf8::is_valid(pattern)) return 0;
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  RE2 re(pattern, o);
  if (!re.ok()) return 0;  // the engine refuses such a checklist before it gets here
  auto gap = fz::parse_gap_regex(pattern);
  if (!gap) return 0;
  std::vector<fz::Span> want, got;
  re2::StringPiece whole(text.data(), text.size()), m;
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    std::size_t b = static_cast<std::size_t>(m.data() - text.data()), e = b + m.size();
    if (e > b) {
      want.push_back({b, e});
      pos = e;
    } else {
      if (b >= text.size()) break;
      pos = b + rune_length(static_cast<unsigned char>(text[b]));
    }
  }
  fz::find_all(*gap, text, 0, got);
  if (got != want) std::abort();
  return 0;
}
