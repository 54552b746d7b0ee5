#pragma once
// Shared fixtures for the display tests: the real atlas (loaded once per process), the munitions catalogue, and the
// hand-written scenarios in tests/fixtures/scenarios/. Display tests call SALVO_REQUIRE_DISPLAY() first: without an X
// display they are skipped (a warning, not a failure); the test command runs them under xvfb-run.
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "render/Resources.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>

#define SALVO_REQUIRE_DISPLAY()                                                                                        \
    do {                                                                                                               \
        if (!salvo::render::displayAvailable()) {                                                                      \
            WARN("DISPLAY is unset: display test skipped (run under xvfb-run)");                                       \
            return;                                                                                                    \
        }                                                                                                              \
    } while (0)

namespace salvo::testing {

inline std::filesystem::path dataDir() {
    if (const char* d = std::getenv("SALVO_DATA_DIR"); d && *d) return d;
    return SALVO_SOURCE_DIR;
}

inline const atlas::Atlas& worldAtlas() {
    static const atlas::Atlas a = io::loadAtlas(dataDir());
    return a;
}

inline sim::SimOptions simOptions() {
    sim::SimOptions o;
    o.catalogue = io::loadCatalogue(dataDir());
    return o;
}

inline scenario::Scenario fixtureScenario(const std::string& name) {
    const auto text = io::readFile(std::filesystem::path(SALVO_FIXTURES_DIR) / "scenarios" / name);
    auto r = scenario::fromJsonText(text);
    if (!r) FAIL("fixture " << name << ": " << r.error().message << " at " << r.error().where);
    return *r;
}

} // namespace salvo::testing
