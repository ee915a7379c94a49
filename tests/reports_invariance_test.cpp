// A verdict follows what a report says, not how it is laid out (issue 14): on every sample
// report, with the real checklists, deleting any one sub-heading, or swapping two adjacent
// paragraphs of one section (or two sibling sub-sections of one paragraph each), changes no
// item's state and no `quantified` flag. The one
// exception is an item whose own words stand in the deleted heading: they are gone with it.
// (Top-level headings are left alone: they make the parts, whose roles decide met, acknowledged
// and planned.)
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "dsl/load.hpp"
#include "engine/input/read.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/run_cli.hpp"
#include "tests/support/samples.hpp"

namespace {

namespace fs = std::filesystem;

const fz::Simplifier& simplifier() { return fz::test::default_simplifier(); }

fz::Plan load(const std::string& relative) { return fz::test::shipped_checklist(relative); }

struct Outcome {
  std::vector<fz::ItemState> state;
  std::vector<bool> quantified;
};

Outcome outcome(const fz::Plan& plan, const fz::Document& doc) {
  Outcome o;
  for (const auto& v : fz::evaluate(plan, doc)) {
    o.state.push_back(v.state);
    o.quantified.push_back(v.quantified);
  }
  return o;
}

/// Items whose phrases hit inside the heading of `section` (they may change when it goes).
std::vector<bool> shown_by_heading(const fz::Plan& plan, const fz::Document& doc,
                                   const fz::Analysis& a, int section) {
  std::vector<bool> out(plan.items.size(), false);
  fz::Span h = doc.sections[static_cast<std::size_t>(section)].heading_span;
  for (const fz::Hit& hit : a.matches.hits) {
    if (hit.span.begin < h.begin || hit.span.end > h.end) continue;
    if (a.is_units[static_cast<std::size_t>(hit.pattern)]) continue;
    for (std::size_t i = 0; i < plan.items.size(); ++i)
      for (const fz::Rule& r : plan.items[i].rules)
        if (r.relevant.test(hit.pattern)) out[i] = true;
  }
  return out;
}

/// "G23.1 met → met+数据" lines for every item that differs (and is not excused).
std::string differences(const fz::Plan& plan, const Outcome& before, const Outcome& after,
                        const std::vector<bool>& excused) {
  std::string out;
  auto show = [](fz::ItemState s, bool q) {
    return std::string(fz::state_name(s)) + (q ? "+数据" : "");
  };
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    if (excused[i]) continue;
    if (before.state[i] == after.state[i] && before.quantified[i] == after.quantified[i]) continue;
    out += fmt::format("  {} {} → {}\n", plan.items[i].id, show(before.state[i], before.quantified[i]),
                       show(after.state[i], after.quantified[i]));
  }
  return out;
}

std::string excerpt(const std::string& s) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size() && chars < 24; ++i) {
    out += s[i];
    chars += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  return out;
}

}  // namespace

