#include "engine/input/simplify.hpp"

#include <doctest/doctest.h>

TEST_CASE("traditional → simplified, character-aligned when lengths agree") {
  std::string error;
  auto s = fz::Simplifier::load(fz::Simplifier::default_config(), &error);
  REQUIRE_MESSAGE(s, error);
  fz::Text t = s->simplify("法治建設\n黨政");
  CHECK(t.utf8 == "法治建设\n党政");
  // 法治 copied; 設 its own replace run; the map never straddles a character.
  CHECK(t.to_source.to_source({0, 6}) == fz::Span{0, 6});
  CHECK(t.to_source.to_source({9, 12}) == fz::Span{9, 12});
  CHECK(t.to_source.to_source({13, 16}) == fz::Span{13, 16});
}

TEST_CASE("a missing OpenCC config is an error value, not a crash") {
  std::string error;
  CHECK_FALSE(fz::Simplifier::load("/nonexistent/t2s.json", &error));
  CHECK(error.find("/nonexistent/t2s.json") != std::string::npos);
}
