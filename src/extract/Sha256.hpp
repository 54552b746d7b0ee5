#pragma once
// Sha256: the FIPS 180-4 SHA-256 digest of a byte string, as 64 lower-case hex digits. Used to fingerprint the article
// a scenario was extracted from (Scenario::source.sha256), so a saved scenario can tell whether its article changed.
//   std::string h = salvo::extract::sha256Hex("abc");
//   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#include <string>
#include <string_view>

namespace salvo::extract {

std::string sha256Hex(std::string_view bytes);

} // namespace salvo::extract
