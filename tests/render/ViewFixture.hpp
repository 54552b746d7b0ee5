#pragma once
// Shared fixtures for the display tests: the real atlas (loaded once per process), the munitions catalogue, the
// hand-written scenarios in tests/fixtures/scenarios/, a scenario simulated as the renderer gets it, and a render job
// over it. Display tests call SALVO_REQUIRE_DISPLAY() first: without an X display they are skipped (a warning, not a
// failure); the test command runs them under xvfb-run.
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "render/FrameRenderer.hpp"
#include "render/Resources.hpp"
#include "scenario/Scenario.hpp"
#include "sim/SimTestSupport.hpp"
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

// The same data, atlas, catalogue and fixtures as the core suite's (sim/SimTestSupport.hpp), under the names the
// display tests use.
using testsupport::dataDir;

inline const atlas::Atlas& worldAtlas() { return testsupport::realAtlas(); }

inline sim::SimOptions simOptions() { return testsupport::options(); }

inline scenario::Scenario fixtureScenario(const std::string& name) { return testsupport::fixture(name); }

// A fixture scenario and its simulation (overrides applied, diagnostics dropped).
struct SimulatedScene {
    scenario::Scenario scn;
    sim::Simulation sim;
};

inline SimulatedScene simulatedScene(const std::string& name) {
    auto scn = fixtureScenario(name);
    Diagnostics d;
    auto sim = sim::simulate(scenario::applyOverrides(scn), worldAtlas(), simOptions(), &d);
    return {std::move(scn), std::move(sim)};
}

// A job that renders `s` over the real atlas at `size` pixels; times, layers and output are the test's to set.
inline render::RenderJob renderJob(const SimulatedScene& s, sf::Vector2u size) {
    render::RenderJob job;
    job.dataDir = dataDir();
    job.atlas = &worldAtlas();
    job.scenario = &s.scn;
    job.simulation = &s.sim;
    job.size = size;
    return job;
}

} // namespace salvo::testing
