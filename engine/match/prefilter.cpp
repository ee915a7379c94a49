#include "engine/match/prefilter.hpp"

// Built with Hyperscan or Vectorscan (CMake FZ_HYPERSCAN, which defines FZ_HAVE_HYPERSCAN for this
// file only) or without: then build() returns null and the matcher takes its RE2::Set path.
#if FZ_HAVE_HYPERSCAN
#include <hs.h>
#else
struct hs_database;  // the pointers stay, always null
struct hs_scratch;
using hs_database_t = hs_database;
using hs_scratch_t = hs_scratch;
#endif
#include <re2/filtered_re2.h>

#include <algorithm>
#include <optional>
#include <string>

namespace fz {

struct Prefilter::Impl {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;  ///< prototype, cloned per scan (a scratch serves one thread)
  /// Atoms of at least 6 bytes (two CJK characters): a regex whose best atom is one character
  /// ("法", "督") would be a candidate in nearly every sentence; without atoms it is one RE2 scan
  /// of the whole text instead, ~7 % faster over the bench corpus with identical hits (3 and 9
  /// bytes measured slower: docs/performance.md).
  re2::FilteredRE2 filter{6};
  std::vector<int> filter_to_pattern;  ///< FilteredRE2 id → Plan pattern index
  int literals = 0;                 ///< Hyperscan ids below this are literal patterns' ids
  std::vector<int> literal_pattern;    ///< Hyperscan id → pattern index (literals)
  std::vector<int> literal_alt;        ///< Hyperscan id → alternative within its pattern
  ~Impl() {
#if FZ_HAVE_HYPERSCAN
    if (scratch) hs_free_scratch(scratch);
    if (db) hs_free_database(db);
#endif
  }
};

Prefilter::Prefilter() : impl_(std::make_unique<Impl>()) {}
Prefilter::~Prefilter() = default;

namespace {

#if FZ_HAVE_HYPERSCAN

/// A literal as a Hyperscan expression: every byte hex-escaped, so no byte is a metacharacter.
std::string escape_literal(const std::string& s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() * 4);
  for (unsigned char c : s) {
    out += "\\x";
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

/// Anchors and word boundaries refer to the sentence in the per-sentence RE2 check: such a regex
/// is never run once over the whole text (matcher.cpp), only sentence by sentence.
bool refers_to_sentence(const std::string& re) {
  for (std::size_t i = 0; i < re.size(); ++i) {
    if (re[i] == '\\' && i + 1 < re.size()) {
      char n = re[i + 1];
      if (n == 'b' || n == 'B' || n == 'A' || n == 'z') return true;
      ++i;
    } else if ((re[i] == '^' && !(i > 0 && re[i - 1] == '[')) || re[i] == '$') {
      return true;
    }
  }
  return false;
}

/// The alternatives of a regex that is nothing but literals joined by "|" (no metacharacter
/// anywhere); nullopt for any other regex.
std::optional<std::vector<std::string>> literal_alternatives(const std::string& re) {
  static constexpr std::string_view kMeta = "\\.+*?()[]{}^$";
  std::vector<std::string> alts(1);
  for (char c : re) {
    if (c == '|') {
      if (alts.back().empty()) return std::nullopt;
      alts.emplace_back();
    } else if (kMeta.find(c) != std::string_view::npos) {
      return std::nullopt;
    } else {
      alts.back() += c;
    }
  }
  if (alts.back().empty()) return std::nullopt;
  return alts;
}

struct ScanContext {
  std::vector<Prefilter::Event>* out;
  const std::vector<std::size_t>* length;
  const std::vector<int>* literal_pattern;
  const std::vector<int>* literal_alt;
  int literals;
};

int on_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
  auto& c = *static_cast<ScanContext*>(ctx);
  auto end = static_cast<std::size_t>(to);
  Prefilter::Event e;
  e.begin = end - (*c.length)[id];
  e.end = end;
  if (static_cast<int>(id) < c.literals) {
    e.pattern = (*c.literal_pattern)[id];
    e.alt = (*c.literal_alt)[id];
  } else {
    e.atom = static_cast<int>(id) - c.literals;
  }
  c.out->push_back(e);
  return 0;
}

#endif  // FZ_HAVE_HYPERSCAN

}  // namespace

bool Prefilter::available() {
#if FZ_HAVE_HYPERSCAN
  return hs_valid_platform() == HS_SUCCESS;
#else
  return false;
#endif
}

std::shared_ptr<const Prefilter> Prefilter::build(const std::vector<Pattern>& patterns) {
#if !FZ_HAVE_HYPERSCAN
  (void)patterns;
  return nullptr;
#else
  if (hs_valid_platform() != HS_SUCCESS || patterns.empty()) return nullptr;
  std::shared_ptr<Prefilter> pf(new Prefilter());
  Impl& impl = *pf->impl_;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);

