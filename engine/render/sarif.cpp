// SARIF 2.1.0 as GitHub code scanning and Microsoft's SARIF Multitool (`sarif-multitool validate`,
// tests/cli/sarif_validate.sh) accept it:
// - one run per checklist: its items are the driver's rules, then one rule per lint code that
//   occurs ("lint/rate_over_100") and one rule "gate" for gate failures that are about the whole
//   report (the score under min_score, an expired waiver); each report is an artifact, with its
//   score in the artifact's properties;
// - one result per item that is not met and not n/a (level "error" for required items, "warning"
//   otherwise; a waived item carries a suppression), one per lint ("warning", at its sentence),
//   one per report-level gate failure ("error", at line 1);
// - an input that could not be scored is a toolExecutionNotification of the first run, and the
//   invocation is then not successful;
// - URIs: a relative path is a relative reference under uriBaseId %SRCROOT% (the working
//   directory, given in originalUriBaseIds); an absolute path is a file:// URI; both
//   percent-encoded (Chinese file names included). A leading slash under a uriBaseId, or a raw
//   path, is what the validator rejects (SARIF1004).
// Regions: 1-based lines and code-point columns (columnKind unicodeCodePoints), end exclusive;
// byteOffset/byteLength only for plain-text inputs, whose bytes the offsets refer to (for .docx,
// .html and .pdf they refer to the extracted text, `fzscore text FILE`).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "engine/render/render.hpp"

