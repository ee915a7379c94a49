#include "engine/analysis/figures.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "engine/analysis/util.hpp"
#include "engine/match/matcher.hpp"

namespace fz::analysis {
namespace {

// A number: Arabic (thousands separators, decimals, an optional 万) or Chinese numerals.
const std::string N =
    "([0-9]+(?:[,，][0-9]{3})*(?:\\.[0-9]+)?万?|[零〇一二两三四五六七八九十百千万]+)";
// A short gap inside one clause: no digits, no clause punctuation.
const std::string G = "[^。；，,0-9]{0,6}?";
std::string U(const char* units) { return std::string("(?:余|多)?(") + units + ")"; }
const std::string PCT = "(%)";

struct Spec {
  const char* id;
  const char* label;
  const char* context;                // RE2; must occur in the sentence ("" = none)
  std::vector<std::string> patterns;  // group 1 = number, group 2 = unit; priority order
  std::vector<std::string> not_after; // a match directly after one of these is skipped
};

std::vector<Spec> make_specs() {
  const std::string CASES = U("件|宗");
  return {
      {"fuyi_received", "行政复议收案数", "",
       {"(?:收到|接收|受理|办理|新收|收|审理)[^。；，,0-9]{0,6}?行政复议(?:案件|申请)" + G + N + CASES,
        "行政复议(?:案件|申请)(?:共|共计|总数)?" + N + CASES},
       {}},
      {"fuyi_accepted", "行政复议受理数", "复议",
       {"(?:已)?(?:依法)?(?:予以)?受理(?:了|共|共计)?" + N + CASES},
       {"不", "不予"}},
      {"fuyi_concluded", "行政复议审结数", "复议",
       {"(?:审结|办结|结案)" + G + N + CASES},
       {}},
      {"fuyi_corrected", "行政复议纠错数", "复议",
       {"(?:纠错|纠正)(?:了|共|共计)?" + N + CASES,
        "(?:撤改类|撤销、?变更|撤销|变更|确认违法)[^。；，,0-9]{0,12}?" + N + CASES},
       {}},
      {"fuyi_correction_rate", "行政复议纠错率", "",
       {"纠错率" + G + N + PCT},
       {}},
      {"yingsu_rate", "行政机关负责人出庭应诉率", "",
       {"出庭应诉率" + G + N + PCT},
       {}},
      {"susong_cases", "行政诉讼案件数", "",
       {"行政(?:诉讼|应诉)(?:案件)?" + G + N + CASES,
        N + CASES + "(?:一审|二审)?行政(?:诉讼|应诉)案件"},
       {}},
      {"baisu_rate", "行政诉讼败诉率", "",
       {"败诉率" + G + N + PCT},
       {}},
      {"juece_catalogue", "重大行政决策目录事项数", "决策",
       {"目录[^。；,0-9]{0,12}?" + N + U("项|件|个"),
        "重大(?:行政)?决策事项" + G + N + U("项|件|个"),
        N + U("项|件|个") + "重大(?:行政)?决策"},
       {}},
      {"gfxwj_issued", "规范性文件制发数", "规范性文件",
       {"(?:制定|印发|制发|出台|发布)[^。；，,0-9]{0,10}?规范性文件" + G + N + U("件|份|个"),
        "(?:制定|印发|制发|出台|发布)" + N + U("件|份")},
       {}},
      {"gfxwj_filed", "规范性文件备案数", "规范性文件",
       {"(?:备案|报备)(?:审查)?" + G + N + U("件|份")},
       {}},
      {"gfxwj_filing_rate", "规范性文件报备率", "规范性文件",
       {"(?:报备率|备案率)" + G + N + PCT},
       {}},
      {"gfxwj_cleaned", "规范性文件清理数", "规范性文件",
       {"清理[^。；，,0-9]{0,12}?" + N + U("件|份|个"),
        N + U("件|份|个") + "[^。；，,0-9]{0,20}?清理"},
       {}},
      {"zhifa_holders", "持行政执法证人数", "执法证|持证",
       {"(?:现有|共有|累计)(?:有效)?(?:行政)?执法证(?:件)?" + G + N + U("人"),
        "持证[^。；，,]{0,20}?(?:增加|增至|达到|达)(?:至|到)?(?:目前的|目前|现在的)?" + N + U("人"),
        "持(?:有)?(?:有效)?(?:行政)?执法证(?:件)?(?:的)?(?:人员)?" + G + N + U("人"),
        "持证(?:人员|执法人员)?" + G + N + U("人")},
       {}},
      {"falv_yuanzhu", "法律援助案件数", "法律援助",
       {"法律援助案件" + G + N + CASES,
        "(?:办理|受理)[^。；，,0-9]{0,8}?" + N + CASES},
       {}},
      {"tiaojie_cases", "人民调解案件数", "调解",
       {"(?:受理|调处|调解|化解|排查化解)[^。；，,0-9]{0,8}?纠纷" + G + N + U("件|宗|起"),
        "调解(?:矛盾纠纷|纠纷|案件)(?:共|共计)?" + N + U("件|宗|起"),
        "人民调解(?:共|共计)?" + N + U("件|宗|起")},
       {}},
      {"tiaojie_succeeded", "调解成功数", "调解",
       {"调解成功" + N + U("件|宗|起")},
       {}},
      {"tiaojie_success_rate", "调解成功率", "调解",
       {"成功率" + G + N + PCT},
       {}},
  };
}

const std::vector<Spec>& specs() {
  static const std::vector<Spec> s = make_specs();
  return s;
}

struct Compiled {
  const Spec* spec;
  std::unique_ptr<RE2> context;
  std::vector<std::unique_ptr<RE2>> patterns;
  std::vector<int> scan_id;  ///< each pattern's index in Figures::prefilter
};

/// Every spec compiled, plus a Prefilter (the one the checklist matcher uses) over all their
/// patterns: one Hyperscan pass over the document finds the literal atoms RE2's FilteredRE2
/// extracts from each pattern, and RE2 runs (with submatches) only on the sentences whose atoms
/// admit a pattern. Trying every pattern on every sentence with RE2 (and, later, one RE2::Set per
/// sentence) cost a sixth to a fifth of a report's time; this costs under a tenth
/// (docs/performance.md).
struct Figures {
  std::vector<Compiled> specs;
  std::shared_ptr<const Prefilter> prefilter;  ///< null: RE2 tries every pattern everywhere
};

// Built once and then only read (immutable), so threads share it safely.
const Figures& compiled() {
  static const Figures f = [] {
    RE2::Options opt;
    opt.set_encoding(RE2::Options::EncodingUTF8);
    opt.set_log_errors(true);
    Figures out;
    std::vector<Pattern> all;
    for (const auto& s : specs()) {
      Compiled c{&s, nullptr, {}, {}};
      if (*s.context) c.context = std::make_unique<RE2>(s.context, opt);
      for (const auto& p : s.patterns) {
        c.patterns.push_back(std::make_unique<RE2>(p, opt));
        c.scan_id.push_back(static_cast<int>(all.size()));
        all.push_back({p, true});
      }
      out.specs.push_back(std::move(c));
    }
    out.prefilter = Prefilter::build(all);
    return out;
  }();
  return f;
}

int chinese_digit(std::string_view c) {
  static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int i = 0; i < 10; ++i)
    if (c == digits[i]) return i;
  if (c == "〇") return 0;
  if (c == "两") return 2;
  return -1;
}

std::optional<double> parse_chinese(std::string_view s) {
  double total = 0, section = 0, digit = 0;
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0xF0) len = 4; else if (b >= 0xE0) len = 3; else if (b >= 0xC0) len = 2;
    std::string_view c = s.substr(i, len);
    i += len;
    if (int d = chinese_digit(c); d >= 0) { digit = d; any = true; continue; }
    double mult = c == "十" ? 10 : c == "百" ? 100 : c == "千" ? 1000 : c == "万" ? 10000 : 0;
    if (mult == 0) return std::nullopt;
    any = true;
    if (mult == 10000) {
      total = (total + section + digit) * 10000;
      section = digit = 0;
    } else {
      section += (digit == 0 && mult == 10 ? 1 : digit) * mult;  // "十五" = 15
      digit = 0;
    }
  }
  if (!any) return std::nullopt;
  return total + section + digit;
}

}  // namespace

