// fuzz_geocode: bytes -> atlas.lookup(name) over the real atlas, with and without a country filter (taken from the
// first two bytes when the input starts with '@', e.g. "@SYHama"). Candidates must be ranked and in range.
#include "FuzzSupport.hpp"

#include <cmath>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)salvo::fuzz::realAtlas();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace salvo;
    std::string_view name(reinterpret_cast<const char*>(data), size);
    atlas::LookupOptions opt;
    if (name.size() >= 3 && name[0] == '@') {
        opt.country = std::string(name.substr(1, 2));
        name.remove_prefix(3);
    }
    const auto hits = fuzz::realAtlas().lookup(name, opt);
    if (hits.size() > opt.limit) fuzz::fail("more candidates than the limit");
    for (size_t i = 0; i < hits.size(); ++i) {
        if (!hits[i].pos.isValid() || !std::isfinite(hits[i].score)) fuzz::fail("a candidate out of range");
        if (i > 0 && hits[i].score > hits[i - 1].score) fuzz::fail("candidates not ranked best first");
    }
    return 0;
}
