#pragma once
// Shared by the viewer's display tests: options for a viewer on the Caspian fixture (no layout file, no ensemble, a
// fixed UI scale) and synthetic SFML events, fed to Viewer::handleEvent exactly as the window's own would be.
#include "io/InputLoader.hpp"
#include "ui/Viewer.hpp"

#include "../render/ViewFixture.hpp"

namespace salvo::testing {

inline ui::ViewerOptions options() {
    ui::ViewerOptions o;
    o.dataDir = dataDir();
    o.atlas = &worldAtlas();
    o.scenario = fixtureScenario("caspian-2015.json");
    o.simOptions = simOptions();
    o.windowSize = sf::Vector2u{1280, 800};
    o.uiScale = 1;
    o.iniPath = std::string{}; // keep no layout file
    o.ensembleRuns = 0;
    return o;
}

// The bundled sample article, read as `salvo view` reads it (default launch areas included).
inline scenario::Scenario sampleScenario() {
    const auto defaults = io::loadInputDefaults(dataDir());
    return io::loadInput(dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt", worldAtlas(),
                         defaults)
        .scenario;
}

inline sf::Event mouseMove(float x, float y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {static_cast<int>(x), static_cast<int>(y)};
    return e;
}

inline sf::Event mouseButton(bool press, float x, float y) {
    sf::Event e;
    e.type = press ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
    e.mouseButton = {sf::Mouse::Left, static_cast<int>(x), static_cast<int>(y)};
    return e;
}

inline sf::Event key(sf::Keyboard::Key code, bool shift = false, bool control = false) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, control, shift, false};
    return e;
}

} // namespace salvo::testing
