// OffsetMap: maps byte offsets in a derived text back to the text it was made from.
//
// Every transform (decoding, 繁→简, width folding, boilerplate removal) builds one while it
// copies, replaces or drops runs of source bytes. Evidence must point at the ORIGINAL input, so
// the maps of all stages are composed into one. A span that falls inside a replaced run widens to
// the whole run, so mapped spans always land on character boundaries of the source encoding.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/span.hpp"

namespace fz {

class OffsetMap {
 public:
  /// One run: `source_len` source bytes became `derived_len` derived bytes. A `copy` run maps
  /// byte for byte; any other run is atomic (offsets inside it widen to the whole run).
  struct Run {
    std::size_t derived_begin = 0, derived_len = 0;
    std::size_t source_begin = 0, source_len = 0;
    bool copy = false;
    friend bool operator==(const Run&, const Run&) = default;
  };

  OffsetMap() = default;
  /// The identity map over n bytes.
  static OffsetMap identity(std::size_t n);

  void copy(std::size_t n);                              ///< n bytes copied unchanged
  void replace(std::size_t source_n, std::size_t derived_n);  ///< source_n bytes became derived_n
  void drop(std::size_t n) { replace(n, 0); }            ///< n source bytes removed

  /// Maps a derived span to the source: begin rounds down, end rounds up to run edges.
  Span to_source(Span derived) const;
  std::size_t to_source_begin(std::size_t derived_offset) const;
  std::size_t to_source_end(std::size_t derived_offset) const;

  std::size_t derived_size() const { return derived_size_; }
  std::size_t source_size() const { return source_size_; }
  const std::vector<Run>& runs() const { return runs_; }

  /// later: C→B, earlier: B→A; returns C→A. Requires later.source_size() == earlier.derived_size().
  friend OffsetMap compose(const OffsetMap& later, const OffsetMap& earlier);
  friend bool operator==(const OffsetMap&, const OffsetMap&) = default;

 private:
  void append(Run run);
  std::vector<Run> runs_;  // in derived order; source ranges are consecutive too
  std::size_t derived_size_ = 0;
  std::size_t source_size_ = 0;
};

}  // namespace fz