std::optional<double> parse_number(std::string_view s) {
  while (!s.empty() && s.back() == '%') s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  if (s[0] < '0' || s[0] > '9') return parse_chinese(s);
  double mult = 1;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "万") { mult = 10000; s.remove_suffix(3); }
  std::string digits;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') continue;
    if (s.substr(i, 3) == "，") { i += 2; continue; }
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
    digits += c;
  }
  if (digits.empty() || digits.front() == '.' || digits.back() == '.' ||
      digits.find('.') != digits.rfind('.'))
    return std::nullopt;
  return std::stod(digits) * mult;
}

std::vector<Figure> extract_figures(const Document& doc) {
  std::vector<Figure> out;
  const std::string& text = doc.normalised.utf8;
  re2::StringPiece whole(text);
  const Figures& figures = compiled();
  // The patterns each sentence's atoms admit (sentence order), plus those with no atoms at all.
  std::vector<Prefilter::Event> events;
  bool scanned = figures.prefilter && figures.prefilter->scan(text, events);
  std::vector<std::pair<int, int>> admitted;  // (sentence, pattern)
  if (scanned) admitted = regex_candidates(*figures.prefilter, events, doc.sentences);
  auto next = admitted.begin();
  std::vector<int> in_sentence;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    in_sentence.clear();
    for (; next != admitted.end() && next->first <= static_cast<int>(si); ++next)
      if (next->first == static_cast<int>(si)) in_sentence.push_back(next->second);
    if (sent.span.end > text.size()) continue;
    if (scanned) {
      for (int p : figures.prefilter->unfiltered()) in_sentence.push_back(p);
      if (in_sentence.empty()) continue;
    }
    if (sent.section >= 0 && static_cast<std::size_t>(sent.section) < doc.sections.size() &&
        doc.sections[sent.section].role == Role::plans)
      continue;
    std::sort(in_sentence.begin(), in_sentence.end());
    auto occurs = [&](int id) {
      return !scanned || std::binary_search(in_sentence.begin(), in_sentence.end(), id);
    };
    re2::StringPiece sp(text.data() + sent.span.begin, sent.span.size());
    for (const auto& c : figures.specs) {
      if (std::none_of(c.scan_id.begin(), c.scan_id.end(), occurs)) continue;
      if (c.context && !RE2::PartialMatch(sp, *c.context)) continue;
      bool found = false;
      for (std::size_t pi = 0; pi < c.patterns.size(); ++pi) {
        if (!occurs(c.scan_id[pi])) continue;
        const auto& re = c.patterns[pi];
        std::size_t pos = sent.span.begin;
        re2::StringPiece g[3];
        while (!found && pos < sent.span.end &&
               re->Match(whole, pos, sent.span.end, RE2::UNANCHORED, g, 3)) {
          std::size_t mb = g[0].data() - text.data(), me = mb + g[0].size();
          pos = me > mb ? me : mb + 1;
          bool skip = false;
          std::string_view before = std::string_view(text).substr(sent.span.begin, mb - sent.span.begin);
          for (const auto& nb : c.spec->not_after)
            if (before.ends_with(nb)) skip = true;
          if (skip) continue;
          auto value = parse_number(std::string_view(g[1].data(), g[1].size()));
          if (!value) continue;
          Figure f;
          f.id = c.spec->id;
          f.label = c.spec->label;
          f.value = *value;
          f.unit = std::string(g[2].data(), g[2].size());
          std::size_t nb = g[1].data() - text.data();
          std::size_t ne = (g[2].data() - text.data()) + g[2].size();
          f.number = {nb, ne};
          f.sentence = static_cast<int>(si);
          f.sentence_span = sent.span;
          out.push_back(std::move(f));
          found = true;
        }
        if (found) break;
      }
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Figure& a, const Figure& b) { return a.number.begin < b.number.begin; });
  return out;
}

const Figure* find_figure(const std::vector<Figure>& figures, std::string_view id) {
  for (const auto& f : figures)
    if (f.id == id) return &f;
  return nullptr;
}

std::vector<std::pair<std::string, std::string>> figure_ids() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : specs()) out.emplace_back(s.id, s.label);
  return out;
}

}  // namespace fz::analysis
