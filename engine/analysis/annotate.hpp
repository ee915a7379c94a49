// annotate(): adds what reviewers read beside the verdicts to a Scorecard: the key figures and
// the consistency lints of the report, each with evidence located in the original input.
#pragma once

#include "engine/document/document.hpp"
#include "engine/scorecard.hpp"

namespace fz::analysis {

void annotate(Scorecard& card, const Document& doc);

}  // namespace fz::analysis
