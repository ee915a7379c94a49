#include "engine/input/pages.hpp"

#include <string>
#include <vector>

namespace fz {
namespace {

struct Marker {
  std::size_t line_start;  // offset of the line's first byte
  std::size_t length;      // bytes of "N、"
  bool continues;          // the previous line does not end a sentence
};

bool ends_sentence(std::string_view line) {
  for (std::string_view p : {"。", "！", "？", "；", "：", "”"})
    if (line.size() >= p.size() && line.substr(line.size() - p.size()) == p) return true;
  return false;
}

std::vector<Marker> find_chain(std::string_view s) {
  std::vector<Marker> chain;
  int expected = 1;
  std::string_view prev_line;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t nl = s.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? s.size() : nl;
    std::string_view line = s.substr(pos, end - pos);
    std::size_t d = 0;
    while (d < line.size() && d < 4 && line[d] >= '0' && line[d] <= '9') ++d;
    if (d > 0 && line.substr(d, 3) == "、" && std::stoi(std::string(line.substr(0, d))) == expected) {
      chain.push_back({pos, d + 3, pos > 0 && !prev_line.empty() && !ends_sentence(prev_line)});
      ++expected;
    }
    if (!line.empty()) prev_line = line;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return chain;
}

}  // namespace

Text join_page_numbers(std::string_view s) {
  std::vector<Marker> chain = find_chain(s);
  std::size_t continuing = 0;
  for (const Marker& m : chain) continuing += m.continues;
  bool pages = chain.size() >= 3 && continuing * 2 >= chain.size() - 1 &&
               (s.size() - chain.front().line_start) / chain.size() >= 200;
  if (!pages) return Text{std::string(s), OffsetMap::identity(s.size())};

  Text out;
  std::size_t pos = 0;
  for (const Marker& m : chain) {
    std::size_t cut = m.continues ? m.line_start - 1 : m.line_start;  // include the '\n'
    out.utf8.append(s.substr(pos, cut - pos));
    out.to_source.copy(cut - pos);
    out.to_source.drop(m.line_start + m.length - cut);
    pos = m.line_start + m.length;
  }
  out.utf8.append(s.substr(pos));
  out.to_source.copy(s.size() - pos);
  return out;
}

}  // namespace fz
