// The Hyperscan prefilter path of the matcher must find exactly the hits of the plain RE2 path
// (RE2::Set per sentence, then RE2 spans): same patterns, same spans, same sentences, on every
// sample report with the real checklists.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dsl/load.hpp"
#include "engine/input/read.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/prefilter.hpp"
#include "tests/support/run_cli.hpp"

namespace {

fz::Plan load(const std::string& relative) {
  std::ifstream in(fz::test::source_path(relative), std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto r = fz::dsl::load_checklist(fz::Source(relative, ss.str()));
  REQUIRE(r.plan.has_value());
  REQUIRE_FALSE(fz::finalize(*r.plan).has_value());
  return std::move(*r.plan);
}

}  // namespace

// Skipped in a build without Hyperscan (FZ_HYPERSCAN=OFF): there is no prefilter to compare.
const bool kNoHyperscan = !fz::Prefilter::available();

TEST_CASE("the Hyperscan prefilter finds the same hits as RE2 alone on every sample report" *
          doctest::skip(kNoHyperscan)) {
  namespace fs = std::filesystem;
  std::string error;
  auto simplifier = fz::Simplifier::load(fz::Simplifier::default_config(), &error);
  REQUIRE(simplifier.has_value());
  for (const char* checklist : {"checklists/gangyao-2021.fz", "checklists/gangyao-2015.fz"}) {
    fz::Plan fast = load(checklist);
    REQUIRE(fast.prefilter != nullptr);  // Hyperscan runs on this machine
    fz::Plan slow = fast;
    slow.prefilter.reset();
    std::size_t hits = 0;
    for (const auto& entry : fs::directory_iterator(fz::test::source_path("reports"))) {
      CAPTURE(entry.path().string());
      auto r = fz::read_document(entry.path().string(), *simplifier);
      REQUIRE(std::holds_alternative<fz::Document>(r));
      const auto& doc = std::get<fz::Document>(r);
      fz::Matches a = fz::match(fast, doc), b = fz::match(slow, doc);
      CHECK(a.hits == b.hits);
      CHECK(a.first == b.first);
      hits += a.hits.size();
    }
    CHECK(hits > 1000);
  }
}

TEST_CASE("regexes with anchors are prefiltered by their atoms but never run over the whole text" *
          doctest::skip(kNoHyperscan)) {
  // "^一是" needs its atom inside the sentence it matches in, so the filter may choose its
  // sentences; "^[0-9]+" has no atom and is tried on every sentence, sentence by sentence.
  std::vector<fz::Pattern> patterns{
      {"三项制度", false}, {"^一是", true}, {"执法[^。]{0,6}记录", true}, {"^[0-9]+", true}};
  auto pf = fz::Prefilter::build(patterns);
  REQUIRE(pf != nullptr);
  CHECK(pf->unfiltered() == std::vector<int>{3});
  CHECK(pf->sentence_relative(1));
  CHECK(pf->sentence_relative(3));
  CHECK_FALSE(pf->sentence_relative(2));
}

namespace {

/// Matches of `patterns` in `text`, through the Hyperscan path and through RE2 alone.
std::pair<fz::Matches, fz::Matches> both_paths(std::vector<fz::Pattern> patterns,
                                               const std::string& text) {
  fz::Plan plan;
  plan.patterns = std::move(patterns);
  REQUIRE_FALSE(fz::finalize(plan).has_value());
  REQUIRE(plan.prefilter != nullptr);
  fz::Plan slow = plan;
  slow.prefilter.reset();
  fz::Document doc = fz::document_from_text("t.txt", text);
  return {fz::match(plan, doc), fz::match(slow, doc)};
}

}  // namespace

TEST_CASE("a literal alternation is matched leftmost-first without RE2, as RE2 would" *
          doctest::skip(kNoHyperscan)) {
  // At one start the first alternative wins (审批 over 审批事项); the earliest start wins
  // (规范性文件 over the 文件 inside it); overlapping matches of one pattern are dropped.
  auto [fast, slow] = both_paths({{"审批|审批事项", true}, {"文件|规范性文件", true}, {"啊啊|啊", true}},
                                 "一、概况\n精简审批事项，清理规范性文件和其他文件。啊啊啊。\n");
  CHECK(fast.hits == slow.hits);
  std::vector<std::pair<int, std::size_t>> got;  // (pattern, length)
  for (const auto& h : fast.hits) got.emplace_back(h.pattern, h.span.size());
  CHECK(got == std::vector<std::pair<int, std::size_t>>{
                   {0, 6}, {1, 15}, {1, 6}, {2, 6}, {2, 3}});
}

TEST_CASE("an atom-less regex is run once over the whole text and still stays within sentences" *
          doctest::skip(kNoHyperscan)) {
  // A class of many units leaves FilteredRE2 no literal atom, so the matcher scans the whole
  // text for such a regex once. One whose match would cross a sentence boundary must fall back
  // to sentence-by-sentence matching.
  const std::string units = "(件|宗|项|个|份|人|起|次|场|期|篇|名|户|批|类|所|卷|天|年|元|家|条|块)";
  std::vector<fz::Pattern> patterns{
      {"概况", false}, {"[0-9]+" + units, true}, {"[0-9][^。]*" + units, true}};
  auto pf = fz::Prefilter::build(patterns);
  REQUIRE(pf != nullptr);  // (built only when there is at least one literal to scan)
  REQUIRE(pf->unfiltered() == std::vector<int>{1, 2});
  auto [fast, slow] = both_paths(patterns, "一、概况\n办理12件。又有3\n件，共5件。\n");
  CHECK(fast.hits == slow.hits);
  std::size_t first = 0, second = 0;
  for (const auto& h : fast.hits) {
    if (h.pattern == 1) ++first;
    if (h.pattern == 2) ++second;
  }
  CHECK(first == 2);  // 12件 and 5件; "3\n件" spans two paragraphs
  // The whole-text match "3\n件，共5件" crosses a boundary and swallows 5件: only the fallback to
  // per-sentence matching finds 5件.
  CHECK(second == 2);
}

TEST_CASE("an anchored regex chosen by its atoms finds what RE2 alone finds, only at sentence starts" *
          doctest::skip(kNoHyperscan)) {
  auto [fast, slow] = both_paths({{"^一是", true}, {"^[0-9]+", true}, {"(^|[^副])(书记|县长)", true}},
                                 "一、概况\n一是完善制度。其中一是指重点。12件办结。县长带头，副县长参加，县委书记主持。\n");
  CHECK(fast.hits == slow.hits);
  CHECK(fast.first == slow.first);
  std::vector<std::pair<int, std::size_t>> got;  // (pattern, length)
  for (const auto& h : fast.hits) got.emplace_back(h.pattern, h.span.size());
  // 一是 at a sentence start only; 12 at one; 县长 at a start and 书记 after 委 (not 副县长).
  CHECK(got == std::vector<std::pair<int, std::size_t>>{{0, 6}, {1, 2}, {2, 6}, {2, 9}});
}
