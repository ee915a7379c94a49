// Scorecard: one report's result, the in-memory form of output.md's JSON. Built by the CLI from
// evaluate → score → gate; read by every renderer (engine/render/*), which only format it.
#pragma once

#include <string>
#include <vector>

#include "engine/document/meta.hpp"
#include "engine/match/verdict.hpp"

namespace fz {

/// One 纲要 part's share of the score (docs/scoring.md).
struct PartScore {
  std::string id, title;
  double weight = 0;             ///< the part's points of 100
  double earned = 0;             ///< Σ item weight × credit
  double applicable_weight = 0;  ///< Σ weights of applicable (not n/a, not waived) items
  double subtotal = 0;           ///< weight × earned / applicable_weight (0 when nothing applies)
  bool applicable = false;       ///< at least one applicable item
};

struct Provenance {
  std::string tool_version;
  std::string checklist_file;
  std::string checklist_sha256;
  std::string input_sha256;
  std::string config_file;       ///< empty: built-in defaults
  /// sha256 over what decides the result besides the input: tool version, checklist texts, gate
  /// config, options (engine/cli/settings_key.cpp); batch --resume keys kept lines on it.
  std::string settings_sha256;
};

/// A key indicator reviewers compare across units (engine/analysis/figures), with its sentence.
struct KeyFigure {
  std::string id, label;          ///< "fuyi_received", "行政复议收案数"
  double value = 0;
  std::string unit;               ///< "件", "%", …
  std::string text;               ///< the figure as written, e.g. "91件"
  Evidence evidence;              ///< the sentence holding it
};

/// A consistency warning (engine/analysis/lints): "整改到位率952%" and the like.
struct LintNote {
  std::string code, message;
  Evidence evidence;
};

struct Scorecard {
  std::string file;
  std::string checklist_id, checklist_title;
  Meta meta;
  UnitLevel level = UnitLevel::unknown;  ///< the level used (detected or from config)
  double score = 0;                      ///< 0..100
  bool passed = true;                    ///< the gate's verdict under the active config
  double min_score = 60;
  std::vector<ItemVerdict> verdicts;     ///< in checklist order
  std::vector<PartScore> parts;          ///< in checklist order
  std::vector<std::string> gate_failures;  ///< "S2 存在的不足和原因: missing"
  std::vector<std::string> warnings;       ///< document warnings and warn-only gate failures
  std::vector<KeyFigure> figures;
  std::vector<LintNote> lints;
  Provenance provenance;
};

}  // namespace fz
