#include "engine/document/find_meta.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace fz {
namespace {

using sv = std::string_view;

bool ends_with(sv s, sv p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool has(sv s, sv p) { return s.find(p) != sv::npos; }

std::size_t char_pos(sv s, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// First "20XX年" at or after `from`: {byte offset, year} or {npos, 0}.
std::pair<std::size_t, int> find_year(sv s, std::size_t from = 0) {
  for (std::size_t p = s.find("年", from); p != sv::npos; p = s.find("年", p + 1)) {
    if (p < 4) continue;
    sv y = s.substr(p - 4, 4);
    if (y[0] == '2' && y[1] == '0' && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        !(p >= 5 && s[p - 5] >= '0' && s[p - 5] <= '9'))
      return {p - 4, (y[2] - '0') * 10 + (y[3] - '0') + 2000};
  }
  return {sv::npos, 0};
}

constexpr std::array<sv, 8> kUnitSuffixes = {"人民政府", "政府", "管委会", "管理委员会", "委员会",
                                             "办公室",   "办事处", "局"};

bool is_unit(sv s) {
  for (sv u : kUnitSuffixes)
    if (ends_with(s, u)) return true;
  return false;
}

sv trim(sv s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The unit named before "关于" or before the first year of a title-like line.
sv issuer_prefix(sv line) {
  std::size_t p = line.find("关于");
  if (p == sv::npos) p = find_year(line).first;
  return p == sv::npos ? sv{} : trim(line.substr(0, p));
}

UnitLevel level_of(sv unit) {
  if (unit.empty()) return UnitLevel::unknown;
  sv place = unit;
  bool government = false;
  for (sv g : {"人民政府", "政府", "管委会", "管理委员会"})
    if (ends_with(place, g)) place.remove_suffix(g.size()), government = true;
  if (!government && (ends_with(unit, "局") || ends_with(unit, "委员会") || ends_with(unit, "办公室") ||
                      ends_with(unit, "委") || ends_with(unit, "办")))
    return UnitLevel::department;
  if (ends_with(place, "省") || ends_with(place, "自治区")) return UnitLevel::province;
  if (ends_with(place, "镇") || ends_with(place, "乡") || ends_with(place, "街道") || ends_with(place, "街道办事处"))
    return UnitLevel::township;
  if (ends_with(place, "区") || ends_with(place, "县") || ends_with(place, "旗")) return UnitLevel::county;
  if (ends_with(place, "市")) return UnitLevel::city;
  return UnitLevel::unknown;
}

}  // namespace

Meta find_meta(const Document& d, const std::vector<PageField>& fields) {
  Meta m;
  sv text = d.normalised.utf8;
  auto para = [&](const Paragraph& p) { return text.substr(p.span.begin, p.span.size()); };
  std::size_t first_heading = d.sections.size() > 1 ? d.sections[1].heading_span.begin : text.size();
  std::vector<const Paragraph*> preamble;
  for (const Paragraph& p : d.paragraphs)
    if (p.span.begin < first_heading && preamble.size() < 12) preamble.push_back(&p);

  // Title and issuer from title-like preamble lines.
  for (const Paragraph* p : preamble) {
    sv s = para(*p);
    std::size_t r = s.find("报告");
    if (r == sv::npos || has(s, "如下") || char_pos(s, r) > 60) continue;
    std::size_t end = char_pos(s, s.size()) <= 60 ? s.size() : r + 6;  // up to and with "报告"
    if (m.title.empty()) {
      m.title = std::string(s.substr(0, end));
      m.title_span = {p->span.begin, p->span.begin + end};
    }
    sv unit = issuer_prefix(s.substr(0, end));
    if (m.issuer.empty() && is_unit(unit)) m.issuer = std::string(unit);
  }
  if (m.issuer.empty()) {  // the signature: a short unit line among the last ones
    std::size_t n = d.paragraphs.size();
    for (std::size_t k = n > 4 ? n - 4 : 0; k < n; ++k) {
      sv s = para(d.paragraphs[k]);
      if (char_pos(s, s.size()) <= 30 && is_unit(s)) m.issuer = std::string(s);
    }
  }
  if (m.issuer.empty()) {  // "现将X2023年度…报告如下"
    for (const Paragraph* p : preamble) {
      sv s = para(*p);
      std::size_t a = s.find("现将");
      if (a == sv::npos) continue;
      std::size_t y = find_year(s, a).first;
      if (y != sv::npos && y > a + 6 && char_pos(s.substr(a + 6, y - a - 6), y - a - 6) <= 15)
        m.issuer = std::string(s.substr(a + 6, y - a - 6));
    }
  }
  m.level = level_of(m.issuer);
  if (m.level == UnitLevel::unknown) m.level = level_of(issuer_prefix(m.title));
  if (m.level == UnitLevel::unknown) {
    sv head = text.substr(0, std::min<std::size_t>(text.size(), 3000));
    for (sv w : {"区委", "县委", "区政府", "县政府"})
      if (has(head, w)) m.level = UnitLevel::county;
  }

  // The year reported on.
  auto set_year = [&](std::size_t base, sv s, int delta) {
    auto [p, y] = find_year(s);
    if (p == sv::npos || m.year) return;
    m.year = y + delta;
    m.year_span = {base + p, base + p + 7};
  };
  set_year(m.title_span.begin, m.title, 0);
  for (const Section& s : d.sections)
    if (s.parent <= 0 && s.level > 0 && s.level <= 4 && s.role == Role::achievements)
      set_year(s.heading_span.begin, s.heading, 0);
  for (const Section& s : d.sections)
    if (s.parent <= 0 && s.level > 0 && s.level <= 4 && s.role == Role::plans)
      set_year(s.heading_span.begin, s.heading, -1);
  if (!m.year) {
    std::map<int, std::pair<int, std::size_t>> count;  // year → {times, first offset}
    for (const Paragraph* p : preamble) {
      sv s = para(*p);
      for (auto [pos, y] = find_year(s); pos != sv::npos; std::tie(pos, y) = find_year(s, pos + 7)) {
        auto& c = count[y];
        if (c.first++ == 0) c.second = p->span.begin + pos;
      }
    }
    int best = 0;
    for (auto& [y, c] : count)
      if (best == 0 || c.first > count[best].first) best = y;
    if (best) {
      m.year = best;
      m.year_span = {count[best].second, count[best].second + 7};
    }
  }

  // Publication date: page-header fields first, then the signing date.
  for (sv label : {"发文日期", "发布日期", "发布时间", "成文日期", "日期", "时间"}) {
    if (m.published) break;
    for (const PageField& f : fields)
      if (f.label == label)
        if (auto date = parse_date(f.value)) {
          m.published = date;
          m.published_original = d.decoded.to_source.to_source(f.value_span);
          break;
        }
  }
  if (!m.published) {
    std::size_t n = d.paragraphs.size();
    for (std::size_t k = n > 3 ? n - 3 : 0; k < n; ++k) {
      sv s = para(d.paragraphs[k]);
      auto date = parse_date(s);
      if (date && char_pos(s, s.size()) <= 16 && has(s, "日")) {
        m.published = date;
        m.published_span = d.paragraphs[k].span;
        m.published_original = d.to_original(m.published_span);
      }
    }
  }
  return m;
}

}  // namespace fz
