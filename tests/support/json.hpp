// A tiny JSON parser for tests: enough to check that renderers emit valid JSON and to read fields
// back. Throws std::runtime_error on malformed input. Strings keep UTF-8; \uXXXX is decoded.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fz::test {

struct Json {
  enum class Type { null, boolean, number, string, array, object } type = Type::null;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<Json> a;
  std::map<std::string, Json> o;

  bool has(const std::string& k) const { return type == Type::object && o.count(k); }
  const Json& operator[](const std::string& k) const {
    auto it = o.find(k);
    if (it == o.end()) throw std::runtime_error("no key " + k);
    return it->second;
  }
  const Json& operator[](std::size_t i) const { return a.at(i); }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view t) : t_(t) {}
  Json parse() {
    Json v = value();
    ws();
    if (i_ != t_.size()) fail("trailing characters");
    return v;
  }

 private:
  [[noreturn]] void fail(const char* m) {
    throw std::runtime_error(std::string(m) + " at byte " + std::to_string(i_));
  }
  void ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\t' || t_[i_] == '\r'))
      ++i_;
  }
  bool eat(char c) {
    ws();
    if (i_ < t_.size() && t_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void lit(std::string_view w) {
    if (t_.substr(i_, w.size()) != w) fail("bad literal");
    i_ += w.size();
  }
  std::string str() {
    if (!eat('"')) fail("expected string");
    std::string o;
    while (true) {
      if (i_ >= t_.size()) fail("unterminated string");
      char c = t_[i_++];
      if (c == '"') return o;
      if (static_cast<unsigned char>(c) < 0x20) fail("raw control character in string");
      if (c != '\\') {
        o += c;
        continue;
      }
      if (i_ >= t_.size()) fail("bad escape");
      char e = t_[i_++];
      switch (e) {
        case '"': o += '"'; break;
        case '\\': o += '\\'; break;
        case '/': o += '/'; break;
        case 'b': o += '\b'; break;
        case 'f': o += '\f'; break;
        case 'n': o += '\n'; break;
        case 'r': o += '\r'; break;
        case 't': o += '\t'; break;
        case 'u': {
          if (i_ + 4 > t_.size()) fail("bad \\u");
          unsigned cp = static_cast<unsigned>(std::stoul(std::string(t_.substr(i_, 4)), nullptr, 16));
          i_ += 4;
          if (cp < 0x80) {
            o += static_cast<char>(cp);
          } else if (cp < 0x800) {
            o += static_cast<char>(0xC0 | (cp >> 6));
            o += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            o += static_cast<char>(0xE0 | (cp >> 12));
            o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            o += static_cast<char>(0x80 | (cp & 0x3F));
          }
          break;
        }
        default: fail("bad escape");
      }
    }
  }
  Json value() {
    ws();
    if (i_ >= t_.size()) fail("unexpected end");
    Json v;
    char c = t_[i_];
    if (c == '{') {
      ++i_;
      v.type = Json::Type::object;
      if (eat('}')) return v;
      do {
        ws();
        std::string k = str();
        if (!eat(':')) fail("expected :");
        v.o[k] = value();
      } while (eat(','));
      if (!eat('}')) fail("expected }");
    } else if (c == '[') {
      ++i_;
      v.type = Json::Type::array;
      if (eat(']')) return v;
      do v.a.push_back(value());
      while (eat(','));
      if (!eat(']')) fail("expected ]");
    } else if (c == '"') {
      v.type = Json::Type::string;
      v.s = str();
    } else if (c == 't') {
      lit("true");
      v.type = Json::Type::boolean;
      v.b = true;
    } else if (c == 'f') {
      lit("false");
      v.type = Json::Type::boolean;
    } else if (c == 'n') {
      lit("null");
    } else {
      std::size_t used = 0;
      v.type = Json::Type::number;
      try {
        v.n = std::stod(std::string(t_.substr(i_, 32)), &used);
      } catch (...) {
        fail("bad number");
      }
      i_ += used;
    }
    return v;
  }
  std::string_view t_;
  std::size_t i_ = 0;
};

inline Json parse_json(std::string_view t) { return JsonParser(t).parse(); }

/// The output of `score --format json` for one report: always an array (output.md), here of
/// exactly one report object, which is returned. Throws on anything else.
inline Json parse_one_report(std::string_view t) {
  Json j = parse_json(t);
  if (j.type != Json::Type::array || j.a.size() != 1)
    throw std::runtime_error("--format json: expected an array of one report");
  return j.a[0];
}

}  // namespace fz::test
