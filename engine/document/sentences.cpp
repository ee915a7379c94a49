#include "engine/document/sentences.hpp"

namespace fz {
namespace {

Span trim(std::string_view text, Span s) {
  while (s.begin < s.end && (text[s.begin] == ' ' || text[s.begin] == '\t')) ++s.begin;
  while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\t')) --s.end;
  return s;
}

bool at(std::string_view text, std::size_t i, std::string_view p) { return text.substr(i, p.size()) == p; }

}  // namespace

std::vector<Paragraph> find_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    Span s = trim(text, {pos, end});
    if (!s.empty()) out.push_back({s, -1});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

std::vector<Sentence> find_sentences(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<Sentence> out;
  out.reserve(text.size() / 60);
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    Span para = paragraphs[p].span;
    std::size_t begin = para.begin;
    for (std::size_t i = para.begin; i < para.end;) {
      // Every sentence-final mark starts with byte E3 (。) or EF (！？；); test the byte before
      // comparing, since this loop visits every byte of the text.
      auto c = static_cast<unsigned char>(text[i]);
      bool final = (c == 0xE3 && at(text, i, "。")) ||
                   (c == 0xEF && (at(text, i, "！") || at(text, i, "？") || at(text, i, "；")));
      i += final ? 3 : 1;
      if (!final) continue;
      while (i < para.end && (at(text, i, "”") || at(text, i, "’") || at(text, i, "）") ||
                              at(text, i, "」")))
        i += 3;
      Span s = trim(text, {begin, i});
      if (!s.empty()) out.push_back({s, static_cast<int>(p), -1});
      begin = i;
    }
    Span s = trim(text, {begin, para.end});
    if (!s.empty()) out.push_back({s, static_cast<int>(p), -1});
  }
  return out;
}

}  // namespace fz
