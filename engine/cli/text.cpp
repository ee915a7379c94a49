// fzscore text FILE [--normalised]: the text evidence offsets refer to (for .txt the decoded
// UTF-8; for .docx/.html/.pdf the extracted text), or with --normalised the text the rules see.
#include <cstdio>
#include <iostream>
#include <memory>

#include "engine/cli/commands.hpp"
#include "engine/input/read.hpp"

namespace fz::cli {

namespace {

struct TextArgs {
  std::string file;
  bool normalised = false;
};

int run_text(const TextArgs& args) {
  ReadResult r = read_document(args.file);
  if (auto* d = std::get_if<Diagnostic>(&r)) {
    std::cerr << render(*d);
    return 2;
  }
  const Document& doc = std::get<Document>(r);
  std::cout << (args.normalised ? doc.normalised.utf8 : doc.decoded.utf8);
  return 0;
}

}  // namespace

Command add_text(CLI::App& root) {
  auto a = std::make_shared<TextArgs>();
  CLI::App* app = root.add_subcommand(
      "text", "print the text evidence offsets refer to (or, --normalised, the text the rules see)");
  app->add_option("FILE", a->file, "a report")->required()->type_name("");
  app->add_flag("--normalised", a->normalised, "繁→简, width-folded, page chrome dropped");
  app->footer(exit_codes("printed"));
  return {app, [a] { return run_text(*a); }};
}

}  // namespace fz::cli
