#include "engine/offset_map.hpp"

#include <doctest/doctest.h>

using fz::OffsetMap;
using fz::Span;

TEST_CASE("identity map returns the same span") {
  OffsetMap m = OffsetMap::identity(10);
  CHECK(m.to_source({2, 5}) == Span{2, 5});
  CHECK(m.to_source({10, 10}) == Span{10, 10});
  CHECK(m.runs().size() == 1);
}

TEST_CASE("a full-width digit folded to ASCII widens to the whole character") {
  // "ab１c": the full-width １ is 3 bytes and becomes "1".
  OffsetMap m;
  m.copy(2);
  m.replace(3, 1);
  m.copy(1);
  CHECK(m.derived_size() == 4);
  CHECK(m.source_size() == 6);
  CHECK(m.to_source({2, 3}) == Span{2, 5});
  CHECK(m.to_source({3, 4}) == Span{5, 6});
  CHECK(m.to_source({0, 4}) == Span{0, 6});
}

TEST_CASE("dropped boilerplate is skipped") {
  OffsetMap m;
  m.copy(3);
  m.drop(7);
  m.copy(4);
  CHECK(m.to_source({3, 5}) == Span{10, 12});
  CHECK(m.to_source({1, 5}) == Span{1, 12});
  CHECK(m.to_source({0, 3}) == Span{0, 3});
}

TEST_CASE("composition of three stages maps straight to the original") {
  // original (A) --decode GB18030 2-byte chars to 3-byte UTF-8--> B --fold--> C --drop--> D
  OffsetMap ab;  // B → A: "X中Y" with 中 2 bytes in A, 3 in B
  ab.copy(1);
  ab.replace(2, 3);
  ab.copy(1);
  OffsetMap bc;  // C → B: drop the first byte "X"
  bc.drop(1);
  bc.copy(4);
  OffsetMap cd;  // D → C: "中" (3 bytes) simplified to another 3-byte char
  cd.replace(3, 3);
  cd.copy(1);
  OffsetMap ca = compose(bc, ab);
  OffsetMap da = compose(cd, ca);
  CHECK(da.derived_size() == 4);
  CHECK(da.source_size() == 4);
  CHECK(da.to_source({0, 3}) == Span{1, 3});   // the Chinese character: A bytes 1..3
  CHECK(da.to_source({3, 4}) == Span{3, 4});   // "Y"
  CHECK(da.to_source({1, 2}) == Span{1, 3});   // inside the character widens to it
}

TEST_CASE("composition keeps copy runs exact across differently cut runs") {
  OffsetMap e;  // B → A
  e.copy(5);
  e.drop(2);
  e.copy(5);
  OffsetMap l;  // C → B
  l.copy(3);
  l.replace(4, 1);  // B 3..7 (crosses the drop point at B=5)
  l.copy(3);
  OffsetMap c = compose(l, e);
  CHECK(c.derived_size() == l.derived_size());
  CHECK(c.source_size() == e.source_size());
  CHECK(c.to_source({0, 3}) == Span{0, 3});
  CHECK(c.to_source({3, 4}) == Span{3, 9});
  CHECK(c.to_source({4, 7}) == Span{9, 12});
}

TEST_CASE("insertions map to an empty source range") {
  OffsetMap m;
  m.copy(2);
  m.replace(0, 1);  // a sentence break inserted between glued lines
  m.copy(2);
  CHECK(m.to_source({2, 3}).empty());
  CHECK(m.to_source({0, 5}) == Span{0, 4});
}
