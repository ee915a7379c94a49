// The shipped pieces tests read as a user's run would: the default 繁→简 simplifier, a shipped
// checklist with its wording libraries (finalized), and a sample report from reports/.
#pragma once

#include <string>

#include "engine/document/document.hpp"
#include "engine/input/simplify.hpp"
#include "engine/match/plan.hpp"

namespace fz::test {

/// OpenCC's default configuration, loaded once (a failure fails the test).
const Simplifier& default_simplifier();

/// A checklist of the source tree (e.g. "checklists/gangyao-2021.fz"), loaded with its
/// includes and finalized; the test fails on any diagnostic error.
Plan shipped_checklist(const std::string& relative);

/// A checklist written in a test, read by the real DSL as if it were the file `name`, and
/// finalized; the test fails on any diagnostic error.
Plan checklist_from_text(const std::string& name, const std::string& text);

/// reports/NAME read by the real reader.
Document sample_report(const std::string& name);

}  // namespace fz::test
