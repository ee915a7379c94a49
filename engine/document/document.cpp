#include "engine/document/document.hpp"

#include <algorithm>

namespace fz {

std::string_view heading_style_name(HeadingStyle s) {
  switch (s) {
    case HeadingStyle::none: return "";
    case HeadingStyle::part: return "第一部分";
    case HeadingStyle::numeral: return "一、";
    case HeadingStyle::numeral_paren: return "（一）";
    case HeadingStyle::digit: return "1.";
    case HeadingStyle::digit_paren: return "（1）";
    case HeadingStyle::circled: return "①";
    case HeadingStyle::bracket: return "【】";
    case HeadingStyle::markup: return "markup";
    case HeadingStyle::named: return "named";
    case HeadingStyle::enumeration: return "一是";
  }
  return "";
}

Span Document::to_decoded(Span normalised_span) const { return normalised.to_source.to_source(normalised_span); }

Span Document::to_original(Span normalised_span) const {
  return decoded.to_source.to_source(to_decoded(normalised_span));
}

std::string Document::section_path(int section) const {
  std::vector<int> chain;
  for (int k = section; k > 0 && k < static_cast<int>(sections.size()); k = sections[k].parent)
    chain.push_back(k);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!out.empty()) out += " › ";
    out += sections[*it].heading;
  }
  return out;
}

int Document::sentence_at(std::size_t offset) const {
  auto it = std::partition_point(sentences.begin(), sentences.end(),
                                 [offset](const Sentence& s) { return s.span.end <= offset; });
  if (it == sentences.end() || !it->span.contains(offset)) return -1;
  return static_cast<int>(it - sentences.begin());
}

}  // namespace fz
