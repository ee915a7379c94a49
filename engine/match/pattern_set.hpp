// PatternSet: the compiled RE2 side of Plan::patterns. One RE2::Set over every pattern (the
// prefilter: which patterns occur in a sentence at all) plus one RE2 per pattern for exact spans;
// a regex of phrases with bounded gaps between them is matched as a GapRegex instead, with RE2's
// result (engine/match/gap_regex.hpp).
// RE2 stays behind this header (pimpl), so nothing else in the engine includes re2/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "engine/match/plan.hpp"
#include "engine/span.hpp"

namespace fz {

class PatternSet {
 public:
  /// Compiles `patterns` (literals are quoted). On a pattern RE2 rejects: {index, RE2's message}.
  /// `gap_regexes` false runs every regex through RE2: the reference the GapRegex path is
  /// checked against (tests/engine/gap_regex_test.cpp, tests/fuzz/gap_regex_fuzz.cpp).
  static std::variant<std::shared_ptr<const PatternSet>, std::pair<int, std::string>> build(
      const std::vector<Pattern>& patterns, bool gap_regexes = true);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  std::size_t size() const;
  /// Indexes of the patterns that occur somewhere in `text`, ascending. `out` is cleared first.
  void candidates(std::string_view text, std::vector<int>& out) const;
  /// Every non-overlapping match of `pattern` in `text`, as spans offset by `base`, appended to
  /// `out`. Empty matches advance one UTF-8 character, so no match splits a character.
  void find_all(int pattern, std::string_view text, std::size_t base, std::vector<Span>& out) const;
  /// Whether `pattern` occurs anywhere in `text`.
  bool contains(int pattern, std::string_view text) const;

 private:
  PatternSet();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fz
