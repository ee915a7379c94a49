// JSON per shared/spec/output.md. Written by hand (no JSON library): the shape is fixed and small.
// Numbers are written in full precision (the shortest text that reads back as the same double),
// so a script can recompute and compare; people see one decimal (human_score).
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>

#include <fmt/format.h>

#include "engine/render/render.hpp"

namespace fz {

namespace {

void json_quote_to(std::string& o, std::string_view s) {
  // Bytes that need escaping: controls, '"', '\\' and DEL. A table lookup per byte, and the
  // runs in between (nearly all of a Chinese quote) appended in one step.
  static constexpr auto kEscape = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
    t['"'] = t['\\'] = t[0x7f] = true;
    return t;
  }();
  o += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kEscape[c]) continue;
    o.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      case '\b': o += "\\b"; break;
      case '\f': o += "\\f"; break;
      default: o += fmt::format("\\u{:04x}", c);
    }
  }
  o.append(s.data() + run, s.size() - run);
  o += '"';
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 2);
  json_quote_to(o, s);
  return o;
}

std::string verdict_line(const ItemVerdict& v) {
  return fmt::format("{} {}: {}", v.item->id, v.item->title, state_name(v.state));
}

std::string human_score(double score) { return fmt::format("{:.1f}", score); }

std::string json_number(double d) {
  if (!std::isfinite(d)) return "null";  // JSON has no NaN or infinity
  return fmt::format("{}", d);            // shortest round-trip form
}

namespace {

std::string num(double d) { return json_number(d); }

std::string date(const std::optional<Date>& d) {
  if (!d) return "null";
  return json_quote(fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day));
}

/// A string to be written JSON-quoted: `out << Quoted(x)` appends without a temporary.
struct Quoted {
  explicit Quoted(std::string_view v) : s(v) {}  // (clang 14 has no parenthesised aggregate init)
  std::string_view s;
};

/// The record is built in one string and written once: a chain of ostream inserts of small
/// temporaries was an eighth of a batch run.
struct Buffer {
  std::string s;
  Buffer& operator<<(Quoted q) {
    json_quote_to(s, q.s);
    return *this;
  }
  Buffer& operator<<(std::string_view v) {
    s.append(v);
    return *this;
  }
  Buffer& operator<<(const char* v) { return *this << std::string_view(v); }
  Buffer& operator<<(const std::string& v) { return *this << std::string_view(v); }
  Buffer& operator<<(std::size_t v) {
    fmt::format_to(std::back_inserter(s), "{}", v);
    return *this;
  }
  Buffer& operator<<(int v) {
    fmt::format_to(std::back_inserter(s), "{}", v);
    return *this;
  }
};

}  // namespace

