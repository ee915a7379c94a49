// Front matter: what stands before a report's text on a published page: the site's banner, the
// breadcrumb, the title (often twice). Words there are the page's, not work the report shows: a
// site called "…普法网" is not 普法, a title "…暨第一责任人履职情况报告" is not the duty done.
#pragma once

#include "engine/document/document.hpp"
#include "engine/match/matcher.hpp"

namespace fz {

/// Drops the hits of the title's sentences, of the short page lines above it and of the preamble
/// sentences that repeat the title. Nothing is dropped when no title was found: then where the
/// text begins is not known.
void drop_front_matter_hits(const Document& doc, Matches& m);

}  // namespace fz
