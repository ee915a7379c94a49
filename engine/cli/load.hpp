// The CLI's seams to the parallel stages, and the per-report pipeline shared by `score` and
// `gate`: read the report, choose and load the checklist (by year unless --checklist:
// cli/checklist_choice), find the
// gate config (--config, else .fzscore.yaml upward from the report, else checklists/gate.yaml),
// evaluate, judge. Every failure is a Diagnostic naming the file (exit 2).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/document/document.hpp"
#include "engine/input/simplify.hpp"
#include "engine/match/gate.hpp"
#include "engine/match/plan.hpp"
#include "engine/scorecard.hpp"

namespace fz::cli {

std::variant<Document, Diagnostic> load_report(const std::string& path,
                                               const Simplifier& simplifier);
/// dsl::load_checklist + finalize.
std::variant<Plan, std::vector<Diagnostic>> load_plan(const std::string& path);

/// `.fzscore.yaml` in the report's directory or the nearest ancestor.
std::optional<std::string> find_config(const std::string& report_path);
/// gangyao-2021.fz for 2021 and later, gangyao-2015.fz up to 2020, searched in
/// FZ_DEFAULT_CHECKLIST_DIR, <binary>/../checklists and ./checklists.
std::optional<std::string> default_checklist(int year);

struct RunOptions {
  std::optional<std::string> checklist, config;
  std::optional<UnitLevel> level;
  std::optional<double> min_score;
  std::optional<int> year;  ///< --year: the report year, whatever the text says
};

/// Loads and caches plans and configs across the reports of one command.
class Pipeline {
 public:
  explicit Pipeline(RunOptions o) : opt_(std::move(o)) {}
  /// Scores one report; the Document is kept in `doc_out` when given (for --explain).
  std::variant<Scorecard, std::vector<Diagnostic>> run(const std::string& path,
                                                       Document* doc_out = nullptr,
                                                       const Plan** plan_out = nullptr);

 private:
  RunOptions opt_;
  std::optional<Simplifier> simplifier_;  ///< OpenCC, loaded once per Pipeline (milliseconds)
  std::map<std::string, Plan> plans_;
  /// Gate configs by path, parsed once per Pipeline: a batch under one .fzscore.yaml would
  /// otherwise parse the same YAML for every report (4 % of a batch run).
  std::map<std::string, std::variant<GateConfig, std::vector<Diagnostic>>> configs_;
  std::map<std::string, std::string> plan_hash_;
};

Date today();

}  // namespace fz::cli
