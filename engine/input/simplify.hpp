// Simplify: 繁→简 with OpenCC, so one checklist written in simplified characters matches
// traditional-script reports too. A Simplifier owns one loaded OpenCC converter (loading the
// dictionaries costs milliseconds); it is an immutable value shared by copies, never a global.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/text.hpp"

namespace fz {

class Simplifier {
 public:
  /// The converter of the t2s.json config; nullopt (with `error` set) when OpenCC cannot load it.
  static std::optional<Simplifier> load(const std::string& config_path, std::string* error);
  /// The config shipped by Debian's opencc-data.
  static std::string default_config();

  /// Converts line by line. A line whose character count is unchanged is aligned character by
  /// character (copy where equal, one replace run per changed character); otherwise the whole
  /// line becomes one replace run.
  Text simplify(std::string_view utf8_text) const;

  struct Impl;  ///< opaque: the OpenCC converter and its character table (simplify.cpp)

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace fz
