#include "engine/match/matcher.hpp"

#include <doctest/doctest.h>

#include "engine/match/context.hpp"
#include "engine/match/pattern_set.hpp"
#include "tests/support/builders.hpp"

using namespace fz;
using namespace fz::test;

TEST_CASE("finalize: literals are quoted, bad regexes are reported with their index") {
  Plan p;
  p.patterns = {{"a.b(", false}, {"[0-9]+", true}};
  CHECK_FALSE(finalize(p));
  REQUIRE(p.compiled);
  CHECK(p.compiled->contains(0, "xa.b(y"));
  CHECK_FALSE(p.compiled->contains(0, "axb("));
  Plan bad;
  bad.patterns = {{"ok", false}, {"(unclosed", true}};
  auto err = finalize(bad);
  REQUIRE(err);
  CHECK(err->first == 1);
  CHECK(err->second.find("missing )") != std::string::npos);
  CHECK_FALSE(bad.compiled);
}

TEST_CASE("matcher: spans per sentence, in normalised offsets, non-overlapping") {
  PlanBuilder b;
  int gs = b.pattern("执法公示");
  int num = b.pattern("[0-9]+", true);
  Plan plan = b.build();
  Document d = DocBuilder()
                   .heading("一、工作", Role::achievements)
                   .para({"落实执法公示制度。", "公示执法信息1200条，执法公示12次。"})
                   .build();
  Matches m = match(plan, d);
  REQUIRE(m.first.size() == d.sentences.size() + 1);
  std::vector<Hit> s1(m.hits.begin() + static_cast<long>(m.first[1]), m.hits.end());
  int n_gs = 0, n_num = 0;
  for (const Hit& h : m.hits) {
    std::string got = d.normalised.utf8.substr(h.span.begin, h.span.size());
    if (h.pattern == gs) {
      CHECK(got == "执法公示");
      ++n_gs;
    }
    if (h.pattern == num) {
      CHECK(h.sentence == 1);
      CHECK((got == "1200" || got == "12"));
      ++n_num;
    }
  }
  CHECK(n_gs == 2);
  CHECK(n_num == 2);
  for (std::size_t i = 1; i < m.hits.size(); ++i)
    CHECK(m.hits[i - 1].span.begin <= m.hits[i].span.begin);
}

TEST_CASE("matcher: an empty-matching regex steps whole characters and yields no hits") {
  PlanBuilder b;
  int e = b.pattern("x*", true);
  Plan plan = b.build();
  std::vector<Span> spans;
  plan.compiled->find_all(e, "你好x好", 0, spans);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0] == Span{6, 7});
}

TEST_CASE("context: role of the part first, then hedge, then future") {
  PlanBuilder b;
  Plan plan = b.build();
  Document d = DocBuilder()
                   .heading("一、主要工作", Role::achievements)
                   .para({"建立制度。", "制度建设有待加强。", "下一步完善制度。"})
                   .heading("二、存在的不足", Role::shortcomings)
                   .para({"制度建设。"})
                   .heading("三、明年工作安排", Role::plans)
                   .para({"制度建设。"})
                   .build();
  Matches m = match(plan, d);
  auto ctx = sentence_contexts(plan, d, m);
  REQUIRE(ctx.size() == 5);
  CHECK(ctx[0] == ItemState::met);
  CHECK(ctx[1] == ItemState::acknowledged);
  CHECK(ctx[2] == ItemState::planned);
  CHECK(ctx[3] == ItemState::acknowledged);
  CHECK(ctx[4] == ItemState::planned);
}
