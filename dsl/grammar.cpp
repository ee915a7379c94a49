// THE Spirit X3 translation unit: the grammar is instantiated here and nowhere else (compile cost,
// static-init order, ODR; docs/architecture-and-style.md §6.6). X3's error_handler counts bytes and
// prints only "In line N" in Boost 1.74, so expectation failures are caught here and turned into a
// Diagnostic whose caret make_diagnostic aligns by display width.
#include <string>

#include "dsl/grammar_def.hpp"
#include "dsl/parse.hpp"

namespace fz::dsl {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// X3 reports where the failed parser started, before its pre-skip; step over whitespace and
/// comments so the caret sits on the offending token.
std::size_t skip_blank(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    if (is_space(text[at])) {
      ++at;
    } else if (text[at] == '#') {
      while (at < text.size() && text[at] != '\n') ++at;
    } else {
      break;
    }
  }
  return at;
}

/// The token found instead: up to the next blank, at most 20 bytes, never cutting a UTF-8
/// character in half.
Span token_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && !is_space(text[end]) && end - at < 20) ++end;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  if (end == at && at < text.size()) ++end;
  return {at, end};
}

}  // namespace

ParseResult parse(const Source& source) {
  namespace x3 = boost::spirit::x3;
  ParseResult result;
  const std::string& text = source.text();
  const char* const begin = text.data();
  const char* first = begin;
  const char* const last = begin + text.size();
  int depth = 0;
  ast::Checklist checklist;
  try {
    auto const parser = x3::with<grammar::source_begin_tag>(std::cref(begin))
        [x3::with<grammar::depth_tag>(std::ref(depth))[grammar::checklist]];
    if (x3::phrase_parse(first, last, parser, grammar::skipper, checklist) && first == last) {
      result.checklist = std::move(checklist);
      return result;
    }
    // The top rule is all expectations, so plain failure means trailing bytes the skipper and
    // end_of_file both refused; say so at the first of them.
    Span at = token_at(text, skip_blank(text, static_cast<std::size_t>(first - begin)));
    result.diagnostics.push_back(
        make_diagnostic(Severity::error, "E001", source, at, "syntax error: unexpected text"));
  } catch (const x3::expectation_failure<const char*>& e) {
    std::size_t at = static_cast<std::size_t>(e.where() - begin);
    // An unclosed "…" or /…/ stops at the line break: point there, not at the next line's token.
    bool in_literal = e.which().rfind("a closing", 0) == 0;
    if (!in_literal) at = skip_blank(text, at);
    std::string found = at >= text.size() ? "the end of the file"
                        : in_literal      ? "the end of the line"
                            : "`" + std::string(text.substr(token_at(text, at).begin,
                                                            token_at(text, at).size())) + "`";
    result.diagnostics.push_back(make_diagnostic(Severity::error, "E001", source,
                                                 token_at(text, at),
                                                 "expected " + e.which() + ", found " + found));
  }
  return result;
}

}  // namespace fz::dsl
