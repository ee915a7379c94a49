// The per-report pipeline shared by the report commands: read the report (a file, or text from
// stdin), choose and load the checklist (--checklist, else by year: checklist_search.hpp), find
// the gate config (--config, else .fzscore.yaml upward from the report, else gate.yaml beside the
// checklist), evaluate, judge, and fill the provenance (sha256 of the input bytes and of the
// checklist text). Every failure is a Diagnostic naming the file (exit 2).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/cli/checklist_search.hpp"
#include "engine/cli/inputs.hpp"
#include "engine/diagnostic.hpp"
#include "engine/document/document.hpp"
#include "engine/input/simplify.hpp"
#include "engine/match/gate.hpp"
#include "engine/match/plan.hpp"
#include "engine/scorecard.hpp"

namespace fz::cli {

/// A file, or stdin's bytes under the input's name (its extension chooses the reader; none: .txt).
std::variant<Document, Diagnostic> load_report(const Input& input, const Simplifier& simplifier);

/// A checklist read, compiled and finalized, with the sha256 of its text (provenance).
struct LoadedPlan {
  Plan plan;
  std::string sha256;
};
std::variant<LoadedPlan, std::vector<Diagnostic>> load_plan(const std::string& path);

/// `.fzscore.yaml` in the report's directory or the nearest ancestor.
std::optional<std::string> find_config(const std::string& report_path);

struct RunOptions {
  std::optional<std::string> checklist, config;
  std::optional<UnitLevel> level;
  std::optional<double> min_score;
};

/// Loads and caches plans and configs across the reports of one command.
class Pipeline {
 public:
  explicit Pipeline(RunOptions o) : opt_(std::move(o)), dirs_(checklist_dirs()) {}
  /// Scores one report; the Document is kept in `doc_out` when given (for --explain).
  std::variant<Scorecard, std::vector<Diagnostic>> run(const Input& input,
                                                       Document* doc_out = nullptr,
                                                       const Plan** plan_out = nullptr);
  std::variant<Scorecard, std::vector<Diagnostic>> run(const std::string& path,
                                                       Document* doc_out = nullptr,
                                                       const Plan** plan_out = nullptr) {
    return run(Input{path, std::nullopt, std::nullopt}, doc_out, plan_out);
  }

 private:
  RunOptions opt_;
  std::vector<ChecklistDir> dirs_;        ///< where checklists are looked for, found once
  std::optional<Simplifier> simplifier_;  ///< OpenCC, loaded once per Pipeline (milliseconds)
  std::map<std::string, LoadedPlan> plans_;
  /// Gate configs by path, parsed once per Pipeline: a batch under one .fzscore.yaml would
  /// otherwise parse the same YAML for every report (4 % of a batch run).
  std::map<std::string, std::variant<GateConfig, std::vector<Diagnostic>>> configs_;
};

Date today();

}  // namespace fz::cli
