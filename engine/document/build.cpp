#include "engine/document/build.hpp"

#include <cctype>

#include "engine/document/find_meta.hpp"
#include "engine/document/roles.hpp"
#include "engine/document/sections.hpp"
#include "engine/document/sentences.hpp"
#include "engine/source.hpp"

namespace fz {
namespace {

bool ends_sentence(std::string_view s) {
  for (std::string_view p : {"。", "！", "？", "”", "）", "…", "；", "："})
    if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) return true;
  return false;
}

// The extractor's heading hints (spans in `original`) per paragraph: -1 none, else the hint's
// level. Both lists are in text order, so one merge-walk; a hint marks the paragraph its text
// overlaps (the paragraph's original span comes from the composed offset maps).
std::vector<signed char> markup_per_paragraph(const Document& d) {
  std::vector<signed char> out;
  if (d.markup_headings.empty()) return out;
  out.assign(d.paragraphs.size(), -1);
  std::size_t h = 0;
  const auto& hints = d.markup_headings;
  for (std::size_t p = 0; p < d.paragraphs.size() && h < hints.size(); ++p) {
    Span o = d.to_original(d.paragraphs[p].span);
    while (h < hints.size() && hints[h].span.end <= o.begin) ++h;
    if (h < hints.size() && hints[h].span.begin < o.end)
      out[p] = static_cast<signed char>(hints[h].level);
  }
  return out;
}

int year_in(std::string_view s) {
  for (std::size_t p = s.find("年"); p != std::string_view::npos; p = s.find("年", p + 1))
    if (p >= 4 && s[p - 4] == '2' && s[p - 3] == '0' && std::isdigit(static_cast<unsigned char>(s[p - 2])) &&
        std::isdigit(static_cast<unsigned char>(s[p - 1])))
      return (s[p - 2] - '0') * 10 + (s[p - 1] - '0') + 2000;
  return 0;
}

}  // namespace

void build_structure(Document& d, const std::vector<PageField>& fields) {
  std::string_view text = d.normalised.utf8;
  d.lines = Source(d.path, d.decoded.utf8);
  d.paragraphs = find_paragraphs(text);
  d.sentences = find_sentences(text, d.paragraphs);
  d.sections = find_sections(text, d.paragraphs, d.sentences, markup_per_paragraph(d));
  assign_roles(d.sections);
  for (std::size_t k = 1; k < d.sections.size(); ++k)
    d.sections[k].line = d.lines.locate(d.to_decoded(d.sections[k].heading_span).begin).line;
  for (Paragraph& p : d.paragraphs) p.section = section_at(d.sections, p.span.begin);
  for (Sentence& s : d.sentences) s.section = section_at(d.sections, s.span.begin);
  d.meta = find_meta(d, fields);
  // A part whose heading names the year after the report's ("三、2024年重点任务" in a 2023
  // report) plans that year, whatever its wording.
  if (d.meta.year)
    for (Section& s : d.sections)
      if (s.is_part() && s.role == Role::achievements && s.also == Role::other &&
          year_in(s.heading) == *d.meta.year + 1) {
        s.role = Role::plans;
        s.role_words = std::to_string(*d.meta.year + 1) + "年";
        for (Section& sub : d.sections)
          if (sub.parent > 0 && d.sections[static_cast<std::size_t>(sub.parent)].role == Role::plans &&
              sub.role == Role::achievements)
            sub.role = Role::plans;
      }
  if (!d.paragraphs.empty()) {
    std::string_view last = text.substr(d.paragraphs.back().span.begin, d.paragraphs.back().span.size());
    if (count_chars(last) > 40 && !ends_sentence(last))
      d.warnings.push_back("正文在句中结束，文件可能不完整（截断）");
  }
  bool any_part = false;
  for (const Section& s : d.sections) any_part = any_part || s.is_part();
  if (!any_part) d.warnings.push_back("未识别到任何部分标题（“一、”编号、加粗或标题样式），全文按一个部分处理");
}

}  // namespace fz
