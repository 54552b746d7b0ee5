#pragma once
// Shared by the libFuzzer targets: the real atlas, loaded once from SALVO_DATA_DIR (or the source tree), and a
// failure that libFuzzer records as a crash with the reason on stderr.
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace salvo::fuzz {

inline const atlas::Atlas& realAtlas() {
    static const atlas::Atlas a = io::loadAtlas(io::findDataDir());
    return a;
}

[[noreturn]] inline void fail(const std::string& why) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", why.c_str());
    std::abort();
}

} // namespace salvo::fuzz
