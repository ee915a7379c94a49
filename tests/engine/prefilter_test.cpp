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

TEST_CASE("the Hyperscan prefilter finds the same hits as RE2 alone on every sample report") {
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

TEST_CASE("regexes with anchors are checked on every sentence, not prefiltered") {
  std::vector<fz::Pattern> patterns{{"三项制度", false}, {"^一是", true}, {"执法[^。]{0,6}记录", true}};
  auto pf = fz::Prefilter::build(patterns);
  REQUIRE(pf != nullptr);
  CHECK(pf->unfiltered() == std::vector<int>{1});
}
