#include "engine/match/score.hpp"

namespace fz {

double credit(const ItemVerdict& v) {
  switch (v.state) {
    case ItemState::met: return v.quantified ? 1.0 : 0.85;
    case ItemState::acknowledged: return 0.25;
    case ItemState::planned: return 0.15;
    case ItemState::missing:
    case ItemState::na: return 0.0;
  }
  return 0.0;
}

ScoreResult score(const Plan& plan, std::vector<ItemVerdict>& verdicts) {
  ScoreResult r;
  r.parts.reserve(plan.parts.size());
  for (const Part& p : plan.parts) r.parts.push_back(PartScore{p.id, p.title, p.weight});
  auto part_of = [&](const std::string& id) -> PartScore* {
    for (auto& ps : r.parts)
      if (ps.id == id) return &ps;
    return nullptr;
  };
  for (ItemVerdict& v : verdicts) {
    if (!v.item) continue;
    bool applicable = v.state != ItemState::na && !v.waived;
    v.points = applicable ? v.item->weight * credit(v) : 0.0;
    PartScore* ps = part_of(v.item->part);
    if (!ps || !applicable) continue;
    ps->earned += v.points;
    ps->applicable_weight += v.item->weight;
    ps->applicable = ps->applicable_weight > 0;
  }
  double total = 0, weights = 0;
  for (PartScore& ps : r.parts) {
    if (!ps.applicable) continue;
    ps.subtotal = ps.weight * ps.earned / ps.applicable_weight;
    total += ps.subtotal;
    weights += ps.weight;
  }
  r.score = weights > 0 ? total * 100.0 / weights : 0.0;
  return r;
}

}  // namespace fz
