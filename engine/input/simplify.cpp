#include "engine/input/simplify.hpp"

#include <opencc/SimpleConverter.hpp>

#include <exception>

#include "engine/input/utf8.hpp"

#ifndef FZ_OPENCC_DATA
#define FZ_OPENCC_DATA "/usr/share/opencc"
#endif

namespace fz {

struct Simplifier::Impl {
  opencc::SimpleConverter converter;
  explicit Impl(const std::string& path) : converter(path) {}
};

std::string Simplifier::default_config() { return FZ_OPENCC_DATA "/t2s.json"; }

std::optional<Simplifier> Simplifier::load(const std::string& config_path, std::string* error) {
  try {
    Simplifier s;
    s.impl_ = std::make_shared<const Impl>(config_path);
    return s;
  } catch (const std::exception& e) {
    if (error) *error = "cannot load OpenCC config " + config_path + ": " + e.what();
  } catch (...) {
    if (error) *error = "cannot load OpenCC config " + config_path;
  }
  return std::nullopt;
}

namespace {

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0, len = 0; i < s.size(); i += len, ++n) utf8::decode(s, i, len);
  return n;
}

// Appends the conversion of one line to `out`, recording how it lines up with the source.
void convert_line(const opencc::SimpleConverter& cv, std::string_view line, Text& out) {
  bool ascii = true;
  for (unsigned char c : line) ascii = ascii && c < 0x80;
  std::string conv = ascii ? std::string(line) : cv.Convert(line.data(), line.size());
  if (conv == line) {
    out.utf8 += conv;
    out.to_source.copy(line.size());
    return;
  }
  if (char_count(conv) != char_count(line)) {
    out.utf8 += conv;
    out.to_source.replace(line.size(), conv.size());
    return;
  }
  std::size_t i = 0, j = 0;
  while (i < line.size()) {
    std::size_t li = 0, lj = 0;
    utf8::decode(line, i, li);
    utf8::decode(conv, j, lj);
    std::string_view a = line.substr(i, li), b = std::string_view(conv).substr(j, lj);
    out.utf8 += b;
    if (a == b) out.to_source.copy(li);
    else out.to_source.replace(li, lj);
    i += li;
    j += lj;
  }
}

}  // namespace

Text Simplifier::simplify(std::string_view s) const {
  Text out;
  out.utf8.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t nl = s.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? s.size() : nl;
    if (end > pos) {
      try {
        convert_line(impl_->converter, s.substr(pos, end - pos), out);
      } catch (...) {
        // OpenCC rejected the line (it should not): keep it unconverted rather than fail.
        out.utf8 += s.substr(pos, end - pos);
        out.to_source.copy(end - pos);
      }
    }
    if (nl == std::string_view::npos) break;
    out.utf8 += '\n';
    out.to_source.copy(1);
    pos = nl + 1;
  }
  return out;
}

}  // namespace fz
