#include "engine/input/docx.hpp"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <map>
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
// A report's document.xml is a few MB (a 60-page report with tables: ~3 MB). pugixml's tree costs
// ~12× the XML and far more for XML made of tiny elements, so both the inflated size and the
// number of elements are capped before parsing: 24 MB and one million elements keep the tree
// under ~150 MB however the XML is made (a 182 MB document.xml of empty paragraphs once cost
// 2.3 GB).
constexpr zip_uint64_t kMaxXml = 24ull * 1024 * 1024;
constexpr std::size_t kMaxElements = 1'000'000;
constexpr zip_uint64_t kMaxStyles = 8ull * 1024 * 1024;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_close(z); }
};

// Reads one entry of at most `cap` bytes. Empty optional + `error` set on failure; an absent
// entry is not an error when `optional_entry`.
std::string read_entry(zip_t* za, const char* name, zip_uint64_t cap, bool optional_entry,
                       std::string& error) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    if (!optional_entry) error = fmt::format("broken .docx: no {}", name);
    return {};
  }
  if (st.size > kMaxEntry) {
    error = fmt::format("refused .docx: {} is larger than 200 MB", name);
    return {};
  }
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > kRatioFloor &&
      st.size / std::max<zip_uint64_t>(st.comp_size, 1) > kMaxRatio) {
    error = fmt::format("refused .docx: {} would inflate from {} to {} bytes (more than {}:1, a zip bomb)",
                        name, st.comp_size, st.size, kMaxRatio);
    return {};
  }
  if (st.size > cap) {
    error = fmt::format("refused .docx: {} would inflate to {} bytes; a report's is a few MB "
                        "(the limit is {} MB)",
                        name, st.size, cap >> 20);
    return {};
  }
  zip_file_t* zf = zip_fopen(za, name, 0);
  if (!zf) {
    error = fmt::format("broken .docx: cannot read {}", name);
    return {};
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zf, zip_fclose);
  // Inflation is capped by the declared size: at most st.size bytes are ever produced, and a
  // stream that holds more (a lying header) is corrupt.
  std::string xml(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = zip_fread(zf, xml.data(), st.size);
  char extra = 0;
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size || zip_fread(zf, &extra, 1) != 0) {
    error = fmt::format("broken .docx: {} is corrupt", name);
    return {};
  }
  return xml;
}

// Elements whose content is not the document's current visible text: deleted and moved-away
// revisions, field codes, and (in mc:AlternateContent) the fallback copy of a text box.
bool skipped(std::string_view name) {
  return name == "w:delText" || name == "w:instrText" || name == "w:del" ||
         name == "w:moveFrom" || name == "mc:Fallback";
}

// A w:b / w:vanish style toggle: present and not switched off (w:val="0"/"false"/"off").
bool on(const pugi::xml_node& toggle) {
  if (!toggle) return false;
  std::string_view v = toggle.attribute("w:val").value();
  return !(v == "0" || v == "false" || v == "off");
}

// What a paragraph or character style says about the text it styles.
struct Style {
  int heading = 0;     ///< 1–9: a heading style (outline level + 1, or named "heading N"/"标题 N")
  bool bold = false;
  bool title = false;  ///< the document title style: not a part of the report
};

// "heading 2", "Heading2", "标题 2" → 2; else 0.
int heading_from_name(std::string_view name) {
  std::string lower;
  for (char c : name)
    if (c != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view prefix : {std::string_view("heading"), std::string_view("标题")})
    if (lower.size() == prefix.size() + 1 && lower.compare(0, prefix.size(), prefix) == 0 &&
        lower.back() >= '1' && lower.back() <= '9')
      return lower.back() - '0';
  return 0;
}

