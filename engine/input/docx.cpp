#include "engine/input/docx.hpp"

#include <zip.h>

#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>

namespace fz {
namespace {

constexpr zip_uint64_t kMaxEntry = 200ull * 1024 * 1024;

void walk(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (name == "w:t") {
      out += child.text().get();
    } else if (name == "w:tab") {
      out += '\t';
    } else if (name == "w:br" || name == "w:cr") {
      out += '\n';
    } else if (name == "w:delText" || name == "w:instrText") {
      // deleted revisions and field codes are not visible text
    } else {
      walk(child, out);
      if (name == "w:p") out += '\n';
    }
  }
}

}  // namespace

Extracted extract_docx(std::string_view bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) return {{}, "broken .docx: cannot open as a zip archive"};
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!za) {
    zip_source_free(src);
    zip_error_fini(&err);
    return {{}, "broken .docx: not a zip archive"};
  }
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive(za, zip_close);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za, "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    return {{}, "broken .docx: no word/document.xml"};
  if (st.size > kMaxEntry) return {{}, "refused .docx: word/document.xml is larger than 200 MB"};
  zip_file_t* zf = zip_fopen(za, "word/document.xml", 0);
  if (!zf) return {{}, "broken .docx: cannot read word/document.xml"};
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zf, zip_fclose);
  std::string xml(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = zip_fread(zf, xml.data(), st.size);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
    return {{}, "broken .docx: word/document.xml is corrupt"};

  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata))
    return {{}, "broken .docx: word/document.xml is not well-formed XML"};
  pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) return {{}, "broken .docx: no w:body in word/document.xml"};
  Extracted out;
  walk(body, out.utf8);
  return out;
}

}  // namespace fz
