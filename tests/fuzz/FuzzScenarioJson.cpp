// fuzz_scenario_json: bytes -> scenario::fromJsonText; an accepted scenario must round-trip (toJson -> text ->
// fromJsonText gives the same JSON again) and survive applyOverrides. A rejected one must say where.
#include "FuzzSupport.hpp"

#include "scenario/Scenario.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace salvo;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = scenario::fromJsonText(text);
    if (!r) {
        if (r.error().message.empty()) fuzz::fail("a rejected scenario without a message");
        return 0;
    }
    const nlohmann::json first = scenario::toJson(*r);
    const std::string dumped = first.dump(); // throws on invalid UTF-8 in strings: must not happen for accepted input
    const auto again = scenario::fromJsonText(dumped);
    if (!again) fuzz::fail("saved scenario does not load back: " + again.error().where + ": " + again.error().message);
    if (scenario::toJson(*again) != first) fuzz::fail("scenario changes on a save/load round trip");
    Diagnostics diags;
    (void)scenario::applyOverrides(*r, &diags);
    return 0;
}
