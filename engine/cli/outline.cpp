// fzscore outline FILE [--format text|json]: metadata, warnings and the section tree with roles
// and 1-based line numbers in the decoded text — a quick check of what the structure stage saw.
#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>

#include "engine/cli/options.hpp"
#include "engine/cli/commands.hpp"
#include "engine/input/read.hpp"

namespace fz::cli {
namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

std::string date_string(const std::optional<Date>& d) {
  return d ? fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day) : "";
}

void print_text(const Document& d) {
  const Meta& m = d.meta;
  fmt::print("file: {}\ntitle: {}\nissuer: {}\nyear: {}\npublished: {}\nlevel: {}\n", d.path, m.title,
             m.issuer, m.year ? std::to_string(*m.year) : "", date_string(m.published), level_name(m.level));
  for (const auto& w : d.warnings) fmt::print("warning: {}\n", w);
  for (std::size_t k = 1; k < d.sections.size(); ++k) {
    const Section& s = d.sections[k];
    int depth = 0;
    for (int p = s.parent; p > 0; p = d.sections[p].parent) ++depth;
    fmt::print("{:>5}  {}{} [{}]\n", s.line, std::string(2 * depth, ' '), s.heading, role_name(s.role));
  }
}

void print_json(const Document& d) {
  const Meta& m = d.meta;
  std::string out = "{";
  out += "\"file\":" + json_string(d.path);
  out += ",\"title\":" + json_string(m.title) + ",\"issuer\":" + json_string(m.issuer);
  out += ",\"year\":" + (m.year ? std::to_string(*m.year) : std::string("null"));
  out += ",\"published\":" + (m.published ? json_string(date_string(m.published)) : std::string("null"));
  out += ",\"level\":" + json_string(level_name(m.level));
  out += ",\"warnings\":[";
  for (std::size_t k = 0; k < d.warnings.size(); ++k) out += (k ? "," : "") + json_string(d.warnings[k]);
  out += "],\"sections\":[";
  for (std::size_t k = 1; k < d.sections.size(); ++k) {
    const Section& s = d.sections[k];
    out += fmt::format("{}{{\"heading\":{},\"level\":{},\"line\":{},\"role\":\"{}\",\"parent\":{}}}",
                       k > 1 ? "," : "", json_string(s.heading), s.level, s.line, role_name(s.role),
                       s.parent > 0 ? s.parent - 1 : -1);
  }
  out += "]}\n";
  std::cout << out;
}

struct OutlineArgs {
  std::string file;
  std::string format = "text";
};

int run_outline(const OutlineArgs& args) {
  ReadResult r = read_document(args.file);
  if (auto* d = std::get_if<Diagnostic>(&r)) {
    std::cerr << render(*d);
    return 2;
  }
  if (args.format == "json") print_json(std::get<Document>(r));
  else print_text(std::get<Document>(r));
  return 0;
}

}  // namespace

Command add_outline(CLI::App& root) {
  auto a = std::make_shared<OutlineArgs>();
  CLI::App* app = root.add_subcommand(
      "outline", "print the metadata and the section tree (with roles and lines) the rules see");
  app->add_option("FILE", a->file, "a report")->required()->type_name("");
  app->add_option("-f,--format", a->format, "output format")
      ->type_name("FORMAT")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  app->footer(exit_codes("printed"));
  return {app, [a] { return run_outline(*a); }};
}

}  // namespace fz::cli
