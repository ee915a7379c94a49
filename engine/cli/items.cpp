// fzscore items [-c CHECKLIST] [--year Y] [-f text|json]: the items of a checklist, by part, with
// id, title, clause and whether required (as `ruff rule --all` lists rules), so that --explain
// and .fzscore.yaml can name them. Without --checklist: the checklist a report of --year (default:
// this year) is scored against. Exit 0, or 2 when the checklist cannot be found or loaded.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/output_format.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

namespace {

struct ItemsArgs {
  std::optional<std::string> checklist;
  int year = today().year;
  std::string format = "text";
};

std::string text(const Plan& plan) {
  std::string out = fmt::format("{}  {}\n{}\n", plan.id, plan.title, plan.file);
  for (const Part& p : plan.parts) {
    out += fmt::format("\n{} {}  ({:g})\n", p.id, p.title, p.weight);
    for (const Item& it : plan.items)
      if (it.part == p.id)
        out += fmt::format("  {:<8} {}{}  [{}]\n", it.id, it.title, it.required ? " *" : "", it.basis);
  }
  return out + "\n* 必备事项（缺少则门禁不通过）\n";
}

std::string json(const Plan& plan) {
  std::string out = "{\"checklist\":{\"id\":" + json_quote(plan.id) + ",\"title\":" +
                    json_quote(plan.title) + ",\"file\":" + json_quote(plan.file) + "},\"items\":[";
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const Item& it = plan.items[i];
    out += fmt::format(
        "{}\n{{\"id\":{},\"title\":{},\"part\":{},\"basis\":{},\"required\":{},\"weight\":{}}}",
        i ? "," : "", json_quote(it.id), json_quote(it.title), json_quote(it.part),
        json_quote(it.basis), it.required ? "true" : "false", json_number(it.weight));
  }
  return out + "\n]}\n";
}

int run_items(const ItemsArgs& a) {
  std::string path;
  if (a.checklist) {
    path = *a.checklist;
  } else {
    auto dirs = checklist_dirs();
    auto found = find_checklist(a.year, dirs);
    if (!found) {
      std::cerr << "fzscore items: " << checklist_not_found(a.year, dirs) << "\n";
      return 2;
    }
    path = *found;
  }
  auto loaded = load_plan(path);
  if (auto* errors = std::get_if<std::vector<Diagnostic>>(&loaded)) {
    for (const auto& d : *errors) std::cerr << render(d);
    return 2;
  }
  const Plan& plan = std::get<LoadedPlan>(loaded).plan;
  std::cout << (a.format == "json" ? json(plan) : text(plan));
  return 0;
}

}  // namespace

Command add_items(CLI::App& root) {
  auto a = std::make_shared<ItemsArgs>();
  CLI::App* app = root.add_subcommand("items", "list a checklist's items: id, title, clause, required");
  app->add_option("-c,--checklist", a->checklist, "the checklist (.fz); default: the one for --year")
      ->type_name("FILE");
  app->add_option("--year", a->year, "the report year whose checklist to list")
      ->type_name("YEAR")
      ->check(CLI::Range(1990, 2100))
      ->capture_default_str();
  app->add_option("-f,--format", a->format, "output format")
      ->type_name("FORMAT")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  app->footer(exit_codes("listed"));
  return {app, [a] { return run_items(*a); }};
}

}  // namespace fz::cli
