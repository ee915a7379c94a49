// GapRegex (match/gap_regex) gives exactly RE2's matches: PatternSet's two paths, GapRegex and RE2
// (built with gap_regexes off), on hand-made cases of RE2's priority rules, on random regexes of
// the shape over random text, and for every regex of the shipped checklists that takes this path,
// on every sentence of the sample reports and the dev openings.
#include "engine/match/gap_regex.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "engine/input/read.hpp"
#include "engine/match/pattern_set.hpp"
#include "tests/support/run_cli.hpp"
#include "tests/support/samples.hpp"

namespace fs = std::filesystem;

namespace {

/// The two paths of PatternSet for one regex: GapRegex, and RE2 (the reference).
struct BothPaths {
  explicit BothPaths(const std::string& re) {
    std::vector<fz::Pattern> p{{re, true}};
    auto fast = fz::PatternSet::build(p), slow = fz::PatternSet::build(p, false);
    REQUIRE(std::holds_alternative<std::shared_ptr<const fz::PatternSet>>(fast));
    REQUIRE(std::holds_alternative<std::shared_ptr<const fz::PatternSet>>(slow));
    gap = std::get<0>(std::move(fast));
    re2 = std::get<0>(std::move(slow));
  }
  static std::vector<fz::Span> spans(const fz::PatternSet& ps, int pattern, std::string_view text) {
    std::vector<fz::Span> out;
    ps.find_all(pattern, text, 0, out);
    return out;
  }
  std::shared_ptr<const fz::PatternSet> gap, re2;
};

/// Checks `re` on `text` both ways; the regex must have the GapRegex shape.
void same(const std::string& re, const std::string& text) {
  CAPTURE(re);
  CAPTURE(text);
  REQUIRE(fz::parse_gap_regex(re).has_value());
  BothPaths both(re);
  CHECK(BothPaths::spans(*both.gap, 0, text) == BothPaths::spans(*both.re2, 0, text));
}

std::vector<fz::Span> spans(const std::string& re, const std::string& text) {
  auto g = fz::parse_gap_regex(re);
  REQUIRE(g.has_value());
  std::vector<fz::Span> out;
  fz::find_all(*g, text, 0, out);
  return out;
}

}  // namespace

TEST_CASE("gap regex: the shapes read, and those left to RE2") {
  auto g = fz::parse_gap_regex("执法(人员|队伍)[^。]{0,12}(素养|素质)");
  REQUIRE(g.has_value());
  REQUIRE(g->branches.size() == 1);
  CHECK(g->branches[0].sides[0] == std::vector<std::string>{"执法人员", "执法队伍"});
  CHECK(g->branches[0].gaps[0].forbidden == std::vector<std::string>{"。"});
  CHECK(g->branches[0].gaps[0].max == 12);
  // Optional parts: present before absent, the leftmost element varying slowest.
  g = fz::parse_gap_regex("(印发|出台)(了)?《?[^》。]{0,30}(方案|要点)");
  REQUIRE(g.has_value());
  CHECK(g->branches[0].sides[0] ==
        std::vector<std::string>{"印发了《", "印发了", "印发《", "印发", "出台了《", "出台了", "出台《", "出台"});
  // Three sides, and top-level branches.
  CHECK(fz::parse_gap_regex("(召开|举行)[^。；]{0,20}(法治建设)[^。；]{0,10}(会议)").has_value());
  CHECK(fz::parse_gap_regex("法治[^。]{0,20}督察|督察[^。]{0,20}法治")->branches.size() == 2);
  for (const char* other : {
           "法治政府|法治建设",                 // no gap: RE2's DFA is small
           "(无|没有)(任何)?(明显|重大)?的?问题",  // no gap
           "[^府治伍](建设|建成)[^。]{0,16}平台",  // a class outside a gap
           "^一是[^。]{0,4}完善",                 // an anchor
           "审查[^。]{0,4}\\d+件",                // an escape
           "执法[^。]*人员",                     // an unbounded gap
           "执法[^。]{0,4}?人员",                // a lazy gap
           "执法[a-z]{0,4}人员",                 // not a negated class
           "执法[^a-z]{0,4}人员",                // a range in the class
           "(执法|(行政)处罚)[^。]{0,4}人员",     // a nested group
           "(了)?[^。]{0,4}人员",                // could start with nothing
           "执法[^。]{0,4}",                     // nothing after the gap
           "执法[^。]{0,04}人员",                // RE2 reads a leading zero's braces as text
           "(甲|乙)[^。]{0,200}(丙|丁|戊)[^。]{0,200}(己|庚)",  // 201·3·201·2 tries a start: RE2 stays linear
       })
    CHECK_MESSAGE(!fz::parse_gap_regex(other).has_value(), std::string(other));
}

