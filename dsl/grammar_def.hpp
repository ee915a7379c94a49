// The checklist grammar (docs/dsl.md "Grammar" is the same in EBNF, with the same rule names).
// Included only by grammar.cpp.
//
// Rule names are the error vocabulary: an expectation failure says "expected <rule name>", so
// names are written for the person editing a checklist, not for us. The language's own syntax is
// ASCII (ascii:: character classes: the standard ones assert on UTF-8 lead bytes in 1.74), and
// Chinese lives only inside "…" and /…/, read byte-wise with x3::char_ (ascii::char_ would
// reject every byte >= 0x80). `>` follows only committing tokens, so alternatives still backtrack.
#pragma once

#include <cstdlib>
#include <string>

#include <boost/spirit/home/x3.hpp>

#include "dsl/ast.hpp"
#include "dsl/ast_adapted.hpp"
#include "dsl/handlers.hpp"

namespace fz::dsl::grammar {

namespace x3 = boost::spirit::x3;
namespace ascii = boost::spirit::x3::ascii;

namespace {

// ---- semantic actions: fill single-member nodes (see ast_adapted.hpp) --------------------------
auto const set_text = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  x3::_val(ctx).value.assign(r.begin(), r.end());
};
auto const set_regex = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  std::string out;
  for (auto it = r.begin(); it != r.end(); ++it) {
    // `\/` is how a regex writes a slash; every other escape belongs to RE2 and is kept.
    if (*it == '\\' && std::next(it) != r.end() && *std::next(it) == '/') continue;
    out += *it;
  }
  x3::_val(ctx).value = std::move(out);
};
auto const set_number = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  auto& n = x3::_val(ctx);
  n.text.assign(r.begin(), r.end());
  n.value = std::strtod(n.text.c_str(), nullptr);  // huge values become inf: check.cpp rejects
};
auto const set_key_name = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  x3::_val(ctx).key.value.assign(r.begin(), r.end());
};
auto const set_levels = [](auto& ctx) { x3::_val(ctx).levels = x3::_attr(ctx); };
auto const set_distance = [](auto& ctx) { x3::_val(ctx).distance = x3::_attr(ctx); };
auto const set_operand = [](auto& ctx) { x3::_val(ctx).operand = x3::_attr(ctx); };
auto const set_path = [](auto& ctx) { x3::_val(ctx).path = x3::_attr(ctx); };

/// A keyword: the word not followed by more identifier characters (`interim` is not `in`).
auto kw(char const* word) { return x3::lexeme[x3::lit(word) >> !(ascii::alnum | '_')]; }

/// Words a bare term reference cannot be: they start item fields or modifiers, so a missing
/// condition reads "expected a condition" instead of silently taking `example` as a term name.
auto const reserved = kw("match") | kw("basis") | kw("weight") | kw("required") |
                      kw("statutory") | kw("levels") |
                      kw("gap") | kw("want") | kw("part") | kw("published") | kw("example") |
                      kw("item") | kw("within") | kw("in") | kw("under") | kw("and") | kw("or") |
                      kw("not") | kw("any") | kw("all") | kw("figure") | kw("near") | kw("of") |
                      kw("term") | kw("hedge") | kw("future") | kw("units") | kw("aim") |
                      kw("include") | kw("wording") | kw("with") | kw("problem") | kw("cause");

// ---- rule declarations (ID classes derive from annotate to get spans) --------------------------
#define FZ_RULE(name, attr, text) \
  struct name##_class : annotate {}; \
  x3::rule<name##_class, attr> const name = text;

