#include "engine/document/part_names.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "engine/input/utf8.hpp"
#include "engine/span.hpp"

namespace fz {
namespace {

using sv = std::string_view;

// A family of part names. In a strong wording "…" stands for up to six characters of the same
// phrase (no comma or stop between): "存在…问题" finds 存在的问题, 存在的主要问题, 存在一些问题.
struct Family {
  Role role;
  std::vector<sv> strong;
  std::vector<sv> weak_end;  ///< a name only as the heading's last word
};

const std::array<Family, 4>& families() {
  static const std::array<Family, 4> kFamilies = {{
      {Role::duty,
       {"第一责任人…职责", "第一责任人…履", "履行第一责任", "第一责任人情况", "主要负责人履",
        "主要负责同志履", "主要领导履", "主要负责人…职责", "主要负责同志…职责", "主要领导…职责", "一把手…职责",
        "主要负责人…法治建设情况"},
       {}},
      {Role::shortcomings,
       {"存在的不足", "存在不足", "存在…问题", "存在…不足", "存在…困难", "存在…短板", "存在…差距",
        "存在…薄弱", "问题…不足", "不足…问题", "问题…差距", "差距…问题", "短板…弱项", "短板…不足",
        "差距…不足", "不足…差距", "不足…原因", "问题…原因", "薄弱环节", "不足之处", "困难…问题",
        "问题…困难", "主要问题", "突出问题", "问题剖析", "原因分析", "困难和挑战", "困难挑战", "面临的问题",
        "面临的困难", "问题短板", "短板问题", "不足和短板"},
       {"不足", "问题", "短板", "差距", "弱项"}},
      {Role::plans,
       {"下一步", "下步", "下一阶段", "下阶段", "下一年度", "下年度", "明年", "今后", "工作安排",
        "主要安排", "工作打算", "工作计划", "工作思路", "工作设想", "工作重点", "重点工作安排",
        "努力方向", "改进措施", "整改措施", "改进方向", "工作展望", "下一年", "工作谋划"},
       {"计划", "打算", "思路", "设想", "安排", "重点", "方向", "展望"}},
      {Role::achievements,
       {"主要举措", "举措…成效", "主要成效", "工作成效", "取得…成效", "主要做法", "做法…成效",
        "开展情况", "推进情况", "进展情况", "落实情况", "完成情况", "工作情况", "主要工作", "工作回顾",
        "工作总结", "总体情况", "基本情况", "主要成绩", "工作成绩", "取得…成绩", "经验做法",
        "工作开展", "工作亮点", "履职情况"},
       {"成效", "成绩", "情况", "做法"}},
  }};
  return kFamilies;
}

// Action verbs that open a line of work ("加强…", "着力解决…"): such a heading reports work done.
constexpr std::array<sv, 52> kActionVerbs = {
    "加强", "推进", "深化", "健全", "完善", "强化", "坚持", "提升", "严格", "扎实", "全面", "切实", "持续",
    "深入", "积极", "不断", "规范", "优化", "聚焦", "落实", "着力", "推动", "建立", "构建", "创新", "大力",
    "认真", "依法", "狠抓", "补齐", "解决", "破解", "筑牢", "夯实", "压实", "抓好", "做好", "注重", "突出",
    "围绕", "立足", "紧扣", "统筹", "加快", "提高", "发挥", "树立", "贯彻", "开展", "实施", "坚决", "聚力"};

bool starts(sv s, sv p) { return s.substr(0, p.size()) == p; }

bool is_break(sv s, std::size_t i) {
  for (sv p : {sv("，"), sv("。"), sv("；"), sv("："), sv("、")})
    if (s.substr(i, p.size()) == p) return true;
  return false;
}

// The strong wordings of all families, split at their gap, indexed by first character, so a
// heading is scanned once (a find per wording made this a third of the structure stage).
struct Wording {
  std::size_t family;  ///< index into families()
  std::size_t index;   ///< position in its family's list: the earliest listed names the match
  sv head, tail;       ///< "存在…问题" → 存在, 问题; no gap → tail empty
  char32_t first;
};

const std::vector<Wording>& wordings() {
  static const std::vector<Wording> kAll = [] {
    std::vector<Wording> all;
    for (std::size_t f = 0; f < families().size(); ++f)
      for (std::size_t k = 0; k < families()[f].strong.size(); ++k) {
        sv w = families()[f].strong[k];
        std::size_t g = w.find("…");
        Wording x{f, k, g == sv::npos ? w : w.substr(0, g), g == sv::npos ? sv() : w.substr(g + 3), 0};
        std::size_t len = 0;
        x.first = utf8::decode(x.head, 0, len);
        all.push_back(x);
      }
    std::sort(all.begin(), all.end(), [](const Wording& a, const Wording& b) { return a.first < b.first; });
    return all;
  }();
  return kAll;
}

// The end of `tail` found within six characters after `from` in the same phrase, or npos.
std::size_t tail_end(sv s, std::size_t from, sv tail) {
  std::size_t i = from;
  for (int chars = 0; chars <= 6 && i <= s.size(); ++chars) {
    if (s.compare(i, tail.size(), tail) == 0) return i + tail.size();
    if (i == s.size() || is_break(s, i)) break;
    std::size_t len = 0;
    utf8::decode(s, i, len);
    i += len;
  }
  return sv::npos;
}

bool has_year(sv s) {
  for (std::size_t p = s.find("年"); p != sv::npos; p = s.find("年", p + 1)) {
    if (p >= 4 && s[p - 4] == '2' && s[p - 3] == '0' && s[p - 2] >= '0' && s[p - 2] <= '9' &&
        s[p - 1] >= '0' && s[p - 1] <= '9')
      return true;
    if (p >= 3 && (s.substr(p - 3, 3) == "〇" || s.substr(p - 3, 3) == "零")) return true;
  }
  return false;
}

// Characters that do not make a heading more than a name: function words, 工作/主要/情况,
// numbers and years ("2023年度主要工作情况" is all name).
bool is_filler(char32_t c) {
  static constexpr std::u32string_view kFiller =
      U"的和及与、年度工作主要方面情况一些等来全今本我区市县镇乡街道局委办省政府部门单位中二三四五六七八九十〇零";
  return (c >= '0' && c <= '9') || c == ' ' || kFiller.find(c) != std::u32string_view::npos;
}

sv trim_end(sv s) {
  for (bool again = true; again;) {
    again = false;
    for (sv p : {sv("："), sv("。"), sv(" "), sv("；")})
      if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) s.remove_suffix(p.size()), again = true;
  }
  return s;
}

}  // namespace

