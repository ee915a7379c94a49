// Key figures: the indicators reviewers compare across units (行政复议 cases and correction rate,
// 出庭应诉率, 行政诉讼 cases and 败诉率, 重大行政决策 catalogue, 规范性文件, 执法证, 法律援助,
// 人民调解), each with its value, unit and where it stands in the normalised text.
//
// Patterns are RE2 over `Document::normalised.utf8`, one sentence at a time. Each indicator has a
// context (a phrase that must occur in the sentence) and patterns in priority order; the first
// pattern that matches in a sentence gives that sentence's figure for the indicator. Sentences of
// the next-year plan part are skipped (a target such as “确保出庭应诉率保持100%” is not a result).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/span.hpp"

namespace fz::analysis {

struct Figure {
  std::string id;        ///< "fuyi_received", see figure_ids()
  std::string label;     ///< "行政复议收案数"
  double value = 0;      ///< percentages as written: 98.5 for "98.5%"
  std::string unit;      ///< "件", "宗", "项", "人", "份", "%"
  Span number;           ///< the number with its unit ("91件", "98.5%"), normalised text
  int sentence = -1;     ///< index into Document::sentences
  Span sentence_span;    ///< that sentence, normalised text
};

/// Parses "1,234", "1，234", "95.2", "1.2万", "三十五", "两千三百", "952%" (the % is ignored).
/// Returns nullopt for anything else.
std::optional<double> parse_number(std::string_view s);

/// All figures of the document, in text order (several per indicator when the report repeats
/// one; at most one per indicator per sentence).
std::vector<Figure> extract_figures(const Document& doc);

/// The first figure with that id, or nullptr.
const Figure* find_figure(const std::vector<Figure>& figures, std::string_view id);

/// The indicator ids with their Chinese labels, in the order extract_figures knows them.
std::vector<std::pair<std::string, std::string>> figure_ids();

}  // namespace fz::analysis
