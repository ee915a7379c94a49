// SHA-256 of a byte string, as lowercase hex: the provenance of a result (the input's bytes, the
// checklist's text) and the key under which `batch --resume` keeps a finished result.
#pragma once

#include <string>
#include <string_view>

namespace fz {

/// 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes);

/// Incremental form, for digests over several parts (checklist + config + options).
class Sha256 {
 public:
  Sha256();
  Sha256& add(std::string_view bytes);
  /// Adds the length first, so ("ab","c") and ("a","bc") differ.
  Sha256& add_field(std::string_view bytes);
  std::string hex();  ///< finishes; the object is reset and may be reused

 private:
  alignas(16) unsigned char state_[128];  // struct sha256_ctx (nettle), kept opaque here
};

}  // namespace fz
