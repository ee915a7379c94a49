// fzscore check CHECKLIST... [--catalogue items.yaml]: lint checklists. Prints every diagnostic
// (errors and warnings) to stderr and "ok: N items, M patterns" per clean file to stdout.
// Exit 2 when any file has an error; warnings alone exit 0.
#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

#include "dsl/catalogue.hpp"
#include "dsl/load.hpp"
#include "engine/cli/commands.hpp"
#include "engine/input/read_file.hpp"

namespace fz::cli {

namespace {

/// The file as a Source, or the diagnostic that says why it cannot be read.
std::variant<Source, Diagnostic> read_source(const std::string& path, const char* what) {
  auto text = read_file(path);
  if (auto* f = std::get_if<ReadFailure>(&text))
    return file_error(path, std::string("cannot read the ") + what + ": " + f->reason);
  return Source(path, std::get<std::string>(std::move(text)));
}

void print_all(const std::vector<Diagnostic>& ds) {
  for (const auto& d : ds) std::fputs(render(d).c_str(), stderr);
}

struct CheckArgs {
  std::vector<std::string> checklists;
  std::optional<std::string> catalogue;
};

int run_check(const CheckArgs& args) {
  std::optional<dsl::Catalogue> catalogue;
  bool failed = false;
  if (const auto& path = args.catalogue) {
    auto src = read_source(*path, "catalogue");
    if (auto* d = std::get_if<Diagnostic>(&src)) {
      print_all({*d});
      return 2;
    }
    catalogue = dsl::read_catalogue(std::get<Source>(src));
    print_all(catalogue->diagnostics);
    if (has_errors(catalogue->diagnostics)) return 2;
  }
  for (const auto& path : args.checklists) {
    auto src = read_source(path, "checklist");
    if (auto* d = std::get_if<Diagnostic>(&src)) {
      print_all({*d});
      failed = true;
      continue;
    }
    dsl::LoadResult r = dsl::load_checklist(std::get<Source>(src));
    if (r.plan && catalogue) {
      auto more = dsl::check_catalogue(*r.plan, *catalogue);
      r.diagnostics.insert(r.diagnostics.end(), more.begin(), more.end());
    }
    print_all(r.diagnostics);
    if (has_errors(r.diagnostics) || !r.plan) {
      failed = true;
      continue;
    }
    std::printf("%s: ok: %zu items, %zu patterns\n", path.c_str(), r.plan->items.size(),
                r.plan->patterns.size());
  }
  return failed ? 2 : 0;
}

}  // namespace

Command add_check(CLI::App& root) {
  auto a = std::make_shared<CheckArgs>();
  CLI::App* app = root.add_subcommand("check", "lint checklists (.fz): syntax, terms, patterns");
  app->add_option("CHECKLIST", a->checklists, "checklist files")->required()->type_name("");
  app->add_option("--catalogue", a->catalogue,
                  "also check the items against this catalogue (shared/spec/items.yaml)")
      ->type_name("FILE");
  app->footer(exit_codes("no errors (warnings alone exit 0)"));
  return {app, [a] { return run_check(*a); }};
}

}  // namespace fz::cli
