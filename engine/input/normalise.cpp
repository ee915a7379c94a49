#include "engine/input/normalise.hpp"

#include "engine/input/fold.hpp"
#include "engine/input/pages.hpp"

namespace fz {

Normalised normalise(std::string_view decoded, const Simplifier& simplifier) {
  Text simple = simplifier.simplify(decoded);
  Text folded = fold(simple.utf8);
  Text joined = join_page_numbers(folded.utf8);
  Stripped stripped = strip_boilerplate(joined.utf8);
  // joined → decoded, for the header fields (which the boilerplate stage saw in `joined`).
  OffsetMap joined_to_decoded = compose(compose(joined.to_source, folded.to_source), simple.to_source);
  Normalised out;
  out.text.utf8 = std::move(stripped.text.utf8);
  out.text.to_source = compose(stripped.text.to_source, joined_to_decoded);
  for (PageField& f : stripped.fields) {
    f.value_span = joined_to_decoded.to_source(f.value_span);
    out.fields.push_back(std::move(f));
  }
  return out;
}

}  // namespace fz
