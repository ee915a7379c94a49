// T2sTables must give exactly what OpenCC's own Converter gives for t2s.json: the Simplifier uses
// it in OpenCC's place, so any difference would change what the checklist matches.
#include "engine/input/t2s_tables.hpp"

#include <doctest/doctest.h>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/SimpleConverter.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/input/simplify.hpp"
#include "tests/support/run_cli.hpp"

namespace {

std::string dict_dir() {
  std::string config = fz::Simplifier::default_config();
  return config.substr(0, config.find_last_of('/') + 1);
}

std::vector<std::string> keys_of(const std::string& file) {
  std::vector<std::string> keys;
  std::FILE* fp = std::fopen((dict_dir() + file).c_str(), "rb");
  REQUIRE(fp);
  auto lexicon = opencc::MarisaDict::NewFromFile(fp)->GetLexicon();  // keep it alive while read
  for (const auto& e : *lexicon) keys.push_back(e->Key());
  std::fclose(fp);
  return keys;
}

std::string fast(const fz::T2sTables& t, const std::string& s) {
  std::string out;
  t.convert(s, out);
  return out;
}

}  // namespace

TEST_CASE("T2sTables equals OpenCC's t2s on every line of every sample report") {
  auto tables = fz::T2sTables::load(dict_dir());
  REQUIRE(tables);
  opencc::SimpleConverter opencc(fz::Simplifier::default_config());
  std::size_t lines = 0, changed = 0;
  for (const auto& f : std::filesystem::directory_iterator(fz::test::source_path("reports"))) {
    std::ifstream in(f.path());
    for (std::string line; std::getline(in, line);) {
      std::string want = opencc.Convert(line);
      CHECK_MESSAGE(fast(*tables, line) == want, f.path().filename().string() << ": " << line);
      ++lines;
      changed += want != line;
    }
  }
  CHECK(lines > 300);  // non-empty lines are whole paragraphs
  CHECK(changed > 40);  // the traditional-script report really exercises the conversion
}

TEST_CASE("T2sTables equals OpenCC's t2s on every dictionary phrase and character, in context") {
  auto tables = fz::T2sTables::load(dict_dir());
  REQUIRE(tables);
  opencc::SimpleConverter opencc(fz::Simplifier::default_config());
  std::size_t n = 0;
  auto phrases = keys_of("TSPhrases.ocd2");
  auto characters = keys_of("TSCharacters.ocd2");
  CHECK(phrases.size() > 100);
  CHECK(characters.size() > 1000);
  // Each phrase alone, inside text, and overlapping its neighbour (segmentation decides there);
  // then every character after a phrase's first character, which may start a longer match.
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const std::string& p = phrases[i];
    const std::string& q = phrases[(i + 1) % phrases.size()];
    for (const std::string& s : {p, "關於" + p + "的報告", p + q, p.substr(0, p.size() - 3) + q}) {
      CHECK_MESSAGE(fast(*tables, s) == opencc.Convert(s), s);
      ++n;
    }
  }
  std::string all;
  for (const auto& c : characters) all += c;
  CHECK(fast(*tables, all) == opencc.Convert(all));
  for (const auto& c : characters) {
    std::string s = "a" + c + "建設" + c + "。";
    CHECK_MESSAGE(fast(*tables, s) == opencc.Convert(s), s);
    ++n;
  }
  CHECK(n > 4000);
}

TEST_CASE("T2sTables is absent where the dictionaries are") {
  CHECK_FALSE(fz::T2sTables::load("/nonexistent/"));
}
