// Test-only builders: a Document from headings and paragraphs (identity maps, optionally with
// dropped bytes in front of the text so original offsets differ from normalised ones), and a Plan
// from terms and conditions, finalized. Stand-ins for the reader and the DSL in unit tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/document/document.hpp"
#include "engine/match/plan.hpp"
#include "engine/match/verdict.hpp"

namespace fz::test {

class DocBuilder {
 public:
  /// Bytes in the original input before the text, dropped by the decoder (e.g. web chrome).
  DocBuilder& dropped_prefix(std::string p);
  DocBuilder& heading(std::string text, Role role, int level = 1);
  DocBuilder& para(std::vector<std::string> sentences);
  DocBuilder& meta(Meta m);
  Document build() const;

 private:
  struct Line {
    bool heading = false;
    std::string text;
    Role role = Role::other;
    int level = 0;
    std::vector<std::string> sentences;
  };
  std::string prefix_;
  std::vector<Line> lines_;
  Meta meta_;
};

/// A document with one part of `role` holding `sentence` (as `example STATE in ROLE "…"`).
Document one_sentence(const std::string& sentence, Role role = Role::achievements);

class PlanBuilder {
 public:
  PlanBuilder();  ///< with the demo hedge/future/units sets of docs/dsl.md
  int pattern(const std::string& text, bool regex = false);
  TermRef term(const std::string& name, const std::vector<std::string>& literals);
  TermRef regex_term(const std::string& name, const std::string& regex);
  Part& part(std::string id, std::string title, double weight);
  Item& item(std::string id, std::string part, std::string title);
  Plan build();  ///< finalize()s; throws on a bad pattern
  Plan plan;
};

/// A verdict without evidence, for score and gate tests.
ItemVerdict verdict(const Item& item, ItemState state, bool quantified = false);

Cond any(std::vector<TermRef> t);
Cond all(std::vector<TermRef> t);
Cond at_least(int n, std::vector<TermRef> t);
Cond near(TermRef a, TermRef b, int n);
Cond figure(std::vector<TermRef> t);
Cond and_(std::vector<Cond> c);
Cond or_(std::vector<Cond> c);
Cond not_(Cond c);
Rule phrases(Cond c, Window w = Window::sentence, std::vector<Role> roles = {},
             std::optional<int> under = std::nullopt);

}  // namespace fz::test
