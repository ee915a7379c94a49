#include "engine/sha256.hpp"

#include <cstdint>
#include <cstring>

#include <nettle/sha2.h>

namespace fz {

static_assert(sizeof(sha256_ctx) <= 128, "Sha256::state_ too small for nettle's sha256_ctx");

namespace {

sha256_ctx* ctx(unsigned char* p) { return reinterpret_cast<sha256_ctx*>(p); }

std::string to_hex(const std::uint8_t* d, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[d[i] >> 4];
    out[2 * i + 1] = kHex[d[i] & 15];
  }
  return out;
}

}  // namespace

Sha256::Sha256() { sha256_init(ctx(state_)); }

Sha256& Sha256::add(std::string_view bytes) {
  sha256_update(ctx(state_), bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  return *this;
}

Sha256& Sha256::add_field(std::string_view bytes) {
  std::uint8_t len[8];
  std::uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) len[i] = static_cast<std::uint8_t>(n >> (8 * i));
  sha256_update(ctx(state_), sizeof len, len);
  return add(bytes);
}

std::string Sha256::hex() {
  std::uint8_t d[SHA256_DIGEST_SIZE];
  sha256_digest(ctx(state_), sizeof d, d);  // also re-initialises the context
  return to_hex(d, sizeof d);
}

std::string sha256_hex(std::string_view bytes) { return Sha256().add(bytes).hex(); }

}  // namespace fz
