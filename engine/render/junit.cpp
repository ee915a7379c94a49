// JUnit XML: one <testsuite> per report, one <testcase> per item (passes too, so CI dashboards
// show the whole checklist). met passes; n/a and waived are <skipped>; a required item that is
// missing, planned or acknowledged is a <failure>; a non-required one passes with its state in
// <system-out> (only the gate's required items may fail a build). Gate failures that are not
// about one item (score, expired waivers) become a failing testcase "gate". An input that could
// not be scored is a <testsuite> named for the file with one <error> testcase saying why, so CI
// (GitLab `reports: junit`, Jenkins) shows the broken input instead of an empty or missing report.
// Scores are shown with one decimal, as in every human format.
#include <fmt/format.h>

#include "engine/render/render.hpp"

namespace fz {

std::string xml_escape(std::string_view s) {
  std::string o;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;  // &apos; is not HTML 4; the numeric form is both
      default:
        if (c < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') o += ' ';  // not allowed in XML 1.0
        else o += ch;
    }
  }
  return o;
}

namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

std::vector<std::string> report_gate_failures(const Scorecard& c) {
  std::vector<std::string> other;
  for (const auto& f : c.gate_failures) {
    bool item_line = false;
    for (const ItemVerdict& v : c.verdicts) item_line |= f == verdict_line(v);
    if (!item_line) other.push_back(f);
  }
  return other;
}

void render_junit(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                  std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"fzscore\">\n";
  for (const Scorecard& c : cards) {
    std::size_t failures = 0, skipped = 0;
    for (const ItemVerdict& v : c.verdicts) {
      bool fail = v.item->required && !v.waived && v.state != ItemState::met &&
                  v.state != ItemState::na;
      failures += fail;
      skipped += !fail && (v.state == ItemState::na || v.waived);
    }
    std::vector<std::string> other = report_gate_failures(c);
    failures += !other.empty();
    out << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" errors=\"0\">\n",
        xml_escape(c.file), c.verdicts.size() + !other.empty(), failures, skipped);
    out << fmt::format(
        "    <properties><property name=\"score\" value=\"{}\"/><property name=\"checklist\" "
        "value=\"{}\"/><property name=\"input_sha256\" value=\"{}\"/></properties>\n",
        human_score(c.score), xml_escape(c.checklist_id), xml_escape(c.provenance.input_sha256));
    for (const ItemVerdict& v : c.verdicts) {
      const Item& it = *v.item;
      out << fmt::format("    <testcase classname=\"{}.{}\" name=\"{} {}\">", xml_escape(c.checklist_id),
                         xml_escape(it.part), xml_escape(it.id), xml_escape(it.title));
      bool fail = it.required && !v.waived && v.state != ItemState::met &&
                  v.state != ItemState::na;
      if (fail)
        out << fmt::format("<failure message=\"{}\" type=\"{}\">{}</failure>",
                           xml_escape(verdict_line(v)), state_name(v.state),
                           xml_escape(it.gap.empty() ? it.want : it.gap));
      else if (v.waived)
        out << fmt::format("<skipped message=\"waived: {}\"/>", xml_escape(v.waiver_reason));
      else if (v.state == ItemState::na)
        out << "<skipped message=\"n/a\"/>";
      std::string evidence;
      for (const Evidence& e : v.evidence)
        evidence += fmt::format("{}:{}:{} [{}] {}\n", c.file, e.line, e.column,
                                state_name(e.supports), e.quote);
      out << fmt::format("<system-out>{}\n{}</system-out></testcase>\n",
                         xml_escape(verdict_line(v)), xml_escape(evidence));
    }
    if (!other.empty()) {
      std::string all;
      for (const auto& f : other) all += f + "\n";
      out << fmt::format(
          "    <testcase classname=\"{}\" name=\"gate\"><failure message=\"{}\" "
          "type=\"gate\">{}</failure></testcase>\n",
          xml_escape(c.checklist_id), xml_escape(other.front()), xml_escape(all));
    }
    out << "  </testsuite>\n";
  }
  for (const InputFailure& f : failed)
    out << fmt::format(
        "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" skipped=\"0\" errors=\"1\">\n"
        "    <testcase classname=\"fzscore\" name=\"{0}\"><error message=\"{1}\" "
        "type=\"unreadable\">{2}</error></testcase>\n  </testsuite>\n",
        xml_escape(f.file), xml_escape(first_line(f.message)), xml_escape(f.message));
  out << "</testsuites>\n";
}

}  // namespace fz