FZ_RULE(string, ast::Str, "a string \"…\"")
FZ_RULE(regex, ast::Regex, "a regex /…/")
FZ_RULE(identifier, ast::Name, "a name (ASCII letters, digits, _)")
FZ_RULE(term_name, ast::Name, "a term name")
FZ_RULE(state_name, ast::Name, "an example state (met, acknowledged, planned, missing, na)")
FZ_RULE(role_name, ast::Name, "a role (achievements, duty, shortcomings, plans, other)")
FZ_RULE(window_name, ast::Name, "a window (sentence, paragraph, section, document)")
FZ_RULE(integer, ast::Number, "a whole number")
FZ_RULE(number, ast::Number, "a number")
FZ_RULE(phrase, ast::Phrase, "a phrase (\"literal\", /regex/ or a term name)")
FZ_RULE(phrases, std::vector<ast::Phrase>, "one or more phrases (\"literal\", /regex/ or a term name, separated by `,`)")
FZ_RULE(call_fn, ast::Name, "any, all or figure")
FZ_RULE(call, ast::Call, "any(…), all(…) or figure(…)")
FZ_RULE(count, ast::Count, "N of (…)")
FZ_RULE(near, ast::Near, "near(phrase, phrase, distance)")
FZ_RULE(negation, ast::Not, "not CONDITION")
FZ_RULE(unary, ast::Operand, "a condition")
FZ_RULE(conj, ast::Conj, "a condition")
FZ_RULE(expr, ast::Expr, "a condition")
FZ_RULE(text_key, ast::Name, "basis, gap or want")
FZ_RULE(text_field, ast::TextField, "basis, gap or want \"…\"")
FZ_RULE(weight_key, ast::Name, "weight")
FZ_RULE(weight_field, ast::NumberField, "weight N")
FZ_RULE(flag, ast::Flag, "required or statutory")
FZ_RULE(levels, ast::Levels, "levels \"…\", …")
FZ_RULE(roles, std::vector<ast::Name>, "roles separated by `,`")
FZ_RULE(level_list, std::vector<ast::Str>, "levels \"省\", \"市\", \"县区\", \"乡镇\" or \"部门\", separated by `,`")
FZ_RULE(match, ast::Match, "match CONDITION")
FZ_RULE(part_rule, ast::PartRule, "part ROLE [with CONDITION]")
FZ_RULE(published, ast::Published, "published before MM-DD")
FZ_RULE(month_day, ast::Published, "a date MM-DD")
FZ_RULE(example, ast::Example, "example STATE [in ROLE] \"sentence\"")
FZ_RULE(item_field, ast::ItemField,
        "an item field (basis, weight, required, statutory, levels, gap, want, match, part, "
        "published, example)")
FZ_RULE(item, ast::Item, "item \"ID\" \"TITLE\" { … }")
FZ_RULE(header_key, ast::Name, "title or basis")
FZ_RULE(header_text, ast::TextField, "title or basis \"…\"")
FZ_RULE(years, ast::Years, "years FROM .. TO")
FZ_RULE(header_field, ast::HeaderField, "a header field (title, basis, years)")
FZ_RULE(header, ast::Header, "the header `checklist \"ID\" { … }`")
FZ_RULE(context_kind, ast::Name, "hedge, future, units or aim")
FZ_RULE(context_set, ast::ContextSet, "hedge/future/units/aim = phrases")
FZ_RULE(figure_within, ast::FigureWithin, "figure within N")
FZ_RULE(term, ast::Term, "term NAME = phrases")
FZ_RULE(draft_key, ast::Name, "problem or cause")
FZ_RULE(draft_phrases, ast::DraftPhrases, "problem or cause \"…\", …")
FZ_RULE(draft_texts, std::vector<ast::Str>, "one or more strings \"…\" separated by `,`")
FZ_RULE(part, ast::Part, "part \"ID\" \"TITLE\" weight W { … }")
FZ_RULE(include, ast::Include, "include \"FILE\"")
FZ_RULE(wording, ast::Wording, "wording \"ID\" { … }")
FZ_RULE(decl, ast::Decl, "a declaration (term, part, hedge, future, units, aim, figure, include, wording)")
FZ_RULE(checklist, ast::Checklist, "a checklist")
#undef FZ_RULE

// Rules whose body has a semantic action get `unused` as their attribute inside X3 1.74
// (detail/rule.hpp parse_rhs), so their on_success could not store a span. Each such rule is
// split: `<name>_impl` runs the action, and `<name>` (no action) wraps it and gets the span.
#define FZ_IMPL(name, attr) \
  struct name##_impl_class {}; \
  x3::rule<name##_impl_class, attr> const name##_impl = #name; \
  auto const name##_def = name##_impl;
