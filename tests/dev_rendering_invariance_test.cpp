// A verdict follows what a report says, not the script or the width it is printed in: the 81 real
// report openings of ../shared/spec/dev, rendered as a traditional-script page (OpenCC's s2t,
// s2tw and s2hk: Taiwan's and Hong Kong's glyph variants) and as a full-width page (every
// printable ASCII character at U+FF01…), give every item the state and `quantified` flag of the
// original, with the real checklists. And on the rendered page, as on the original, every quote
// is exactly the input bytes at its start/end and stands at its line:column (output.md) — the
// evidence promise of the brief, checked on the genre, not only on the seven samples.
//
// Skipped when ../shared/spec/dev is not beside the source tree (a source package).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <opencc/SimpleConverter.hpp>

#include "engine/input/read.hpp"
#include "engine/input/utf8.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/files.hpp"
#include "tests/support/samples.hpp"

namespace {

namespace fs = std::filesystem;

fs::path dev_reports() { return fs::path(FZ_SHARED_DIR) / "spec" / "dev" / "reports"; }

bool have_dev() { return fs::is_directory(dev_reports()); }

std::vector<fs::path> openings() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dev_reports()))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// Every printable ASCII character as its full-width form ("2023年,(一)" → "２０２３年，（一）").
std::string full_width(const std::string& s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (char c : s) {
    if (c >= 0x21 && c <= 0x7E) fz::utf8::append(out, static_cast<char32_t>(0xFEE0 + c));
    else out += c;
  }
  return out;
}

/// The line:column (1-based, column in characters) of byte `offset` of `text`.
std::pair<std::size_t, std::size_t> line_column(const std::string& text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

struct Outcome {
  std::vector<std::string> verdicts;  ///< "G23.1 met+数据", one per item
  std::string evidence_faults;        ///< quotes that are not the input's bytes or misplaced
};

Outcome judge(const fz::Plan& plan, const std::string& name, const std::string& text) {
  Outcome o;
  fz::Document doc = fz::document_from_text(name, text, fz::test::default_simplifier());
  for (const fz::ItemVerdict& v : fz::evaluate(plan, doc)) {
    o.verdicts.push_back(fmt::format("{} {}{}", v.item->id, fz::state_name(v.state),
                                     v.quantified ? "+数据" : ""));
    for (const fz::Evidence& e : v.evidence) {
      auto [line, column] = line_column(text, e.original.begin);
      if (e.original.end > text.size() ||
          text.substr(e.original.begin, e.original.size()) != e.quote || line != e.line ||
          column != e.column)
        o.evidence_faults += fmt::format("  {} {} {}:{} (at {}:{}) 「{}」\n", name, v.item->id, e.line,
                                         e.column, line, column, e.quote);
    }
  }
  return o;
}

}  // namespace

TEST_CASE("the dev openings as traditional-script and full-width pages: the same verdicts, "
          "quotes at their own bytes" *
          doctest::skip(!have_dev())) {
  const fz::Plan plan = fz::test::shipped_checklist("checklists/gangyao-2021.fz");
  const fs::path data = fs::path(fz::Simplifier::default_config()).parent_path();
  // SimpleConverter owns its dictionaries by a raw pointer: never copied or moved, so held by
  // unique_ptr.
  std::vector<std::pair<std::string, std::unique_ptr<opencc::SimpleConverter>>> scripts;
  for (const char* config : {"s2t.json", "s2tw.json", "s2hk.json"})
    scripts.emplace_back(config, std::make_unique<opencc::SimpleConverter>((data / config).string()));

  const auto files = openings();
  REQUIRE(files.size() >= 80);
  std::size_t rendered = 0, changed = 0;
  for (const fs::path& p : files) {
    const std::string name = p.filename().string();
    const std::string text = fz::test::read_file(p);
    const Outcome original = judge(plan, name, text);
    CHECK_MESSAGE(original.evidence_faults.empty(), original.evidence_faults);
    std::vector<std::pair<std::string, std::string>> renderings;
    for (auto& [config, converter] : scripts) renderings.emplace_back(config, converter->Convert(text));
    renderings.emplace_back("full width", full_width(text));
    for (const auto& [how, page] : renderings) {
      ++rendered;
      changed += page != text;
      const Outcome got = judge(plan, name, page);
      std::string diff;
      for (std::size_t i = 0; i < original.verdicts.size(); ++i)
        if (original.verdicts[i] != got.verdicts[i])
          diff += fmt::format("  {} → {}\n", original.verdicts[i], got.verdicts[i]);
      CHECK_MESSAGE(diff.empty(), fmt::format("{} as {}:\n{}", name, how, diff));
      CHECK_MESSAGE(got.evidence_faults.empty(), fmt::format("{} as {}:\n{}", name, how, got.evidence_faults));
    }
  }
  CHECK(rendered == 4 * files.size());
  // The renderings really changed the pages (an opening already in traditional script may come
  // out of s2t unchanged).
  CHECK(changed * 10 >= rendered * 9);
}
