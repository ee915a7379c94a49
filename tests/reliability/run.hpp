// Test helpers for the reliability suite: whether this is the sanitizer build, and short names
// for the shared runner (tests/support/run_cli) and file builders (tests/support/files).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/files.hpp"
#include "tests/support/run_cli.hpp"

namespace fz::reliability {

/// True in the ASan build (make test-sanitize): memory bounds widen, the 50 MB run is skipped.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

/// The one process runner of the tests (tests/support/run_cli): stdin empty, cwd the source tree.
using RunResult = fz::test::CliResult;
inline RunResult run_fzscore(const std::vector<std::string>& args) {
  return fz::test::run_cli(args);
}

using fz::test::docx_with_body;
using fz::test::read_file;
using fz::test::sample;
using fz::test::TempDir;
using fz::test::write_docx;
using fz::test::write_zip;
using fz::test::write_zip_filled;

}  // namespace fz::reliability
