#include "engine/match/pattern_set.hpp"
#include "engine/match/gap_regex.hpp"
#include "engine/match/prefilter.hpp"

#include <algorithm>

#include <re2/re2.h>
#include <re2/set.h>

namespace fz {

namespace {

#ifndef FZ_SET_MAX_MEM
#define FZ_SET_MAX_MEM (64 << 20)
#endif

RE2::Options options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  return o;
}

// The Set's DFA holds states for all patterns at once; under RE2's default 8 MB budget it runs out
// of cache on real sentences and falls back to the NFA, which made Set::Match ~60% of the run
// (callgrind, docs/performance.md). A larger budget keeps it on the DFA. The budget is a cap, not
// an allocation: the cache grows lazily with the states actually visited.
RE2::Options set_options() {
  RE2::Options o = options();
  o.set_max_mem(FZ_SET_MAX_MEM);
  return o;
}

std::string source_of(const Pattern& p) { return p.regex ? p.text : RE2::QuoteMeta(p.text); }

std::size_t rune_length(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

}  // namespace

struct PatternSet::Impl {
  Impl() : set(set_options(), RE2::UNANCHORED) {}
  RE2::Set set;
  std::vector<std::unique_ptr<RE2>> res;
  /// Per pattern: the same regex as a GapRegex, matched without RE2 (engine/match/gap_regex.hpp).
  std::vector<std::optional<GapRegex>> gaps;
  bool compiled = false;
};

PatternSet::PatternSet() : impl_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;

std::variant<std::shared_ptr<const PatternSet>, std::pair<int, std::string>> PatternSet::build(
    const std::vector<Pattern>& patterns, bool gap_regexes) {
  std::shared_ptr<PatternSet> ps(new PatternSet());
  auto& impl = *ps->impl_;
  impl.res.reserve(patterns.size());
  impl.gaps.reserve(patterns.size());
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    std::string src = source_of(patterns[i]);
    auto re = std::make_unique<RE2>(src, options());
    if (!re->ok()) return std::pair<int, std::string>{static_cast<int>(i), re->error()};
    std::string err;
    if (impl.set.Add(src, &err) < 0) return std::pair<int, std::string>{static_cast<int>(i), err};
    impl.res.push_back(std::move(re));
    impl.gaps.push_back(gap_regexes && patterns[i].regex ? parse_gap_regex(patterns[i].text) : std::nullopt);
  }
  if (!patterns.empty()) {
    if (!impl.set.Compile())
      return std::pair<int, std::string>{-1, "the pattern set is too large for RE2"};
    impl.compiled = true;
  }
  return std::shared_ptr<const PatternSet>(std::move(ps));
}

std::size_t PatternSet::size() const { return impl_->res.size(); }

void PatternSet::candidates(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (!impl_->compiled) return;
  impl_->set.Match(re2::StringPiece(text.data(), text.size()), &out);
  std::sort(out.begin(), out.end());
}

void PatternSet::find_all(int pattern, std::string_view text, std::size_t base,
                          std::vector<Span>& out) const {
  if (const auto& gap = impl_->gaps[static_cast<std::size_t>(pattern)]) {
    fz::find_all(*gap, text, base, out);
    return;
  }
  const RE2& re = *impl_->res[static_cast<std::size_t>(pattern)];
  re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece m;
  std::size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    std::size_t b = static_cast<std::size_t>(m.data() - text.data());
    std::size_t e = b + m.size();
    if (e > b) {
      out.push_back({base + b, base + e});
      pos = e;
    } else {  // empty match: report nothing, step one character
      if (b >= text.size()) break;
      pos = b + rune_length(static_cast<unsigned char>(text[b]));
    }
  }
}

bool PatternSet::contains(int pattern, std::string_view text) const {
  if (const auto& gap = impl_->gaps[static_cast<std::size_t>(pattern)]) {
    std::vector<Span> spans;
    fz::find_all(*gap, text, 0, spans);
    return !spans.empty();
  }
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()),
                           *impl_->res[static_cast<std::size_t>(pattern)]);
}

namespace {

/// Sorted, distinct pattern lists (for explain and the DSL printer) and the same sets as bitsets
/// (for the evaluator, which tests membership for every hit under every condition).
void index_terms(Cond& c, std::size_t n_patterns, const std::vector<int>& units,
                 PatternBits& relevant) {
  for (auto& t : c.terms) {
    std::sort(t.patterns.begin(), t.patterns.end());
    t.patterns.erase(std::unique(t.patterns.begin(), t.patterns.end()), t.patterns.end());
    t.bits = PatternBits(n_patterns);
    for (int p : t.patterns) t.bits.set(p);
    relevant.merge(t.bits);
  }
  if (c.kind == Cond::Kind::figure)
    for (int u : units) relevant.set(u);
  for (auto& ch : c.children) index_terms(ch, n_patterns, units, relevant);
}

}  // namespace

std::optional<std::pair<int, std::string>> finalize(Plan& plan) {
  for (auto& item : plan.items)
    for (auto& rule : item.rules) {
      rule.relevant = PatternBits(plan.patterns.size());
      index_terms(rule.cond, plan.patterns.size(), plan.units, rule.relevant);
    }
  auto built = PatternSet::build(plan.patterns);
  if (auto* err = std::get_if<std::pair<int, std::string>>(&built)) return *err;
  plan.compiled = std::get<std::shared_ptr<const PatternSet>>(std::move(built));
  plan.prefilter = Prefilter::build(plan.patterns);
  return std::nullopt;
}

}  // namespace fz
