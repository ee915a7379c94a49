#include "engine/document/find_meta.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <tuple>

#include "engine/input/utf8.hpp"

namespace fz {
namespace {

using sv = std::string_view;

bool ends_with(sv s, sv p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }
bool starts_with(sv s, sv p) { return s.substr(0, p.size()) == p; }
bool has(sv s, sv p) { return s.find(p) != sv::npos; }

std::size_t chars(sv s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

sv trim(sv s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------- years

struct YearAt {
  std::size_t pos = sv::npos;  ///< byte offset of the year's first character
  std::size_t len = 0;         ///< through 年
  int year = 0;
  bool range = false;          ///< the end of a span of years ("2021—2025年"): never the report's
  explicit operator bool() const { return pos != sv::npos; }
};

constexpr std::u32string_view kCnDigits = U"〇一二三四五六七八九";

// The first year ("2023年", "二〇二三年") at or after `from`.
YearAt find_year(sv s, std::size_t from = 0) {
  for (std::size_t p = s.find("年", from); p != sv::npos; p = s.find("年", p + 1)) {
    if (p >= 4 && s[p - 4] == '2' && s[p - 3] == '0' && is_digit(s[p - 2]) && is_digit(s[p - 1]) &&
        !(p >= 5 && is_digit(s[p - 5]))) {
      YearAt y{p - 4, 7, 2000 + (s[p - 2] - '0') * 10 + (s[p - 1] - '0'), false};
      sv before = s.substr(0, y.pos);
      for (sv mark : {sv("—"), sv("-"), sv("－"), sv("~"), sv("～"), sv("至"), sv("到"), sv("–")})
        if (ends_with(before, mark) && before.size() >= mark.size() + 4 &&
            is_digit(before[before.size() - mark.size() - 1]))
          y.range = true;
      return y;
    }
    if (p >= 12) {  // 二〇二三年: four characters of three bytes
      int v = 0;
      bool ok = true;
      for (std::size_t k = 0; k < 4 && ok; ++k) {
        std::size_t len = 0;
        char32_t c = utf8::decode(s, p - 12 + 3 * k, len);
        std::size_t d = kCnDigits.find(c == U'零' ? U'〇' : c);
        ok = len == 3 && d != std::u32string_view::npos;
        v = v * 10 + static_cast<int>(d);
      }
      if (ok && v >= 2000 && v < 2100) return {p - 12, 15, v, false};
    }
  }
  return {};
}

// ---------------------------------------------------------------- units and levels

// Unit names end with a body (government, office, department) or, for a whole place, its kind.
constexpr std::array<sv, 14> kBodies = {"人民政府", "政府", "管委会", "管理委员会", "委员会", "办公室",
                                        "办事处", "党委", "局", "厅", "部", "委", "办", "街道"};
constexpr std::array<sv, 9> kPlaces = {"自治区", "自治州", "省", "市", "区", "县", "旗", "镇", "乡"};

// Words a unit's name never starts with: a subject that is the unit "itself" (我局, 全市, 本区)
// or no unit at all.
bool relative_start(sv s) {
  for (sv p : {"我", "本", "全", "各", "该", "其", "上级", "市委", "区委", "县委", "省委"})
    if (starts_with(s, p)) return true;
  return false;
}

// "省政府", "市司法局", "自治区党委、政府", "区政府": a unit named by its level only.
bool level_only(sv s) {
  for (sv p : {"自治区", "省", "市", "区", "县", "镇", "乡", "街道"})
    if (starts_with(s, p)) return true;
  return false;
}

bool names_unit(sv s) {
  if (s.empty() || chars(s) < 2 || chars(s) > 30 || has(s, "。") || has(s, "，")) return false;
  for (sv b : kBodies)
    if (ends_with(s, b)) return true;
  for (sv p : kPlaces)
    if (ends_with(s, p) && (chars(s) >= 3 || p == "县" || p == "旗")) return true;  // 冠县
  return false;
}

constexpr std::array<sv, 4> kMunicipalities = {"北京", "天津", "上海", "重庆"};

UnitLevel level_of(sv unit) {
  if (unit.empty()) return UnitLevel::unknown;
  sv u = unit;
  // "中共海南省委 海南省人民政府", "云南省委、省政府": the government named last decides.
  for (sv sep : {sv(" "), sv("、"), sv("和")}) {
    std::size_t p = u.rfind(sep);
    if (p != sv::npos && p + sep.size() < u.size() && names_unit(u.substr(p + sep.size()))) {
      sv last = u.substr(p + sep.size());
      if (!level_only(last) || chars(last) > 3) u = last;
    }
  }
  sv place = u;
  bool government = false;
  for (sv g : {"人民政府", "政府", "管委会", "管理委员会", "党委"})
    if (ends_with(place, g)) place.remove_suffix(g.size()), government = true;
  if (!government && (ends_with(u, "街道办事处") || ends_with(u, "街道"))) return UnitLevel::township;
  if (!government) {
    for (sv d : {"局", "厅", "部", "委员会", "办公室", "委", "办", "中心", "院"})
      if (ends_with(u, d)) return UnitLevel::department;
  }
  if (ends_with(place, "省委") || ends_with(place, "市委") || ends_with(place, "区委") || ends_with(place, "县委"))
    place.remove_suffix(3);
  for (sv m : kMunicipalities)
    if (place == m || (starts_with(place, m) && chars(place) <= 3 && ends_with(place, "市"))) return UnitLevel::province;
  if (ends_with(place, "省") || ends_with(place, "自治区")) return UnitLevel::province;
  if (ends_with(place, "镇") || ends_with(place, "乡") || ends_with(place, "街道") || ends_with(place, "街道办事处"))
    return UnitLevel::township;
  if (ends_with(place, "区") || ends_with(place, "县") || ends_with(place, "旗")) return UnitLevel::county;
  if (ends_with(place, "市") || ends_with(place, "州") || ends_with(place, "盟")) return UnitLevel::city;
  return UnitLevel::unknown;
}

// ---------------------------------------------------------------- self-references and places

// The unit's level from how the text speaks of itself: 我镇, 本市, 全省, 局党组 … Strong forms
// (我X, 本X, X党组) count 3, 全X counts 1 (a county report speaks of 全市 too).
struct LevelVote {
  UnitLevel level = UnitLevel::unknown;
  int score = 0;
};

// How often each of `words` occurs in `s`, in one pass over its characters: only where a word's
// first character stands (a 64-bit filter on the code point says where one may) are the words
// compared. A find per word over the text was 11 % of a batch run.
template <std::size_t N>
std::array<std::size_t, N> count_words(sv s, const std::array<sv, N>& words) {
  std::array<std::size_t, N> n{};
  std::array<char32_t, N> first{};
  std::uint64_t filter = 0;
  for (std::size_t k = 0; k < N; ++k) {
    std::size_t len = 0;
    first[k] = words[k].empty() ? 0 : utf8::decode(words[k], 0, len);
    filter |= std::uint64_t{1} << (first[k] & 63);
  }
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    char32_t c = utf8::decode_fast(s, i, len);
    if (filter >> (c & 63) & 1)
      for (std::size_t k = 0; k < N; ++k)
        if (first[k] == c && s.compare(i, words[k].size(), words[k]) == 0) ++n[k];
    i += len;
  }
  return n;
}

LevelVote self_reference(sv text) {
  static constexpr std::array<sv, 35> kWords = {
      "我省", "本省", "全省", "我市", "本市", "全市", "我区", "本区", "全区", "我县", "本县", "全县",
      "我镇", "本镇", "全镇", "我乡", "全乡", "我街道", "本街道", "全街道", "街道党工委", "我局", "本局",
      "局党组", "局党委", "我厅", "厅党组", "我委", "委党组", "本部门",
      // for 自治区 against 区: the region's own government, and a district's organs
      "自治区人民政府", "自治区党委", "自治区政府", "区委", "区政府"};
  static constexpr std::array<std::pair<UnitLevel, int>, 30> kVotes = {{
      {UnitLevel::province, 3}, {UnitLevel::province, 3}, {UnitLevel::province, 1},
      {UnitLevel::city, 3}, {UnitLevel::city, 3}, {UnitLevel::city, 1},
      {UnitLevel::county, 3}, {UnitLevel::county, 3}, {UnitLevel::county, 1},
      {UnitLevel::county, 3}, {UnitLevel::county, 3}, {UnitLevel::county, 1},
      {UnitLevel::township, 3}, {UnitLevel::township, 3}, {UnitLevel::township, 1},
      {UnitLevel::township, 3}, {UnitLevel::township, 1}, {UnitLevel::township, 3},
      {UnitLevel::township, 3}, {UnitLevel::township, 1}, {UnitLevel::township, 3},
      {UnitLevel::department, 3}, {UnitLevel::department, 3}, {UnitLevel::department, 3},
      {UnitLevel::department, 3}, {UnitLevel::department, 3}, {UnitLevel::department, 3},
      {UnitLevel::department, 3}, {UnitLevel::department, 3}, {UnitLevel::department, 3},
  }};
  auto n = count_words(text, kWords);
  std::array<int, 6> score{};
  for (std::size_t k = 0; k < kVotes.size(); ++k)
    score[static_cast<std::size_t>(kVotes[k].first)] += kVotes[k].second * static_cast<int>(n[k]);
  // 我区 in an autonomous region is the region: 自治区 named as its own government, no 区委 or
  // 区政府 of a district.
  std::size_t region = n[30] + n[31] + n[32];
  std::size_t district = n[33] + n[34] - n[32];
  if (region >= 2 && district == 0) {
    score[static_cast<std::size_t>(UnitLevel::province)] += score[static_cast<std::size_t>(UnitLevel::county)];
    score[static_cast<std::size_t>(UnitLevel::county)] = 0;
  }
  LevelVote best;
  for (std::size_t l = 0; l < score.size(); ++l)
    if (score[l] > best.score) best = {static_cast<UnitLevel>(l), score[l]};
  if (best.score < 2) best = {};
  return best;
}

// Provinces and autonomous regions: short name → full name.
struct Province {
  sv short_name, full;
};
constexpr std::array<Province, 34> kProvinces = {{
    {"北京", "北京市"}, {"天津", "天津市"}, {"上海", "上海市"}, {"重庆", "重庆市"}, {"河北", "河北省"},
    {"山西", "山西省"}, {"辽宁", "辽宁省"}, {"吉林", "吉林省"}, {"黑龙江", "黑龙江省"}, {"江苏", "江苏省"},
    {"浙江", "浙江省"}, {"安徽", "安徽省"}, {"福建", "福建省"}, {"江西", "江西省"}, {"山东", "山东省"},
    {"河南", "河南省"}, {"湖北", "湖北省"}, {"湖南", "湖南省"}, {"广东", "广东省"}, {"海南", "海南省"},
    {"四川", "四川省"}, {"贵州", "贵州省"}, {"云南", "云南省"}, {"陕西", "陕西省"}, {"甘肃", "甘肃省"},
    {"青海", "青海省"}, {"台湾", "台湾省"}, {"内蒙古", "内蒙古自治区"}, {"广西", "广西壮族自治区"},
    {"西藏", "西藏自治区"}, {"宁夏", "宁夏回族自治区"}, {"新疆", "新疆维吾尔自治区"}, {"香港", "香港特别行政区"},
    {"澳门", "澳门特别行政区"},
}};

// The province the text names most (by its short name), at least twice.
const Province* main_province(sv text, bool municipalities_only = false) {
  static const std::array<sv, kProvinces.size()> kShort = [] {
    std::array<sv, kProvinces.size()> a{};
    for (std::size_t k = 0; k < kProvinces.size(); ++k) a[k] = kProvinces[k].short_name;
    return a;
  }();
  auto n = count_words(text, kShort);
  const Province* best = nullptr;
  std::size_t most = 0, named = 0;
  for (std::size_t k = 0; k < kProvinces.size(); ++k) {
    if (municipalities_only && !ends_with(kProvinces[k].full, "市")) continue;
    named += n[k] > 0;
    if (n[k] > most) best = &kProvinces[k], most = n[k];
  }
  // Named twice at least, or the only one named.
  return most >= 2 || (most == 1 && named == 1) ? best : nullptr;
}

// Words that end like place names but are not: 开发区, 保护区, 依法治市 …
bool generic_place(sv name) {
  static constexpr std::array<sv, 22> kGeneric = {
      "保护区", "示范区", "开发区", "试验区", "自贸区", "功能区", "先行区", "经开区", "高新区", "集聚区",
      "风景区", "旅游区", "产业区", "生活区", "居住区", "城乡区", "中心城", "大城市", "各省市", "各县区",
      "各区县", "各市县"};
  for (sv g : kGeneric)
    if (name == g) return true;
  // 依法治市, 依法治区: slogans, not places (自治区, 自治县 are).
  for (sv g : {"治市", "治区", "治县", "治省", "治镇"})
    if (ends_with(name, g) && !ends_with(name, "自治区") && !ends_with(name, "自治县")) return true;
  return false;
}

// A place's name ending with one of `kinds` that the text names most (`least` times): the two
// or three characters before the kind, never starting with a function word ("在下太镇").
std::string main_place(sv text, std::initializer_list<sv> kinds, int least = 2) {
  // Function words and verbs that stand before a level word without naming a place ("按照区
  // 权责清单", "制定区…"); place names rarely start with them.
  static constexpr std::u32string_view kNotFirst =
      U"在的和与及对把将全我本各该是了为于从到由向经等入中省市区县镇乡委个年月日以让使被给共按照据制推落提组印报送请督"
      U"出发修审编起听研学指联配协参完健强严规形做抓作";
  // Per candidate: times seen, and whether once not followed by 委/政府 — "出台区委、区政府" is
  // a verb before the level's own organs, while a real name also stands alone ("朔城区2023年度").
  std::map<std::string, std::pair<int, bool>, std::less<>> seen;
  for (sv kind : kinds) {
    for (std::size_t p = text.find(kind); p != sv::npos; p = text.find(kind, p + kind.size())) {
      // 区级, 区域, 区内, 区直, 区属, 区划: the word goes on, no place ends here.
      sv next = text.substr(p + kind.size(), 3);
      if (next == "级" || next == "域" || next == "内" || next == "直" || next == "属" || next == "划" || next == "间")
        continue;
      bool organ = next == "委" || text.substr(p + kind.size(), 6) == "政府";
      // Walk back over up to three Han characters.
      std::size_t b = p;
      for (int n = 1; n <= 3; ++n) {
        if (b < 3) break;
        std::size_t len = 0;
        char32_t c = utf8::decode(text, b - 3, len);
        if (len != 3 || !utf8::is_han(c)) break;
        b -= 3;
        if (n < 2) continue;
        if (kNotFirst.find(c) != std::u32string_view::npos) continue;
        std::string name(text.substr(b, p + kind.size() - b));
        if (generic_place(name)) continue;
        auto& e = seen[name];
        ++e.first;
        e.second = e.second || !organ;
      }
    }
  }
  std::string best;
  int most = least - 1;
  for (const auto& [name, e] : seen) {
    if (!e.second) continue;
    int n = e.first;
    if (n > most || (n == most && most >= least && chars(name) > chars(best) &&
                     ends_with(name, best.substr(best.size() >= 6 ? best.size() - 6 : 0))))
      best = name, most = n;
  }
  return best;
}

// ---------------------------------------------------------------- title

struct TitleFound {
  std::string title;
  Span span;      ///< normalised text
  sv rest;        ///< the line after the title (a date in brackets may follow)
};

// Junk sites put before a title: a site name with a URL, [权威发布], 【栏目】.
std::size_t title_start(sv s, std::size_t end) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < end;) {
    std::size_t len = 0;
    char32_t c = utf8::decode(s, i, len);
    bool junk = (c < 0x80 && !is_digit(static_cast<char>(c)) && c != ' ') || c == U'—' || c == U'】' ||
                c == U'］' || c == U'|' || c == U'：';
    i += len;
    if (junk) start = i;
  }
  // 【…】 or […] at the very start
  return start;
}

sv strip_title_label(sv s) {
  for (sv label : {"标题", "标 题", "标  题", "名称"})
    if (starts_with(s, label)) return trim(s.substr(label.size()));
  return s;
}

// A title in one preamble line: "…报告", or a short "…法治政府建设…情况" with a year.
std::optional<std::pair<std::size_t, std::size_t>> title_in(sv s) {
  // 《…报告》 quoted in a sentence about the report.
  if (std::size_t q = s.find("《"); q != sv::npos) {
    std::size_t e = s.find("》", q);
    if (e != sv::npos && has(s.substr(q, e - q), "报告") && has(s.substr(q, e - q), "法治"))
      return std::make_pair(q + 3, e);
  }
  // The last 报告 within the line's first 80 characters ("【法治建设报告】某局2023年…年度报告"),
  // before any full stop (a title run into the text: "…情况报告2022年，区委…").
  std::size_t r = sv::npos, len = 0;
  for (std::size_t p = s.find("报告"); p != sv::npos && chars(s.substr(0, p)) <= 80; p = s.find("报告", p + 6)) {
    sv before = s.substr(0, p);
    if (has(before, "。") || has(before, "如下")) break;
    // A title ends at its 报告, not inside a word ("年度报告制度").
    if (p + 6 == s.size() || !utf8::is_han(utf8::decode_fast(s, p + 6, len))) r = p;
  }
  if (r != sv::npos && (has(s.substr(0, r), "法治") || has(s.substr(0, r), "依法行政")))
    return std::make_pair(title_start(s, r), r + 6);
  if (chars(s) <= 40 && has(s, "法治政府建设") && find_year(s) && !has(s, "。") && !has(s, "，")) {
    std::size_t e = s.size();
    for (sv end : {sv("情况"), sv("工作")})
      if (std::size_t p = s.rfind(end); p != sv::npos && p + end.size() <= e) e = std::min(e, p + end.size());
    return std::make_pair(title_start(s, e), e);
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- units named in sentences

// The unit before "法治政府建设" in a title or a 现将 clause, with years, 关于, 度 set aside:
// "静海区2023年度法治政府建设情况报告" → 静海区; "天津市静海区人民政府关于2024年…" → 天津市静海区人民政府.
std::string unit_in_title(sv t) {
  std::string s;
  for (std::size_t i = 0; i < t.size();) {
    YearAt y = find_year(t, i);
    std::size_t upto = y ? y.pos : t.size();
    s.append(t.substr(i, upto - i));
    if (!y) break;
    i = y.pos + y.len;
    if (t.substr(i, 3) == "度") i += 3;
  }
  sv v = s;
  std::size_t cut = v.size();
  for (sv w : {"关于", "法治政府建设", "法治建设", "推进法治政府", "依法行政", "法治政府"})
    cut = std::min(cut, v.find(w));
  v = trim(v.substr(0, cut));
  while (ends_with(v, "的")) v.remove_suffix(3);
  return names_unit(v) ? std::string(v) : std::string();
}

// The subject of an opening "2023年，[在…下，]X坚持……": the words before its verb.
std::string opening_subject(sv s, std::size_t after_year) {
  // The subject and the circumstances before it lie within the next ~80 characters.
  sv rest = s.substr(after_year, 240);
  if (starts_with(rest, "度")) rest.remove_prefix(3);
  if (starts_with(rest, "以来")) rest.remove_prefix(6);
  if (!starts_with(rest, "，")) return {};
  rest.remove_prefix(3);
  // "在…的坚强领导下，", "在…监督支持下，": the circumstances before the subject.
  for (int k = 0; k < 3 && (starts_with(rest, "在") || starts_with(rest, "按照")); ++k) {
    std::size_t c = rest.find("，");
    if (c == sv::npos || chars(rest.substr(0, c)) > 60) return {};
    rest.remove_prefix(c + 3);
  }
  static constexpr std::array<sv, 44> kVerbs = {
      "坚持", "深入", "认真", "全面", "以", "在", "始终", "紧紧", "积极", "扎实", "持续", "把", "围绕", "按照",
      "聚焦", "自觉", "着力", "高度", "牢牢", "立足", "大力", "进一步", "切实", "不断", "紧扣", "锚定", "深学",
      "贯彻", "落实", "有序", "稳步", "推进", "全力", "严格", "强化", "加强", "统筹", "主动", "依法", "不折不扣",
      "紧密", "坚决", "笃学", "法治政府建设"};
  std::size_t best = rest.size();
  for (sv v : kVerbs)
    if (std::size_t p = rest.find(v); p != sv::npos && p > 0) best = std::min(best, p);
  sv subject = trim(rest.substr(0, best));
  if (chars(subject) > 20 || has(subject, "，") || has(subject, "。")) return {};
  return std::string(subject);
}

// Level and a name from a subject such as "区政府", "市司法局", "自治区党委、政府", "我局".
UnitLevel level_of_relative(sv s) {
  if (starts_with(s, "我") || starts_with(s, "本") || starts_with(s, "全")) s.remove_prefix(3);
  if (starts_with(s, "自治区")) return UnitLevel::province;
  if (starts_with(s, "省") && !ends_with(s, "局") && !ends_with(s, "厅") && !ends_with(s, "委")) return UnitLevel::province;
  if (starts_with(s, "市") && !ends_with(s, "局") && !ends_with(s, "委")) return UnitLevel::city;
  if ((starts_with(s, "区") || starts_with(s, "县")) && !ends_with(s, "局") && !ends_with(s, "委")) return UnitLevel::county;
  if (starts_with(s, "镇") || starts_with(s, "乡") || starts_with(s, "街道")) return UnitLevel::township;
  for (sv d : {"局", "厅", "委", "办", "部"})
    if (ends_with(s, d)) return UnitLevel::department;
  return UnitLevel::unknown;
}

}  // namespace

Meta find_meta(const Document& d, const std::vector<PageField>& fields) {
  Meta m;
  sv text = d.normalised.utf8;
  auto para = [&](const Paragraph& p) { return text.substr(p.span.begin, p.span.size()); };
  std::size_t first_part = text.size();
  for (const Section& s : d.sections)
    if (s.is_part()) {
      first_part = s.heading_span.begin;
      break;
    }
  std::vector<const Paragraph*> preamble;
  for (const Paragraph& p : d.paragraphs)
    if (p.span.begin < first_part && preamble.size() < 15) preamble.push_back(&p);
  // The opening: the preamble, or the first paragraphs when the report starts with a part.
  std::vector<const Paragraph*> opening = preamble;
  for (std::size_t k = 0; k < d.paragraphs.size() && opening.size() < 4; ++k)
    if (std::find(opening.begin(), opening.end(), &d.paragraphs[k]) == opening.end())
      opening.push_back(&d.paragraphs[k]);
  auto field = [&](sv label) -> const PageField* {
    for (const PageField& f : fields)
      if (f.label == label) return &f;
    return nullptr;
  };

  // ---- title
  for (std::size_t k = 0; k < preamble.size() && m.title.empty(); ++k) {
    sv s = strip_title_label(para(*preamble[k]));
    std::size_t base = preamble[k]->span.begin + (para(*preamble[k]).size() - s.size());
    auto t = title_in(s);
    if (!t) {
      // A title broken over two lines: "…局2022年法治政府建设" + "年度报告"; "天津市…人民政府" +
      // "关于2024年法治政府建设报告".
      if (k + 1 < preamble.size()) {
        sv next = para(*preamble[k + 1]);
        bool head = chars(s) <= 40 && !has(s, "。") && !has(s, "，") &&
                    (names_unit(s) || (has(s, "法治") && find_year(s)));
        if (head && chars(next) <= 40 && ends_with(next, "报告") && !has(next, "。")) {
          m.title = std::string(s) + std::string(next);
          m.title_span = {base, preamble[k + 1]->span.end};
          m.title_from = MetaSource::title;
          if (names_unit(s) && !has(s, "法治")) m.issuer = std::string(s), m.issuer_from = MetaSource::title;
        }
      }
      continue;
    }
    m.title = std::string(s.substr(t->first, t->second - t->first));
    m.title_span = {base + t->first, base + t->second};
    m.title_from = MetaSource::title;
    // A date in brackets after the title: "…情况报告（2025-03-26）".
    sv rest = s.substr(t->second);
    if (starts_with(rest, "（"))
      if (auto date = parse_date(rest.substr(3))) {
        m.published = date;
        m.published_span = {base + t->second + 3, base + t->second + 3 + 10};
        m.published_from = MetaSource::title;
      }
  }
  if (const PageField* f = field("标题"); f && m.title.empty()) {
    m.title = f->value;
    m.title_from = MetaSource::page_field;
  }

  // ---- issuer
  UnitLevel relative = UnitLevel::unknown;  // a unit named by its level only ("省政府", "我局")
  std::string relative_name;
  auto offer_issuer = [&](const std::string& unit, MetaSource from) {
    if (unit.empty() || !m.issuer.empty()) return;
    if (relative_start(unit) || level_only(unit)) {
      if (relative == UnitLevel::unknown) relative = level_of_relative(unit), relative_name = unit;
      return;
    }
    m.issuer = unit;
    m.issuer_from = from;
  };
  if (const PageField* f = field("发文机关")) offer_issuer(std::string(trim(f->value)), MetaSource::page_field);
  if (!m.title.empty()) {
    // Every title-like line may name the unit; one naming its government or office ("中共冠县县委
    // 冠县人民政府关于…") is preferred to a bare place ("冠县2023年度…").
    std::string bare_place = unit_in_title(m.title);
    bool body = false;
    for (sv b : kBodies) body = body || ends_with(bare_place, b);
    for (const Paragraph* p : preamble) {
      if (body || !m.issuer.empty()) break;
      sv s = strip_title_label(para(*p));
      if (auto t = title_in(s)) {
        std::string u = unit_in_title(s.substr(t->first, t->second - t->first));
        for (sv b : kBodies)
          if (ends_with(u, b) && !relative_start(u) && !level_only(u)) {
            m.issuer = u, m.issuer_from = MetaSource::title, body = true;
            break;
          }
      }
    }
    offer_issuer(bare_place, MetaSource::title);
  }
  for (const Paragraph* p : opening) {
    sv s = para(*p);
    // "现将X2023年度…报告如下", "现就我镇2022年度…"
    for (sv lead : {"现将", "现就", "现把", "现对"}) {
      std::size_t a = s.find(lead);
      if (a == sv::npos) continue;
      sv clause = s.substr(a + lead.size());
      std::size_t e = clause.find("报告如下");
      if (e == sv::npos) e = clause.find("汇报如下");
      if (e == sv::npos) e = clause.find("总结如下");
      if (e == sv::npos || chars(clause.substr(0, e)) > 60) continue;
      offer_issuer(unit_in_title(clause.substr(0, e)), MetaSource::opening);
    }
    // "2023年，[在…领导下，]X坚持…"
    for (YearAt y = find_year(s); y; y = find_year(s, y.pos + y.len)) {
      std::string subject = opening_subject(s, y.pos + y.len);
      if (!subject.empty() && names_unit(subject)) offer_issuer(subject, MetaSource::opening);
      else if (!subject.empty() && relative == UnitLevel::unknown && level_of_relative(subject) != UnitLevel::unknown)
        relative = level_of_relative(subject), relative_name = subject;
    }
  }
  if (m.issuer.empty()) {  // the signature: a short unit line among the last ones
    std::size_t n = d.paragraphs.size();
    for (std::size_t k = n > 4 ? n - 4 : 0; k < n; ++k) {
      sv s = trim(para(d.paragraphs[k]));
      if (chars(s) <= 30 && names_unit(s) && !relative_start(s) && !level_only(s)) {
        m.issuer = std::string(s);
        m.issuer_from = MetaSource::signature;
      }
    }
  }

  // ---- level: the issuer's, else the level a relative subject names ("区政府"), else how the
  // text speaks of itself (a bare 我区 may be an autonomous region: the self-references decide).
  sv head = text.substr(0, std::min<std::size_t>(text.size(), 12000));
  m.level = level_of(m.issuer);
  if (m.level != UnitLevel::unknown) m.level_from = m.issuer_from;
  LevelVote vote;
  if (m.level == UnitLevel::unknown) vote = self_reference(head);  // only when the issuer leaves it open
  sv r = relative_name;
  for (sv self : {"我", "本", "全"})
    if (starts_with(r, self)) r.remove_prefix(self.size());
  bool bare = r.empty() || r == "省" || r == "市" || r == "区" || r == "县" || r == "镇" || r == "乡" || r == "街道";
  // Systems report through their department: 全市司法行政系统 → 司法局, 全市公安机关 → 公安局.
  std::string department;
  for (auto [system, body] : {std::pair<sv, sv>{"司法行政系统", "司法局"}, {"司法行政机关", "司法局"},
                              {"公安机关", "公安局"}, {"公安系统", "公安局"}})
    if (has(r, system)) department = std::string(r.substr(0, std::min<std::size_t>(r.find(system), 9))) + std::string(body);
  if (!department.empty()) relative = UnitLevel::department;
  if (m.level == UnitLevel::unknown && relative != UnitLevel::unknown && !(bare && vote.level != UnitLevel::unknown))
    m.level = relative, m.level_from = MetaSource::opening;
  if (m.level == UnitLevel::unknown && vote.level != UnitLevel::unknown) m.level = vote.level, m.level_from = MetaSource::text;
  // A unit named by its level only ("省政府", "我镇", "市公安局"): completed with the place the
  // text names most. A city that is one of the four municipalities is province-level.
  if (m.issuer.empty() && m.level != UnitLevel::unknown) {
    if (m.level == UnitLevel::city)
      if (const Province* p = main_province(head, true)) {
        m.level = UnitLevel::province;
        r = starts_with(r, "市") ? r.substr(3) : r;
        relative_name = "省" + std::string(r);
        r = sv(relative_name).substr(3);
        m.issuer = std::string(p->full);
      }
    std::string place = m.issuer;
    switch (m.level) {
      case UnitLevel::province:
        if (place.empty())
          if (const Province* p = main_province(head)) place = std::string(p->full);
        break;
      case UnitLevel::city: place = main_place(head, {"市"}); break;
      case UnitLevel::county: place = main_place(head, {"区", "县", "旗"}); break;
      case UnitLevel::township: place = main_place(head, {"街道", "镇", "乡"}); break;
      case UnitLevel::department: {
        sv dept = department.empty() ? r : sv(department);
        if (dept.empty()) break;
        // "市公安局": the text's own full name ("宜春市公安局"), else the place of that level.
        place = main_place(head, {dept}, 1);  // its own full name, once, is enough
        if (place.empty()) {
          if (starts_with(dept, "省")) {
            if (const Province* p = main_province(head)) place = std::string(p->full) + std::string(dept.substr(3));
          } else if (starts_with(dept, "市")) {
            std::string city = main_place(head, {"市"});
            if (!city.empty()) place = city + std::string(dept.substr(3));
          } else if (starts_with(dept, "区") || starts_with(dept, "县")) {
            std::string county = main_place(head, {"区", "县"});
            if (!county.empty()) place = county + std::string(dept.substr(3));
          }
        }
        if (place.empty() && !bare) place = std::string(dept);  // what the text calls itself
        break;
      }
      case UnitLevel::unknown: break;
    }
    if (!place.empty()) {
      // The body after the level word: "自治区党委、政府" → 党委、政府; "省政府" → 人民政府; a
      // collective subject ("全市各区、各部门", "各级行政机关") → the government.
      sv body = r;
      for (sv kind : {"自治区", "省", "市", "区", "县", "镇", "乡", "街道"})
        if (starts_with(body, kind)) {
          body.remove_prefix(kind.size());
          break;
        }
      if (has(body, "各") || body == "政府" || body == "人民政府" || has(body, "系统") || has(body, "机关")) body = {};
      if (m.level == UnitLevel::department) m.issuer = place;
      else if (!body.empty() && (has(body, "政府") || has(body, "党委")) && !ends_with(place, std::string(body)))
        m.issuer = place + std::string(body);
      else if (m.level == UnitLevel::township) m.issuer = place;
      else m.issuer = place + "人民政府";
      m.issuer_from = MetaSource::text;
    }
  }

  // ---- the year reported on
  auto set_year = [&](std::size_t base, sv s, int delta, MetaSource from) {
    if (m.year) return;
    for (YearAt y = find_year(s); y; y = find_year(s, y.pos + y.len)) {
      if (y.range) continue;
      m.year = y.year + delta;
      m.year_span = {base + y.pos, base + y.pos + y.len};
      m.year_from = from;
      return;
    }
  };
  if (m.title_from == MetaSource::title) {
    set_year(m.title_span.begin, text.substr(m.title_span.begin, m.title_span.size()), 0, MetaSource::title);
  } else if (YearAt y = find_year(m.title); y && !y.range) {  // the page field 标题
    m.year = y.year;
    m.year_from = MetaSource::page_field;
  }
  // The opening sentence: "2023年，…", "2023年以来，…", "现将2023年度…报告如下".
  for (const Paragraph* p : opening) {
    if (m.year) break;
    sv s = para(*p);
    for (YearAt y = find_year(s); y && !m.year; y = find_year(s, y.pos + y.len)) {
      if (y.range) continue;
      sv after = s.substr(y.pos + y.len);
      // At a sentence's start, or after a comma in the preamble ("根据……部署，2023年，某街道…");
      // a year inside a part's text ("近年来，……，2018年，在全市考评中…") is history.
      sv before = s.substr(0, y.pos);
      bool preamble_para = std::find(preamble.begin(), preamble.end(), p) != preamble.end();
      bool starts_sentence = before.empty() || ends_with(before, "。") || ends_with(before, "：") ||
                             (preamble_para && ends_with(before, "，"));
      bool lead = starts_sentence && (starts_with(after, "，") || starts_with(after, "以来") ||
                                      starts_with(after, "度，") || starts_with(after, "是") ||
                                      starts_with(after, "度"));
      std::size_t xj = s.find("现将");
      if (xj == sv::npos) xj = s.find("现就");
      if (xj == sv::npos) xj = s.find("现对");
      bool report_clause = xj != sv::npos && y.pos > xj && y.pos < xj + 90 && has(s.substr(y.pos, 120), "如下");
      if (lead || report_clause) {
        m.year = y.year;
        m.year_span = {p->span.begin + y.pos, p->span.begin + y.pos + y.len};
        m.year_from = MetaSource::opening;
      }
    }
  }
  for (const Section& s : d.sections)
    if (s.is_part() && s.role == Role::achievements) set_year(s.heading_span.begin, s.heading, 0, MetaSource::heading);
  for (const Section& s : d.sections)
    if (s.is_part() && s.role == Role::plans) set_year(s.heading_span.begin, s.heading, -1, MetaSource::heading);
  if (!m.year) {
    std::map<int, std::pair<int, std::size_t>> seen;  // year → {times, first offset}
    for (const Paragraph* p : preamble) {
      sv s = para(*p);
      for (YearAt y = find_year(s); y; y = find_year(s, y.pos + y.len)) {
        if (y.range) continue;
        auto& c = seen[y.year];
        if (c.first++ == 0) c.second = p->span.begin + y.pos;
      }
    }
    int best = 0;
    for (auto& [y, c] : seen)
      if (best == 0 || c.first > seen[best].first) best = y;
    if (best) {
      m.year = best;
      m.year_span = {seen[best].second, seen[best].second + 7};
      m.year_from = MetaSource::preamble;
    }
  }

  // ---- publication date: page-header fields first, a date line near the title, the signature.
  for (sv label : {"发文日期", "发布日期", "发布时间", "成文日期", "日期", "时间", "更新时间"}) {
    if (m.published && m.published_from != MetaSource::title) break;
    for (const PageField& f : fields)
      if (f.label == label)
        if (auto date = parse_date(f.value)) {
          m.published = date;
          m.published_span = {};
          m.published_original = d.decoded.to_source.to_source(f.value_span);
          m.published_from = MetaSource::page_field;
          break;
        }
  }
  if (!m.published) {  // a short line of the preamble that is (or holds) a date: "2024-03-27 14:21 湖北省司法厅"
    for (const Paragraph* p : preamble) {
      sv s = para(*p);
      if (chars(s) > 40 || has(s, "。") || has(s, "，")) continue;
      for (std::size_t i = 0; i + 8 <= s.size(); ++i) {
        if (!(s[i] == '1' || s[i] == '2') || (i > 0 && is_digit(s[i - 1]))) continue;
        if (auto date = parse_date(s.substr(i))) {
          m.published = date;
          m.published_span = {p->span.begin + i, p->span.begin + i + std::min<std::size_t>(10, s.size() - i)};
          m.published_from = MetaSource::preamble;
          break;
        }
      }
      if (m.published) break;
    }
  }
  if (!m.published) {
    std::size_t n = d.paragraphs.size();
    for (std::size_t k = n > 3 ? n - 3 : 0; k < n; ++k) {
      sv s = para(d.paragraphs[k]);
      auto date = parse_date(s);
      if (date && chars(s) <= 16 && has(s, "日")) {
        m.published = date;
        m.published_span = d.paragraphs[k].span;
        m.published_from = MetaSource::signature;
      }
    }
  }
  if (m.published && !m.published_span.empty()) m.published_original = d.to_original(m.published_span);
  // No year stated anywhere: reports are published early the next year (a December date: the same).
  if (!m.year && m.published && m.published->year > 2000) {
    m.year = m.published->month >= 11 ? m.published->year : m.published->year - 1;
    m.year_from = MetaSource::published;
  }
  return m;
}

}  // namespace fz