bool may_name_other_part(sv h) {
  // What read_part_name would find name-like at best: short, no clause break, and for a verb-led
  // heading only a duty name. Every wording of the three families holds one of the keys.
  if (h.size() > 32 * 3 || h.find("，") != sv::npos || h.find("；") != sv::npos || h.find("。") != sv::npos)
    return false;
  static constexpr std::array<sv, 5> kDuty = {"第一责任", "负责人", "负责同志", "一把手", "主要领导"};
  static constexpr std::array<sv, 25> kOther = {
      "问题", "不足", "差距", "短板", "弱项", "薄弱", "困难", "原因", "挑战", "下一", "下步", "下阶段", "下年",
      "明年", "今后", "计划", "打算", "安排", "思路", "设想", "重点", "方向", "展望", "措施", "谋划"};
  for (sv k : kDuty)
    if (h.find(k) != sv::npos) return true;
  // Most sub-headings lead with a verb ("加强…", "推进…"): settled by comparing their first
  // character before any search.
  if (h.size() >= 6)
    for (sv v : kActionVerbs)
      if (h[0] == v[0] && h[1] == v[1] && h[2] == v[2] && starts(h, v)) return false;
  for (sv k : kOther)
    if (h.find(k) != sv::npos) return true;
  return false;
}

PartName read_part_name(sv heading) {
  sv h = trim_end(heading);
  bool verb_led = false;
  for (sv v : kActionVerbs) verb_led = verb_led || starts(h, v);
  bool plans_context = has_year(h) || h.find("工作") != sv::npos || h.find("主要") != sv::npos;

  struct Found {
    Role role;
    Span at;
    bool weak;
  };
  // Per family: its earliest-listed strong wording found, and where.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::array<std::size_t, 4> best_index;
  best_index.fill(kNone);
  std::array<Span, 4> best_at{};
  // Where any wording matched (the name's own words, for name_like); bounded, no allocation.
  std::array<Span, 24> covered{};
  std::size_t n_covered = 0;
  auto cover = [&](Span at) {
    if (n_covered < covered.size()) covered[n_covered++] = at;
  };
  const auto& all = wordings();
  for (std::size_t i = 0; i < h.size();) {
    std::size_t len = 0;
    char32_t c = utf8::decode_fast(h, i, len);
    auto lo = std::lower_bound(all.begin(), all.end(), c, [](const Wording& w, char32_t x) { return w.first < x; });
    for (auto it = lo; it != all.end() && it->first == c; ++it) {
      if (h.compare(i, it->head.size(), it->head) != 0) continue;
      std::size_t end = it->tail.empty() ? i + it->head.size() : tail_end(h, i + it->head.size(), it->tail);
      if (end == sv::npos) continue;
      cover({i, end});
      if (best_index[it->family] == kNone || it->index < best_index[it->family])
        best_index[it->family] = it->index, best_at[it->family] = {i, end};
    }
    i += len;
  }
  std::array<Found, 4> found_buf{};
  std::size_t n_found = 0;
  for (std::size_t f = 0; f < families().size(); ++f) {
    const Family& fam = families()[f];
    bool blocked = verb_led && (fam.role == Role::shortcomings || fam.role == Role::plans);
    bool hit = best_index[f] != kNone;
    if (hit && !blocked) found_buf[n_found++] = {fam.role, best_at[f], false};
    for (sv w : fam.weak_end) {
      if (h.size() < w.size() || h.substr(h.size() - w.size()) != w) continue;
      Span at{h.size() - w.size(), h.size()};
      cover(at);
      if (!hit && !blocked && (fam.role != Role::plans || plans_context)) found_buf[n_found++] = {fam.role, at, true}, hit = true;
    }
  }
  std::span<Found> found(found_buf.data(), n_found);
  // An achievements wording beside another family's is part of that family's name: a weak word
  // ("存在问题情况", "第一责任人职责情况"), or one the other's wording overlaps and ends after, as
  // a compound's head comes last ("2024年主要工作安排" is 工作安排, plans, not also 主要工作).
  std::array<bool, 4> part_of_other{};
  for (std::size_t i = 0; i < found.size(); ++i)
    for (const Found& y : found)
      if (found[i].role == Role::achievements && y.role != Role::achievements &&
          (found[i].weak || (found[i].at.begin < y.at.end && y.at.begin < found[i].at.end &&
                             found[i].at.end < y.at.end)))
        part_of_other[i] = true;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < found.size(); ++i)
    if (!part_of_other[i]) found[kept++] = found[i];
  found = found.first(kept);

  PartName out;
  auto has = [&](Role r) {
    for (const Found& x : found)
      if (x.role == r) return true;
    return false;
  };
  auto wording = [&](Role r) {
    for (const Found& x : found)
      if (x.role == r) return std::string(h.substr(x.at.begin, x.at.size()));
    return std::string();
  };
  if (has(Role::duty)) {
    out.role = Role::duty;
  } else if (has(Role::shortcomings) && has(Role::plans)) {
    out.role = Role::shortcomings, out.also = Role::plans;
  } else if (has(Role::achievements) && has(Role::plans)) {
    out.role = Role::achievements, out.also = Role::plans;
  } else if (has(Role::achievements) && has(Role::shortcomings)) {
    out.role = Role::achievements, out.also = Role::shortcomings;
  } else if (!found.empty()) {
    out.role = found.front().role;
  }
  if (out.role == Role::other) return out;
  out.words = wording(out.role);
  if (out.also != Role::other) out.words += " + " + wording(out.also);

  // Name-like: little of the heading lies outside the family wordings and the filler.
  std::size_t chars = 0, rest = 0;
  bool comma = false;
  for (std::size_t i = 0; i < h.size();) {
    std::size_t len = 0;
    char32_t c = utf8::decode(h, i, len);
    ++chars;
    comma = comma || c == U'，' || c == U'；' || c == U'。';
    bool inside = false;
    for (std::size_t k = 0; k < n_covered; ++k) inside = inside || (covered[k].begin <= i && i < covered[k].end);
    if (!inside && !is_filler(c)) ++rest;
    i += len;
  }
  // A verb-led heading names no shortcomings or plans part; an achievements name may lead with
  // one ("推进情况").
  // The duty part's names are long and unmistakable ("履行推进法治建设第一责任人职责情况").
  bool duty = out.role == Role::duty;
  out.name_like = chars <= (duty ? 32u : 24u) && !comma && rest <= (duty ? 16u : 6u) &&
                  (!verb_led || duty || out.role == Role::achievements);
  for (const Found& x : found)
    if (x.role == out.role) out.weak = x.weak;
  return out;
}

}  // namespace fz
