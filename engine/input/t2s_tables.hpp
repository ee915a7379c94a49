// T2sTables: OpenCC's t2s conversion run from a flat table.
//
// OpenCC's t2s.json is max-match segmentation over TSPhrases, then each segment converted by the
// first of TSPhrases / TSCharacters that matches, taking an entry's first value. Through OpenCC's
// own Converter that costs about 1,800 instructions a byte (marisa-trie lookups at every position,
// a string and a shared_ptr per segment): 30 % of a batch run on a corpus with traditional-script
// paragraphs. The dictionaries are small (277 phrases, 4,113 characters), so we read them with
// OpenCC's own loader and run the same algorithm from a table indexed by code point. tests/engine/t2s_tables_test.cpp
// holds the result equal to OpenCC's Converter on every line of every sample report and on every
// phrase of the dictionary; Simplifier keeps OpenCC's Converter for any other config.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fz {

class T2sTables {
 public:
  static constexpr char32_t kMaxCodePoint = 0x30000;  ///< BMP and the CJK extension planes

  /// Tables from TSPhrases.ocd2 and TSCharacters.ocd2 in `dir`; nullopt when either cannot be
  /// read.
  static std::optional<T2sTables> load(const std::string& dir);

  /// Whether t2s may change the character (a TSCharacters entry whose value differs from it) or
  /// a phrase may start with it.
  bool may_change(char32_t cp) const { return cp >= slot_.size() || slot_[cp] != 0; }

  /// Appends the t2s conversion of `text` (valid UTF-8, no NUL) to `out`.
  void convert(std::string_view text, std::string& out) const;

 private:
  struct Phrase {
    std::string key, value;
  };
  /// What may happen at a character t2s may change.
  struct Entry {
    std::vector<Phrase> phrases;  ///< phrases starting with it, longest key first
    std::string value;            ///< its TSCharacters conversion; empty: it stays
  };
  /// By code point below kMaxCodePoint: 0, or 1 + an index into entries_. A flat table, because
  /// the lookup runs for every character of every traditional-script line.
  std::vector<std::uint16_t> slot_;
  std::vector<Entry> entries_;
};

}  // namespace fz