void render_json(const Scorecard& c, std::ostream& os, bool pretty) {
  Buffer out;
  out.s.reserve(16384);
  const char* nl = pretty ? "\n" : "";
  static constexpr std::string_view kSpaces = "        ";
  auto ind = [&](int n) {
    return pretty ? kSpaces.substr(0, static_cast<std::size_t>(n) * 2) : std::string_view();
  };
  const char* sp = pretty ? " " : "";
  out << "{" << nl;
  out << ind(1) << "\"file\":" << sp << Quoted(c.file) << "," << nl;
  out << ind(1) << "\"checklist\":" << sp << "{\"id\":" << sp << Quoted(c.checklist_id)
      << "," << sp << "\"title\":" << sp << Quoted(c.checklist_title) << "}," << nl;
  out << ind(1) << "\"meta\":" << sp << "{\"title\":" << sp << Quoted(c.meta.title) << ","
      << sp << "\"issuer\":" << sp << Quoted(c.meta.issuer) << "," << sp << "\"year\":" << sp
      << (c.meta.year ? std::to_string(*c.meta.year) : "null") << "," << sp
      << "\"published\":" << sp << date(c.meta.published) << "," << sp << "\"level\":" << sp
      << Quoted(level_name(c.level)) << "}," << nl;
  out << ind(1) << "\"score\":" << sp << num(c.score) << "," << nl;
  out << ind(1) << "\"passed\":" << sp << (c.passed ? "true" : "false") << "," << nl;
  out << ind(1) << "\"min_score\":" << sp << num(c.min_score) << "," << nl;
  out << ind(1) << "\"items\":" << sp << "[" << nl;
  for (std::size_t i = 0; i < c.verdicts.size(); ++i) {
    const ItemVerdict& v = c.verdicts[i];
    const Item& it = *v.item;
    out << ind(2) << "{\"id\":" << sp << Quoted(it.id) << "," << sp << "\"title\":" << sp
        << Quoted(it.title) << "," << sp << "\"part\":" << sp << Quoted(it.part) << ","
        << sp << "\"basis\":" << sp << Quoted(it.basis) << "," << nl;
    out << ind(2) << " \"state\":" << sp << Quoted(state_name(v.state)) << "," << sp
        << "\"quantified\":" << sp << (v.quantified ? "true" : "false") << "," << sp
        << "\"required\":" << sp << (it.required ? "true" : "false") << "," << sp
        << "\"weight\":" << sp << num(it.weight) << "," << sp << "\"points\":" << sp
        << num(v.points) << "," << nl;
    if (v.waived)
      out << ind(2) << " \"waived\":" << sp << "true," << sp << "\"waiver\":" << sp
          << Quoted(v.waiver_reason) << "," << nl;
    if (v.state != ItemState::met && v.state != ItemState::na && !it.gap.empty())
      out << ind(2) << " \"gap\":" << sp << Quoted(it.gap) << "," << nl;
    out << ind(2) << " \"evidence\":" << sp << "[";
    for (std::size_t k = 0; k < v.evidence.size(); ++k) {
      const Evidence& e = v.evidence[k];
      out << (k ? "," : "") << nl << ind(3) << "{\"start\":" << sp << e.original.begin << ","
          << sp << "\"end\":" << sp << e.original.end << "," << sp << "\"line\":" << sp << e.line
          << "," << sp << "\"column\":" << sp << e.column << "," << nl;
      out << ind(3) << " \"quote\":" << sp << Quoted(e.quote) << "," << nl;
      out << ind(3) << " \"section\":" << sp << Quoted(e.section) << "," << sp
          << "\"role\":" << sp << Quoted(role_name(e.role)) << "," << sp
          << "\"supports\":" << sp << Quoted(state_name(e.supports)) << "," << sp
          << "\"figure\":" << sp << (e.figure ? "true" : "false") << "," << sp << "\"terms\":"
          << sp << "[";
      for (std::size_t t = 0; t < e.terms.size(); ++t)
        out << (t ? "," : "") << Quoted(e.terms[t]);
      out << "]}";
    }
    out << (v.evidence.empty() ? "" : nl) << (v.evidence.empty() ? "" : ind(2)) << "]}"
        << (i + 1 < c.verdicts.size() ? "," : "") << nl;
  }
  out << ind(1) << "]," << nl;
  out << ind(1) << "\"parts\":" << sp << "[";
  for (std::size_t i = 0; i < c.parts.size(); ++i) {
    const PartScore& p = c.parts[i];
    out << (i ? "," : "") << nl << ind(2) << "{\"id\":" << sp << Quoted(p.id) << "," << sp
        << "\"title\":" << sp << Quoted(p.title) << "," << sp << "\"weight\":" << sp
        << num(p.weight) << "," << sp << "\"subtotal\":" << sp << num(p.subtotal) << "," << sp
        << "\"applicable\":" << sp << (p.applicable ? "true" : "false") << "}";
  }
  out << (c.parts.empty() ? "" : nl) << (c.parts.empty() ? "" : ind(1)) << "]," << nl;
  auto list = [&](const char* name, const std::vector<std::string>& xs, bool last) {
    out << ind(1) << "\"" << name << "\":" << sp << "[";
    for (std::size_t i = 0; i < xs.size(); ++i) out << (i ? "," : "") << Quoted(xs[i]);
    out << "]" << (last ? "" : ",") << nl;
  };
  list("gate_failures", c.gate_failures, false);
  list("warnings", c.warnings, false);
  // Key figures and lints quote their sentence like item evidence does (start/end/line/column).
  auto where = [&](const Evidence& e) {
    out << "\"start\":" << sp << e.original.begin << "," << sp << "\"end\":" << sp
        << e.original.end << "," << sp << "\"line\":" << sp << e.line << "," << sp
        << "\"column\":" << sp << e.column << "," << sp << "\"quote\":" << sp
        << Quoted(e.quote) << "," << sp << "\"section\":" << sp << Quoted(e.section);
  };
  out << ind(1) << "\"figures\":" << sp << "[";
  for (std::size_t i = 0; i < c.figures.size(); ++i) {
    const KeyFigure& f = c.figures[i];
    out << (i ? "," : "") << nl << ind(2) << "{\"id\":" << sp << Quoted(f.id) << "," << sp
        << "\"label\":" << sp << Quoted(f.label) << "," << sp << "\"value\":" << sp
        << num(f.value) << "," << sp << "\"unit\":" << sp << Quoted(f.unit) << "," << sp
        << "\"text\":" << sp << Quoted(f.text) << "," << sp;
    where(f.evidence);
    out << "}";
  }
  out << (c.figures.empty() ? "" : nl) << (c.figures.empty() ? "" : ind(1)) << "]," << nl;
  out << ind(1) << "\"lints\":" << sp << "[";
  for (std::size_t i = 0; i < c.lints.size(); ++i) {
    const LintNote& l = c.lints[i];
    out << (i ? "," : "") << nl << ind(2) << "{\"code\":" << sp << Quoted(l.code) << ","
        << sp << "\"message\":" << sp << Quoted(l.message) << "," << sp;
    where(l.evidence);
    out << "}";
  }
  out << (c.lints.empty() ? "" : nl) << (c.lints.empty() ? "" : ind(1)) << "]," << nl;
  const Provenance& pv = c.provenance;
  out << ind(1) << "\"provenance\":" << sp << "{\"tool_version\":" << sp
      << Quoted(pv.tool_version) << "," << sp << "\"checklist_file\":" << sp
      << Quoted(pv.checklist_file) << "," << sp << "\"checklist_sha256\":" << sp
      << Quoted(pv.checklist_sha256) << "," << sp << "\"input_sha256\":" << sp
      << Quoted(pv.input_sha256) << "," << sp << "\"config_file\":" << sp
      << Quoted(pv.config_file) << "}" << nl;
  out << "}";
  if (pretty) out << "\n";
  os.write(out.s.data(), static_cast<std::streamsize>(out.s.size()));
}

}  // namespace fz
