#include "engine/match/context.hpp"

namespace fz {

std::vector<ItemState> sentence_contexts(const Plan& plan, const Document& doc, const Matches& m) {
  std::vector<char> kind(plan.patterns.size(), 0);  // 1 hedge, 2 future (hedge wins)
  for (int p : plan.future)
    if (p >= 0 && static_cast<std::size_t>(p) < kind.size()) kind[p] = 2;
  for (int p : plan.hedge)
    if (p >= 0 && static_cast<std::size_t>(p) < kind.size()) kind[p] = 1;
  std::vector<ItemState> ctx(doc.sentences.size(), ItemState::met);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    Role role = doc.role_of(doc.sentences[s].section);
    if (role == Role::plans) {
      ctx[s] = ItemState::planned;
      continue;
    }
    if (role == Role::shortcomings) {
      ctx[s] = ItemState::acknowledged;
      continue;
    }
    bool hedge = false, future = false;
    for (std::size_t h = m.first[s]; h < m.first[s + 1]; ++h) {
      char k = kind[static_cast<std::size_t>(m.hits[h].pattern)];
      hedge |= k == 1;
      future |= k == 2;
    }
    ctx[s] = hedge ? ItemState::acknowledged : future ? ItemState::planned : ItemState::met;
  }
  return ctx;
}

}  // namespace fz
