#include "engine/batch/resume.hpp"

#include <fstream>

namespace fz::batch {

namespace {

constexpr std::string_view kPrefix = "{\"file\":";

/// Parses the JSON string literal at s[pos] (as written by json_quote); sets pos past it.
std::optional<std::string> json_string(std::string_view s, std::size_t& pos) {
  if (pos >= s.size() || s[pos] != '"') return std::nullopt;
  std::string out;
  for (++pos; pos < s.size(); ++pos) {
    char c = s[pos];
    if (c == '"') {
      ++pos;
      return out;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++pos >= s.size()) return std::nullopt;
    switch (s[pos]) {
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {  // json_quote escapes only control characters this way
        if (pos + 4 >= s.size()) return std::nullopt;
        unsigned v = static_cast<unsigned>(std::stoul(std::string(s.substr(pos + 1, 4)), nullptr, 16));
        if (v > 0x7f) return std::nullopt;
        out += static_cast<char>(v);
        pos += 4;
        break;
      }
      default: out += s[pos];
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> line_file(std::string_view line) {
  if (line.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  std::size_t pos = kPrefix.size();
  try {
    return json_string(line, pos);
  } catch (...) {
    return std::nullopt;
  }
}

bool is_error_line(std::string_view line) {
  if (line.substr(0, kPrefix.size()) != kPrefix) return false;
  std::size_t pos = kPrefix.size();
  try {
    if (!json_string(line, pos)) return false;
  } catch (...) {
    return false;
  }
  return line.substr(pos, 9) == ",\"error\":";
}

std::optional<std::string> string_member(std::string_view line, std::string_view name) {
  std::string needle = "\"" + std::string(name) + "\":";
  std::size_t at = line.rfind(needle);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t pos = at + needle.size();
  try {
    return json_string(line, pos);
  } catch (...) {
    return std::nullopt;
  }
}

bool line_matches(std::string_view line, const ResultKey& key) {
  if (key.input_sha256.empty() || key.settings_sha256.empty()) return false;
  return string_member(line, "input_sha256") == key.input_sha256 &&
         string_member(line, "settings_sha256") == key.settings_sha256;
}

std::optional<std::string> ResumeStore::build(const std::vector<std::string>& sources,
                                              const std::function<bool(std::string_view)>& write) {
  // Pass 1 indexes the last complete, non-error line of each file (source, offset, length);
  // pass 2 copies those lines. Only offsets stay in memory, never the lines themselves.
  struct Where {
    std::size_t source, offset, length;
  };
  std::map<std::string, Where> last;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    std::ifstream in(sources[s], std::ios::binary);
    if (!in) continue;
    std::string line;
    std::size_t off = 0;
    while (std::getline(in, line)) {
      if (in.eof()) break;  // no '\n' after it: a torn last write
      if (!is_error_line(line))
        if (auto f = line_file(line)) last[*f] = Where{s, off, line.size()};
      off += line.size() + 1;
    }
  }
  std::vector<std::ifstream> ins;
  for (const auto& src : sources) ins.emplace_back(src, std::ios::binary);
  std::size_t off = 0;
  index_.clear();
  std::string buf;
  for (const auto& [file, w] : last) {
    buf.assign(w.length, '\0');
    auto& in = ins[w.source];
    in.clear();
    in.seekg(static_cast<std::streamoff>(w.offset));
    if (!in.read(buf.data(), static_cast<std::streamsize>(buf.size())))
      return "cannot read " + sources[w.source];
    buf += '\n';
    if (!write(buf)) return std::string("cannot write the resume store");
    index_[file] = {off, w.length};
    off += buf.size();
  }
  return std::nullopt;
}

std::optional<std::string> ResumeStore::line(const std::string& file) const {
  auto it = index_.find(file);
  if (it == index_.end()) return std::nullopt;
  std::ifstream in(path_, std::ios::binary);
  if (!in) return std::nullopt;
  std::string s(it->second.second, '\0');
  in.seekg(static_cast<std::streamoff>(it->second.first));
  if (!in.read(s.data(), static_cast<std::streamsize>(s.size()))) return std::nullopt;
  return s;
}

}  // namespace fz::batch
