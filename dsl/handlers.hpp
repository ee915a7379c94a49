// Rule handlers and one directive for the checklist grammar. Included only by grammar.cpp.
//
// annotate: X3's own annotate_on_success skips x3::variant nodes in Boost 1.74 (spirit#723) and
// its position_cache is more machinery than we need, so every rule ID derives from this small
// base, which stores Span{first - begin, last - begin} straight into nodes deriving from
// ast::Node. `first` arrives after the pre-skip in 1.74, so spans start at the token itself.
//
// depth_guard: conditions nest (`not`, parentheses); without a bound a fuzzer's "((((((…" blows
// the stack. The guard counts nesting through a per-parse counter passed with x3::with and turns
// too-deep input into an ordinary expectation failure, i.e. a syntax error diagnostic.
#pragma once

#include <cstddef>
#include <functional>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>

#include "dsl/ast.hpp"

namespace fz::dsl::grammar {

namespace x3 = boost::spirit::x3;

struct source_begin_tag;  ///< x3::with: std::reference_wrapper<const char* const>
struct depth_tag;         ///< x3::with: std::reference_wrapper<int>

inline constexpr int kMaxNesting = 48;

struct annotate {
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& attr,
                  Context const& context) const {
    if constexpr (std::is_base_of_v<ast::Node, Attribute>) {
      const char* begin = x3::get<source_begin_tag>(context).get();
      attr.span = Span{static_cast<std::size_t>(first - begin),
                       static_cast<std::size_t>(last - begin)};
    }
  }
};

template <typename Subject>
struct depth_guard_directive : x3::unary_parser<Subject, depth_guard_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, depth_guard_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr depth_guard_directive(Subject const& subject) : base_type(subject) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    int& depth = x3::get<depth_tag>(context).get();
    if (depth >= kMaxNesting)
      boost::throw_exception(x3::expectation_failure<Iterator>(
          first, "a condition nested less deeply (at most 48 levels of `not` and parentheses)"));
    struct Leave {
      int& d;
      ~Leave() { --d; }
    } leave{++depth};
    return this->subject.parse(first, last, context, rcontext, attr);
  }
};

struct depth_guard_gen {
  template <typename Subject>
  constexpr depth_guard_directive<typename x3::extension::as_parser<Subject>::value_type>
  operator[](Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};

inline constexpr depth_guard_gen depth_guard{};

}  // namespace fz::dsl::grammar
