#include "engine/document/build.hpp"

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

}  // namespace

void build_structure(Document& d, const std::vector<PageField>& fields) {
  std::string_view text = d.normalised.utf8;
  d.lines = Source(d.path, d.decoded.utf8);
  d.paragraphs = find_paragraphs(text);
  d.sentences = find_sentences(text, d.paragraphs);
  d.sections = find_sections(text, d.sentences);
  assign_roles(d.sections);
  for (std::size_t k = 1; k < d.sections.size(); ++k)
    d.sections[k].line = d.lines.locate(d.to_decoded(d.sections[k].heading_span).begin).line;
  for (Paragraph& p : d.paragraphs) p.section = section_at(d.sections, p.span.begin);
  for (Sentence& s : d.sentences) s.section = section_at(d.sections, s.span.begin);
  d.meta = find_meta(d, fields);
  if (!d.paragraphs.empty()) {
    std::string_view last = text.substr(d.paragraphs.back().span.begin, d.paragraphs.back().span.size());
    if (count_chars(last) > 40 && !ends_sentence(last))
      d.warnings.push_back("正文在句中结束，文件可能不完整（截断）");
  }
  bool any_part = false;
  for (const Section& s : d.sections) any_part = any_part || (s.level >= 1 && s.level <= 4);
  if (!any_part) d.warnings.push_back("未识别到“一、二、……”编号的标题，全文按一个部分处理");
}

}  // namespace fz
