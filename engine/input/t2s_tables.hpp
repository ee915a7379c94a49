// T2sTables: OpenCC's t2s conversion run from plain hash tables.
//
// OpenCC's t2s.json is max-match segmentation over TSPhrases, then each segment converted by the
// first of TSPhrases / TSCharacters that matches, taking an entry's first value. Through OpenCC's
// own Converter that costs about 1,800 instructions a byte (marisa-trie lookups at every position,
// a string and a shared_ptr per segment): 30 % of a batch run on a corpus with traditional-script
// paragraphs. The dictionaries are small (277 phrases, 4,113 characters), so we read them with
// OpenCC's own loader and run the same algorithm from hash tables. tests/engine/t2s_tables_test.cpp
// holds the result equal to OpenCC's Converter on every line of every sample report and on every
// phrase of the dictionary; Simplifier keeps OpenCC's Converter for any other config.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fz {

class T2sTables {
 public:
  /// Tables from TSPhrases.ocd2 and TSCharacters.ocd2 in `dir`; nullopt when either cannot be
  /// read.
  static std::optional<T2sTables> load(const std::string& dir);

  /// Whether t2s may change the character (a TSCharacters entry whose value differs from it) or
  /// a phrase may start with it.
  bool may_change(char32_t cp) const;

  /// Appends the t2s conversion of `text` (valid UTF-8, no NUL) to `out`.
  void convert(std::string_view text, std::string& out) const;

 private:
  struct Phrase {
    std::string key, value;
  };
  /// Phrases by first character, longest key first (max-match takes the first that fits).
  std::unordered_map<char32_t, std::vector<Phrase>> phrases_;
  std::unordered_map<char32_t, std::string> characters_;  ///< only entries that change
  std::vector<bool> may_change_;                           ///< by code point, below kMaxCodePoint
};

}  // namespace fz
