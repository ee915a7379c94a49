// Report diff: two reports of the same unit (two years, or two drafts) compared item by item.
// Evidence is matched by item and by the normalised text of its sentence, never by position, so
// a paragraph that moved is not a change; a sentence that was reworded is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/scorecard.hpp"

namespace fz::analysis {

struct ItemChange {
  std::string id, title, part;
  ItemState old_state = ItemState::missing, new_state = ItemState::missing;
  bool old_quantified = false, new_quantified = false;
  std::vector<std::string> added;    ///< evidence sentences only in the new report (its text)
  std::vector<std::string> removed;  ///< evidence sentences only in the old report (its text)
};

struct PartChange {
  std::string id, title;
  double old_subtotal = 0, new_subtotal = 0, weight = 0;
};

struct ReportDiff {
  std::string old_file, new_file;
  std::string old_issuer, new_issuer;        ///< as detected; empty when not found
  std::string old_checklist, new_checklist;  ///< checklist ids
  std::optional<int> old_year, new_year;
  double old_score = 0, new_score = 0;
  std::vector<PartChange> parts;
  std::vector<ItemChange> gained;     ///< now met, not met before
  std::vector<ItemChange> lost;       ///< met before, not now
  std::vector<ItemChange> changed;    ///< other state or quantification changes
  std::vector<ItemChange> reworded;   ///< same state, different evidence sentences
  std::size_t unchanged = 0;          ///< same state, same evidence
  /// Why the two may not be comparable: different issuers (both known, neither name containing
  /// the other: "茅箭区人民政府" and "十堰市茅箭区人民政府" are one unit), different checklists.
  std::vector<std::string> warnings;
};

/// Items are matched by id; an id present in only one checklist is reported under `changed`.
/// `warnings` is filled here; every renderer shows it first, and `fzscore diff` also on stderr.
ReportDiff diff_reports(const Scorecard& old_card, const Document& old_doc,
                        const Scorecard& new_card, const Document& new_doc);

std::string render_diff_text(const ReportDiff& d);
std::string render_diff_markdown(const ReportDiff& d);
std::string render_diff_json(const ReportDiff& d);

}  // namespace fz::analysis
