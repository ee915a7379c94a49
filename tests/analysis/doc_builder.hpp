// Test helper: builds an fz::Document from already-normalised text, the way the real reader would
// roughly do it (the reader lives in another branch). Lines starting "一、" … "十、" are level-1
// headings; their role comes from keywords (不足/问题 → shortcomings, 安排/计划/打算 → plans,
// 第一责任人/职责 → duty, otherwise achievements). Sentences end at 。；\n (the terminator is part
// of the sentence). Offset maps are identities, so normalised = decoded = original.
#pragma once

#include <string>
#include <string_view>

#include "engine/document/document.hpp"

namespace fz::test {

inline Role guess_role(std::string_view heading) {
  auto has = [&](std::string_view w) { return heading.find(w) != std::string_view::npos; };
  if (has("不足") || has("问题")) return Role::shortcomings;
  if (has("安排") || has("计划") || has("打算") || has("思路")) return Role::plans;
  if (has("第一责任人") || has("职责")) return Role::duty;
  return Role::achievements;
}

inline bool is_top_heading(std::string_view line) {
  static const char* nums[] = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"};
  for (const char* n : nums)
    if (line.starts_with(n)) return true;
  return false;
}

inline Document build_doc(std::string text, std::optional<int> year = std::nullopt) {
  Document d;
  d.path = "test.txt";
  d.original = text;
  d.decoded.utf8 = text;
  d.decoded.to_source = OffsetMap::identity(text.size());
  d.normalised.utf8 = text;
  d.normalised.to_source = OffsetMap::identity(text.size());
  d.lines = Source("test.txt", text);
  d.meta.year = year;
  Section pre;
  pre.body = {0, text.size()};
  d.sections.push_back(pre);
  int current = 0;
  std::size_t pos = 0, line_no = 1;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + pos, eol - pos);
    if (is_top_heading(line)) {
      if (current > 0) d.sections[current].body.end = pos;
      else d.sections[0].body.end = pos;
      Section s;
      s.heading = std::string(line);
      s.level = 1;
      s.heading_span = {pos, eol};
      s.body = {pos, text.size()};
      s.role = guess_role(line);
      s.line = line_no;
      d.sections.push_back(s);
      current = static_cast<int>(d.sections.size()) - 1;
    } else if (!line.empty()) {
      Paragraph p{{pos, eol}, current};
      d.paragraphs.push_back(p);
      int pi = static_cast<int>(d.paragraphs.size()) - 1;
      std::size_t sb = pos;
      std::size_t i = pos;
      while (i < eol) {
        bool stop = text.compare(i, 3, "。") == 0 || text.compare(i, 3, "；") == 0;
        i += stop ? 3 : 1;
        if (stop || i >= eol) {
          if (i > sb) d.sentences.push_back({{sb, i}, pi, current});
          sb = i;
        }
      }
    }
    pos = eol + 1;
    ++line_no;
  }
  return d;
}

}  // namespace fz::test
