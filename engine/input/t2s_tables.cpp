#include "engine/input/t2s_tables.hpp"

#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "engine/input/utf8.hpp"

namespace fz {

namespace {

/// OpenCC's lexicon of one .ocd2 file, or null.
std::shared_ptr<opencc::Lexicon> read_lexicon(const std::string& path) {
  std::FILE* fp = std::fopen(path.c_str(), "rb");
  if (!fp) return nullptr;
  std::shared_ptr<opencc::Lexicon> lexicon;
  try {
    lexicon = opencc::MarisaDict::NewFromFile(fp)->GetLexicon();
  } catch (...) {
    lexicon = nullptr;
  }
  std::fclose(fp);
  return lexicon;
}

/// OpenCC's DictEntry::GetDefault(): the first value, or the key itself when there is none.
std::string default_value(const opencc::DictEntry& e) {
  auto values = e.Values();
  return values.empty() ? e.Key() : values.front();
}

char32_t first_code_point(std::string_view s, std::size_t& len) { return utf8::decode(s, 0, len); }

}  // namespace

std::optional<T2sTables> T2sTables::load(const std::string& dir) {
  auto phrases = read_lexicon(dir + "TSPhrases.ocd2");
  auto characters = read_lexicon(dir + "TSCharacters.ocd2");
  if (!phrases || !characters) return std::nullopt;
  T2sTables t;
  t.slot_.assign(kMaxCodePoint, 0);
  auto entry = [&t](char32_t cp) -> Entry* {
    if (cp >= kMaxCodePoint) return nullptr;
    if (t.slot_[cp] == 0) {
      if (t.entries_.size() >= 0xFFFF) return nullptr;
      t.entries_.emplace_back();
      t.slot_[cp] = static_cast<std::uint16_t>(t.entries_.size());
    }
    return &t.entries_[t.slot_[cp] - 1u];
  };
  for (const auto& e : *phrases) {
    std::string key = e->Key();
    if (key.empty()) continue;
    std::size_t len = 0;
    Entry* x = entry(first_code_point(key, len));
    if (!x) return std::nullopt;  // a table we do not know: leave the conversion to OpenCC
    x->phrases.push_back({key, default_value(*e)});
  }
  for (auto& x : t.entries_)
    std::stable_sort(x.phrases.begin(), x.phrases.end(), [](const Phrase& a, const Phrase& b) {
      return a.key.size() > b.key.size();
    });
  for (const auto& e : *characters) {
    std::string key = e->Key(), value = default_value(*e);
    std::size_t len = 0;
    char32_t cp = first_code_point(key, len);
    if (len != key.size()) return std::nullopt;  // not a one-character table: not the t2s we know
    bool differs = false;
    for (const auto& v : e->Values()) differs = differs || v != key;
    if (!differs) continue;
    Entry* x = entry(cp);
    if (!x) return std::nullopt;
    if (value != key) x->value = value;
  }
  return t;
}

void T2sTables::convert(std::string_view text, std::string& out) const {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out += text[i++];
      continue;
    }
    std::size_t len = 0;
    char32_t cp = utf8::decode_fast(text, i, len);
    const Entry* x = cp < slot_.size() && slot_[cp] != 0 ? &entries_[slot_[cp] - 1u] : nullptr;
    if (!x) {
      out.append(text.data() + i, len);
      i += len;
      continue;
    }
    // Max-match: the longest phrase that starts here (OpenCC's segmentation), else the character.
    const Phrase* hit = nullptr;
    for (const Phrase& ph : x->phrases)
      if (text.compare(i, ph.key.size(), ph.key) == 0) {
        hit = &ph;
        break;
      }
    if (hit) {
      out += hit->value;
      i += hit->key.size();
      continue;
    }
    if (!x->value.empty()) out += x->value;
    else out.append(text.data() + i, len);
    i += len;
  }
}

}  // namespace fz
