// Wording libraries: `include "FILE"` and `wording "ID" { … }` (docs/dsl.md). The checklist and
// its libraries are one text to the parser and the checker, but every diagnostic, rule and
// example must name the file and line it was written in.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>

#include "dsl/load.hpp"
#include "engine/source.hpp"

namespace {

constexpr const char* kChecklist =
    "checklist \"t\" { title \"标题\" years 2021 .. 2025 }\n"  // 1
    "include \"wording/ctx.fz\"\n"                              // 2
    "include \"wording/g.fz\"\n"                                // 3
    "part \"一\" \"部分\" weight 100 {\n"                       // 4
    "  item \"A1\" \"条目\" {\n"                                // 5
    "    basis \"纲要\"\n"                                      // 6
    "  }\n"
    "}\n";

constexpr const char* kContext =
    "hedge = \"有待\"\nfuture = \"下一步\"\nunits = /[0-9]+件/\naim = \"为指导\"\n";

constexpr const char* kWording =
    "term gongshi = \"行政执法公示\"\n"      // 1
    "\n"                                     // 2
    "wording \"A1\" {\n"                     // 3
    "  match any(gongshi)\n"                 // 4
    "  example met \"推行行政执法公示。\"\n"  // 5
    "}\n";

using Files = std::map<std::string, std::string>;

fz::dsl::LoadResult load(const std::string& checklist, const Files& files) {
  auto read = [&](const std::string& path) -> std::variant<std::string, fz::ReadFailure> {
    auto it = files.find(path);
    if (it == files.end()) return fz::ReadFailure{"no such file"};
    return it->second;
  };
  return fz::dsl::load_checklist(fz::Source("lists/t.fz", checklist), read);
}

Files library(std::string wording = kWording) {
  return {{"lists/wording/ctx.fz", kContext}, {"lists/wording/g.fz", std::move(wording)}};
}

const fz::Diagnostic* find(const fz::dsl::LoadResult& r, const std::string& code) {
  auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                         [&](const fz::Diagnostic& d) { return d.code == code; });
  return it == r.diagnostics.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("Source::joined: positions are told in the terms of the file they fall in") {
  fz::Source s = fz::Source::joined({{"a.fz", "一\n二\n"}, {"b.fz", "x\ny"}, {"c.fz", "z\n"}});
  CHECK(s.name() == "a.fz");
  CHECK(s.text() == "一\n二\nx\ny\nz\n");
  std::size_t y = s.text().find('y');
  CHECK(s.file_at(0) == "a.fz");
  CHECK(s.file_at(y) == "b.fz");
  CHECK(s.locate(y) == fz::Location{2, 1});
  CHECK(s.file_at(s.text().find('z')) == "c.fz");
  CHECK(s.locate(s.text().find('z')) == fz::Location{1, 1});
  CHECK(s.locate(s.text().find("二")) == fz::Location{2, 1});
  CHECK(s.line_text(y) == "y");
}

TEST_CASE("include: an item takes its rules and examples from the wording block of its id") {
  auto r = load(kChecklist, library());
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.plan);
  const fz::Item* a1 = r.plan->find_item("A1");
  REQUIRE(a1);
  REQUIRE(a1->rules.size() == 1);
  CHECK(a1->rules[0].file == "lists/wording/g.fz");
  CHECK(a1->rules[0].line == 4);
  REQUIRE(a1->examples.size() == 1);
  CHECK(a1->examples[0].file == "lists/wording/g.fz");
  CHECK(a1->examples[0].line == 5);
  CHECK(a1->line == 5);  // the item itself stays in the checklist
  CHECK(r.plan->aim.size() == 1);
  CHECK(r.plan->sources ==
        std::vector<std::string>{"lists/t.fz", "lists/wording/ctx.fz", "lists/wording/g.fz"});
  CHECK(r.plan->source_sha256.size() == 64);
}

TEST_CASE("include: the checklist's digest changes when a library changes") {
  auto a = load(kChecklist, library());
  auto b = load(kChecklist, library(std::string(kWording) + "# a comment\n"));
  REQUIRE(a.plan);
  REQUIRE(b.plan);
  CHECK(a.plan->source_sha256 != b.plan->source_sha256);
}

TEST_CASE("include: an unreadable library is E024 at the include line of the checklist") {
  Files files = library();
  files.erase("lists/wording/g.fz");
  auto r = load(kChecklist, files);
  const fz::Diagnostic* d = find(r, "E024");
  REQUIRE(d);
  CHECK(d->file == "lists/t.fz");
  CHECK(d->line == 3);
  CHECK(d->message.find("lists/wording/g.fz") != std::string::npos);
  CHECK_FALSE(r.plan);
}

TEST_CASE("include: a syntax error inside a library names the library and its own line") {
  auto r = load(kChecklist, library("term a = \"x\"\nwording \"A1\" {\n  match any(a\n}\n"));
  REQUIRE_FALSE(r.diagnostics.empty());
  const fz::Diagnostic& d = r.diagnostics.front();
  CHECK(d.code == "E001");
  CHECK(d.file == "lists/wording/g.fz");
  CHECK(d.line == 4);
}

TEST_CASE("include: a library holds no parts, and a wording block only match and example") {
  auto r = load(kChecklist,
                library(std::string(kWording) + "wording \"A2\" {\n  weight 2\n}\n" +
                        "part \"二\" \"x\" weight 1 {\n}\n"));
  int e025 = 0;
  for (const auto& d : r.diagnostics)
    if (d.code == "E025") {
      ++e025;
      CHECK(d.file == "lists/wording/g.fz");
    }
  CHECK(e025 == 2);
  const fz::Diagnostic* w = find(r, "W005");  // "A2" is no item of this checklist
  REQUIRE(w);
  CHECK(w->line == 7);
}

TEST_CASE("include: a term defined twice across files names both places") {
  auto r = load(std::string(kChecklist) + "term gongshi = \"执法公示\"\n", library());
  const fz::Diagnostic* d = find(r, "E003");
  REQUIRE(d);
  REQUIRE_FALSE(d->notes.empty());
  bool names_other_file = d->notes[0].find("lists/") != std::string::npos;
  CHECK(names_other_file);
}

TEST_CASE("include: an item with neither its own rule nor a wording block is still E008") {
  auto r = load(kChecklist, library("term gongshi = \"行政执法公示\"\n"));
  const fz::Diagnostic* d = find(r, "E008");
  REQUIRE(d);
  CHECK(d->file == "lists/t.fz");
  CHECK(d->line == 5);
}