// word/styles.xml → style id → Style, with w:basedOn followed (at most 16 steps: cycles end).
std::map<std::string, Style, std::less<>> read_styles(const std::string& xml) {
  std::map<std::string, Style, std::less<>> out;
  if (xml.empty()) return out;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return out;  // styling is a hint: ignore if broken
  struct Raw {
    Style own;
    bool has_heading = false, has_bold = false;
    std::string based_on;
  };
  std::map<std::string, Raw, std::less<>> raw;
  for (pugi::xml_node st : doc.child("w:styles").children("w:style")) {
    Raw r;
    std::string_view name = st.child("w:name").attribute("w:val").value();
    if (pugi::xml_attribute lvl = st.child("w:pPr").child("w:outlineLvl").attribute("w:val")) {
      int l = lvl.as_int(9);
      if (l >= 0 && l < 9) r.own.heading = l + 1, r.has_heading = true;
    }
    if (!r.has_heading)
      if (int h = heading_from_name(name)) r.own.heading = h, r.has_heading = true;
    if (pugi::xml_node b = st.child("w:rPr").child("w:b")) r.own.bold = on(b), r.has_bold = true;
    r.own.title = name == "Title" || name == "title" || name == "标题";
    r.based_on = st.child("w:basedOn").attribute("w:val").value();
    raw[st.attribute("w:styleId").value()] = std::move(r);
  }
  for (const auto& [id, r] : raw) {
    Style s = r.own;
    bool heading_known = r.has_heading, bold_known = r.has_bold;
    std::string_view next = r.based_on;
    for (int steps = 0; steps < 16 && !next.empty() && !(heading_known && bold_known); ++steps) {
      auto it = raw.find(next);
      if (it == raw.end()) break;
      if (!heading_known && it->second.has_heading) s.heading = it->second.own.heading, heading_known = true;
      if (!bold_known && it->second.has_bold) s.bold = it->second.own.bold, bold_known = true;
      next = it->second.based_on;
    }
    out[id] = s;
  }
  return out;
}

// One paragraph being written: where it starts in the text, its heading level, and how many of
// its visible characters are bold, so a paragraph set all in bold can be told apart.
struct Para {
  std::size_t begin = 0;
  int heading = 0;
  bool title = false;
  bool style_bold = false;
  std::size_t bold = 0, plain = 0;
};

class Walker {
 public:
  Walker(const std::map<std::string, Style, std::less<>>& styles, Extracted& out)
      : styles_(styles), out_(out) {}

  // Depth-first over the element tree without recursion (a hostile document may nest elements a
  // million deep): w:t text, w:tab as a tab, w:br/w:cr as line breaks, a line after each w:p.
  // Table cells are paragraphs, so each cell becomes a line; w:ins (tracked insertion) is walked;
  // a run with w:vanish (hidden text) is not.
  void walk(const pugi::xml_node& root) {
    pugi::xml_node n = root.first_child();
    while (n && n != root) {
      bool descend = false;
      if (n.type() == pugi::node_element) {
        std::string_view name = n.name();
        if (name == "w:t") {
          text(n);
        } else if (name == "w:tab") {
          out_.utf8 += '\t';
        } else if (name == "w:br" || name == "w:cr") {
          out_.utf8 += '\n';
        } else if (name == "w:r") {
          descend = !on(n.child("w:rPr").child("w:vanish"));
        } else if (!skipped(name)) {
          descend = true;
          if (name == "w:p") open_paragraph(n);
        }
      }
      if (descend && n.first_child()) {
        n = n.first_child();
        continue;
      }
      if (descend && std::string_view(n.name()) == "w:p") close_paragraph();
      // Leave finished elements upward until one has a next sibling.
      while (n != root && !n.next_sibling()) {
        n = n.parent();
        if (n != root && std::string_view(n.name()) == "w:p") close_paragraph();
      }
      if (n == root) break;
      n = n.next_sibling();
    }
  }

 private:
  const Style* style(std::string_view id) const {
    auto it = styles_.find(id);
    return it == styles_.end() ? nullptr : &it->second;
  }

