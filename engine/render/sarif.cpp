// SARIF 2.1.0: one run per report; one result per item that is not met and not n/a (level
// "error" for required items, "warning" otherwise); waived items carry a suppression. Regions
// use byte offsets into the input and 1-based code-point columns (columnKind unicodeCodePoints).
#include <fmt/format.h>

#include "engine/render/render.hpp"

namespace fz {

void render_sarif(const std::vector<Scorecard>& cards, std::ostream& out) {
  out << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n  \"runs\": [";
  for (std::size_t r = 0; r < cards.size(); ++r) {
    const Scorecard& c = cards[r];
    out << (r ? "," : "") << "\n    {\"tool\": {\"driver\": {\"name\": \"fzscore\", \"version\": "
        << json_quote(c.provenance.tool_version) << ", \"rules\": [";
    for (std::size_t i = 0; i < c.verdicts.size(); ++i) {
      const Item& it = *c.verdicts[i].item;
      out << (i ? "," : "") << "\n      {\"id\": " << json_quote(it.id)
          << ", \"name\": " << json_quote(it.title)
          << ", \"shortDescription\": {\"text\": " << json_quote(it.title + "（" + it.basis + "）")
          << "}, \"helpText\": " << json_quote(it.gap.empty() ? it.want : it.gap)
          << ", \"help\": {\"text\": " << json_quote(it.gap.empty() ? it.want : it.gap)
          << "}, \"properties\": {\"basis\": " << json_quote(it.basis) << ", \"part\": "
          << json_quote(it.part) << ", \"required\": " << (it.required ? "true" : "false") << "}}";
    }
    out << "]}},\n     \"columnKind\": \"unicodeCodePoints\",\n     \"artifacts\": [{\"location\": "
           "{\"uri\": "
        << json_quote(c.file) << "}}],\n     \"results\": [";
    bool first = true;
    for (std::size_t i = 0; i < c.verdicts.size(); ++i) {
      const ItemVerdict& v = c.verdicts[i];
      if (v.state == ItemState::met || v.state == ItemState::na) continue;
      const Item& it = *v.item;
      out << (first ? "" : ",") << "\n      {\"ruleId\": " << json_quote(it.id)
          << ", \"ruleIndex\": " << i << ", \"level\": \"" << (it.required ? "error" : "warning")
          << "\",\n       \"message\": {\"text\": "
          << json_quote(verdict_line(v) + (it.gap.empty() ? "" : "。" + it.gap)) << "},\n"
          << "       \"locations\": [";
      first = false;
      // A missing item has no evidence: point at the top of the file.
      std::vector<Evidence> locs = v.evidence;
      if (locs.empty()) {
        Evidence top;
        top.line = top.column = top.end_line = top.end_column = 1;
        locs.push_back(top);
      }
      for (std::size_t k = 0; k < locs.size(); ++k) {
        const Evidence& e = locs[k];
        out << (k ? "," : "") << "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
            << json_quote(c.file) << ", \"index\": 0}, \"region\": {\"startLine\": "
            << std::max<std::size_t>(e.line, 1) << ", \"startColumn\": "
            << std::max<std::size_t>(e.column, 1) << ", \"endLine\": "
            << std::max<std::size_t>(e.end_line, 1) << ", \"endColumn\": "
            << std::max<std::size_t>(e.end_column, 1) << ", \"byteOffset\": " << e.original.begin
            << ", \"byteLength\": " << e.original.size();
        if (!e.quote.empty()) out << ", \"snippet\": {\"text\": " << json_quote(e.quote) << "}";
        out << "}}}";
      }
      out << "],\n       \"properties\": {\"state\": " << json_quote(state_name(v.state)) << "}";
      if (v.waived)
        out << ",\n       \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", "
               "\"justification\": "
            << json_quote(v.waiver_reason) << "}]";
      out << "}";
    }
    out << "],\n     \"properties\": {\"score\": " << fmt::format("{:.2f}", c.score)
        << ", \"passed\": " << (c.passed ? "true" : "false")
        << ", \"checklist\": " << json_quote(c.checklist_id) << "}}";
  }
  out << "\n  ]\n}\n";
}

}  // namespace fz
