#include <doctest/doctest.h>

#include "engine/sha256.hpp"

TEST_CASE("sha256_hex: the FIPS 180-2 test vectors") {
  CHECK(fz::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(fz::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(fz::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("Sha256: incremental equals one-shot; add_field separates fields") {
  fz::Sha256 h;
  CHECK(h.add("a").add("bc").hex() == fz::sha256_hex("abc"));
  CHECK(h.add("abc").hex() == fz::sha256_hex("abc"));  // reusable after hex()
  CHECK(fz::Sha256().add_field("ab").add_field("c").hex() !=
        fz::Sha256().add_field("a").add_field("bc").hex());
}
