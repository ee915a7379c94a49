// GitLab Code Quality (the merge-request widget's `reports: codequality:`): a JSON array of issues,
// each {description, check_name, fingerprint, severity, location: {path, lines: {begin}}}.
// Issues: every item not met and not n/a (waived ones are accepted and left out), every lint,
// every report-level gate failure, and every input that could not be scored.
// Severity: an unreadable input "blocker", a report-level gate failure (score under min_score…)
// "critical", a required item "major", an optional item or a lint "minor".
// The fingerprint is what GitLab compares between the branch and its target to tell new issues
// from fixed ones, so it names what the issue is about and never where it is: sha256 of the file,
// the check and the item id (for a lint its quote; for a gate failure its text without figures).
// A paragraph that moves, or a score that changes, is then not a new issue.
#include <fmt/format.h>

#include "engine/render/render.hpp"
#include "engine/sha256.hpp"

namespace fz {

namespace {

struct Issue {
  std::string description, check_name, severity, path;
  std::size_t line = 1;
  std::string fingerprint;
};

std::string fingerprint(std::initializer_list<std::string_view> fields) {
  Sha256 h;
  for (std::string_view f : fields) h.add_field(f);
  return h.hex();
}

std::string without_figures(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!(c >= '0' && c <= '9') && c != '.') out += c;
  return out;
}

}  // namespace

void render_codequality(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                        std::ostream& out) {
  std::vector<Issue> issues;
  for (const Scorecard& c : cards) {
    for (const ItemVerdict& v : c.verdicts) {
      if (v.state == ItemState::met || v.state == ItemState::na || v.waived) continue;
      const Item& it = *v.item;
      Issue i;
      i.description = verdict_line(v) + (it.gap.empty() ? "" : "。" + it.gap);
      i.check_name = "fzscore/" + c.checklist_id + "/" + it.id;
      i.severity = it.required ? "major" : "minor";
      i.path = c.file;
      if (!v.evidence.empty() && v.evidence.front().line > 0) i.line = v.evidence.front().line;
      i.fingerprint = fingerprint({"item", c.file, c.checklist_id, it.id});
      issues.push_back(std::move(i));
    }
    for (const LintNote& l : c.lints) {
      Issue i;
      i.description = l.message;
      i.check_name = "fzscore/lint/" + l.code;
      i.severity = "minor";
      i.path = c.file;
      if (l.evidence.line > 0) i.line = l.evidence.line;
      i.fingerprint = fingerprint({"lint", c.file, l.code, l.evidence.quote});
      issues.push_back(std::move(i));
    }
    for (const std::string& f : report_gate_failures(c)) {
      Issue i;
      i.description = f;
      i.check_name = "fzscore/gate";
      i.severity = "critical";
      i.path = c.file;
      i.fingerprint = fingerprint({"gate", c.file, without_figures(f)});
      issues.push_back(std::move(i));
    }
  }
  for (const InputFailure& f : failed) {
    Issue i;
    i.description = f.message;
    i.check_name = "fzscore/unreadable";
    i.severity = "blocker";
    i.path = f.file;
    i.fingerprint = fingerprint({"unreadable", f.file});
    issues.push_back(std::move(i));
  }
  out << "[";
  for (std::size_t k = 0; k < issues.size(); ++k) {
    const Issue& i = issues[k];
    out << (k ? "," : "") << "\n  {\"description\": " << json_quote(i.description)
        << ", \"check_name\": " << json_quote(i.check_name) << ", \"fingerprint\": \""
        << i.fingerprint << "\", \"severity\": \"" << i.severity << "\", \"location\": {\"path\": "
        << json_quote(i.path) << ", \"lines\": {\"begin\": " << i.line << "}}}";
  }
  out << (issues.empty() ? "]\n" : "\n]\n");
}

}  // namespace fz
