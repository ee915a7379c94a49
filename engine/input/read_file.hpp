// ReadFile: a whole small text file the user names (a checklist, a gate config, the item
// catalogue) into memory, or why it cannot be read. A directory, a FIFO or a device is refused
// with that reason rather than read as empty text: an empty gate config would silently mean
// "defaults" and let a gate pass. Reports go through read_document (read.hpp), which adds size
// limits and decoding.
#pragma once

#include <string>
#include <variant>

namespace fz {

struct ReadFailure {
  std::string reason;  ///< "no such file", "is a directory", … (the caller names the file)
};

std::variant<std::string, ReadFailure> read_file(const std::string& path);

}  // namespace fz
