#include "dsl/catalogue.hpp"

#include <yaml-cpp/yaml.h>

namespace fz::dsl {

Catalogue read_catalogue(const Source& yaml) {
  Catalogue c;
  try {
    YAML::Node root = YAML::Load(yaml.text());
    if (!root.IsMap()) {
      c.diagnostics.push_back(file_error(yaml.name(), "catalogue is not a YAML mapping"));
      return c;
    }
    for (const auto& section : root) {
      if (!section.second.IsSequence()) continue;
      for (const auto& entry : section.second)
        if (entry.IsMap() && entry["id"]) c.ids.push_back(entry["id"].as<std::string>());
    }
  } catch (const YAML::Exception& e) {
    // yaml-cpp marks are 0-based and count bytes; find the byte offset of that line and column.
    std::size_t offset = 0;
    for (int line = 0; line < e.mark.line && offset < yaml.text().size(); ++line) {
      std::size_t nl = yaml.text().find('\n', offset);
      offset = nl == std::string::npos ? yaml.text().size() : nl + 1;
    }
    if (e.mark.column > 0) offset += static_cast<std::size_t>(e.mark.column);
    offset = std::min(offset, yaml.text().size());
    c.diagnostics.push_back(
        make_diagnostic(Severity::error, "E020", yaml, {offset, offset}, "catalogue: " + e.msg));
  }
  return c;
}

std::vector<Diagnostic> check_catalogue(const Plan& plan, const Catalogue& catalogue) {
  std::string missing;
  std::size_t n = 0;
  for (const auto& id : catalogue.ids)
    if (!plan.find_item(id)) missing += (n++ ? ", " : "") + id;
  if (!n) return {};
  Diagnostic d = file_error(plan.file, std::to_string(n) + " catalogue item" +
                                           (n == 1 ? " is" : "s are") + " not defined: " + missing);
  d.code = "E020";
  return {d};
}

}  // namespace fz::dsl
