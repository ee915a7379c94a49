#include "engine/cli/load.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "dsl/load.hpp"
#include "engine/analysis/annotate.hpp"
#include "engine/cli/checklist_choice.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/input/read.hpp"
#include "engine/input/read_file.hpp"
#include "engine/sha256.hpp"

namespace fz::cli {

namespace fs = std::filesystem;

namespace {

/// The name whose extension chooses the reader for stdin's bytes: the input's own, or .txt.
std::string type_name(const std::string& name) {
  return fs::path(name).has_extension() ? name : name + ".txt";
}

}  // namespace

std::variant<Document, Diagnostic> load_report(const Input& input, const Simplifier& simplifier) {
  if (input.error) return file_error(input.name, *input.error);
  if (!input.bytes) return read_document(input.name, simplifier);
  auto r = read_bytes(type_name(input.name), *input.bytes, simplifier);
  // Messages and evidence name the input as the user named it, not by the reader's type name.
  if (auto* d = std::get_if<Diagnostic>(&r)) {
    d->file = input.name;
    return *d;
  }
  Document doc = std::get<Document>(std::move(r));
  doc.path = input.name;
  return doc;
}

std::variant<LoadedPlan, std::vector<Diagnostic>> load_plan(const std::string& path) {
  auto text = read_file(path);
  if (auto* f = std::get_if<ReadFailure>(&text))
    return std::vector<Diagnostic>{file_error(path, "cannot read the checklist: " + f->reason)};
  Source src(path, std::get<std::string>(std::move(text)));
  dsl::LoadResult r = dsl::load_checklist(src);
  if (!r.plan || has_errors(r.diagnostics)) {
    if (r.diagnostics.empty()) r.diagnostics.push_back(file_error(path, "checklist did not load"));
    return std::move(r.diagnostics);
  }
  Plan plan = std::move(*r.plan);
  plan.file = path;
  if (auto err = finalize(plan)) {
    std::string pat = err->first >= 0 ? plan.patterns[static_cast<std::size_t>(err->first)].text : "";
    return std::vector<Diagnostic>{
        file_error(path, fmt::format("RE2 rejects pattern /{}/: {}", pat, err->second))};
  }
  return LoadedPlan{std::move(plan)};
}

std::optional<std::string> find_config(const std::string& report_path) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(report_path), ec).parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path c = dir / ".fzscore.yaml";
    // Found in any form: a dangling link (a share not mounted in CI), a directory or a FIFO is
    // returned too, so reading it fails with exit 2 instead of the search silently going on to
    // a laxer config or the defaults.
    if (fs::exists(fs::symlink_status(c, ec))) return c.string();
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::optional<std::string> config_for(const RunOptions& o, const std::string& report_path,
                                      const std::string& plan_path) {
  if (o.config) return o.config;
  if (auto found = find_config(report_path)) return found;
  fs::path g = fs::path(plan_path).parent_path() / "gate.yaml";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(g, ec))) return g.string();  // as for .fzscore.yaml
  return std::nullopt;
}

std::string file_sha256(const std::string& path) {
  // In blocks, so a 200 MB report is not held twice in memory beside its Document.
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return "";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  Sha256 h;
  std::vector<char> block(1 << 16);
  while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0)
    h.add(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
  return in.bad() ? std::string() : h.hex();
}

Date today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd(now);
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::variant<Scorecard, std::vector<Diagnostic>> Pipeline::run(const Input& input,
                                                               Document* doc_out,
                                                               const Plan** plan_out) {
  using Errors = std::vector<Diagnostic>;
  if (!simplifier_) {
    std::string error;
    simplifier_ = Simplifier::load(Simplifier::default_config(), &error);
    if (!simplifier_) return Errors{file_error(Simplifier::default_config(), error)};
  }
  const std::string& path = input.name;
  auto loaded = load_report(input, *simplifier_);
  if (auto* d = std::get_if<Diagnostic>(&loaded)) return Errors{*d};
  Document doc = std::get<Document>(std::move(loaded));

  std::string plan_path;
  std::vector<std::string> choice_warnings;
  apply_year_option(doc, opt_.year);
  if (opt_.checklist) {
    plan_path = *opt_.checklist;
  } else {
    auto choice = choose_checklist(doc, dirs_);
    if (auto* e = std::get_if<Diagnostic>(&choice)) return Errors{*e};
    plan_path = std::get<ChecklistChoice>(choice).path;
    choice_warnings = std::move(std::get<ChecklistChoice>(choice).warnings);
  }
  auto it = plans_.find(plan_path);
  if (it == plans_.end()) {
    auto p = load_plan(plan_path);
    if (auto* e = std::get_if<Errors>(&p)) return *e;
    it = plans_.emplace(plan_path, std::get<LoadedPlan>(std::move(p))).first;
  }
  const Plan& plan = it->second.plan;
  if (auto w = year_outside(plan, doc)) choice_warnings.push_back(*w);

  GateConfig cfg;
  std::optional<std::string> cfg_path = config_for(opt_, path, plan_path);
  if (cfg_path) {
    auto known = configs_.find(*cfg_path);
    if (known == configs_.end()) {
      auto text = read_file(*cfg_path);
      if (auto* f = std::get_if<ReadFailure>(&text)) {
        std::string why = f->reason;
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(*cfg_path, ec)))
          why += " (a symbolic link to " + fs::read_symlink(*cfg_path, ec).string() + ")";
        return Errors{file_error(*cfg_path, "cannot read the gate config: " + why)};
      }
      known = configs_.emplace(*cfg_path, parse_gate_config(std::get<std::string>(text), *cfg_path))
                  .first;
    }
    if (auto* e = std::get_if<Errors>(&known->second)) return *e;
    cfg = std::get<GateConfig>(known->second);
    if (auto e = check_gate_config(cfg, plan); !e.empty()) return e;
  }
  if (opt_.min_score) cfg.min_score = *opt_.min_score;

  Scorecard card;
  card.file = path;
  card.checklist_id = plan.id;
  card.checklist_title = plan.title;
  card.meta = doc.meta;
  card.level = opt_.level.value_or(cfg.level.value_or(doc.meta.level));
  card.verdicts = evaluate(plan, doc, EvalOptions{card.level});
  card.warnings = doc.warnings;
  card.warnings.insert(card.warnings.end(), choice_warnings.begin(), choice_warnings.end());
  card.provenance.tool_version = FZ_VERSION;
  card.provenance.checklist_file = plan_path;
  card.provenance.checklist_sha256 = plan.source_sha256;  // the checklist and its wording libraries
  card.provenance.input_sha256 = doc.input_sha256;
  card.provenance.config_file = cfg_path.value_or("");
  card.provenance.settings_sha256 = settings_key(path);
  judge(card, plan, cfg, today());
  analysis::annotate(card, doc);
  if (plan_out) *plan_out = &plan;
  if (doc_out) *doc_out = std::move(doc);
  return card;
}

}  // namespace fz::cli