FZ_IMPL(string, ast::Str)
FZ_IMPL(regex, ast::Regex)
FZ_IMPL(identifier, ast::Name)
FZ_IMPL(integer, ast::Number)
FZ_IMPL(number, ast::Number)
FZ_IMPL(call_fn, ast::Name)
FZ_IMPL(negation, ast::Not)
FZ_IMPL(text_key, ast::Name)
FZ_IMPL(weight_key, ast::Name)
FZ_IMPL(flag, ast::Flag)
FZ_IMPL(levels, ast::Levels)
FZ_IMPL(header_key, ast::Name)
FZ_IMPL(context_kind, ast::Name)
FZ_IMPL(figure_within, ast::FigureWithin)
FZ_IMPL(draft_key, ast::Name)
FZ_IMPL(include, ast::Include)
#undef FZ_IMPL

// Punctuation and keywords that follow a committing token get names too, so the message reads
// "expected `{`" rather than X3's internal description of a literal.
#define FZ_TOKEN(name, parser, text) \
  struct name##_class {}; \
  x3::rule<name##_class> const name = text; \
  auto const name##_def = parser;

FZ_TOKEN(lbrace, x3::lit('{'), "`{`")
FZ_TOKEN(lparen, x3::lit('('), "`(`")
FZ_TOKEN(rparen, x3::lit(')'), "`)` or `,`")
FZ_TOKEN(equals, x3::lit('='), "`=`")
FZ_TOKEN(dotdot, x3::lit(".."), "`..`")
FZ_TOKEN(comma, x3::lit(','), "`,`")
FZ_TOKEN(dash, x3::lit('-'), "`-` (a date is written MM-DD)")
FZ_TOKEN(close_quote, x3::lit('"'), "a closing `\"` on the same line")
FZ_TOKEN(close_slash, x3::lit('/'), "a closing `/` on the same line")
FZ_TOKEN(weight_kw, kw("weight"), "`weight`")
FZ_TOKEN(within_kw, kw("within"), "`within`")
FZ_TOKEN(before_kw, kw("before"), "`before`")
FZ_TOKEN(of_kw, kw("of"), "`of`")
FZ_TOKEN(item_end, x3::lit('}'), "an item field (basis, weight, required, statutory, levels, gap, "
                                 "want, match, part, published, example) or `}`")
FZ_TOKEN(part_end, x3::lit('}'),
         "`item` or `}` (a part's `problem` and `cause` lines come before its first item)")
FZ_TOKEN(wording_end, x3::lit('}'), "`match`, `example` or `}`")
FZ_TOKEN(header_end, x3::lit('}'), "a header field (title, basis, years) or `}`")
FZ_TOKEN(end_of_file, x3::eoi,
         "a declaration (term, part, hedge, future, units, aim, figure within, include, wording) "
         "or the end of the file")
#undef FZ_TOKEN

// ---- definitions -------------------------------------------------------------------------------
auto const string_impl_def =
    x3::lexeme['"' > x3::raw[*(x3::char_ - '"' - '\n' - '\r')] > close_quote][set_text];
auto const regex_impl_def =
    x3::lexeme['/' > x3::raw[*(('\\' >> (x3::char_ - '\n' - '\r')) | (x3::char_ - '/' - '\n' - '\r'))] >
               close_slash][set_regex];
auto const identifier_impl_def =
    x3::raw[x3::lexeme[(ascii::alpha | '_') >> *(ascii::alnum | '_')]][set_text];
auto const term_name_def = !reserved >> identifier;
auto const state_name_def = identifier;
auto const role_name_def = identifier;
auto const window_name_def = identifier;
auto const integer_impl_def = x3::raw[x3::lexeme[-x3::lit('-') >> +ascii::digit]][set_number];
auto const number_impl_def =
    x3::raw[x3::lexeme[-x3::lit('-') >> +ascii::digit >> -('.' >> +ascii::digit)]][set_number];
auto const phrase_def = string | regex | term_name;
auto const phrases_def = phrase % ',';

auto const call_fn_impl_def = x3::raw[kw("any") | kw("all") | kw("figure")][set_text];
auto const call_def = call_fn > lparen > phrases > rparen;
auto const count_def = integer > of_kw > lparen > phrases > rparen;
auto const near_def = kw("near") > lparen > phrase > comma > phrase > comma > integer > rparen;
auto const negation_impl_def = (kw("not") > unary)[set_operand];
auto const unary_def = depth_guard[negation | ('(' > expr > rparen) | call | count | near |
                                   string | regex | term_name];
