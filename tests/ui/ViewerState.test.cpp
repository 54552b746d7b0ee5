#include "ui/ViewerState.hpp"

#include "io/InputLoader.hpp"
#include "ui/Panels.hpp"

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

TEST_CASE("ViewerState: adding a speed assumption keeps the speed the last run used", "[ui]") {
    // Regression: the Assumptions panel's "speed" button set 240 m/s while the run had used the catalogue's 255.
    auto s = sampleState();
    std::string ev;
    for (const auto& e : s.applied.events)
        if (e.kind == "launch") { ev = e.id; break; }
    REQUIRE_FALSE(ev.empty());
    const auto before = ui::usedAssumption(s, "munition.speed_mps", ev);
    REQUIRE(before);
    const double speed = before->value.get<double>();
    REQUIRE(s.sim->tracks().size() > 0);
    const double arrival = s.sim->tracks().front().endTime().unixSeconds;

    ui::addAssumption(s, {"speed", "munition.speed_mps", 240.0, "m/s"}, ev);
    REQUIRE(s.rerunRequested);
    s.rerun();
    const auto* added = s.scenario.assumption("munition.speed_mps", ev);
    REQUIRE(added);
    CHECK(added->value.get<double>() == speed);
    CHECK(added->min == before->min);
    CHECK(added->max == before->max);
    const auto after = ui::usedAssumption(s, "munition.speed_mps", ev);
    REQUIRE(after);
    CHECK(after->value.get<double>() == speed);
    CHECK(s.sim->tracks().front().endTime().unixSeconds == arrival);
    CHECK(s.dirty);
}
