#include "ui/ViewerState.hpp"

#include "io/InputLoader.hpp"

#include "../render/ViewFixture.hpp"

using namespace salvo;

namespace {

ui::ViewerState sampleState() {
    ui::ViewerState s;
    s.atlas = &testing::worldAtlas();
    s.simOptions = testing::simOptions();
    const auto defaults = io::loadInputDefaults(testing::dataDir());
    auto in = io::loadInput(testing::dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt",
                            testing::worldAtlas(), defaults);
    s.setScenario(std::move(in.scenario));
    return s;
}

// An internal file name in a source: the compiler of the reference notes' file, not something a reader can look up.
bool namesInternalFile(const std::string& source) {
    return source.find("facts.md") != std::string::npos || source.find("§") != std::string::npos;
}

} // namespace

TEST_CASE("ViewerState: the sources the viewer shows for the sample cite publications, not internal files", "[ui]") {
    // Regression: the speed of the sample's Kalibr read "estimate: 'subsonic' (Sputnik Italia via facts.md §4)".
    const auto s = sampleState();
    REQUIRE(s.sim);
    REQUIRE_FALSE(s.sim->assumptionsUsed().empty());
    bool sawSpeed = false;
    for (const auto& a : s.sim->assumptionsUsed()) {
        INFO(a.key << ": " << a.source);
        CHECK_FALSE(namesInternalFile(a.source));
        if (a.key == "munition.speed_mps") {
            sawSpeed = true;
            CHECK(a.source.find("https://") != std::string::npos);
        }
    }
    CHECK(sawSpeed);
    for (const auto& a : s.scenario.assumptions) {
        INFO(a.key << ": " << a.source);
        CHECK_FALSE(namesInternalFile(a.source));
    }
    for (const auto& t : s.sim->tracks()) {
        INFO(t.id << ": " << t.speed.source);
        CHECK_FALSE(namesInternalFile(t.speed.source));
    }
}