  std::vector<std::string> exprs;
  std::vector<unsigned> flags;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    int index = static_cast<int>(i);
    std::optional<std::vector<std::string>> alts;
    if (!p.regex) alts = std::vector<std::string>{p.text};
    else alts = literal_alternatives(p.text);
    if (alts) {
      for (std::size_t k = 0; k < alts->size(); ++k) {
        impl.literal_pattern.push_back(index);
        impl.literal_alt.push_back(static_cast<int>(k));
        exprs.push_back(escape_literal((*alts)[k]));
        flags.push_back(0);
        pf->length_.push_back((*alts)[k].size());
      }
      continue;
    }
    int id = -1;
    // An anchored regex still needs its atoms inside the sentence it matches in, so the filter
    // may pick its sentences; only a whole-text scan (for an unfiltered one) would be wrong.
    if (refers_to_sentence(p.text)) pf->sentence_relative_.push_back(index);
    if (impl.filter.Add(p.text, options, &id) != RE2::NoError) {
      pf->unfiltered_.push_back(index);
      continue;
    }
    impl.filter_to_pattern.push_back(index);
  }
  impl.literals = static_cast<int>(exprs.size());
  std::vector<std::string> atoms;
  if (!impl.filter_to_pattern.empty()) impl.filter.Compile(&atoms);
  for (const std::string& a : atoms) {
    exprs.push_back(escape_literal(a));
    flags.push_back(HS_FLAG_CASELESS);  // FilteredRE2 lowercases its atoms
    pf->length_.push_back(a.size());
  }
  // Regexes that pass the filter with no atom at all must be tried everywhere.
  if (!impl.filter_to_pattern.empty()) {
    std::vector<int> always;
    impl.filter.AllPotentials({}, &always);
    for (int f : always) pf->unfiltered_.push_back(impl.filter_to_pattern[static_cast<std::size_t>(f)]);
  }
  std::sort(pf->unfiltered_.begin(), pf->unfiltered_.end());
  std::sort(pf->sentence_relative_.begin(), pf->sentence_relative_.end());
  if (exprs.empty()) return nullptr;

  std::vector<const char*> cexprs;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    cexprs.push_back(exprs[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(cexprs.data(), flags.data(), ids.data(), static_cast<unsigned>(ids.size()),
                       HS_MODE_BLOCK, nullptr, &impl.db, &err) != HS_SUCCESS) {
    if (err) hs_free_compile_error(err);
    return nullptr;
  }
  if (hs_alloc_scratch(impl.db, &impl.scratch) != HS_SUCCESS) return nullptr;
  return pf;
#endif
}

bool Prefilter::scan(std::string_view text, std::vector<Event>& out) const {
#if !FZ_HAVE_HYPERSCAN
  (void)text;
  (void)out;
  return false;
#else
  if (text.size() > 0xFFFFFFFFu) return false;  // hs_scan takes an unsigned length
  hs_scratch_t* scratch = nullptr;
  if (hs_clone_scratch(impl_->scratch, &scratch) != HS_SUCCESS) return false;
  ScanContext ctx{&out, &length_, &impl_->literal_pattern, &impl_->literal_alt, impl_->literals};
  hs_error_t rc = hs_scan(impl_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                          on_match, &ctx);
  hs_free_scratch(scratch);
  return rc == HS_SUCCESS;
#endif
}

void Prefilter::candidates(const std::vector<int>& atoms, std::vector<int>& out) const {
  out.clear();
  if (impl_->filter_to_pattern.empty()) return;
  std::vector<int> passed;
  impl_->filter.AllPotentials(atoms, &passed);
  for (int f : passed) {
    int p = impl_->filter_to_pattern[static_cast<std::size_t>(f)];
    if (!std::binary_search(unfiltered_.begin(), unfiltered_.end(), p)) out.push_back(p);
  }
}

bool Prefilter::sentence_relative(int pattern) const {
  return std::binary_search(sentence_relative_.begin(), sentence_relative_.end(), pattern);
}

}  // namespace fz
