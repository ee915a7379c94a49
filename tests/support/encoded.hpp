// Text in other encodings for tests, and where an evidence span lands in it: glibc's iconv, which
// the engine's own decoder does not share for the direction tests need (UTF-8 → GB18030, UTF-16),
// so a test's expectation never comes from the code it checks.
#pragma once

#include <cstddef>
#include <string>

namespace fz::test {

/// `bytes` converted from `from` to `to` by iconv (encoding names as iconv spells them); the test
/// fails when iconv cannot open the pair or refuses the input.
std::string convert(const std::string& bytes, const char* to, const char* from = "UTF-8");

/// What an evidence span [start, end) of `bytes` (in `encoding`) should say: its text in UTF-8,
/// and the 1-based line:column of `start`, the column in characters, a leading byte-order mark
/// not counted (output.md).
struct Place {
  std::string quote;
  std::size_t line = 0, column = 0;
};
Place place_of(const std::string& bytes, const char* encoding, std::size_t start, std::size_t end);

}  // namespace fz::test
