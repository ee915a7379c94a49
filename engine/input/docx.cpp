#include "engine/input/docx.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>

#include <fmt/format.h>

namespace fz {
namespace {

constexpr zip_uint64_t kMaxEntry = 200ull * 1024 * 1024;
// Word's XML deflates about 5–20:1; a zip bomb thousands to one. Above this ratio (for entries
// over kRatioFloor, so tiny entries with long runs of zeros stay legal) the entry is refused
// before a byte is inflated.
constexpr zip_uint64_t kMaxRatio = 100;
constexpr zip_uint64_t kRatioFloor = 1024 * 1024;

// Elements whose content is not the document's current visible text: deleted and moved-away
// revisions, field codes, and (in mc:AlternateContent) the fallback copy of a text box.
bool skipped(std::string_view name) {
  return name == "w:delText" || name == "w:instrText" || name == "w:del" ||
         name == "w:moveFrom" || name == "mc:Fallback";
}

// Depth-first over the element tree without recursion (a hostile document may nest elements a
// million deep): w:t text, w:tab as a tab, w:br/w:cr as line breaks, a line after each w:p.
// Table cells are paragraphs, so each cell becomes a line; w:ins (tracked insertion) is walked.
void walk(const pugi::xml_node& root, std::string& out) {
  pugi::xml_node n = root.first_child();
  while (n && n != root) {
    bool descend = false;
    if (n.type() == pugi::node_element) {
      std::string_view name = n.name();
      if (name == "w:t") {
        out += n.text().get();
      } else if (name == "w:tab") {
        out += '\t';
      } else if (name == "w:br" || name == "w:cr") {
        out += '\n';
      } else if (!skipped(name)) {
        descend = true;
      }
    }
    if (descend && n.first_child()) {
      n = n.first_child();
      continue;
    }
    if (descend && std::string_view(n.name()) == "w:p") out += '\n';
    // Leave finished elements upward until one has a next sibling.
    while (n != root && !n.next_sibling()) {
      n = n.parent();
      if (n != root && std::string_view(n.name()) == "w:p") out += '\n';
    }
    if (n == root) break;
    n = n.next_sibling();
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
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > kRatioFloor &&
      st.size / std::max<zip_uint64_t>(st.comp_size, 1) > kMaxRatio)
    return {{}, fmt::format("refused .docx: word/document.xml would inflate from {} to {} bytes "
                            "(more than {}:1, a zip bomb)",
                            st.comp_size, st.size, kMaxRatio)};
  zip_file_t* zf = zip_fopen(za, "word/document.xml", 0);
  if (!zf) return {{}, "broken .docx: cannot read word/document.xml"};
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zf, zip_fclose);
  // Inflation is capped by the declared size: at most st.size bytes are ever produced, and a
  // stream that holds more (a lying header) is corrupt.
  std::string xml(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = zip_fread(zf, xml.data(), st.size);
  char extra = 0;
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size || zip_fread(zf, &extra, 1) != 0)
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
