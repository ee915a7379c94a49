#include "engine/match/regex_check.hpp"

#include <re2/re2.h>

namespace fz {

std::optional<std::string> regex_error(std::string_view pattern) {
  RE2::Options options;
  options.set_log_errors(false);  // the caller turns the message into a Diagnostic
  RE2 re(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (re.ok()) return std::nullopt;
  return re.error();
}

}  // namespace fz
