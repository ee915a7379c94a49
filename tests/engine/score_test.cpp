#include "engine/match/score.hpp"

#include <doctest/doctest.h>

#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

namespace {

Plan two_parts() {
  PlanBuilder b;
  b.part("结构", "报告结构", 10);
  b.part("五", "行政执法", 90);
  b.item("S2", "结构", "存在的不足和原因").weight = 1;
  b.item("A", "五", "甲").weight = 3;
  b.item("B", "五", "乙").weight = 1;
  b.item("C", "五", "丙").weight = 2;
  return b.build();
}

std::vector<ItemVerdict> verdicts(const Plan& p, std::vector<std::pair<ItemState, bool>> s) {
  std::vector<ItemVerdict> v;
  for (std::size_t i = 0; i < p.items.size(); ++i)
    v.push_back(verdict(p.items[i], s[i].first, s[i].second));
  return v;
}

}  // namespace

TEST_CASE("credits per state") {
  ItemVerdict v;
  v.state = ItemState::met;
  v.quantified = true;
  CHECK(credit(v) == 1.0);
  v.quantified = false;
  CHECK(credit(v) == 0.85);
  v.state = ItemState::acknowledged;
  CHECK(credit(v) == 0.25);
  v.state = ItemState::planned;
  CHECK(credit(v) == 0.15);
  v.state = ItemState::missing;
  CHECK(credit(v) == 0.0);
}

TEST_CASE("the worked example of docs/scoring.md") {
  Plan p = two_parts();
  auto v = verdicts(p, {{ItemState::met, false},
                        {ItemState::met, true},
                        {ItemState::planned, false},
                        {ItemState::missing, false}});
  ScoreResult r = score(p, v);
  CHECK(v[0].points == doctest::Approx(0.85));
  CHECK(v[1].points == doctest::Approx(3.0));
  CHECK(v[2].points == doctest::Approx(0.15));
  CHECK(v[3].points == doctest::Approx(0.0));
  CHECK(r.parts[0].subtotal == doctest::Approx(8.5));
  CHECK(r.parts[1].subtotal == doctest::Approx(90 * 3.15 / 6));  // 47.25
  CHECK(r.score == doctest::Approx(55.75));
}

TEST_CASE("n/a items leave the denominator; a part with nothing applicable leaves the total") {
  Plan p = two_parts();
  auto v = verdicts(p, {{ItemState::na, false},
                        {ItemState::met, true},
                        {ItemState::na, false},
                        {ItemState::na, false}});
  ScoreResult r = score(p, v);
  CHECK_FALSE(r.parts[0].applicable);
  CHECK(r.parts[1].applicable_weight == 3);
  CHECK(r.score == doctest::Approx(100.0));
  auto none = verdicts(p, {{ItemState::na, false}, {ItemState::na, false},
                           {ItemState::na, false}, {ItemState::na, false}});
  CHECK(score(p, none).score == 0.0);
}
