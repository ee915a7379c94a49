#include "engine/cli/load.hpp"

#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "dsl/load.hpp"
#include "engine/analysis/annotate.hpp"
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
  std::string digest = sha256_hex(std::get<std::string>(text));
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
  return LoadedPlan{std::move(plan), std::move(digest)};
}

std::optional<std::string> find_config(const std::string& report_path) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(report_path), ec).parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path c = dir / ".fzscore.yaml";
    if (fs::is_regular_file(c, ec)) return c.string();
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
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
  if (opt_.checklist) {
    plan_path = *opt_.checklist;
  } else if (!doc.meta.year) {
    return Errors{file_error(path, "no report year found; pass --checklist to choose a checklist")};
  } else if (auto p = find_checklist(*doc.meta.year, dirs_)) {
    plan_path = *p;
  } else {
    return Errors{file_error(path, checklist_not_found(*doc.meta.year, dirs_))};
  }
  auto it = plans_.find(plan_path);
  if (it == plans_.end()) {
    auto p = load_plan(plan_path);
    if (auto* e = std::get_if<Errors>(&p)) return *e;
    it = plans_.emplace(plan_path, std::get<LoadedPlan>(std::move(p))).first;
  }
  const Plan& plan = it->second.plan;

  GateConfig cfg;
  std::optional<std::string> cfg_path = opt_.config;
  if (!cfg_path) cfg_path = find_config(path);
  if (!cfg_path) {
    fs::path g = fs::path(plan_path).parent_path() / "gate.yaml";
    std::error_code ec;
    if (fs::is_regular_file(g, ec)) cfg_path = g.string();
  }
  if (cfg_path) {
    auto known = configs_.find(*cfg_path);
    if (known == configs_.end()) {
      auto text = read_file(*cfg_path);
      if (auto* f = std::get_if<ReadFailure>(&text))
        return Errors{file_error(*cfg_path, "cannot read the gate config: " + f->reason)};
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
  card.provenance.tool_version = FZ_VERSION;
  card.provenance.checklist_file = plan_path;
  card.provenance.checklist_sha256 = it->second.sha256;
  card.provenance.input_sha256 = doc.input_sha256;
  card.provenance.config_file = cfg_path.value_or("");
  judge(card, plan, cfg, today());
  analysis::annotate(card, doc);
  if (plan_out) *plan_out = &plan;
  if (doc_out) *doc_out = std::move(doc);
  return card;
}

}  // namespace fz::cli
