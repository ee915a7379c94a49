// One command per file, named for it. Each `add_X` adds its subcommand to the root app, binds its
// options to values the returned Command owns, and returns the action that runs it once the
// command line is parsed; the action returns the process exit code (output.md): 0 done / gate
// passed, 1 gate failed (or a checklist example failed), 2 usage error or unreadable input.
#pragma once

#include "engine/cli/app.hpp"

namespace fz::cli {

Command add_score(CLI::App& root);    // score.cpp
Command add_gate(CLI::App& root);     // gate.cpp
Command add_gaps(CLI::App& root);     // gaps.cpp
Command add_diff(CLI::App& root);     // diff.cpp
Command add_batch(CLI::App& root);    // batch.cpp
Command add_items(CLI::App& root);    // items.cpp
Command add_check(CLI::App& root);    // check.cpp
Command add_test(CLI::App& root);     // test.cpp
Command add_text(CLI::App& root);     // text.cpp
Command add_outline(CLI::App& root);  // outline.cpp

}  // namespace fz::cli
