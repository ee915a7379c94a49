#include "engine/render/docx_writer.hpp"

#include <zip.h>

#include <ctime>
#include <memory>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>

namespace fz {
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// GB/T 9704 (党政机关公文格式): body 仿宋 三号 (16 pt = sz 32), fixed 28-point lines (560 twips),
// first line indented two characters; title 宋体 二号 bold, centred; headings 黑体 三号.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults><w:rPrDefault><w:rPr>)"
    R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>)"
    R"(<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>)"
    R"(</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>)"
    R"(</w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
    R"(<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
    R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="280" w:after="280" w:line="700" w:lineRule="exact"/>)"
    R"(<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>)"
    R"(<w:rPr><w:rFonts w:eastAsia="宋体"/><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
    R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>)"
    R"(<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/>)"
    R"(<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>)"
    R"(<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>)"
    R"(</w:styles>)";

const char* style_id(DocxParagraph::Style s) {
  switch (s) {
    case DocxParagraph::Style::title: return "Title";
    case DocxParagraph::Style::heading: return "Heading1";
    case DocxParagraph::Style::body: return "Normal";
    case DocxParagraph::Style::note: return "Note";
  }
  return "Normal";
}

/// XML 1.0 forbids most control characters; a line break inside one paragraph reads as a space.
std::string xml_text(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return out;
}

std::string to_string(const pugi::xml_document& doc) {
  std::ostringstream os;
  doc.save(os, "", pugi::format_raw, pugi::encoding_utf8);
  return os.str();
}

std::string document_xml(const std::vector<DocxParagraph>& paragraphs) {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  auto root = doc.append_child("w:document");
  root.append_attribute("xmlns:w") = kW;
  auto body = root.append_child("w:body");
  for (const auto& p : paragraphs) {
    auto wp = body.append_child("w:p");
    wp.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = style_id(p.style);
    auto t = wp.append_child("w:r").append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text() = xml_text(p.text).c_str();
  }
  // A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
  auto sect = body.append_child("w:sectPr");
  auto size = sect.append_child("w:pgSz");
  size.append_attribute("w:w") = "11906";
  size.append_attribute("w:h") = "16838";
  auto mar = sect.append_child("w:pgMar");
  for (auto [k, v] : {std::pair{"w:top", "2098"}, {"w:right", "1474"}, {"w:bottom", "1984"},
                      {"w:left", "1588"}, {"w:header", "851"}, {"w:footer", "992"}, {"w:gutter", "0"}})
    mar.append_attribute(k) = v;
  return to_string(doc);
}

std::string core_xml(std::string_view title) {
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  auto root = doc.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_child("dc:title").text() = xml_text(title).c_str();
  root.append_child("dc:creator").text() = "fzscore";
  return to_string(doc);
}

}  // namespace

std::string write_docx(const std::vector<DocxParagraph>& paragraphs, std::string_view title) {
  // The parts live until zip_close has compressed them (zip_source_buffer does not copy).
  const std::vector<std::pair<const char*, std::string>> parts = {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kPackageRels},
      {"docProps/core.xml", core_xml(title)},
      {"word/_rels/document.xml.rels", kDocumentRels},
      {"word/styles.xml", kStyles},
      {"word/document.xml", document_xml(paragraphs)},
  };
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) throw std::runtime_error("cannot create the .docx in memory");
  zip_source_keep(buffer);  // read the bytes back after zip_close
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(buffer, zip_source_free);
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!za) {
    zip_source_free(buffer);  // not taken over: drop the reference zip_open would have held
    zip_error_fini(&err);
    throw std::runtime_error("cannot create the .docx in memory");
  }
  // 1980-01-01, the zip epoch: the same input always gives the same bytes.
  constexpr time_t kFixed = 315532800;
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_int64_t at = s ? zip_file_add(za, name, s, ZIP_FL_ENC_UTF_8) : -1;
    if (at < 0) {
      if (s) zip_source_free(s);
      zip_discard(za);
      throw std::runtime_error("cannot add " + std::string(name) + " to the .docx");
    }
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(at), kFixed, 0);
  }
  if (zip_close(za) != 0) {
    zip_discard(za);
    throw std::runtime_error("cannot write the .docx");
  }
  std::string out;
  if (zip_source_open(buffer) != 0) throw std::runtime_error("cannot read the .docx back");
  char chunk[65536];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
    out.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer);
  return out;
}

}  // namespace fz
