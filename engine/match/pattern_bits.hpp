// PatternBits: a set of pattern indexes as a bitset. The evaluator asks "is this hit one of the
// term's patterns?" for every hit under every condition of every item; a bit test answers it in
// one load, where a search of the term's list cost a fifth of a report's time (docs/performance.md).
#pragma once

#include <cstdint>
#include <vector>

namespace fz {

class PatternBits {
 public:
  PatternBits() = default;
  explicit PatternBits(std::size_t n_patterns) : words_((n_patterns + 63) / 64, 0) {}

  void set(int p) {
    auto i = static_cast<std::size_t>(p);
    if (p >= 0 && i / 64 < words_.size()) words_[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  bool test(int p) const {
    auto i = static_cast<std::size_t>(p);
    return p >= 0 && i / 64 < words_.size() && ((words_[i / 64] >> (i % 64)) & 1) != 0;
  }
  void merge(const PatternBits& o) {
    if (o.words_.size() > words_.size()) words_.resize(o.words_.size(), 0);
    for (std::size_t i = 0; i < o.words_.size(); ++i) words_[i] |= o.words_[i];
  }
  bool empty() const { return words_.empty(); }
  /// Calls f(p) for every pattern p in the set, ascending.
  template <class F>
  void for_each(F f) const {
    for (std::size_t w = 0; w < words_.size(); ++w)
      for (std::uint64_t bits = words_[w]; bits != 0; bits &= bits - 1)
        f(static_cast<int>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
  }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace fz
