// fuzz_article: bytes -> text::parseDocument -> extract::extractScenario over the real atlas. Beyond "no crash, no
// sanitizer report", what extraction produces must be a scenario the reader accepts (toJson -> fromJson), unless it
// lies past the reader's stated limits (scenario::pastLimits: "11111111 missiles"), which the loader refuses in one
// line; then the reader must refuse it too.
#include "FuzzSupport.hpp"

#include "extract/Extractor.hpp"
#include "scenario/Scenario.hpp"
#include "text/Document.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)salvo::fuzz::realAtlas(); // load once, outside the timed inputs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace salvo;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto doc = text::parseDocument(bytes);
    if (!doc) return 0;
    const scenario::Scenario sc = extract::extractScenario(*doc, fuzz::realAtlas(), {.sourcePath = "fuzz.txt", .sha256 = {}});
    const auto back = scenario::fromJson(scenario::toJson(sc));
    const auto past = scenario::pastLimits(sc);
    if (past && back) fuzz::fail("the reader accepts a scenario past its limits: " + *past);
    if (!past && !back)
        fuzz::fail("extracted scenario does not load back: " + back.error().where + ": " + back.error().message);
    return 0;
}