TEST_CASE("gap regex: RE2's priorities — first alternative, longest gap, leftmost start, no overlap") {
  // At one start the first alternative wins, though a later one is longer.
  same("(药品|药品安全)[^。]{0,6}(执法)", "药品安全执法。");
  CHECK(spans("(药品|药品安全)[^。]{0,6}(执法)", "药品安全执法。") == std::vector<fz::Span>{{0, 18}});
  // The gap is greedy: the farthest second phrase within reach, before the nearer one.
  CHECK(spans("法治[^。]{0,10}(建设|设)", "法治政府建设") == std::vector<fz::Span>{{0, 18}});
  same("法治[^。]{0,10}(设|建设)", "法治政府建设与建设");
  // A forbidden character ends the gap; the sentence ends it too.
  CHECK(spans("法治[^，。]{0,10}建设", "法治，建设").empty());
  same("法治[^，。]{0,10}建设", "法治，政府法治建设");
  // Leftmost start first, then the next match after the end of the last one.
  same("(审查|审核)[^。]{0,8}(文件|合同)", "审核合同审查文件，审查了5件合同。");
  // A minimum gap; the second branch at an earlier start beats the first branch later.
  same("法治[^。]{2,4}建设|督察[^。]{0,4}法治", "督察法治政府建设");
  same("(a|ab)[^x]{1,3}(c|bc)", "abbcxabcc");
  // Newlines are characters of the gap (RE2 lets [^…] match them).
  same("法治[^。]{0,4}建设", "法治\n建设");
}

TEST_CASE("gap regex: random regexes of the shape give RE2's matches on random text") {
  std::mt19937 rng(20261202);
  const std::vector<std::string> alphabet = {"a", "b", "c", "x", "法", "治", "。", "\n"};
  const std::vector<std::string> words = {"a", "ab", "b", "ba", "c", "abc", "法", "法治", "治", "治a"};
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  auto group = [&] {
    std::string g = "(";
    int n = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < n; ++i) g += (i ? "|" : "") + pick(words);
    g += ")";
    if (rng() % 4 == 0) g += "?";
    return g;
  };
  int checked = 0, matched = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string re;
    int branches = 1 + static_cast<int>(rng() % 2);
    for (int b = 0; b < branches; ++b) {
      if (b) re += "|";
      re += "(" + pick(words) + (rng() % 2 ? "|" + pick(words) : "") + ")";
      int gaps = 1 + static_cast<int>(rng() % 2);
      for (int k = 0; k < gaps; ++k) {
        int lo = static_cast<int>(rng() % 3), hi = lo + static_cast<int>(rng() % 4);
        re += "[^" + std::string(rng() % 2 ? "x" : "x。") + "]{" + std::to_string(lo) + "," + std::to_string(hi) + "}";
        re += group();
        if (rng() % 3 == 0) re += pick(words);
      }
    }
    std::string text;
    int len = static_cast<int>(rng() % 24);
    for (int i = 0; i < len; ++i) text += pick(alphabet);
    if (!fz::parse_gap_regex(re)) continue;  // e.g. a group whose every alternative is optional at the start
    BothPaths both(re);
    auto want = BothPaths::spans(*both.re2, 0, text);
    CAPTURE(re);
    CAPTURE(text);
    CHECK(BothPaths::spans(*both.gap, 0, text) == want);
    ++checked;
    matched += !want.empty();
  }
  CHECK(checked > 2500);
  CHECK(matched > 300);  // the cases exercise matches, not only misses
}

TEST_CASE("gap regex: every shipped regex of this shape matches as RE2 does on every real sentence") {
  std::vector<std::string> distinct;  // the shipped regexes that take the GapRegex path
  std::vector<std::pair<std::shared_ptr<const fz::PatternSet>, std::shared_ptr<const fz::PatternSet>>> sets;
  std::vector<std::vector<int>> indexes;
  for (const char* checklist : {"checklists/gangyao-2021.fz", "checklists/gangyao-2015.fz"}) {
    fz::Plan plan = fz::test::shipped_checklist(checklist);
    auto slow = fz::PatternSet::build(plan.patterns, false);
    REQUIRE(std::holds_alternative<std::shared_ptr<const fz::PatternSet>>(slow));
    sets.emplace_back(plan.compiled, std::get<0>(std::move(slow)));
    indexes.emplace_back();
    for (std::size_t i = 0; i < plan.patterns.size(); ++i)
      if (plan.patterns[i].regex && fz::parse_gap_regex(plan.patterns[i].text)) {
        indexes.back().push_back(static_cast<int>(i));
        distinct.push_back(plan.patterns[i].text);
      }
  }
  std::size_t pairs = indexes[0].size() + indexes[1].size();
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  REQUIRE(distinct.size() > 50);
  std::vector<fs::path> files;
  for (const char* dir : {FZ_SOURCE_DIR "/reports", FZ_SHARED_DIR "/spec/dev/reports"}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  REQUIRE(files.size() >= 7);
  std::size_t sentences = 0, matches = 0;
  for (const fs::path& path : files) {
    CAPTURE(path.string());
    auto r = fz::read_document(path.string(), fz::test::default_simplifier());
    REQUIRE(std::holds_alternative<fz::Document>(r));
    const auto& doc = std::get<fz::Document>(r);
    for (const auto& s : doc.sentences) {
      std::string_view text = std::string_view(doc.normalised.utf8).substr(s.span.begin, s.span.size());
      ++sentences;
      for (std::size_t k = 0; k < sets.size(); ++k)
        for (int p : indexes[k]) {
          auto want = BothPaths::spans(*sets[k].second, p, text);
          auto got = BothPaths::spans(*sets[k].first, p, text);
          if (got != want) {
            CAPTURE(p);
            CAPTURE(text);
            CHECK(got == want);
          }
          matches += want.size();
        }
    }
  }
  MESSAGE(distinct.size() << " distinct regexes (" << pairs << " in both checklists), "
                          << sentences << " sentences, " << matches << " matches");
  CHECK(matches > 1000);
}
