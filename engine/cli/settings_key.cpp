// Pipeline::settings_key: the half of a result's key that is not the report's own bytes
// (provenance.settings_sha256). A sha256 over everything else that decides a report's JSON line:
// the tool version, the checklist texts it may be scored with (and their wording libraries), the
// gate config that applies to it (its text, and which of its waivers have expired today: judge()
// depends on the date), and the options that change results (--checklist, --config, --level,
// --min-score). `batch --resume` keeps an earlier line only when this and the input's sha256 are
// both unchanged (docs/scale.md), so a resumed OUT equals an uninterrupted run's.
//
// It is computed without reading the report: the checklist is chosen by the report's year, so
// without --checklist every checklist that choice can return counts. A change to any of them
// re-scores every report — more work, never a stale line.
#include <set>

#include <fmt/format.h>

#include "dsl/load.hpp"
#include "engine/cli/load.hpp"
#include "engine/input/read_file.hpp"
#include "engine/match/gate.hpp"
#include "engine/sha256.hpp"

namespace fz::cli {

namespace {

/// The checklists a report may be scored with: --checklist, else those find_checklist can
/// return (it has one boundary: up to 2020, and from 2021).
std::set<std::string> candidate_checklists(const RunOptions& o,
                                           const std::vector<ChecklistDir>& dirs) {
  if (o.checklist) return {*o.checklist};
  std::set<std::string> out;
  for (int year : {2020, 2021})
    if (auto p = find_checklist(year, dirs)) out.insert(*p);
  return out;
}

/// Adds a file's path and text (or why it cannot be read); returns the text.
std::optional<std::string> add_file(Sha256& h, const std::string& path) {
  h.add_field(path);
  auto text = read_file(path);
  if (auto* f = std::get_if<ReadFailure>(&text)) {
    h.add_field("unreadable: " + f->reason);
    return std::nullopt;
  }
  h.add_field(std::get<std::string>(text));
  return std::get<std::string>(std::move(text));
}

/// Adds a checklist: its text and that of every wording library it includes (Plan::source_sha256),
/// or, when it does not load, its text and the diagnostics (the run reports them; the key only
/// has to differ).
void add_checklist(Sha256& h, const std::string& path) {
  auto text = add_file(h, path);
  if (!text) return;
  dsl::LoadResult r = dsl::load_checklist(Source(path, *text));
  if (r.plan) {
    h.add_field(r.plan->source_sha256);
    return;
  }
  for (const auto& d : r.diagnostics) h.add_field(render(d));
}

}  // namespace

std::string Pipeline::settings_key(const std::string& path) {
  if (!checklists_key_) {
    Sha256 h;
    h.add_field("fzscore " FZ_VERSION);
    for (const auto& c : candidate_checklists(opt_, dirs_)) add_checklist(h, c);
    h.add_field(opt_.level ? level_name(*opt_.level) : std::string_view());
    h.add_field(opt_.min_score ? fmt::format("{:a}", *opt_.min_score) : "");
    checklists_key_ = h.hex();
  }
  Sha256 h;
  h.add_field(*checklists_key_);
  for (const auto& c : candidate_checklists(opt_, dirs_)) {
    std::string cfg = config_for(opt_, path, c).value_or("");
    auto known = config_keys_.find(cfg);
    if (known == config_keys_.end()) {
      Sha256 k;
      if (!cfg.empty()) {
        if (auto text = add_file(k, cfg)) {
          auto parsed = parse_gate_config(*text, cfg);
          if (auto* g = std::get_if<GateConfig>(&parsed))
            for (const auto& w : g->waivers)
              if (w.expires < today()) k.add_field("expired " + w.item.id);
        }
      }
      known = config_keys_.emplace(cfg, k.hex()).first;
    }
    h.add_field(known->second);
  }
  return h.hex();
}

}  // namespace fz::cli
