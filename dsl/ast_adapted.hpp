// Fusion adaptation of ast.hpp so X3 can fill the nodes by sequence position. Included only by
// grammar.cpp. Single-member nodes (Str, Regex, Name, Number, Not, Flag, Levels,
// FigureWithin, Include) are deliberately NOT adapted: X3 collapses one-element fusion sequences into their
// element (boostorg/spirit#463), so their rules fill them with semantic actions instead.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "dsl/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Call, fn, refs)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Count, n, refs)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Near, a, b, distance)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Conj, first, rest)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Expr, first, rest)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::TextField, key, value)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::NumberField, key, value)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Match, cond, window, roles, under)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::PartRule, role, with)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Published, month, day)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Example, state, role, text)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Item, id, title, fields)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Years, from, to)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Header, id, fields)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::ContextSet, kind, phrases)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Term, name, phrases)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::DraftPhrases, key, texts)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Part, id, title, weight, draft, items)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Wording, id, fields)
BOOST_FUSION_ADAPT_STRUCT(fz::dsl::ast::Checklist, header, decls)
