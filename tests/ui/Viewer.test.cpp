#include "ui/Viewer.hpp"

#include "../render/ViewFixture.hpp"

#include <cmath>
#include <cstdlib>

using namespace salvo;

namespace {

ui::ViewerOptions options() {
    ui::ViewerOptions o;
    o.dataDir = testing::dataDir();
    o.atlas = &testing::worldAtlas();
    o.scenario = testing::fixtureScenario("caspian-2015.json");
    o.simOptions = testing::simOptions();
    o.windowSize = {1280, 800};
    o.uiScale = 1;
    o.iniPath = std::string{}; // keep no layout file
    o.ensembleRuns = 0;
    return o;
}

sf::Event mouseMove(float x, float y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {static_cast<int>(x), static_cast<int>(y)};
    return e;
}

sf::Event mouseButton(bool press, float x, float y) {
    sf::Event e;
    e.type = press ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
    e.mouseButton = {sf::Mouse::Left, static_cast<int>(x), static_cast<int>(y)};
    return e;
}

sf::Event key(sf::Keyboard::Key code, bool shift = false) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, shift, false};
    return e;
}

} // namespace

TEST_CASE("Viewer: dragging on the timeline scrubs the clock", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    auto& s = v.state();
    REQUIRE(s.scrubBarW > 100);
    const float y = s.scrubBarY + 0.5f * s.scrubBarH;
    const float x25 = s.scrubBarX + 0.25f * s.scrubBarW, x75 = s.scrubBarX + 0.75f * s.scrubBarW;
    v.handleEvent(mouseMove(x25, y));
    v.frame(1.f / 30);
    // Press and release inside one frame at 25%: the glue's latch must still let ImGui see the click.
    v.handleEvent(mouseButton(true, x25, y));
    v.handleEvent(mouseButton(false, x25, y));
    v.frame(1.f / 30);
    const double d = s.span.durationSeconds();
    CHECK(std::fabs((s.time - s.span.start) - 0.25 * d) < 0.02 * d);
    // A drag from 25% to 75%.
    v.handleEvent(mouseButton(true, x25, y));
    v.frame(1.f / 30);
    v.handleEvent(mouseMove(x75, y));
    v.frame(1.f / 30);
    v.handleEvent(mouseButton(false, x75, y));
    v.frame(1.f / 30);
    CHECK(std::fabs((s.time - s.span.start) - 0.75 * d) < 0.02 * d);
    CHECK_FALSE(s.playing);
}

TEST_CASE("Viewer: keyboard moves the clock", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    v.frame(1.f / 30);
    auto& s = v.state();
    v.handleEvent(key(sf::Keyboard::Home));
    v.frame(1.f / 30);
    CHECK(s.time == s.span.start);
    v.handleEvent(key(sf::Keyboard::Right));
    v.frame(1.f / 30);
    CHECK(s.time > s.span.start);
    v.handleEvent(key(sf::Keyboard::End));
    v.frame(1.f / 30);
    CHECK(s.time == s.span.end);
    v.handleEvent(key(sf::Keyboard::Right, true)); // next event: stays at the end
    v.handleEvent(key(sf::Keyboard::Left, true));  // previous event: before the end
    v.frame(1.f / 30);
    CHECK(s.time < s.span.end);
    v.handleEvent(key(sf::Keyboard::Space));
    v.frame(1.f / 30);
    CHECK(s.playing);
}

TEST_CASE("Viewer: a click on a munition selects it, a drag pans instead", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    s.showArticle = s.showInspector = false; // an unobstructed map
    v.frame(1.f / 30);
    const auto& tr = s.sim->tracks().front();
    s.time = tr.launchTime + 0.4 * (tr.endTime() - tr.launchTime);
    v.frame(1.f / 30);
    const auto st = s.sim->stateAt(0, s.time);
    REQUIRE(st.active);
    auto p = v.view().toScreen(st.pos);
    REQUIRE(p);
    v.handleEvent(mouseMove(p->x, p->y));
    v.frame(1.f / 30);
    v.handleEvent(mouseButton(true, p->x, p->y));
    v.handleEvent(mouseButton(false, p->x, p->y));
    v.frame(1.f / 30);
    REQUIRE(s.selection.kind == render::Selection::Kind::Track);
    // The selected munition is one drawn under the cursor (a salvo flies in close order).
    const auto sel = s.sim->stateAt(s.selection.index, s.time);
    auto q = v.view().toScreen(sel.pos);
    REQUIRE(q);
    CHECK(std::hypot(q->x - p->x, q->y - p->y) < 12);

    // A drag moves the map and keeps the selection.
    const auto before = v.view().centre();
    v.handleEvent(mouseButton(true, p->x, p->y));
    v.handleEvent(mouseMove(p->x + 80, p->y + 10));
    v.handleEvent(mouseButton(false, p->x + 80, p->y + 10));
    v.frame(1.f / 30);
    CHECK(v.view().centre().x != before.x);
    CHECK(s.selection.kind == render::Selection::Kind::Track);

    // Escape clears the selection.
    v.handleEvent(key(sf::Keyboard::Escape));
    v.frame(1.f / 30);
    CHECK(s.selection.empty());
}

TEST_CASE("Viewer: choosing another geocoder candidate adds an override and re-runs", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    v.frame(1.f / 30);
    const auto before = s.sim;
    s.setAssumption("munition.speed_mps", s.scenario.events.front().id, 300.0, "m/s", "test");
    v.frame(1.f / 30);
    CHECK(s.sim != before);
    CHECK(s.dirty);
    bool used = false;
    for (const auto& a : s.sim->assumptionsUsed())
        if (a.key == "munition.speed_mps" && a.value.is_number() && a.value.get<double>() == 300.0) used = true;
    CHECK(used);
}

TEST_CASE("Viewer: screenshot of the whole UI for inspection", "[display][.screenshots]") {
    SALVO_REQUIRE_DISPLAY();
    auto o = options();
    o.windowSize = {1600, 1000};
    o.ensembleRuns = 200;
    o.script.showAllPanels = std::getenv("SALVO_ALL_PANELS") != nullptr;
    ui::Viewer v(o);
    REQUIRE(v.open());
    auto& s = v.state();
    v.waitForEnsemble(60);
    const auto span = s.sim->timeSpan();
    s.time = span.start + 0.5 * span.durationSeconds();
    s.selection = {render::Selection::Kind::Track, s.sim->tracks()[0].id, 0};
    for (int i = 0; i < 3; ++i) v.frame(1.f / 30);
    const auto out = std::filesystem::path(std::getenv("SALVO_SHOT_DIR") ? std::getenv("SALVO_SHOT_DIR") : "/tmp");
    REQUIRE(render::savePngAtomic(v.screenshot(), out / "salvo-viewer.png"));
}
