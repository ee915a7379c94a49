#include "engine/input/read.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "engine/document/build.hpp"
#include "engine/input/decode.hpp"
#include "engine/input/docx.hpp"
#include "engine/input/html.hpp"
#include "engine/input/normalise.hpp"
#include "engine/input/pdf.hpp"
#include "engine/sha256.hpp"

namespace fz {
namespace {

constexpr std::uintmax_t kMaxInput = 200ull * 1024 * 1024;

std::string extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

Simplifier load_simplifier() {
  std::string error;
  auto s = Simplifier::load(Simplifier::default_config(), &error);
  if (!s) throw std::runtime_error(error);
  return *s;
}

}  // namespace

Document assemble_document(std::string path, std::string original, Text decoded,
                           const Simplifier& simplifier) {
  Document d;
  d.path = std::move(path);
  d.original = std::move(original);
  d.decoded = std::move(decoded);
  Normalised n = normalise(d.decoded.utf8, simplifier);
  d.normalised = std::move(n.text);
  build_structure(d, n.fields);
  return d;
}

Document document_from_text(std::string name, std::string utf8_text, const Simplifier& simplifier) {
  Text decoded{utf8_text, OffsetMap::identity(utf8_text.size())};
  std::string digest = sha256_hex(utf8_text);
  Document d = assemble_document(std::move(name), std::move(utf8_text), std::move(decoded), simplifier);
  d.input_sha256 = std::move(digest);
  return d;
}

Document document_from_text(std::string name, std::string utf8_text) {
  return document_from_text(std::move(name), std::move(utf8_text), load_simplifier());
}

ReadResult read_document(const std::string& path) {
  std::string error;
  auto s = Simplifier::load(Simplifier::default_config(), &error);
  if (!s) return file_error(path, error);
  return read_document(path, *s);
}

ReadResult read_document(const std::string& path, const Simplifier& simplifier) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return file_error(path, "no such file");
  if (fs::is_directory(st)) return file_error(path, "is a directory, not a report file");
  if (!fs::is_regular_file(st)) return file_error(path, "not a regular file");
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return file_error(path, "cannot read: " + ec.message());
  if (size == 0) return file_error(path, "empty file");
  if (size > kMaxInput) return file_error(path, "file larger than 200 MB refused");
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path, "cannot open for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (!in && !in.eof()) return file_error(path, "read error");
  return read_bytes(path, std::move(buf).str(), simplifier);
}

ReadResult read_bytes(const std::string& path, std::string bytes, const Simplifier& simplifier) {
  std::string ext = extension(path);
  bool text_like = ext == ".txt" || ext == ".md" || ext == ".text";
  bool html = ext == ".html" || ext == ".htm";
  if (!text_like && !html && ext != ".docx" && ext != ".pdf")
    return file_error(path, "unsupported file type '" + ext +
                                "' (expected .txt, .md, .html, .htm, .docx or .pdf)");
  if (bytes.empty()) return file_error(path, "empty file");
  std::string digest = sha256_hex(bytes);  // provenance: the bytes as read, before any decoding
  std::string original;
  Text decoded;
  if (text_like || html) {
    auto r = html ? decode(bytes, declared_charset(bytes)) : decode(bytes);
    if (auto* msg = std::get_if<std::string>(&r)) return file_error(path, *msg);
    Text t = std::get<Text>(std::move(r));
    if (text_like) {
      original = std::move(bytes);
      decoded = std::move(t);
    } else {
      // Evidence for a web page refers to its visible text (output.md), so that text is `original`.
      original = extract_html(t.utf8);
    }
  } else {
    Extracted x = ext == ".docx" ? extract_docx(bytes) : extract_pdf(bytes);
    if (!x.ok()) return file_error(path, x.error);
    if (x.utf8.find('\0') != std::string::npos) return file_error(path, "extracted text contains NUL bytes");
    original = std::move(x.utf8);
  }
  if (decoded.utf8.empty() && decoded.to_source.source_size() == 0)
    decoded = Text{original, OffsetMap::identity(original.size())};
  Document d = assemble_document(path, std::move(original), std::move(decoded), simplifier);
  if (d.paragraphs.empty()) return file_error(path, "no text found");
  d.input_sha256 = std::move(digest);
  return d;
}

}  // namespace fz
