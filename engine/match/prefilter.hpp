// Prefilter: one Hyperscan pass over a whole document for every pattern of a Plan at once.
//
// Hyperscan (Intel's multi-pattern matcher) scans the text once for every literal phrase and for
// the literal "atoms" RE2's FilteredRE2 extracts from each regex, the way ripgrep's Teddy or
// YARA's Aho-Corasick atoms work. Literals come back with exact spans. A regex is only a
// candidate in the sentences where its atoms occur (FilteredRE2 decides), and RE2 confirms it
// there, so the checklist's regex language keeps RE2's semantics (an anchored regex too: its atoms
// lie inside the sentence it matches in). Regexes with no usable atoms are `unfiltered`: RE2 tries
// them on every sentence. A regex that is only an
// alternation of literals (/审查|审核/) needs no RE2 at all: its alternatives are scanned as
// literals, and the matcher keeps them leftmost-first, as RE2 would. Only literals go into
// Hyperscan, so compiling takes milliseconds. This is the only file that includes hs.h.
// Vectorscan (the portable fork, for ARM) is a drop-in replacement; a build without either
// (CMake FZ_HYPERSCAN=OFF) has no prefilter and matches with RE2::Set.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/match/plan.hpp"

namespace fz {

class Prefilter {
 public:
  struct Event {
    int pattern = -1;  ///< a literal pattern (index into Plan::patterns), or -1 for an atom
    int atom = -1;     ///< an atom of the regexes, when pattern == -1
    int alt = 0;       ///< which alternative of a literal alternation (/审查|审核/) matched
    std::size_t begin = 0, end = 0;
  };

  /// Whether this build has Hyperscan (or Vectorscan) and it runs on this CPU.
  static bool available();
  /// Null when Hyperscan is not built in (FZ_HYPERSCAN=OFF), cannot run on this CPU or cannot
  /// compile the literals; the matcher then uses the RE2::Set path.
  static std::shared_ptr<const Prefilter> build(const std::vector<Pattern>& patterns);
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  /// Appends every event in `text` to `out`, in no particular order. Thread-safe.
  /// False when Hyperscan could not run (no scratch memory): the caller must not trust `out`.
  bool scan(std::string_view text, std::vector<Event>& out) const;
  /// The regex patterns that may match in a sentence holding `atoms` (sorted, distinct), not
  /// counting the unfiltered ones. `out` is cleared first.
  void candidates(const std::vector<int>& atoms, std::vector<int>& out) const;
  /// The regex patterns to try on every sentence with RE2.
  const std::vector<int>& unfiltered() const { return unfiltered_; }
  /// Whether a regex's anchors or word boundaries refer to the sentence: unfiltered, it must be
  /// run sentence by sentence. The others match the same anywhere, so the matcher may run them
  /// once over the whole text.
  bool sentence_relative(int pattern) const;

 private:
  Prefilter();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<std::size_t> length_;  ///< bytes of each literal pattern and atom, by Hyperscan id
  std::vector<int> unfiltered_;
  std::vector<int> sentence_relative_;
};

}  // namespace fz
