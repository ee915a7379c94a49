#include "engine/offset_map.hpp"

#include <algorithm>
#include <cassert>

namespace fz {

OffsetMap OffsetMap::identity(std::size_t n) {
  OffsetMap m;
  m.copy(n);
  return m;
}

void OffsetMap::append(Run run) {
  if (run.derived_len == 0 && run.source_len == 0) return;
  run.derived_begin = derived_size_;
  run.source_begin = source_size_;
  derived_size_ += run.derived_len;
  source_size_ += run.source_len;
  // Neighbouring copies merge, so a map of an untouched text is a single run.
  if (run.copy && !runs_.empty() && runs_.back().copy) {
    runs_.back().derived_len += run.derived_len;
    runs_.back().source_len += run.source_len;
    return;
  }
  runs_.push_back(run);
}

void OffsetMap::copy(std::size_t n) { append(Run{0, n, 0, n, true}); }

void OffsetMap::replace(std::size_t source_n, std::size_t derived_n) {
  append(Run{0, derived_n, 0, source_n, false});
}

std::size_t OffsetMap::to_source_begin(std::size_t d) const {
  // First run that holds derived byte d (zero-length runs hold none and are skipped).
  auto it = std::partition_point(runs_.begin(), runs_.end(), [d](const Run& r) {
    return r.derived_begin + r.derived_len <= d;
  });
  if (it == runs_.end()) return source_size_;
  if (it->copy) return it->source_begin + (d - it->derived_begin);
  return it->source_begin;
}

std::size_t OffsetMap::to_source_end(std::size_t d) const {
  if (d == 0) return to_source_begin(0);
  // The run holding the last included byte, d - 1.
  auto it = std::partition_point(runs_.begin(), runs_.end(), [d](const Run& r) {
    return r.derived_begin + r.derived_len < d;
  });
  if (it == runs_.end()) return source_size_;
  if (it->copy) return it->source_begin + (d - it->derived_begin);
  return it->source_begin + it->source_len;
}

Span OffsetMap::to_source(Span derived) const {
  std::size_t b = to_source_begin(derived.begin);
  if (derived.empty()) return {b, b};
  return {b, std::max(b, to_source_end(derived.end))};
}

OffsetMap compose(const OffsetMap& later, const OffsetMap& earlier) {
  // Walk the middle text B once. `later` partitions B by its source side, `earlier` by its derived
  // side. Copy runs may be cut anywhere; an atomic run of either map must stay whole, so a segment
  // grows until no atomic run straddles its end.
  assert(later.source_size() == earlier.derived_size());
  const auto& L = later.runs_;
  const auto& E = earlier.runs_;
  auto l_end = [&](std::size_t k) { return L[k].source_begin + L[k].source_len; };
  auto e_end = [&](std::size_t k) { return E[k].derived_begin + E[k].derived_len; };

  OffsetMap out;
  std::size_t b = 0, i = 0, j = 0;
  for (;;) {
    while (j < E.size() && E[j].derived_len == 0 && E[j].derived_begin == b) {
      out.replace(E[j].source_len, 0);  // a drop in the earlier stage
      ++j;
    }
    while (i < L.size() && L[i].source_len == 0 && L[i].source_begin == b) {
      out.replace(0, L[i].derived_len);  // text inserted by the later stage
      ++i;
    }
    if (i >= L.size() || j >= E.size()) break;
    if (L[i].copy && E[j].copy) {
      std::size_t n = std::min(l_end(i), e_end(j)) - b;
      out.copy(n);
      b += n;
    } else {
      std::size_t seg_end = std::max(L[i].copy ? b : l_end(i), E[j].copy ? b : e_end(j));
      for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t k = i; k < L.size() && L[k].source_begin < seg_end; ++k)
          if (!L[k].copy && l_end(k) > seg_end) seg_end = l_end(k), grew = true;
        for (std::size_t k = j; k < E.size() && E[k].derived_begin < seg_end; ++k)
          if (!E[k].copy && e_end(k) > seg_end) seg_end = e_end(k), grew = true;
      }
      std::size_t c_len = 0, a_len = 0;
      for (; i < L.size() && L[i].source_begin < seg_end; ++i) {
        c_len += L[i].copy ? std::min(l_end(i), seg_end) - std::max(L[i].source_begin, b)
                           : L[i].derived_len;
        if (l_end(i) > seg_end) break;  // a copy run that goes on past the segment
      }
      for (; j < E.size() && E[j].derived_begin < seg_end; ++j) {
        a_len += E[j].copy ? std::min(e_end(j), seg_end) - std::max(E[j].derived_begin, b)
                           : E[j].source_len;
        if (e_end(j) > seg_end) break;
      }
      out.replace(a_len, c_len);
      b = seg_end;
    }
    while (i < L.size() && L[i].source_len > 0 && l_end(i) <= b) ++i;
    while (j < E.size() && E[j].derived_len > 0 && e_end(j) <= b) ++j;
  }
  for (; j < E.size(); ++j) out.replace(E[j].source_len, E[j].derived_len);
  for (; i < L.size(); ++i) out.replace(L[i].source_len, L[i].derived_len);
  return out;
}

}  // namespace fz
