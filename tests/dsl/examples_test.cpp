#include <doctest/doctest.h>

#include "dsl/examples.hpp"
#include "dsl/load.hpp"

TEST_CASE("examples: failures name file, line, item, expected and actual state") {
  auto r = fz::dsl::load_checklist(fz::Source(
      "x.fz",
      "checklist \"t\" {}\nhedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\n"
      "part \"一\" \"部分\" weight 100 {\n item \"G15.1\" \"条目\" { basis \"b\" match \"三项制度\"\n"
      "  example met \"落实三项制度。\"\n  example planned in plans \"落实三项制度。\" } }\n"));
  REQUIRE(r.plan);
  CHECK(fz::dsl::count_examples(*r.plan) == 2);
  auto always_met = [](const fz::Plan&, const fz::Item&, const fz::Example&) {
    return fz::ItemState::met;
  };
  auto rep = fz::dsl::run_examples(*r.plan, always_met);
  CHECK(rep.run == 2);
  REQUIRE(rep.failures.size() == 1);
  CHECK(rep.failures[0] == "x.fz:8: example for G15.1 expected planned, got met");
}
