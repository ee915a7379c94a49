// GapRegex: the checklists' commonest costly regex, lists of phrases with bounded gaps between
// them — (重点领域|食品药品|…)[^。]{0,20}(执法|查处|…), or an alternation of such branches —
// matched by finding the phrases, without RE2.
//
// Why: RE2 builds its DFA states lazily, and with a gap between two alternations a state records
// which phrase occurrences are still within reach, so every new text creates new states; these
// regexes took 44 % of the regex time on real reports (docs/performance.md). Finding the phrases
// and walking the gap costs a few microseconds per sentence.
//
// The result is RE2's, exactly: leftmost-first, as RE2 (and Perl) define it. At the leftmost start
// where any match exists, the branches are tried in order, within a branch the first phrases in
// order, the gap longest first (greedy), the second phrases in order; the next match starts where
// the last one ended. tests/engine/gap_regex_test.cpp checks it against RE2 on random text and on
// every sentence of the labelled reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/span.hpp"

namespace fz {

struct GapRegex {
  /// A bounded run of any characters but a few: [^。；]{0,20}.
  struct Gap {
    std::vector<std::string> forbidden;  ///< the characters of the [^…] class
    int min = 0, max = 0;                ///< length in characters
  };
  /// Phrases and gaps in turn: sides[0] gaps[0] sides[1] … (gaps.size() + 1 == sides.size()).
  /// A side lists its literal alternatives in RE2's priority order: "执法(人员|队伍)" is
  /// {执法人员, 执法队伍}, "(实施)?《?" puts each present form before its absent one.
  struct Branch {
    std::vector<std::vector<std::string>> sides;
    std::vector<Gap> gaps;
  };
  std::vector<Branch> branches;
};

/// The regex read as a GapRegex, or nullopt when it has any other shape (anchors, escapes,
/// nested groups, ranges in a class, a class outside a gap, an unbounded gap …): such a regex
/// stays with RE2.
std::optional<GapRegex> parse_gap_regex(std::string_view re);

/// Every non-overlapping match in `text`, leftmost-first as RE2 reports them, as spans offset by
/// `base`, appended to `out`. `text` is valid UTF-8.
void find_all(const GapRegex& g, std::string_view text, std::size_t base, std::vector<Span>& out);

}  // namespace fz
