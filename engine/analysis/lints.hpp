// Consistency lints: things a reviewer would circle in red, each a warning with a Chinese message
// and the normalised span it is about.
//
// Codes:
//   rate_over_100   a percentage above 100% in a rate context (“整改到位率952%”); growth rates
//                   (增长率、同比、增幅 …) are exempt.
//   rate_mismatch   a rate contradicting the counts in its own sentence by more than 1 point:
//                   行政复议纠错率 vs 纠错数 ÷ (审结数 | 受理数 | 收案数) — any one denominator that
//                   fits is accepted, since reports differ on which they divide by —, and
//                   调解成功率 vs 调解成功数 ÷ 调解案件数.
//   plan_year       the next-year plan part's heading names a year other than report year + 1.
//   part_year       another top-level part's heading names a year other than the report year.
//   title_year      the title names a year other than the report year (Meta::year).
//   published_late  published on or after 1 April of the following year (督察工作规定第二十四条:
//                   “每年4月1日之前 … 应当 … 向社会公开”).
//   part_order      top-level parts out of the order of the 督察工作规定 (第二十五条, the report's
//                   contents): 主要举措和成效 → 党政主要负责人履行第一责任人职责 → 存在的不足和原因
//                   → 下一年度主要安排. Decision: 第一责任人履职 (duty) and 举措成效 (achievements)
//                   form one rank and may come in either order — the regulation lists contents, and
//                   many real reports (e.g. zhongkai-2023) lead with the 第一责任人 part; what the
//                   lint enforces is that both come before the shortcomings part, and that the
//                   shortcomings part comes before the plan part. Parts with role `other` are
//                   ignored.
#pragma once

#include <string>
#include <vector>

#include "engine/analysis/figures.hpp"
#include "engine/document/document.hpp"
#include "engine/span.hpp"

namespace fz::analysis {

struct Lint {
  std::string code;     ///< see above
  std::string message;  ///< Chinese, one sentence
  Span span;            ///< normalised text (empty at 0 when the fact has no position)
};

/// All lints, in text order. Uses extract_figures(doc) for rate_mismatch.
std::vector<Lint> lint_document(const Document& doc);
/// The same with figures already extracted.
std::vector<Lint> lint_document(const Document& doc, const std::vector<Figure>& figures);

}  // namespace fz::analysis
