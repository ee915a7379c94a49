#include "dsl/load.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include <boost/variant/get.hpp>

#include "dsl/check.hpp"
#include "dsl/compile.hpp"
#include "dsl/parse.hpp"
#include "engine/input/read_file.hpp"
#include "engine/sha256.hpp"

namespace fz::dsl {

namespace {

/// The checklist's `include "…"` declarations, in order.
std::vector<const ast::Include*> includes_of(const ast::Checklist& c) {
  std::vector<const ast::Include*> out;
  for (const auto& d : c.decls)
    if (auto* inc = boost::get<ast::Include>(&d)) out.push_back(inc);
  return out;
}

/// An include path is relative to the including checklist's folder (as C's #include "…").
std::string resolve(const std::string& checklist, const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute()) return path;
  return (std::filesystem::path(checklist).parent_path() / p).lexically_normal().string();
}

}  // namespace

LoadResult load_checklist(const Source& source, const ReadText& read) {
  LoadResult r;
  ParseResult parsed = parse(source);
  r.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.checklist) return r;

  // A checklist that includes wording libraries is parsed again with them joined after it: one
  // source, so check and compile see every term and wording block at once, while each
  // diagnostic still names the file and line it is about (Source::joined).
  std::vector<Source::File> files{{source.name(), source.text()}};
  std::vector<std::string> seen;
  for (const ast::Include* inc : includes_of(*parsed.checklist)) {
    std::string path = resolve(source.name(), inc->path.value);
    if (std::find(seen.begin(), seen.end(), path) != seen.end()) {
      r.diagnostics.push_back(make_diagnostic(Severity::error, "E024", source, inc->path.span,
                                              "\"" + inc->path.value + "\" is included twice"));
      continue;
    }
    seen.push_back(path);
    auto text = read(path);
    if (auto* f = std::get_if<ReadFailure>(&text)) {
      r.diagnostics.push_back(make_diagnostic(Severity::error, "E024", source, inc->path.span,
                                              "cannot read wording library " + path + ": " +
                                                  f->reason));
      continue;
    }
    files.push_back({path, std::get<std::string>(std::move(text))});
  }
  if (has_errors(r.diagnostics)) return r;

  const bool joined = files.size() > 1;
  Source all = joined ? Source::joined(files) : source;
  if (joined) {
    parsed = parse(all);
    r.diagnostics = std::move(parsed.diagnostics);
    if (!parsed.checklist) return r;
  }
  std::vector<Diagnostic> found = check(all, *parsed.checklist);
  // Source order (file, line, then column) reads like a compiler's output; stable keeps ties in
  // the order the checks found them.
  std::vector<std::string> order;
  for (const auto& f : files) order.push_back(f.name);
  auto rank = [&](const Diagnostic& d) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), d.file) - order.begin());
  };
  std::stable_sort(found.begin(), found.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return std::make_tuple(rank(a), a.line, a.column) < std::make_tuple(rank(b), b.line, b.column);
  });
  r.diagnostics.insert(r.diagnostics.end(), found.begin(), found.end());
  if (!has_errors(r.diagnostics)) {
    r.plan = compile(all, *parsed.checklist);
    r.plan->sources = std::move(order);
    r.plan->source_sha256 = sha256_hex(all.text());
  }
  return r;
}

LoadResult load_checklist(const Source& source) { return load_checklist(source, read_file); }

}  // namespace fz::dsl
