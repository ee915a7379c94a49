#include "engine/match/front_matter.hpp"

#include <string_view>

#include "engine/source.hpp"

namespace fz {

void drop_front_matter_hits(const Document& doc, Matches& m) {
  const Span title = doc.meta.title_span;
  if (title.empty() || m.hits.empty()) return;
  std::string_view text = doc.normalised.utf8;
  std::string_view title_text = text.substr(title.begin, title.size());
  std::vector<char> front(doc.sentences.size(), 0);
  bool any = false;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    if (sen.section > 0) break;  // a part has begun: the text, not its front matter
    std::string_view t = text.substr(sen.span.begin, sen.span.size());
    // The title repeated as a page heading ("【法治建设报告】" + the title): the title and a few
    // characters of label, never a sentence of the opening that happens to name it.
    bool repeats = t.find(title_text) != std::string_view::npos && count_chars(t) <= count_chars(title_text) + 12;
    // Above the title only page lines: short, without a sentence's punctuation (a site's name, a
    // banner). A sentence of text there means the "title" was found further down (a report
    // without a title line that quotes 《…报告》 in its second paragraph): its opening is text.
    bool above = sen.span.end <= title.begin;
    bool page_line = count_chars(t) <= 50 && t.find("，") == std::string_view::npos &&
                     t.find("。") == std::string_view::npos;
    front[s] = (above && page_line) || (!above && sen.span.end <= title.end) || repeats;
    any |= front[s] != 0;
  }
  if (any) drop_hits(m, [&](const Hit& h) { return front[static_cast<std::size_t>(h.sentence)] != 0; });
}

}  // namespace fz
