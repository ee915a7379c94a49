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
  std::optional<int> old_year, new_year;
  double old_score = 0, new_score = 0;
  std::vector<PartChange> parts;
  std::vector<ItemChange> gained;     ///< now met, not met before
  std::vector<ItemChange> lost;       ///< met before, not now
  std::vector<ItemChange> changed;    ///< other state or quantification changes
  std::vector<ItemChange> reworded;   ///< same state, different evidence sentences
  std::size_t unchanged = 0;          ///< same state, same evidence
};

/// Items are matched by id; an id present in only one checklist is reported under `changed`.
ReportDiff diff_reports(const Scorecard& old_card, const Document& old_doc,
                        const Scorecard& new_card, const Document& new_doc);

std::string render_diff_text(const ReportDiff& d);
std::string render_diff_markdown(const ReportDiff& d);
std::string render_diff_json(const ReportDiff& d);

}  // namespace fz::analysis
