// Gate: the CI verdict on a Scorecard under a GateConfig (.fzscore.yaml, --config, or
// checklists/gate.yaml). Fails closed: an unknown item id, a waiver on a `statutory` item (the checklists mark S1–S4)
// or a malformed file is a config error (exit 2), never a silent pass.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/document/meta.hpp"
#include "engine/match/plan.hpp"
#include "engine/scorecard.hpp"
#include "engine/source.hpp"

namespace fz {

/// An item id as written in the config, with its byte offset for diagnostics.
struct IdAt {
  std::string id;
  std::size_t offset = 0;
};

struct Waiver {
  IdAt item;
  std::string reason, approver;
  Date expires;
};

struct GateConfig {
  Source source;                    ///< the YAML text (empty name: built-in defaults)
  double min_score = 60;
  std::vector<IdAt> required;       ///< in addition to the checklist's `required` items
  std::vector<IdAt> warn;           ///< failures of these only warn
  std::optional<UnitLevel> level;   ///< overrides the detected unit level
  std::vector<Waiver> waivers;
};

/// Parses a config; errors carry file:line:col (1-based, column in characters).
std::variant<GateConfig, std::vector<Diagnostic>> parse_gate_config(std::string_view yaml,
                                                                    const std::string& file);
/// Checks ids against the plan: unknown ids and waivers of `statutory` items are errors.
std::vector<Diagnostic> check_gate_config(const GateConfig& config, const Plan& plan);

/// Applies waivers (an expired one is a gate failure naming it), scores, then decides `passed`:
/// fails on a required item not met (n/a and waived pass), or score < min_score.
void judge(Scorecard& card, const Plan& plan, const GateConfig& config, Date today);

}  // namespace fz
