// Batch summary: what the dashboard (html_dashboard.cpp) and the CSV export (csv.cpp) need of
// each report of a batch, small enough to keep for 10,000 reports (a batch never keeps
// Scorecards). A checklist's columns (parts with their maximum, items with title and clause) are
// kept once per checklist, not per report; reports with the same input sha256 are linked.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/scorecard.hpp"

namespace fz {

/// The columns of one checklist: its parts and items in checklist order.
struct ChecklistColumns {
  struct PartColumn {
    std::string id, title;
    double max = 0;  ///< the part's points of 100
  };
  struct ItemColumn {
    std::string id, title, part, basis;
    bool required = false;
  };
  std::string id, title;
  std::vector<PartColumn> parts;
  std::vector<ItemColumn> items;
};

/// One part of one report: `subtotal` of the part's `ChecklistColumns` maximum.
struct PartResult {
  double subtotal = 0;
  bool applicable = false;  ///< false: every item of the part is n/a or waived
};

/// One input of a batch: a scored report, or a failed one (`error` set, nothing else but `file`).
struct ReportSummary {
  std::string file, href, title, issuer, level, error;
  std::string checklist;       ///< ChecklistColumns::id
  std::string sha256;          ///< of the input (see summarize)
  int year = 0;                ///< 0 when unknown
  double score = 0;
  bool passed = false;
  std::vector<PartResult> parts;  ///< parallel to the checklist's parts
  std::vector<ItemState> items;   ///< parallel to the checklist's items
  /// Set by summarize(); BatchSummary::add keeps one copy per checklist and clears it.
  std::optional<ChecklistColumns> columns;
  /// Index (in BatchSummary::reports) of the first report with the same sha256; set by add().
  std::optional<std::size_t> duplicate_of;
};

/// `href`: the report page relative to the dashboard (may be empty).
ReportSummary summarize(const Scorecard& card, const Document& doc, std::string href);

/// The name a person knows a report by: its title, else issuer and year ("冠县 2023年度"),
/// else its file name without directories.
std::string display_name(const ReportSummary& r);

/// Every input of a batch in input order, the checklists in order of first appearance.
class BatchSummary {
 public:
  void add(ReportSummary r);
  const std::vector<ReportSummary>& reports() const { return reports_; }
  const std::vector<ChecklistColumns>& checklists() const { return checklists_; }
  const ChecklistColumns* columns(const std::string& checklist_id) const;
  std::size_t failed() const { return failed_; }
  std::size_t scored() const { return reports_.size() - failed_; }
  std::size_t passed() const { return passed_; }
  /// Mean score of the scored reports (0 when none).
  double mean_score() const { return scored() ? score_sum_ / static_cast<double>(scored()) : 0; }

 private:
  std::vector<ReportSummary> reports_;
  std::vector<ChecklistColumns> checklists_;
  std::map<std::string, std::size_t> first_by_sha_;
  std::size_t failed_ = 0, passed_ = 0;
  double score_sum_ = 0;
};

/// One decimal ("78.8"): every score and percentage a person reads is written so, the same way
/// as the text and Markdown renderers write them ({:.1f}), so a score never differs between pages.
std::string one_decimal(double d);

}  // namespace fz
