// The two matchers give the same verdicts and evidence: every sample report (shared/reports, the
// seven with gold labels, and reports/) evaluated with the Hyperscan/Vectorscan prefilter and with
// RE2::Set alone (the path of a build without Hyperscan, FZ_HYPERSCAN=OFF, e.g. on an ARM server
// without Vectorscan). The choice is a value of the Plan (`prefilter` null or not), so both run
// in one process. Skipped where this build has no Hyperscan: there is then only one matcher.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dsl/load.hpp"
#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/match/prefilter.hpp"
#include "tests/support/run_cli.hpp"

namespace fs = std::filesystem;

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

std::vector<fs::path> samples() {
  std::vector<fs::path> out;
  for (const char* dir : {FZ_SHARED_DIR "/reports", FZ_SOURCE_DIR "/reports"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("Hyperscan and RE2::Set give the same verdicts and evidence on every sample report" *
          doctest::skip(!fz::Prefilter::available())) {
  std::string error;
  auto simplifier = fz::Simplifier::load(fz::Simplifier::default_config(), &error);
  REQUIRE(simplifier.has_value());
  fz::Plan fast[2] = {load("checklists/gangyao-2021.fz"), load("checklists/gangyao-2015.fz")};
  fz::Plan slow[2] = {fast[0], fast[1]};
  for (auto& p : slow) p.prefilter.reset();
  REQUIRE(fast[0].prefilter != nullptr);
  std::size_t reports = 0, evidence = 0, met = 0;
  for (const fs::path& path : samples()) {
    CAPTURE(path.string());
    auto r = fz::read_document(path.string(), *simplifier);
    REQUIRE(std::holds_alternative<fz::Document>(r));
    const auto& doc = std::get<fz::Document>(r);
    int k = doc.meta.year && *doc.meta.year <= 2020 ? 1 : 0;
    auto a = fz::evaluate(fast[k], doc), b = fz::evaluate(slow[k], doc);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CAPTURE(a[i].item->id);
      CHECK(a[i].state == b[i].state);
      CHECK(a[i].quantified == b[i].quantified);
      CHECK(a[i].evidence == b[i].evidence);
      evidence += a[i].evidence.size();
      met += a[i].state == fz::ItemState::met;
    }
    ++reports;
  }
  CHECK(reports >= 7);
  CHECK(evidence > 500);  // the comparison is over real evidence, not empty lists
  CHECK(met > 200);
}
