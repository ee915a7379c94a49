// read_document on real files: every supported format, and every way a file can be unusable.
#include "engine/input/read.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/files.hpp"

namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  fs::path d = fs::temp_directory_path() / ("fz_read_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

std::string write(const std::string& name, const std::string& bytes) {
  fs::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

// A .docx with the given entries (tests/support/files).
std::string write_zip(const std::string& name,
                      const std::vector<std::pair<std::string, std::string>>& entries) {
  fs::path p = temp_dir() / name;
  fz::test::write_zip(p, entries);
  return p.string();
}

fz::Document ok(const std::string& path) {
  fz::ReadResult r = fz::read_document(path);
  if (auto* d = std::get_if<fz::Diagnostic>(&r)) FAIL(fz::render(*d));
  return std::get<fz::Document>(std::move(r));
}

void fails(const std::string& path, const std::string& why) {
  fz::ReadResult r = fz::read_document(path);
  REQUIRE(std::holds_alternative<fz::Diagnostic>(r));
  const auto& d = std::get<fz::Diagnostic>(r);
  CHECK(d.severity == fz::Severity::error);
  CHECK(d.file == path);
  CHECK_MESSAGE(d.message.find(why) != std::string::npos, d.message);
  CHECK(fz::render(d).find(path) != std::string::npos);
}

}  // namespace

TEST_CASE("text files in GB18030, UTF-16 and UTF-8 with BOM read to the same normalised text") {
  std::string gb = write("gb.txt", "\xB7\xA8\xD6\xCE\xD5\xFE\xB8\xAE\xB1\xA8\xB8\xE6\xA1\xA3");
  std::string u16 = write("u16.txt", std::string("\xFF\xFE\xD5\x6C\xBB\x6C\x3F\x65\x9C\x5E\xA5\x62\x4A\x54\x02\x30", 16));
  std::string bom = write("bom.md", "\xEF\xBB\xBF法治政府报告。");
  for (const std::string& p : {gb, u16, bom}) {
    fz::Document d = ok(p);
    CHECK(d.normalised.utf8 == "法治政府报告。");
    REQUIRE(d.sentences.size() == 1);
    // The sentence maps back to the whole file minus the BOM.
    fz::Span o = d.to_original(d.sentences[0].span);
    CHECK(o.end == d.original.size());
    CHECK(o.begin == (p == gb ? 0u : p == u16 ? 2u : 3u));
  }
  CHECK(ok(gb).original.size() == 14);  // the file's own bytes, unmodified
}

TEST_CASE("html: tags stripped, entities decoded, script/style dropped, blocks become lines") {
  std::string p = write("page.html",
                        "<html><head><title>t</title><style>p{}</style></head><body>"
                        "<div>当前位置：首页 &gt; 政务公开</div><script>var a='一、假';</script>"
                        "<p>一、主要工作&nbsp;情况</p><p>推进&ldquo;放管服&rdquo;改革&amp;创新。</p></body></html>");
  fz::Document d = ok(p);
  CHECK(d.original.find("<p>") == std::string::npos);
  CHECK(d.normalised.utf8 == "一、主要工作 情况\n推进“放管服”改革&创新。\n");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[1].heading == "一、主要工作 情况");
}

TEST_CASE("docx: paragraphs become lines, tabs and breaks kept") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      "<w:p><w:r><w:t>一、主要</w:t></w:r><w:r><w:t>工作</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙。</w:t></w:r></w:p>"
      "</w:body></w:document>";
  std::string p = write_zip("tiny.docx", {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", xml}});
  fz::Document d = ok(p);
  CHECK(d.original == "一、主要工作\n甲\t乙\n丙。\n");
  CHECK(d.normalised.utf8 == "一、主要工作\n甲 乙\n丙。\n");
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[1].heading == "一、主要工作");
  CHECK(d.sections[1].line == 1);
}

TEST_CASE("unusable inputs are errors that name the file") {
  fails(write("empty.txt", ""), "empty");
  fails(write("binary.txt", std::string("\x7F" "ELF\0\0\x01\x02", 8)), "binary");
  fails(write("broken.docx", "PK\x03\x04 not really a zip"), "broken .docx");
  fails(write_zip("nodoc.docx", {{"word/other.xml", "<x/>"}}), "word/document.xml");
  fails(write_zip("badxml.docx", {{"word/document.xml", "<w:document><w:body>"}}), "XML");
  fails(write("report.xlsx", "x"), "unsupported file type");
  fails(write("blank.txt", "\xEF\xBB\xBF  \n\n"), "no text");
  fails(temp_dir().string(), "directory");
  fails((temp_dir() / "missing.txt").string(), "no such file");
}
