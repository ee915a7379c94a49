// fzscore text FILE [--normalised]: the text evidence offsets refer to (for .txt the decoded
// UTF-8; for .docx/.html/.pdf the extracted text), or with --normalised the text the rules see.
#include <cstdio>
#include <iostream>

#include "engine/cli/args.hpp"
#include "engine/cli/commands.hpp"
#include "engine/input/read.hpp"

namespace fz::cli {

int run_text(const Argv& argv) {
  Args args = parse_args(argv, {}, {"--normalised"});
  if (args.positional.size() != 1) throw UsageError{"expected exactly one FILE"};
  ReadResult r = read_document(args.positional[0]);
  if (auto* d = std::get_if<Diagnostic>(&r)) {
    std::cerr << render(*d);
    return 2;
  }
  const Document& doc = std::get<Document>(r);
  std::cout << (args.has("--normalised") ? doc.normalised.utf8 : doc.decoded.utf8);
  return 0;
}

}  // namespace fz::cli