namespace fz {

namespace {

bool extracted_text(const std::string& file) {
  std::string ext;
  if (auto dot = file.rfind('.'); dot != std::string::npos && file.find('/', dot) == std::string::npos)
    ext = file.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".docx" || ext == ".html" || ext == ".htm" || ext == ".pdf";
}

/// RFC 3986: unreserved characters and "/" stay, every other byte becomes %XX.
std::string percent_encode(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

/// `"uri": …` with its uriBaseId for a relative path, `"uri": "file://…"` for an absolute one.
std::string artifact_location(const std::string& file) {
  if (!file.empty() && file[0] == '/') return "\"uri\": " + json_quote("file://" + percent_encode(file));
  return "\"uri\": " + json_quote(percent_encode(file)) + ", \"uriBaseId\": \"%SRCROOT%\"";
}

std::string region(const Evidence& e, bool bytes) {
  if (e.line == 0) return "{\"startLine\": 1}";
  std::string r = fmt::format("{{\"startLine\": {}, \"startColumn\": {}", e.line,
                              std::max<std::size_t>(e.column, 1));
  if (e.end_line >= e.line && e.end_line > 0)
    r += fmt::format(", \"endLine\": {}, \"endColumn\": {}", e.end_line,
                     std::max<std::size_t>(e.end_column, 1));
  if (bytes && e.original.size() > 0)
    r += fmt::format(", \"byteOffset\": {}, \"byteLength\": {}", e.original.begin, e.original.size());
  if (!e.quote.empty()) r += ", \"snippet\": {\"text\": " + json_quote(e.quote) + "}";
  return r + "}";
}

std::string location(const std::string& file, std::size_t artifact, const std::string& reg) {
  return fmt::format(
      "{{\"physicalLocation\": {{\"artifactLocation\": {{{}, \"index\": {}}}, \"region\": {}}}}}",
      artifact_location(file), artifact, reg);
}

struct Rule {
  std::string json;
  std::size_t index;
};

/// The reports of one checklist, with the rule table their results refer to.
struct Run {
  std::vector<const Scorecard*> cards;
  std::vector<std::string> rules;         ///< reportingDescriptor objects, in index order
  std::map<std::string, std::size_t> rule_index;

  std::size_t rule(const std::string& id, const std::string& json) {
    auto [it, added] = rule_index.emplace(id, rules.size());
    if (added) rules.push_back(json);
    return it->second;
  }
};

std::string item_rule(const Item& it) {
  const std::string& help = it.gap.empty() ? it.want : it.gap;
  return fmt::format(
      "{{\"id\": {}, \"name\": {}, \"shortDescription\": {{\"text\": {}}}, \"help\": {{\"text\": "
      "{}}}, \"defaultConfiguration\": {{\"level\": \"{}\"}}, \"properties\": {{\"basis\": {}, "
      "\"part\": {}, \"required\": {}}}}}",
      json_quote(it.id), json_quote(it.title), json_quote(it.title + "（" + it.basis + "）"),
      json_quote(help.empty() ? it.title : help), it.required ? "error" : "warning",
      json_quote(it.basis), json_quote(it.part), it.required ? "true" : "false");
}

std::string lint_rule(const std::string& code) {
  return fmt::format(
      "{{\"id\": {}, \"name\": {}, \"shortDescription\": {{\"text\": {}}}, \"help\": {{\"text\": "
      "{}}}, \"defaultConfiguration\": {{\"level\": \"warning\"}}}}",
      json_quote("lint/" + code), json_quote(code), json_quote("一致性检查：" + code),
      json_quote("报告中的数据或日期自相矛盾，请核对原文（fzscore 的一致性检查）。"));
}

std::string gate_rule() {
  return "{\"id\": \"gate\", \"name\": \"GateFailure\", \"shortDescription\": {\"text\": "
         "\"门禁：得分门槛与豁免\"}, \"help\": {\"text\": "
         "\"得分低于门槛（min_score）或豁免已过期等整份报告层面的门禁未通过原因。\"}, "
         "\"defaultConfiguration\": {\"level\": \"error\"}}";
}

void write_results(Run& run, const Scorecard& c, std::size_t artifact, std::vector<std::string>& out) {
  bool bytes = !extracted_text(c.file);
  for (const ItemVerdict& v : c.verdicts) {
    if (v.state == ItemState::met || v.state == ItemState::na) continue;
    const Item& it = *v.item;
    std::size_t rule = run.rule(it.id, item_rule(it));
    std::string locs;
    for (const Evidence& e : v.evidence)
      locs += (locs.empty() ? "" : ", ") + location(c.file, artifact, region(e, bytes));
    // A missing item has no evidence: it is about the whole report, shown at its first line.
    if (locs.empty()) locs = location(c.file, artifact, region(Evidence{}, bytes));
    std::string r = fmt::format(
        "{{\"ruleId\": {}, \"ruleIndex\": {}, \"level\": \"{}\",\n       \"message\": {{\"text\": "
        "{}}},\n       \"locations\": [{}],\n       \"properties\": {{\"state\": {}}}",
        json_quote(it.id), rule, it.required ? "error" : "warning",
        json_quote(verdict_line(v) + (it.gap.empty() ? "" : "。" + it.gap)), locs,
        json_quote(state_name(v.state)));
    if (v.waived)
      r += ",\n       \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", "
           "\"justification\": " +
           json_quote(v.waiver_reason) + "}]";
    out.push_back(r + "}");
  }
  for (const LintNote& l : c.lints) {
    std::size_t rule = run.rule("lint/" + l.code, lint_rule(l.code));
    out.push_back(fmt::format(
        "{{\"ruleId\": {}, \"ruleIndex\": {}, \"level\": \"warning\",\n       \"message\": "
        "{{\"text\": {}}},\n       \"locations\": [{}]}}",
        json_quote("lint/" + l.code), rule, json_quote(l.message),
        location(c.file, artifact, region(l.evidence, bytes))));
  }
  for (const std::string& f : report_gate_failures(c)) {
    std::size_t rule = run.rule("gate", gate_rule());
    out.push_back(fmt::format(
        "{{\"ruleId\": \"gate\", \"ruleIndex\": {}, \"level\": \"error\",\n       \"message\": "
        "{{\"text\": {}}},\n       \"locations\": [{}]}}",
        rule, json_quote(f), location(c.file, artifact, region(Evidence{}, bytes))));
  }
}

}  // namespace

void render_sarif(const std::vector<Scorecard>& cards, const std::vector<InputFailure>& failed,
                  const std::string& base_dir, std::ostream& out) {
  std::vector<Run> runs;
  std::map<std::string, std::size_t> by_checklist;
  for (const Scorecard& c : cards) {
    auto [it, added] = by_checklist.emplace(c.checklist_id, runs.size());
    if (added) runs.emplace_back();
    runs[it->second].cards.push_back(&c);
  }
  if (runs.empty()) runs.emplace_back();  // a log of failed inputs only still needs a run
  std::string base = base_dir;
  if (base.empty() || base.back() != '/') base += '/';

  out << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n  \"runs\": [";
  for (std::size_t r = 0; r < runs.size(); ++r) {
    Run& run = runs[r];
    // Every item is a rule (a result may only name a rule the driver lists), in checklist order.
    if (!run.cards.empty())
      for (const ItemVerdict& v : run.cards.front()->verdicts) run.rule(v.item->id, item_rule(*v.item));
    std::vector<std::string> results, artifacts;
    for (std::size_t a = 0; a < run.cards.size(); ++a) {
      const Scorecard& c = *run.cards[a];
      write_results(run, c, a, results);
      artifacts.push_back(fmt::format(
          "{{\"location\": {{{}}}, \"properties\": "
          "{{\"score\": {}, \"passed\": {}, \"min_score\": {}, \"input_sha256\": {}}}}}",
          artifact_location(c.file), json_number(c.score), c.passed ? "true" : "false",
          json_number(c.min_score), json_quote(c.provenance.input_sha256)));
    }
    std::string notifications;
    if (r == 0)
      for (const InputFailure& f : failed)
        notifications += fmt::format(
            "{}\n        {{\"level\": \"error\", \"message\": {{\"text\": {}}}, \"locations\": "
            "[{{\"physicalLocation\": {{\"artifactLocation\": {{{}}}}}}}]}}",
            notifications.empty() ? "" : ",", json_quote(f.file + ": " + f.message),
            artifact_location(f.file));
    const Scorecard* first = run.cards.empty() ? nullptr : run.cards.front();
    out << (r ? "," : "") << "\n    {\"tool\": {\"driver\": {\"name\": \"fzscore\", \"version\": "
        << json_quote(first ? first->provenance.tool_version : "") << ", \"rules\": [";
    for (std::size_t i = 0; i < run.rules.size(); ++i) out << (i ? "," : "") << "\n      " << run.rules[i];
    out << "]}},\n     \"automationDetails\": {\"id\": "
        << json_quote("fzscore/" + (first ? first->checklist_id : std::string("inputs")) + "/")
        << "},\n     \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": "
        << json_quote("file://" + percent_encode(base)) << "}},\n"
        << "     \"columnKind\": \"unicodeCodePoints\",\n     \"invocations\": [{\"executionSuccessful\": "
        << (failed.empty() ? "true" : "false") << ", \"toolExecutionNotifications\": [" << notifications
        << "]}],\n     \"artifacts\": [";
    for (std::size_t a = 0; a < artifacts.size(); ++a) out << (a ? "," : "") << "\n      " << artifacts[a];
    out << "],\n     \"results\": [";
    for (std::size_t i = 0; i < results.size(); ++i) out << (i ? "," : "") << "\n      " << results[i];
    out << "],\n     \"properties\": {\"checklist\": "
        << json_quote(first ? first->checklist_id : "") << "}}";
  }
  out << "\n  ]\n}\n";
}

}  // namespace fz
