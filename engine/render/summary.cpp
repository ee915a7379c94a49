#include "engine/render/summary.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "engine/sha256.hpp"

namespace fz {

std::string one_decimal(double d) { return fmt::format("{:.1f}", d); }

ReportSummary summarize(const Scorecard& card, const Document& doc, std::string href) {
  ReportSummary s;
  s.file = card.file;
  s.href = std::move(href);
  s.title = card.meta.title;
  s.issuer = card.meta.issuer;
  s.level = std::string(level_name(card.level));
  s.year = card.meta.year.value_or(0);
  s.score = card.score;
  s.passed = card.passed;
  s.checklist = card.checklist_id;
  // The one place the digest is taken: provenance.input_sha256 once the pipeline fills it; until
  // then the bytes the Document holds (the input itself for .txt/.md, the extracted text for
  // containers, which is what makes two reports the same for a reviewer anyway).
  s.sha256 = card.provenance.input_sha256.empty() ? sha256_hex(doc.original)
                                                  : card.provenance.input_sha256;
  ChecklistColumns cols;
  cols.id = card.checklist_id;
  cols.title = card.checklist_title;
  for (const auto& p : card.parts) {
    cols.parts.push_back({p.id, p.title, p.weight});
    s.parts.push_back({p.subtotal, p.applicable});
  }
  for (const auto& v : card.verdicts) {
    cols.items.push_back({v.item->id, v.item->title, v.item->part, v.item->basis, v.item->required});
    s.items.push_back(v.state);
  }
  s.columns = std::move(cols);
  return s;
}

std::string display_name(const ReportSummary& r) {
  if (!r.title.empty()) return r.title;
  if (!r.issuer.empty()) return r.year ? fmt::format("{} {}年度", r.issuer, r.year) : r.issuer;
  return std::filesystem::path(r.file).filename().string();
}

void BatchSummary::add(ReportSummary r) {
  if (!r.error.empty()) {
    ++failed_;
    r.columns.reset();
    reports_.push_back(std::move(r));
    return;
  }
  if (r.columns) {
    if (!columns(r.checklist)) checklists_.push_back(std::move(*r.columns));
    r.columns.reset();
  }
  if (!r.sha256.empty()) {
    auto [it, fresh] = first_by_sha_.emplace(r.sha256, reports_.size());
    if (!fresh) r.duplicate_of = it->second;
  }
  if (r.passed) ++passed_;
  score_sum_ += r.score;
  reports_.push_back(std::move(r));
}

const ChecklistColumns* BatchSummary::columns(const std::string& checklist_id) const {
  for (const auto& c : checklists_)
    if (c.id == checklist_id) return &c;
  return nullptr;
}

}  // namespace fz