auto const conj_def = unary >> *(kw("and") > unary);
auto const expr_def = conj >> *(kw("or") > conj);

auto const text_key_impl_def = x3::raw[kw("basis") | kw("gap") | kw("want")][set_text];
auto const text_field_def = text_key > string;
auto const weight_key_impl_def = x3::raw[kw("weight")][set_text];
auto const weight_field_def = weight_key > number;
auto const flag_impl_def = x3::raw[kw("required") | kw("statutory")][set_key_name];
auto const levels_impl_def = (kw("levels") > level_list)[set_levels];
auto const roles_def = role_name % ',';
auto const level_list_def = string % ',';
auto const match_def = kw("match") > expr > -(kw("within") > window_name) >
                       -(kw("in") > roles) > -(kw("under") > string);
auto const part_rule_def = kw("part") > role_name > -(kw("with") > expr);
auto const month_day_def = x3::lexeme[integer > dash > integer];
auto const published_def = kw("published") > before_kw > month_day;
auto const example_def = kw("example") > state_name > -(kw("in") > role_name) > string;
auto const item_field_def =
    text_field | weight_field | flag | levels | match | part_rule | published | example;
auto const item_def = kw("item") > string > string > lbrace > *item_field > item_end;

auto const header_key_impl_def = x3::raw[kw("title") | kw("basis")][set_text];
auto const header_text_def = header_key > string;
auto const years_def = kw("years") > integer > dotdot > integer;
auto const header_field_def = header_text | years;
auto const header_def = kw("checklist") > string > lbrace > *header_field > header_end;

auto const context_kind_impl_def =
    x3::raw[kw("hedge") | kw("future") | kw("units") | kw("aim")][set_text];
auto const context_set_def = context_kind > equals > phrases;
auto const figure_within_impl_def = (kw("figure") > within_kw > integer)[set_distance];
auto const term_def = kw("term") > term_name > equals > phrases;
// A part's draft phrases come first, so a reader finds them at the top of the part.
auto const draft_key_impl_def = x3::raw[kw("problem") | kw("cause")][set_text];
auto const draft_texts_def = string % ',';
auto const draft_phrases_def = draft_key > draft_texts;
auto const part_def = kw("part") > string > string > weight_kw > number > lbrace >
                      *draft_phrases > *item > part_end;
auto const include_impl_def = (kw("include") > string)[set_path];
// Any item field parses here so that a misplaced `weight` gets check.cpp's clear E025 instead of
// a syntax error about braces.
auto const wording_def = kw("wording") > string > lbrace > *item_field > wording_end;
auto const decl_def = context_set | figure_within | term | part | include | wording;
auto const checklist_def = x3::eps > header > *decl > end_of_file;

BOOST_SPIRIT_DEFINE(string, regex, identifier, term_name, state_name, role_name, window_name,
                    integer, number, phrase, phrases, call_fn, call, count, near, negation, unary, conj,
                    expr, text_key, text_field, weight_key, weight_field, flag, levels, roles, level_list, match, part_rule,
                    published, month_day, example, item_field, item, header_key, header_text,
                    years, header_field, header, context_kind, context_set, figure_within, term,
                    draft_key, draft_phrases, draft_texts, part, include, wording, decl, checklist)
BOOST_SPIRIT_DEFINE(string_impl, regex_impl, identifier_impl, integer_impl, number_impl, call_fn_impl, negation_impl, text_key_impl, weight_key_impl, flag_impl, levels_impl, header_key_impl, context_kind_impl, figure_within_impl, include_impl, draft_key_impl)
BOOST_SPIRIT_DEFINE(lbrace, lparen, rparen, equals, dotdot, comma, dash, close_quote,
                    close_slash, weight_kw, within_kw, before_kw, of_kw, item_end, part_end,
                    wording_end, header_end, end_of_file)

/// Whitespace and `#` comments. The comment body is read with x3::char_ (bytes), so Chinese in
/// comments is fine.
auto const skipper = ascii::space | x3::lexeme['#' >> *(x3::char_ - '\n')];

}  // namespace

}  // namespace fz::dsl::grammar
