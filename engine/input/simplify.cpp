#include "engine/input/simplify.hpp"

#include <opencc/SimpleConverter.hpp>

#include <exception>

#include "engine/input/t2s_tables.hpp"
#include "engine/input/utf8.hpp"
#include "engine/source.hpp"

#ifndef FZ_OPENCC_DATA
#define FZ_OPENCC_DATA "/usr/share/opencc"
#endif

namespace fz {

namespace {

/// Debian's t2s.json, the only config whose algorithm T2sTables reproduces.
std::optional<T2sTables> tables_for(const std::string& config_path) {
  std::size_t slash = config_path.find_last_of('/');
  std::string dir = config_path.substr(0, slash + 1);
  std::string name = config_path.substr(slash + 1);
  if (name != "t2s.json") return std::nullopt;
  return T2sTables::load(dir);
}

}  // namespace

struct Simplifier::Impl {
  opencc::SimpleConverter converter;  ///< loads (and so validates) the config in every case
  /// The same conversion, faster, and the set of characters it can change: t2s.json only. For
  /// any other config every line goes through OpenCC.
  std::optional<T2sTables> tables;
  explicit Impl(const std::string& path) : converter(path), tables(tables_for(path)) {}

  std::string convert(std::string_view line) const {
    if (tables && line.find('\0') == std::string_view::npos) {
      std::string out;
      out.reserve(line.size());
      tables->convert(line, out);
      return out;
    }
    return converter.Convert(line.data(), line.size());
  }

  /// Whether the conversion could change this line at all. Most reports are already simplified,
  /// so most lines are copied as they are.
  bool needs_conversion(std::string_view line) const {
    if (!tables) return true;
    for (std::size_t i = 0, len = 0; i < line.size(); i += len)
      if (tables->may_change(utf8::decode_fast(line, i, len))) return true;
    return false;
  }
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

// Appends the conversion of one line to `out`, recording how it lines up with the source.
void convert_line(const Simplifier::Impl& impl, std::string_view line, Text& out) {
  if (!impl.needs_conversion(line)) {
    out.utf8 += line;
    out.to_source.copy(line.size());
    return;
  }
  std::string conv = impl.convert(line);
  if (conv == line) {
    out.utf8 += conv;
    out.to_source.copy(line.size());
    return;
  }
  if (count_chars(conv) != count_chars(line)) {
    out.utf8 += conv;
    out.to_source.replace(line.size(), conv.size());
    return;
  }
  std::size_t i = 0, j = 0;
  while (i < line.size()) {
    std::size_t li = 0, lj = 0;
    utf8::decode_fast(line, i, li);
    utf8::decode_fast(conv, j, lj);
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
        convert_line(*impl_, s.substr(pos, end - pos), out);
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