TEST_CASE("deleting a sub-heading or swapping two paragraphs changes no other verdict, on every sample") {
  const fz::Plan p2021 = load("checklists/gangyao-2021.fz");
  const fz::Plan p2015 = load("checklists/gangyao-2015.fz");
  std::size_t reports = 0, deletions = 0, swaps = 0;
  std::string failures;
  for (const auto& entry : fs::directory_iterator(fz::test::source_path("reports"))) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    const fz::Document doc = fz::document_from_text(name, text, simplifier());
    REQUIRE(doc.original == text);  // UTF-8 .txt: offsets map straight into `text`
    const fz::Plan& plan = doc.meta.year && *doc.meta.year <= 2020 ? p2015 : p2021;
    const fz::Analysis a = fz::analyse(plan, doc);
    const Outcome base = outcome(plan, doc);
    ++reports;

    // Each heading below the top level, in turn: its text and the mark closing it.
    for (std::size_t k = 1; k < doc.sections.size(); ++k) {
      const fz::Section& sec = doc.sections[k];
      if (sec.level < 2 || sec.heading_span.empty()) continue;
      fz::Span o = doc.to_original(sec.heading_span);
      std::size_t end = o.end;
      for (std::string_view mark : {"。", "：", ":", "；"})
        if (text.compare(end, mark.size(), mark) == 0) {
          end += mark.size();
          break;
        }
      if (end < text.size() && text[end] == '\n' && (o.begin == 0 || text[o.begin - 1] == '\n')) ++end;
      std::string edited = text.substr(0, o.begin) + text.substr(end);
      Outcome after = outcome(plan, fz::document_from_text(name, edited, simplifier()));
      std::string diff = differences(plan, base, after, shown_by_heading(plan, doc, a, static_cast<int>(k)));
      if (!diff.empty())
        failures += fmt::format("{}: without heading 「{}」 (line {}):\n{}", name, sec.heading, sec.line, diff);
      ++deletions;
    }

    // Each pair of adjacent paragraphs of one section: two body paragraphs, or two sibling
    // sub-sections that are one paragraph each (a heading run into its text, as reports write
    // "（2）…。共计…"), swapped.
    auto holds_heading = [&](const fz::Paragraph& p) {
      for (std::size_t k = 1; k < doc.sections.size(); ++k) {
        std::size_t b = doc.sections[k].heading_span.begin;
        if (b >= p.span.begin && b < p.span.end) return true;
      }
      return false;
    };
    // The outermost section whose heading opens paragraph `p` and which ends within `until`.
    auto section_of = [&](const fz::Paragraph& p, std::size_t until) -> int {
      for (std::size_t k = 1; k < doc.sections.size(); ++k) {
        const fz::Section& sec = doc.sections[k];
        if (sec.heading_span.begin == p.span.begin)
          return sec.body.end >= p.span.end && sec.body.end <= until ? static_cast<int>(k) : -1;
      }
      return -1;
    };
    for (std::size_t i = 0; i + 1 < doc.paragraphs.size(); ++i) {
      const fz::Paragraph &p = doc.paragraphs[i], &q = doc.paragraphs[i + 1];
      bool body = p.section == q.section && !holds_heading(p) && !holds_heading(q);
      bool siblings = false;
      if (!body) {
        std::size_t after_q = i + 2 < doc.paragraphs.size() ? doc.paragraphs[i + 2].span.begin
                                                           : doc.normalised.utf8.size();
        int x = section_of(p, q.span.begin), y = section_of(q, after_q);
        siblings = x > 0 && y > 0 && doc.sections[static_cast<std::size_t>(x)].parent ==
                                         doc.sections[static_cast<std::size_t>(y)].parent &&
                   doc.sections[static_cast<std::size_t>(x)].level ==
                       doc.sections[static_cast<std::size_t>(y)].level &&
                   doc.sections[static_cast<std::size_t>(x)].level >= 2;
      }
      if (!body && !siblings) continue;
      fz::Span op = doc.to_original(p.span), oq = doc.to_original(q.span);
      REQUIRE(op.end <= oq.begin);
      std::string edited = text.substr(0, op.begin) + text.substr(oq.begin, oq.size()) +
                           text.substr(op.end, oq.begin - op.end) + text.substr(op.begin, op.size()) +
                           text.substr(oq.end);
      Outcome after = outcome(plan, fz::document_from_text(name, edited, simplifier()));
      std::string diff = differences(plan, base, after, std::vector<bool>(plan.items.size(), false));
      if (!diff.empty())
        failures += fmt::format("{}: paragraphs 「{}…」 and 「{}…」 swapped:\n{}", name,
                                excerpt(text.substr(op.begin, op.size())),
                                excerpt(text.substr(oq.begin, oq.size())), diff);
      ++swaps;
    }
  }
  MESSAGE(fmt::format("{} reports, {} headings deleted, {} paragraph pairs swapped", reports, deletions, swaps));
  CHECK(reports == 7);
  CHECK(deletions > 50);
  CHECK(swaps > 50);
  CHECK_MESSAGE(failures.empty(), failures);
}
