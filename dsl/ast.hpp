// The checklist syntax tree: what grammar.cpp builds and check/compile/print read.
//
// Attribute types for Spirit X3, so they use x3::variant and boost::optional (X3 has no std::
// variant support in Boost 1.74); compile.cpp lowers them to std types, so engine/ never sees
// Boost. Every node that a diagnostic may point at derives from Node and carries its byte Span in
// the checklist source, stored by handlers.hpp's on_success. Only x3/support/ast is included here:
// the heavy x3.hpp stays in grammar.cpp.
#pragma once

#include <string>
#include <vector>

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "engine/span.hpp"

namespace fz::dsl::ast {

namespace x3 = boost::spirit::x3;

struct Node {
  Span span;
};

struct Str : Node {      ///< "literal": the bytes between the quotes (no escapes)
  std::string value;
};
struct Regex : Node {    ///< /regex/: the pattern, with `\/` already turned into `/`
  std::string value;
};
struct Name : Node {     ///< a term name, role, state, window or keyword as written
  std::string value;
};
struct Number : Node {   ///< as written (text) and its value; ranges are checked in check.cpp
  std::string text;
  double value = 0;
};

/// A PHRASE or REF: a literal, a regex or the name of a term.
struct Phrase : x3::variant<Str, Regex, Name> {
  using base_type::base_type;
  using base_type::operator=;
};

// ---- conditions ----------------------------------------------------------------------------
struct Expr;
struct Not;

/// any(…), all(…), figure(…): `fn` is the keyword.
struct Call : Node {
  Name fn;
  std::vector<Phrase> refs;
};
/// N of (…)
struct Count : Node {
  Number n;
  std::vector<Phrase> refs;
};
/// near(a, b, distance)
struct Near : Node {
  Phrase a;
  Phrase b;
  Number distance;
};

/// UNARY: a parenthesised condition, a call, `not` something, or a bare REF (= any(REF)).
/// A plain alternative comes first: a variant default-constructs its first alternative, and a
/// recursive one there would recurse forever.
struct Operand : x3::variant<Name, Str, Regex, Call, Count, Near, x3::forward_ast<Not>,
                             x3::forward_ast<Expr>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Not : Node {
  Operand operand;
};
/// AND: first and rest…
struct Conj : Node {
  Operand first;
  std::vector<Operand> rest;
};
/// OR: first or rest…
struct Expr : Node {
  Conj first;
  std::vector<Conj> rest;
};

// ---- item fields -------------------------------------------------------------------------------
/// title/basis/gap/want "…"
struct TextField : Node {
  Name key;
  Str value;
};
/// weight N
struct NumberField : Node {
  Name key;
  Number value;
};
/// required | statutory
struct Flag : Node {
  Name key;
};
/// levels "省", "市"
struct Levels : Node {
  std::vector<Str> levels;
};
/// match COND [within W] [in ROLES] [under "heading"]
struct Match : Node {
  Expr cond;
  boost::optional<Name> window;
  std::vector<Name> roles;
  boost::optional<Str> under;
};
/// part ROLE [with COND] (inside an item)
struct PartRule : Node {
  Name role;
  boost::optional<Expr> with;  ///< a content sentence of the part must satisfy it
};
/// published before MM-DD
struct Published : Node {
  Number month;
  Number day;
};
/// example STATE [in ROLE] "sentence"
struct Example : Node {
  Name state;
  boost::optional<Name> role;
  Str text;
};

struct ItemField
    : x3::variant<TextField, NumberField, Flag, Levels, Match, PartRule, Published, Example> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Item : Node {
  Str id;
  Str title;
  std::vector<ItemField> fields;
};

// ---- top level ---------------------------------------------------------------------------------
/// years FROM .. TO
struct Years : Node {
  Number from;
  Number to;
};
struct HeaderField : x3::variant<TextField, Years> {
  using base_type::base_type;
  using base_type::operator=;
};
/// checklist "ID" { title "…" basis "…" years A .. B }
struct Header : Node {
  Str id;
  std::vector<HeaderField> fields;
};

/// hedge/future/units/aim = PHRASES
struct ContextSet : Node {
  Name kind;
  std::vector<Phrase> phrases;
};
/// figure within N
struct FigureWithin : Node {
  Number distance;
};
/// term NAME = PHRASES
struct Term : Node {
  Name name;
  std::vector<Phrase> phrases;
};
/// problem "…", "…" | cause "…", "…" at the top of a part: a phrase family of the gaps draft
/// (`fzscore gaps`), the alternatives for the paragraph's 问题 sentence or its 原因 sentence.
struct DraftPhrases : Node {
  Name key;
  std::vector<Str> texts;
};
/// part "ID" "TITLE" weight W { problem… cause… item… }
struct Part : Node {
  Str id;
  Str title;
  Number weight;
  std::vector<DraftPhrases> draft;
  std::vector<Item> items;
};

/// include "wording/x.fz": a wording library (terms, context sets, wording blocks), path relative
/// to the including checklist.
struct Include : Node {
  Str path;
};
/// wording "ID" { match… example… }: how reports phrase item ID, kept in a wording library so
/// that every checklist defining ID (the 2015 and the 2021 纲要 both have G15.1) shares it.
struct Wording : Node {
  Str id;
  std::vector<ItemField> fields;
};

struct Decl : x3::variant<ContextSet, FigureWithin, Term, Part, Include, Wording> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Checklist : Node {
  Header header;
  std::vector<Decl> decls;
};

}  // namespace fz::dsl::ast
