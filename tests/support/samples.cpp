#include "tests/support/samples.hpp"

#include <doctest/doctest.h>

#include <variant>

#include "dsl/load.hpp"
#include "engine/input/read.hpp"
#include "engine/diagnostic.hpp"
#include "engine/match/plan.hpp"
#include "tests/support/files.hpp"
#include "tests/support/run_cli.hpp"

namespace fz::test {

const Simplifier& default_simplifier() {
  static const Simplifier s = [] {
    std::string error;
    auto loaded = Simplifier::load(Simplifier::default_config(), &error);
    REQUIRE_MESSAGE(loaded, error);
    return *loaded;
  }();
  return s;
}

Plan checklist_from_text(const std::string& name, const std::string& text) {
  auto r = dsl::load_checklist(Source(name, text));
  if (!r.plan)
    for (const auto& d : r.diagnostics) FAIL_CHECK(render(d));  // say why before stopping
  REQUIRE(r.plan.has_value());
  REQUIRE_FALSE(finalize(*r.plan).has_value());
  return std::move(*r.plan);
}

Plan shipped_checklist(const std::string& relative) {
  const std::string path = source_path(relative);  // includes resolve beside it
  return checklist_from_text(path, read_file(path));
}

Document sample_report(const std::string& name) {
  ReadResult r = read_document(source_path("reports/" + name), default_simplifier());
  if (auto* d = std::get_if<Diagnostic>(&r)) FAIL(render(*d));
  return std::get<Document>(std::move(r));
}

}  // namespace fz::test
