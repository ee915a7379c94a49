#include "engine/match/gap_regex.hpp"

#include <algorithm>
#include <array>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

constexpr std::string_view kMeta = "\\.+*?()[]{}^$|";
constexpr int kMaxGap = 255;               // longer gaps stay with RE2 (none in the checklists)
constexpr std::size_t kMaxAlternatives = 512;  // a product of groups larger than this stays too
constexpr std::size_t kMaxFirst = 64;          // first-side alternatives searched for one by one
constexpr std::size_t kMaxTries = 4096;        // comparisons of the walk from one start, at most

/// Bytes of the character at s[i] (1 for a byte that starts none: never 0, so walks advance).
std::size_t char_at(std::string_view s, std::size_t i) {
  std::size_t n = 1;
  utf8::decode_fast(s, i, n);
  return n;
}

/// Reads a run of literal characters at `i`.
std::string literal(std::string_view re, std::size_t& i) {
  std::size_t b = i;
  while (i < re.size() && kMeta.find(re[i]) == std::string_view::npos) ++i;
  return std::string(re.substr(b, i - b));
}

/// One side of a branch: literals and groups of literal alternatives, concatenated
/// ("执法(人员|队伍)"), a group or the last character of a literal optional ("(实施)?", "《?"),
/// expanded into its alternatives in RE2's priority order: the leftmost element varies slowest,
/// a present optional before its absence. Stops at '[' or the end; false on any other syntax.
bool side(std::string_view re, std::size_t& i, std::vector<std::string>& out) {
  out.assign(1, std::string());
  bool any = false;
  auto append = [&](const std::vector<std::string>& options) {
    if (out.size() * options.size() > kMaxAlternatives) return false;
    std::vector<std::string> next;
    next.reserve(out.size() * options.size());
    for (const std::string& a : out)
      for (const std::string& o : options) next.push_back(a + o);
    out = std::move(next);
    return true;
  };
  while (i < re.size() && re[i] != '[') {
    std::vector<std::string> options;
    if (re[i] == '(') {
      ++i;
      while (true) {
        std::string lit = literal(re, i);
        if (lit.empty() || i >= re.size()) return false;
        options.push_back(std::move(lit));
        if (re[i] == ')') break;
        if (re[i] != '|') return false;
        ++i;
      }
      ++i;  // ')'
    } else {
      std::string lit = literal(re, i);
      if (lit.empty()) return false;
      if (i < re.size() && re[i] == '?') {
        // "《?": the quantifier takes the last character only.
        std::size_t last = lit.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(lit[last]) & 0xC0) == 0x80) --last;
        if (last > 0 && !append({lit.substr(0, last)})) return false;
        options.push_back(lit.substr(last));
      } else {
        options.push_back(std::move(lit));
      }
    }
    if (i < re.size() && re[i] == '?') {
      ++i;
      if (i < re.size() && (re[i] == '?' || re[i] == '+')) return false;  // lazy or possessive
      options.emplace_back();  // greedy: present first, then absent
    }
    if (i < re.size() && (re[i] == '*' || re[i] == '+' || re[i] == '{' || re[i] == '?')) return false;
    if (!append(options)) return false;
    any = true;
  }
  return any;
}

/// "[^…]{m,n}" at `i`.
bool gap(std::string_view re, std::size_t& i, GapRegex::Gap& g) {
  if (re.substr(i, 2) != "[^") return false;
  i += 2;
  while (i < re.size() && re[i] != ']') {
    char c = re[i];
    if (c == '\\' || c == '-' || c == '[' || c == '^') return false;  // escapes, ranges, nesting
    std::size_t n = char_at(re, i);
    g.forbidden.emplace_back(re.substr(i, n));
    i += n;
  }
  if (i >= re.size() || g.forbidden.empty()) return false;
  ++i;  // ']'
  if (i >= re.size() || re[i] != '{') return false;
  ++i;
  auto number = [&](int& v) {
    std::size_t b0 = i;
    v = 0;
    // RE2 reads "{0,06}" as literal text, not a repetition (it refuses leading zeros): leave it
    // to RE2 (found by tests/fuzz/gap_regex_fuzz.cpp).
    if (i + 1 < re.size() && re[i] == '0' && re[i + 1] >= '0' && re[i + 1] <= '9') return false;
    while (i < re.size() && re[i] >= '0' && re[i] <= '9' && v <= kMaxGap) v = v * 10 + (re[i++] - '0');
    return i > b0 && v <= kMaxGap;
  };
  if (!number(g.min) || i >= re.size() || re[i] != ',') return false;
  ++i;
  if (!number(g.max) || i >= re.size() || re[i] != '}' || g.min > g.max) return false;
  ++i;
  return i >= re.size() || (re[i] != '?' && re[i] != '+' && re[i] != '*');  // no lazy or possessive
}

