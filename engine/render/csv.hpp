// CSV export of a batch (`fzscore batch … --csv FILE`): one row per input, for Excel and scripts.
// UTF-8 with a byte-order mark (Excel takes BOM-less files for the ANSI code page), CRLF line
// ends and RFC 4180 quoting. Columns:
//   file, title, issuer, year, level, checklist, score, passed, duplicate_of, error,
//   "<checklist> <part> %" for every part of every checklist in the batch (the part's subtotal as a
//   percentage of its maximum; empty for another checklist's reports or a part that does not apply),
//   then one column per item id (its state as in the JSON: met, acknowledged, planned, missing, n/a).
// Scores and percentages have one decimal. A failed input has only file and error. Text taken from
// a report that Excel would run as a formula (starting = + - @) gets a leading apostrophe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "engine/render/summary.hpp"

namespace fz {

void render_csv(const BatchSummary& batch, std::ostream& out);

/// One RFC 4180 field: quoted when it holds `"`, `,`, CR or LF, quotes doubled.
std::string csv_field(std::string_view s);

}  // namespace fz
