// A verdict follows what a report says, not how it is printed or saved: the 81 real report
// openings of ../shared/spec/dev, rendered as a traditional-script page (OpenCC's s2t, s2tw and
// s2hk: Taiwan's and Hong Kong's glyph variants), as a full-width page (every printable ASCII
// character at U+FF01…), with CRLF line ends, with a UTF-8 byte-order mark, in GB18030, as an
// HTML page and as a .docx (one paragraph per line), give every item the state and `quantified`
// flag of the original, with the real checklists, read by the real reader (read_bytes). And on
// every rendering, as on the original, every quote is exactly the bytes at its start/end of what
// offsets refer to (the input; for .html/.docx the extracted text) and stands at its line:column
// (output.md): the evidence promise of the brief, checked on the genre, not only on the samples.
//
// Skipped when ../shared/spec/dev is not beside the source tree (a source package).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <opencc/SimpleConverter.hpp>

#include "engine/input/read.hpp"
#include "engine/input/utf8.hpp"
#include "engine/match/evaluate.hpp"
#include "tests/support/encoded.hpp"
#include "tests/support/files.hpp"
#include "tests/support/samples.hpp"

namespace {

namespace fs = std::filesystem;

fs::path dev_reports() { return fs::path(FZ_SHARED_DIR) / "spec" / "dev" / "reports"; }

bool have_dev() { return fs::is_directory(dev_reports()); }

std::vector<fs::path> openings() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dev_reports()))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// Every printable ASCII character as its full-width form ("2023年,(一)" → "２０２３年，（一）").
std::string full_width(const std::string& s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (char c : s) {
    if (c >= 0x21 && c <= 0x7E) fz::utf8::append(out, static_cast<char32_t>(0xFEE0 + c));
    else out += c;
  }
  return out;
}

std::string xml_escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::vector<std::string> nonempty_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    if (text.find_first_not_of(" \t\r", i) < j) out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string as_html(const std::string& text) {
  std::string out = "<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>";
  for (const std::string& l : nonempty_lines(text)) out += "<p>" + xml_escaped(l) + "</p>";
  return out + "</body></html>";
}

std::string as_docx(const std::string& text) {
  std::string body;
  for (const std::string& l : nonempty_lines(text))
    body += "<w:p><w:r><w:t xml:space=\"preserve\">" + xml_escaped(l) + "</w:t></w:r></w:p>";
  fz::test::TempDir dir("dev-docx");
  fz::test::write_docx(dir / "r.docx", body);
  return fz::test::read_file(dir / "r.docx");
}

struct Outcome {
  std::vector<std::string> verdicts;  ///< "G23.1 met+数据", one per item
  std::string faults;                 ///< a refusal, or quotes not at their own bytes and line:col
};

/// Reads `bytes` as the file `name` (its extension chooses the reader) and judges it. Offsets
/// refer to the input, or for .html/.docx to the extracted text (Document::original), whose
/// encoding is `encoding` (a GB18030 page's offsets count GB18030 bytes).
Outcome judge(const fz::Plan& plan, const std::string& name, const std::string& bytes,
              const char* encoding = "UTF-8") {
  Outcome o;
  fz::ReadResult r = fz::read_bytes(name, bytes, fz::test::default_simplifier());
  if (auto* d = std::get_if<fz::Diagnostic>(&r)) {
    o.faults = fmt::format("  {} refused: {}\n", name, d->message);
    return o;
  }
  const fz::Document& doc = std::get<fz::Document>(r);
  for (const fz::ItemVerdict& v : fz::evaluate(plan, doc)) {
    o.verdicts.push_back(fmt::format("{} {}{}", v.item->id, fz::state_name(v.state),
                                     v.quantified ? "+数据" : ""));
    for (const fz::Evidence& e : v.evidence) {
      fz::test::Place want = fz::test::place_of(doc.original, encoding, e.original.begin, e.original.end);
      if (want.quote != e.quote || want.line != e.line || want.column != e.column)
        o.faults += fmt::format("  {} {} {}:{} (at {}:{}) 「{}」\n", name, v.item->id, e.line, e.column,
                                want.line, want.column, e.quote);
    }
  }
  return o;
}

}  // namespace

TEST_CASE("the dev openings in other scripts, widths, encodings and formats: the same verdicts, "
          "quotes at their own bytes" *
          doctest::skip(!have_dev())) {
  const fz::Plan plan = fz::test::shipped_checklist("checklists/gangyao-2021.fz");
  const fs::path data = fs::path(fz::Simplifier::default_config()).parent_path();
  // SimpleConverter owns its dictionaries by a raw pointer: never copied or moved, so held by
  // unique_ptr.
  std::vector<std::pair<std::string, std::unique_ptr<opencc::SimpleConverter>>> scripts;
  for (const char* config : {"s2t.json", "s2tw.json", "s2hk.json"})
    scripts.emplace_back(config, std::make_unique<opencc::SimpleConverter>((data / config).string()));

  const auto files = openings();
  REQUIRE(files.size() >= 80);
  std::size_t rendered = 0, changed = 0;
  for (const fs::path& p : files) {
    const std::string name = p.filename().string();
    const std::string text = fz::test::read_file(p);
    const Outcome original = judge(plan, name, text);
    CHECK_MESSAGE(original.faults.empty(), original.faults);
    REQUIRE(original.verdicts.size() == plan.items.size());
    struct Rendering {
      std::string how, file, bytes;
      const char* encoding = "UTF-8";
    };
    std::vector<Rendering> renderings;
    for (auto& [config, converter] : scripts)
      renderings.push_back({config, "r.txt", converter->Convert(text)});
    renderings.push_back({"full width", "r.txt", full_width(text)});
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    renderings.push_back({"CRLF", "r.txt", crlf});
    renderings.push_back({"UTF-8 with BOM", "r.txt", "\xEF\xBB\xBF" + text});
    renderings.push_back({"GB18030", "r.txt", fz::test::convert(text, "GB18030"), "GB18030"});
    renderings.push_back({"HTML", "r.html", as_html(text)});
    renderings.push_back({".docx", "r.docx", as_docx(text)});
    for (const Rendering& r : renderings) {  // (no structured binding: doctest's checks are lambdas)
      const std::string& how = r.how;
      ++rendered;
      changed += r.bytes != text;
      const Outcome got = judge(plan, r.file, r.bytes, r.encoding);
      REQUIRE_MESSAGE(got.verdicts.size() == original.verdicts.size(), got.faults);
      std::string diff;
      for (std::size_t i = 0; i < original.verdicts.size(); ++i)
        if (original.verdicts[i] != got.verdicts[i])
          diff += fmt::format("  {} → {}\n", original.verdicts[i], got.verdicts[i]);
      CHECK_MESSAGE(diff.empty(), fmt::format("{} as {}:\n{}", name, how, diff));
      CHECK_MESSAGE(got.faults.empty(), fmt::format("{} as {}:\n{}", name, how, got.faults));
    }
  }
  CHECK(rendered == 9 * files.size());
  // The renderings really changed the pages (an opening already in traditional script may come
  // out of s2t unchanged).
  CHECK(changed * 10 >= rendered * 9);
}