/// The end of branch `b`'s match, side `k` having matched and ended at `p`; npos if the rest
/// cannot match there. Backtracks in RE2's priority order: each gap longest first, each side's
/// alternatives in order.
std::size_t match_from(const GapRegex::Branch& b, std::string_view text, std::size_t k, std::size_t p) {
  if (k + 1 == b.sides.size()) return p;
  const GapRegex::Gap& g = b.gaps[k];
  std::array<std::size_t, kMaxGap + 1> stops;  // stops[n]: just past a gap of n characters
  stops[0] = p;
  int reach = 0;
  while (reach < g.max && p < text.size()) {
    std::size_t n = char_at(text, p);
    std::string_view c = text.substr(p, n);
    if (std::find(g.forbidden.begin(), g.forbidden.end(), c) != g.forbidden.end()) break;
    p += n;
    stops[static_cast<std::size_t>(++reach)] = p;
  }
  for (int n = reach; n >= g.min; --n) {
    std::size_t at = stops[static_cast<std::size_t>(n)];
    for (const std::string& alt : b.sides[k + 1])
      if (text.substr(at, alt.size()) == alt)
        if (std::size_t end = match_from(b, text, k + 1, at + alt.size()); end != std::string_view::npos)
          return end;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<GapRegex> parse_gap_regex(std::string_view re) {
  GapRegex g;
  // Top-level branches: split at '|' outside groups and classes.
  std::size_t begin = 0;
  int depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i <= re.size(); ++i) {
    if (i < re.size()) {
      char c = re[i];
      if (c == '\\') return std::nullopt;
      if (in_class) {
        in_class = c != ']';
        continue;
      }
      if (c == '[') in_class = true;
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (c != '|' || depth != 0) continue;
    }
    std::string_view part = re.substr(begin, i - begin);
    GapRegex::Branch b;
    std::size_t k = 0;
    b.sides.emplace_back();
    if (!side(part, k, b.sides.back())) return std::nullopt;
    while (k < part.size()) {
      b.gaps.emplace_back();
      b.sides.emplace_back();
      if (!gap(part, k, b.gaps.back()) || !side(part, k, b.sides.back())) return std::nullopt;
    }
    // A match starts with a phrase: an empty first alternative ("(了)?…") would start anywhere.
    for (const std::string& f : b.sides.front())
      if (f.empty()) return std::nullopt;
    // Without a gap RE2's DFA stays small and fast; and each first alternative costs a search of
    // the sentence here, so a long product of groups ("(无|没有)(任何)?(明显|重大)?…", 320
    // alternatives) is RE2's too (measured: docs/performance.md).
    if (b.gaps.empty() || b.sides.front().size() > kMaxFirst) return std::nullopt;
    // RE2 is linear in the text; this walk tries every gap length with every alternative after
    // it, so it is kept to regexes where that is a few thousand comparisons per start at most.
    std::size_t tries = 1;
    for (std::size_t k = 0; k < b.gaps.size() && tries <= kMaxTries; ++k)
      tries *= static_cast<std::size_t>(b.gaps[k].max - b.gaps[k].min + 1) * b.sides[k + 1].size();
    if (tries > kMaxTries) return std::nullopt;
    g.branches.push_back(std::move(b));
    begin = i + 1;
  }
  if (g.branches.empty()) return std::nullopt;
  return g;
}

void find_all(const GapRegex& g, std::string_view text, std::size_t base, std::vector<Span>& out) {
  struct Start {
    std::size_t at;
    std::size_t branch, alt;
  };
  std::vector<Start> starts;
  for (std::size_t b = 0; b < g.branches.size(); ++b)
    for (std::size_t a = 0; a < g.branches[b].sides.front().size(); ++a) {
      const std::string& f = g.branches[b].sides.front()[a];
      for (std::size_t p = text.find(f); p != std::string_view::npos; p = text.find(f, p + 1))
        starts.push_back({p, b, a});
    }
  if (starts.empty()) return;
  // At one start RE2 tries the branches in order, within a branch the alternatives in order.
  std::sort(starts.begin(), starts.end(), [](const Start& x, const Start& y) {
    if (x.at != y.at) return x.at < y.at;
    return x.branch != y.branch ? x.branch < y.branch : x.alt < y.alt;
  });
  std::size_t pos = 0;
  for (const Start& st : starts) {
    if (st.at < pos) continue;  // inside the match just reported, or a start that failed
    const GapRegex::Branch& b = g.branches[st.branch];
    std::size_t end = match_from(b, text, 0, st.at + b.sides.front()[st.alt].size());
    if (end == std::string_view::npos) continue;
    out.push_back({base + st.at, base + end});
    pos = end;
  }
}

}  // namespace fz