  void open_paragraph(const pugi::xml_node& p) {
    Para para;
    para.begin = out_.utf8.size();
    pugi::xml_node ppr = p.child("w:pPr");
    if (const Style* s = style(ppr.child("w:pStyle").attribute("w:val").value())) {
      para.heading = s->heading;
      para.title = s->title;
      para.style_bold = s->bold;
    }
    if (pugi::xml_attribute lvl = ppr.child("w:outlineLvl").attribute("w:val")) {
      int l = lvl.as_int(9);
      para.heading = l >= 0 && l < 9 ? l + 1 : 0;  // outline level 9 is body text
    }
    paras_.push_back(para);
  }

  void close_paragraph() {
    out_.utf8 += '\n';
    if (paras_.empty()) return;
    Para p = paras_.back();
    paras_.pop_back();
    std::size_t b = p.begin, e = out_.utf8.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (b < e && space(out_.utf8[b])) ++b;
    while (e > b && space(out_.utf8[e - 1])) --e;
    if (b == e || p.title) return;
    if (p.heading > 0 || (p.bold > 0 && p.plain == 0)) {
      // A text box's paragraph closes inside its outer paragraph: keep hints in text order.
      HeadingHint h{{b, e}, p.heading};
      auto at = std::upper_bound(out_.headings.begin(), out_.headings.end(), h,
                                 [](const HeadingHint& x, const HeadingHint& y) { return x.span.begin < y.span.begin; });
      out_.headings.insert(at, h);
    }
  }

  void text(const pugi::xml_node& t) {
    const char* s = t.text().get();
    out_.utf8 += s;
    if (paras_.empty()) return;
    Para& p = paras_.back();
    bool bold = p.style_bold;
    pugi::xml_node rpr = t.parent().child("w:rPr");
    if (const Style* rs = style(rpr.child("w:rStyle").attribute("w:val").value())) bold = rs->bold || bold;
    if (pugi::xml_node b = rpr.child("w:b")) bold = on(b);
    for (const char* c = s; *c; ++c) {
      auto u = static_cast<unsigned char>(*c);
      if (u == ' ' || u == '\t' || (u & 0xC0) == 0x80) continue;
      (bold ? p.bold : p.plain)++;
    }
  }

  const std::map<std::string, Style, std::less<>>& styles_;
  Extracted& out_;
  std::vector<Para> paras_;
};

}  // namespace

Extracted extract_docx(std::string_view bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) return {{}, "broken .docx: cannot open as a zip archive", {}, {}};
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!za) {
    zip_source_free(src);
    zip_error_fini(&err);
    return {{}, "broken .docx: not a zip archive", {}, {}};
  }
  std::unique_ptr<zip_t, ZipCloser> archive(za);
  std::string error;
  std::string xml = read_entry(za, "word/document.xml", kMaxXml, false, error);
  if (!error.empty()) return {{}, error, {}, {}};
  std::size_t elements = static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '<'));
  if (elements > kMaxElements)
    return {{}, fmt::format("refused .docx: word/document.xml has {} XML tags; a report's has far "
                            "fewer (the limit is {})", elements, kMaxElements), {}, {}};
  std::string styles_xml = read_entry(za, "word/styles.xml", kMaxStyles, true, error);
  if (!error.empty()) return {{}, error, {}, {}};
  if (static_cast<std::size_t>(std::count(styles_xml.begin(), styles_xml.end(), '<')) > kMaxElements / 4)
    styles_xml.clear();  // styles are only hints: an absurd styles part is ignored, not refused
  auto styles = read_styles(styles_xml);

  pugi::xml_document doc;
  // In place: the tree points into `xml` instead of holding a second copy of it.
  if (!doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata))
    return {{}, "broken .docx: word/document.xml is not well-formed XML", {}, {}};
  pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) return {{}, "broken .docx: no w:body in word/document.xml", {}, {}};
  Extracted out;
  Walker(styles, out).walk(body);
  return out;
}

}  // namespace fz
