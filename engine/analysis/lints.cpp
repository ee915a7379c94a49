#include "engine/analysis/lints.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cmath>

#include "engine/analysis/util.hpp"

namespace fz::analysis {
namespace {

using detail::contains;

std::string_view role_title(Role r) {
  switch (r) {
    case Role::achievements: return "主要举措和成效";
    case Role::duty: return "党政主要负责人履行第一责任人职责情况";
    case Role::shortcomings: return "存在的不足和原因";
    case Role::plans: return "下一年度主要安排";
    case Role::other: return "其他";
  }
  return "其他";
}

std::string num(double v) { return fmt::format("{:g}", v); }

// The clause before `pos`: back to the previous clause mark, at most `max_chars` characters.
std::string_view clause_before(std::string_view text, std::size_t pos, std::size_t max_chars) {
  std::size_t from = detail::back_chars(text, pos, max_chars);
  std::string_view s = text.substr(from, pos - from);
  for (std::string_view mark : {"，", "。", "；", "：", ",", ";", "\n", "、"}) {
    auto at = s.rfind(mark);
    if (at != std::string_view::npos) s = s.substr(at + mark.size());
  }
  return s;
}

void rate_over_100(const Document& doc, std::vector<Lint>& out) {
  static const RE2 pct("([0-9]+(?:\\.[0-9]+)?)%");
  const std::string& text = doc.normalised.utf8;
  re2::StringPiece input(text), g[2];
  // A match is digits and dots ending in "%": find each "%", step back over the run of digits
  // and dots before it, and let RE2 match that run alone. Same matches as scanning the whole
  // text with RE2, which cost a twentieth of a report's time.
  auto digit_or_dot = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
  for (std::size_t q = text.find('%'); q != std::string::npos; q = text.find('%', q + 1)) {
    std::size_t r = q;
    while (r > 0 && digit_or_dot(text[r - 1])) --r;
    if (r == q || !pct.Match(input, r, q + 1, RE2::UNANCHORED, g, 2)) continue;
    std::size_t b = g[0].data() - text.data(), e = b + g[0].size();
    double v = std::stod(std::string(g[1].data(), g[1].size()));
    if (v <= 100) continue;
    std::string_view ctx = clause_before(text, b, 14);
    if (!contains(ctx, "率")) continue;
    bool growth = false;
    for (std::string_view w : {"增长", "增速", "增幅", "同比", "环比", "提高", "提升", "上升", "下降", "降低"})
      if (contains(ctx, w)) growth = true;
    if (growth) continue;
    out.push_back({"rate_over_100",
                   fmt::format("“{}{}”：比率超过100%，疑为录入错误，请核对原始数据", ctx,
                               std::string_view(g[0].data(), g[0].size())),
                   {b, e}});
  }
}

struct RateRule {
  const char* rate;
  const char* numerator;
  std::vector<const char*> denominators;
};

void rate_mismatch(const Document& doc, const std::vector<Figure>& figures, std::vector<Lint>& out) {
  static const std::vector<RateRule> rules = {
      {"fuyi_correction_rate", "fuyi_corrected", {"fuyi_concluded", "fuyi_accepted", "fuyi_received"}},
      {"tiaojie_success_rate", "tiaojie_succeeded", {"tiaojie_cases"}},
  };
  auto in_sentence = [&](const char* id, int sentence) -> const Figure* {
    for (const auto& f : figures)
      if (f.id == id && f.sentence == sentence) return &f;
    return nullptr;
  };
  (void)doc;
  for (const auto& rate : figures) {
    for (const auto& rule : rules) {
      if (rate.id != rule.rate) continue;
      const Figure* n = in_sentence(rule.numerator, rate.sentence);
      if (!n) continue;
      bool fits = false, any = false;
      std::string tried;
      for (const char* did : rule.denominators) {
        const Figure* d = in_sentence(did, rate.sentence);
        if (!d || d->value <= 0) continue;
        any = true;
        double computed = 100.0 * n->value / d->value;
        if (std::fabs(computed - rate.value) <= 1.0) fits = true;
        if (!tried.empty()) tried += "，";
        tried += fmt::format("{}{}{} ÷ {}{}{} = {:.1f}%", n->label, num(n->value), n->unit, d->label,
                             num(d->value), d->unit, computed);
      }
      if (any && !fits)
        out.push_back({"rate_mismatch",
                       fmt::format("{}写作{}%，与同句数字不符（{}），相差超过1个百分点", rate.label,
                                   num(rate.value), tried),
                       rate.number});
    }
  }
}

std::optional<int> first_year(std::string_view s, Span* where = nullptr, std::size_t base = 0) {
  static const RE2 year("(20[0-9]{2}|19[0-9]{2})年");
  re2::StringPiece in(s.data(), s.size()), g[2];
  if (!year.Match(in, 0, s.size(), RE2::UNANCHORED, g, 2)) return std::nullopt;
  if (where) {
    std::size_t b = g[1].data() - s.data();
    *where = {base + b, base + b + g[1].size()};
  }
  return std::stoi(std::string(g[1].data(), g[1].size()));
}

void years(const Document& doc, std::vector<Lint>& out) {
  if (!doc.meta.year) return;
  const int year = *doc.meta.year;
  for (const auto& s : doc.sections) {
    if (s.level != 1 || s.role == Role::other) continue;
    Span at = s.heading_span;
    auto y = first_year(s.heading, &at, s.heading_span.begin);
    if (detail::slice(doc.normalised.utf8, at) != fmt::format("{}", y.value_or(0))) at = s.heading_span;
    if (!y) continue;
    if (s.role == Role::plans && *y != year + 1)
      out.push_back({"plan_year",
                     fmt::format("下一年度工作安排的标题写作{}年，而本报告为{}年度报告，应为{}年", *y,
                                 year, year + 1),
                     at});
    if (s.role != Role::plans && *y != year)
      out.push_back({"part_year",
                     fmt::format("“{}”标题写作{}年，与报告年度{}年不一致", s.heading, *y, year), at});
  }
  if (auto ty = first_year(doc.meta.title); ty && *ty != year)
    out.push_back({"title_year",
                   fmt::format("标题“{}”写作{}年，与报告所述年度{}年不一致", doc.meta.title, *ty, year),
                   doc.meta.title_span});
  if (doc.meta.published) {
    const Date& p = *doc.meta.published;
    if (p >= Date{year + 1, 4, 1})
      out.push_back({"published_late",
                     fmt::format("报告发布于{}-{:02}-{:02}，晚于督察工作规定第二十四条“每年4月1日之前”"
                                 "公开的要求（应在{}年4月1日之前）",
                                 p.year, p.month, p.day, year + 1),
                     doc.meta.published_span});
  }
}

int rank(Role r) {
  switch (r) {
    case Role::achievements:
    case Role::duty: return 0;
    case Role::shortcomings: return 1;
    case Role::plans: return 2;
    case Role::other: return -1;
  }
  return -1;
}

void part_order(const Document& doc, std::vector<Lint>& out) {
  const Section* highest = nullptr;
  for (const auto& s : doc.sections) {
    if (s.level != 1 || rank(s.role) < 0) continue;
    if (highest && rank(s.role) < rank(highest->role)) {
      out.push_back({"part_order",
                     fmt::format("“{}”（{}）排在“{}”（{}）之后；督察工作规定所列顺序为：主要举措和成效、"
                                 "党政主要负责人履行第一责任人职责情况、存在的不足和原因、下一年度主要安排",
                                 s.heading, role_title(s.role), highest->heading,
                                 role_title(highest->role)),
                     s.heading_span});
      continue;
    }
    if (!highest || rank(s.role) > rank(highest->role)) highest = &s;
  }
}

}  // namespace

std::vector<Lint> lint_document(const Document& doc, const std::vector<Figure>& figures) {
  std::vector<Lint> out;
  years(doc, out);
  part_order(doc, out);
  rate_over_100(doc, out);
  rate_mismatch(doc, figures, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Lint& a, const Lint& b) { return a.span.begin < b.span.begin; });
  return out;
}

std::vector<Lint> lint_document(const Document& doc) { return lint_document(doc, extract_figures(doc)); }

}  // namespace fz::analysis
