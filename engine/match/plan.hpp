// Plan: a compiled checklist, in plain std types, ready to run against Documents.
//
// dsl::compile() lowers a parsed checklist into a Plan; the engine never sees the DSL or Boost.
// Patterns are deduplicated into one table so the matcher scans each sentence once for all items
// (RE2::Set prefilter, then exact spans). A Plan is immutable after finalize() and shared by const&
// across threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/document/meta.hpp"
#include "engine/document/role.hpp"
#include "engine/match/pattern_bits.hpp"

namespace fz {

class PatternSet;  // engine/match/pattern_set.hpp: the compiled RE2 side of the pattern table
class Prefilter;   // engine/match/prefilter.hpp: one Hyperscan pass over a document

/// One phrase: a literal or an RE2 regex, written in simplified Chinese (reports are normalised
/// to simplified before matching).
struct Pattern {
  std::string text;
  bool regex = false;
  friend bool operator==(const Pattern&, const Pattern&) = default;
};

/// A named set of patterns (a DSL `term`, or one inline literal). Hits of any of its patterns
/// count as hits of the term.
struct TermRef {
  std::string name;               ///< term name, or the literal itself for inline phrases
  std::vector<int> patterns;      ///< indexes into Plan::patterns; sorted by finalize()
  PatternBits bits;               ///< the same set as a bitset; built by finalize()

  /// Whether `pattern` is one of the term's: a bit test once finalize() has run (the evaluator
  /// asks for every hit under every condition), else a search of the list.
  bool contains(int pattern) const {
    if (!bits.empty()) return bits.test(pattern);
    for (int p : patterns)
      if (p == pattern) return true;
    return false;
  }
};

/// Where a condition is evaluated: every hit taken together must fall inside one such window.
enum class Window { sentence, paragraph, section, document };

/// A condition over the hits of one window. A tree; leaves name terms.
struct Cond {
  enum class Kind {
    any,        ///< at least one of terms hits
    all,        ///< every one of terms hits
    at_least,   ///< at least n distinct terms hit
    near,       ///< terms[0] and terms[1] hit within n characters of each other
    figure,     ///< a hit of any of terms has a figure with a unit within n characters
    and_, or_, not_,
  };
  Kind kind = Kind::any;
  std::vector<TermRef> terms;
  int n = 0;
  std::vector<Cond> children;
};

/// One way an item can be shown. Structural and metadata rules are their own kinds because they
/// look at the Document's parts and meta instead of at phrases.
struct Rule {
  enum class Kind {
    phrases,            ///< `match COND [within W] [in ROLES] [under "heading regex"]`
    part_exists,        ///< `part ROLE [with COND]`: a top-level part with that role has content
    published_before,   ///< `published before MM-DD`: publication date < that day of year+1
  };
  Kind kind = Kind::phrases;
  Cond cond;
  Window window = Window::sentence;
  std::vector<Role> roles;        ///< empty: any role (state is decided by context)
  std::optional<int> under;       ///< pattern index of a heading regex the window must sit under
  Role part_role = Role::other;   ///< part_exists
  /// part_exists with `with COND`: a content sentence of the part must satisfy `cond` (in its
  /// own sentence), e.g. name a shortcoming; without it any content sentence will do.
  bool part_with = false;
  int month = 4, day = 1;         ///< published_before
  std::string file;               ///< the file it was written in (the checklist or a wording library)
  std::size_t line = 0;           ///< line in `file`, for --explain
  /// Every pattern the condition can look at (its terms', plus the units patterns when it has a
  /// `figure`); built by finalize(). Other hits cannot change the condition, so the evaluator
  /// leaves them out of its windows.
  PatternBits relevant;
};

enum class ItemState { met, acknowledged, planned, missing, na };

/// An example sentence in the checklist: placed under a part of `role`, the item must come out
/// in state `expected`.
struct Example {
  ItemState expected = ItemState::met;
  Role role = Role::achievements;
  std::string text;
  std::string file;               ///< the checklist or the wording library it was written in
  std::size_t line = 0;           ///< in `file`
};

struct Item {
  std::string id;                 ///< "G15.1"
  std::string title;              ///< "行政执法“三项制度”"
  std::string part;               ///< part id, e.g. "五"
  std::string basis;              ///< clause cited, e.g. "纲要（十五）"
  double weight = 1.0;
  bool required = false;
  bool statutory = false;         ///< a part the 督察工作规定 prescribes: no waiver can excuse it
  std::vector<UnitLevel> levels;  ///< empty: all levels; otherwise n/a for other levels
  std::string gap;                ///< sentence for the 存在不足 draft when the item is missing
  std::string want;               ///< what evidence would satisfy it (for gap lists, --explain)
  std::vector<Rule> rules;        ///< alternatives; the best state over all rules wins
  std::vector<Example> examples;
  std::size_t line = 0;           ///< checklist line of the item
};

struct Part {
  std::string id;                 ///< "五", or "结构" for the structure items
  std::string title;
  double weight = 0;              ///< points of 100
  /// Phrase families of the gaps draft (`problem` and `cause` lines): alternatives for a
  /// paragraph's 问题 sentence and its 原因 sentence. Both empty: the part is left out of the draft.
  std::vector<std::string> problems = {}, causes = {};  // `= {}`: aggregates may omit them
};

struct Plan {
  std::string id, title, basis, file;
  std::vector<std::string> sources;  ///< the checklist file, then each wording library it includes
  std::string source_sha256;      ///< of those files' text, joined in that order (provenance)
  int year_from = 0, year_to = 9999;
  std::vector<Part> parts;
  std::vector<Item> items;
  std::vector<Pattern> patterns;  ///< deduplicated
  std::vector<int> hedge;         ///< patterns that make a sentence admit a weakness
  std::vector<int> future;        ///< patterns that make a sentence future work
  std::vector<int> units;         ///< patterns of a figure with its unit (quantified evidence)
  std::vector<int> aim;           ///< patterns of an aim or slogan ("以…为指导"): not work done
  int figure_distance = 30;       ///< characters between a hit and its figure
  std::shared_ptr<const PatternSet> compiled;  ///< built by finalize(); null before
  std::shared_ptr<const Prefilter> prefilter;  ///< built by finalize(); null: RE2::Set per sentence

  const Item* find_item(std::string_view id) const;
  const Part* find_part(std::string_view id) const;
};

/// Compiles the pattern table (RE2 set + one RE2 per pattern). On a pattern RE2 rejects returns
/// {index, RE2's message}; the Plan is unchanged then.
std::optional<std::pair<int, std::string>> finalize(Plan& plan);

std::string_view state_name(ItemState s);   ///< "met" … "n/a"
std::optional<ItemState> parse_state(std::string_view name);

}  // namespace fz
