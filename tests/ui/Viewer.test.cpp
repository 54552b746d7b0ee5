#include "ui/Viewer.hpp"

#include "ScratchDir.hpp"
#include "ViewerFixture.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace salvo;

using testing::options;
using testing::mouseMove;
using testing::mouseButton;
using testing::key;

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

namespace {

// Panels drawn, each inside the window and below the menu bar, no two overlapping.
void checkPanelsOnScreen(ui::Viewer& v, sf::Vector2u size) {
    const auto panels = v.panelsOnScreen();
    const float top = v.menuBarHeight();
    REQUIRE(top > 0);
    for (size_t i = 0; i < panels.size(); ++i) {
        const auto& r = panels[i].rect;
        INFO(ui::panelName(panels[i].panel) << " at " << r.x << "," << r.y << " " << r.w << "x" << r.h << " in "
                                            << size.x << "x" << size.y);
        CHECK(r.x >= 0);
        CHECK(r.y >= top - 0.5f);
        CHECK(r.right() <= static_cast<float>(size.x) + 0.5f);
        CHECK(r.bottom() <= static_cast<float>(size.y) + 0.5f);
        for (size_t j = i + 1; j < panels.size(); ++j) {
            INFO("and " << ui::panelName(panels[j].panel));
            CHECK_FALSE(ui::overlaps(r, panels[j].rect));
        }
    }
}

const ui::PanelRect* find(const std::vector<ui::Viewer::PanelOnScreen>& ps, ui::Panel p) {
    for (const auto& x : ps)
        if (x.panel == p) return &x.rect;
    return nullptr;
}

} // namespace

TEST_CASE("Viewer: after a resize to 1024x640, 1600x1000 or 1920x1080 every panel is inside and none overlaps",
          "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    const bool all = GENERATE(false, true);
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    if (all) s.showLedger = s.showAssumptions = s.showLayers = s.showProblems = true;
    v.frame(1.f / 30);
    for (const sf::Vector2u size : {sf::Vector2u{1024, 640}, sf::Vector2u{1920, 1080}, sf::Vector2u{1600, 1000}}) {
        INFO((all ? "every panel open" : "the panels open at start"));
        v.resizeWindow(size);
        v.frame(1.f / 30);
        v.frame(1.f / 30);
        const auto panels = v.panelsOnScreen();
        CHECK(panels.size() == (all ? ui::kPanelCount : 3u));
        checkPanelsOnScreen(v, size);
        // The Timeline's scrub bar (under its play buttons) is on screen.
        CHECK(s.scrubBarW > 100);
        CHECK(s.scrubBarY + s.scrubBarH <= static_cast<float>(size.y));
        // An empty Inspector is compact: a few lines, not a column.
        if (const auto* insp = find(panels, ui::Panel::Inspector)) {
            REQUIRE(s.selection.empty());
            CHECK(insp->h < 0.25f * static_cast<float>(size.y));
        }
    }
}

TEST_CASE("Viewer: a panel the user moved stays where it was put, inside the window, until Reset layout",
          "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    const auto startPanels = v.panelsOnScreen();
    const auto* before = find(startPanels, ui::Panel::Article);
    REQUIRE(before);
    const ui::PanelRect start = *before;
    // Drag the Article panel by its title bar, 300 px right and 120 px down.
    const float x = start.x + 60, y = start.y + 8;
    v.handleEvent(mouseMove(x, y));
    v.frame(1.f / 30);
    v.handleEvent(mouseButton(true, x, y));
    v.frame(1.f / 30);
    for (int i = 1; i <= 4; ++i) {
        v.handleEvent(mouseMove(x + 75.f * i, y + 30.f * i));
        v.frame(1.f / 30);
    }
    v.handleEvent(mouseButton(false, x + 300, y + 120));
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    CHECK(s.layout.userPlaced(ui::Panel::Article));
    const auto movedPanels = v.panelsOnScreen();
    const auto* moved = find(movedPanels, ui::Panel::Article);
    REQUIRE(moved);
    CHECK(moved->x == Approx(start.x + 300).margin(2));
    CHECK(moved->y == Approx(start.y + 120).margin(2));
    // The other panels still follow the window.
    CHECK_FALSE(s.layout.userPlaced(ui::Panel::Timeline));

    // A smaller window keeps the user's panel inside it.
    v.resizeWindow({1024, 640});
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    const auto smallPanels = v.panelsOnScreen();
    const auto* clamped = find(smallPanels, ui::Panel::Article);
    REQUIRE(clamped);
    CHECK(clamped->right() <= 1024.5f);
    CHECK(clamped->bottom() <= 640.5f);

    // View > Reset layout: back to the computed rectangle for this size, and nothing overlaps.
    s.layout.reset();
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    CHECK_FALSE(s.layout.userPlaced(ui::Panel::Article));
    const auto resetPanels = v.panelsOnScreen();
    const auto* reset = find(resetPanels, ui::Panel::Article);
    REQUIRE(reset);
    const auto& def = s.layout.defaults(ui::Panel::Article);
    CHECK(reset->x == Approx(def.x).margin(0.5));
    CHECK(reset->y == Approx(def.y).margin(0.5));
    CHECK(reset->w == Approx(def.w).margin(0.5));
    CHECK(reset->h == Approx(def.h).margin(0.5));
    checkPanelsOnScreen(v, {1024, 640});
}

TEST_CASE("Viewer: a saved layout with the Timeline below the screen opens with it inside the window",
          "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    const bool userPlaced = GENERATE(false, true);
    // false: a layout saved by an older Salvo (no [SalvoLayout] section), the one that was "restored forever".
    const testsupport::ScratchDir scratch("layout");
    const auto ini = scratch.path / "imgui.ini";
    {
        std::ofstream out(ini);
        out << "[Window][Timeline]\nPos=0,1900\nSize=2400,300\nCollapsed=0\n\n"
               "[Window][Article]\nPos=0,640\nSize=300,700\nCollapsed=0\n\n";
        if (userPlaced) out << "[SalvoLayout][Panels]\nUser=Timeline,Article\n\n";
    }
    auto o = options();
    o.windowSize = sf::Vector2u{1024, 640};
    o.iniPath = ini.string();
    {
        ui::Viewer v(o);
        REQUIRE(v.open());
        for (int i = 0; i < 3; ++i) v.frame(1.f / 30);
        CHECK(v.state().layout.userPlaced(ui::Panel::Timeline) == userPlaced);
        const auto panels = v.panelsOnScreen();
        const auto* tl = find(panels, ui::Panel::Timeline);
        REQUIRE(tl);
        CHECK(tl->bottom() <= 640.5f);
        CHECK(tl->right() <= 1024.5f);
        CHECK(v.state().scrubBarY + v.state().scrubBarH <= 640.f);
        const auto* art = find(panels, ui::Panel::Article);
        REQUIRE(art);
        CHECK(art->bottom() <= 640.5f);
        if (!userPlaced) checkPanelsOnScreen(v, {1024, 640});
    }
}

TEST_CASE("Viewer: a paused viewer draws no frames until something happens", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    // Let the start settle (first fit, owed frames, the window manager's and X's first events, which a loaded
    // machine delivers late): a full second of quiet turns.
    const auto settle = [&] {
        for (int quiet = 0, i = 0; quiet < 10 && i < 200; ++i) quiet = v.tick(0.1) ? 0 : quiet + 1;
    };
    settle();
    REQUIRE_FALSE(s.playing);
    // Counts the frames that forty untouched turns draw. A stream draws forty; quiet draws none, or the few late
    // frames a loaded machine owes for X events it delivers late (CI saw up to four), so a quarter is the bound.
    const auto drawnInFortyTurns = [&] {
        int drawn = 0;
        for (int i = 0; i < 40; ++i) drawn += v.tick(0.03) ? 1 : 0;
        return drawn;
    };
    const long settled = v.framesDrawn();
    CHECK(drawnInFortyTurns() <= 10);
    CHECK(v.framesDrawn() - settled <= 10);

    // Input draws (a couple of frames, then quiet again).
    v.handleEvent(mouseMove(600, 300));
    CHECK(v.tick(0.03));
    settle();
    const long afterInput = v.framesDrawn();
    CHECK(afterInput > settled);
    // A few frames, never a stream: ImGui's hover and the X events a loaded machine delivers late may add some.
    CHECK(afterInput <= settled + 30);
    CHECK(drawnInFortyTurns() <= 10);

    // Playing draws every turn.
    v.handleEvent(key(sf::Keyboard::Space));
    for (int i = 0; i < 5; ++i) CHECK(v.tick(0.03));
    CHECK(s.playing);
    v.handleEvent(key(sf::Keyboard::Space));
    settle();
    CHECK_FALSE(s.playing);
    const long paused = v.framesDrawn();
    CHECK(drawnInFortyTurns() <= 10);
    CHECK(v.framesDrawn() - paused <= 10);

    // A change a panel asks for (a re-run) draws without any input.
    s.setAssumption("munition.speed_mps", s.scenario.events.front().id, 300.0, "m/s", "test");
    CHECK(v.tick(0.03));
}

TEST_CASE("Viewer: choosing another geocoder candidate moves the target, re-runs and says so", "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    // The sample reads "Sinjar" as the Iraqi town; its second candidate is the Syrian Sinjar, 480 km west.
    auto o = options();
    o.scenario = testing::sampleScenario();
    ui::Viewer v(o);
    REQUIRE(v.open());
    auto& s = v.state();
    v.frame(1.f / 30);
    const scenario::Place* place = nullptr;
    for (const auto& p : s.scenario.places)
        if (p.name == "Sinjar" && p.candidates.size() > 1) place = &p;
    REQUIRE(place);
    const std::string id = place->id;
    const auto other = place->candidates[1];
    REQUIRE(std::fabs(other.pos.lon - s.applied.place(id)->pos.lon) > 1);
    s.selectPlace(id);
    v.frame(1.f / 30);
    const auto simBefore = s.sim;
    // What the Inspector's radio button does.
    s.chooseCandidate(id, 1);
    CHECK(s.status.find("re-running") != std::string::npos);
    CHECK(v.tick(0.05));
    CHECK(s.sim != simBefore);
    CHECK_FALSE(s.rerunRequested);
    CHECK(s.status.find("re-running") == std::string::npos);
    CHECK(s.status.find("re-ran") != std::string::npos);
    const auto* after = s.applied.place(id);
    REQUIRE(after);
    CHECK(after->pos.lat == other.pos.lat);
    CHECK(after->pos.lon == other.pos.lon);
    // The map recentres on where the place now is; the selection still names it (the Inspector shows it).
    CHECK(s.selection.id == id);
    const auto at = v.view().toScreen(other.pos);
    REQUIRE(at);
    CHECK(at->x == Approx(0.5f * 1280).margin(2));
    CHECK(at->y == Approx(0.5f * 800).margin(2));
}

TEST_CASE("Viewer: Ctrl+Q quits a saved scenario at once and asks first when there are unsaved changes",
          "[display][ui]") {
    SALVO_REQUIRE_DISPLAY();
    {
        ui::Viewer v(options());
        REQUIRE(v.open());
        v.frame(1.f / 30);
        v.handleEvent(key(sf::Keyboard::Q, false, true));
        v.frame(1.f / 30);
        CHECK_FALSE(v.isOpen());
    }
    ui::Viewer v(options());
    REQUIRE(v.open());
    auto& s = v.state();
    v.frame(1.f / 30);
    s.setAssumption("munition.speed_mps", s.scenario.events.front().id, 300.0, "m/s", "test");
    v.frame(1.f / 30);
    REQUIRE(s.dirty);
    v.handleEvent(key(sf::Keyboard::Q, false, true));
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    CHECK(v.isOpen());
    CHECK(s.showQuitConfirm);
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel));
    // Escape in the modal cancels: still open, still modified.
    v.handleEvent(key(sf::Keyboard::Escape));
    v.frame(1.f / 30);
    v.frame(1.f / 30);
    CHECK(v.isOpen());
    CHECK_FALSE(s.showQuitConfirm);
    CHECK(s.dirty);
}

TEST_CASE("Viewer: screenshots of the layout at three sizes, an override and the quit dialog", "[display][.screenshots]") {
    SALVO_REQUIRE_DISPLAY();
    const auto out = std::filesystem::path(std::getenv("SALVO_SHOT_DIR") ? std::getenv("SALVO_SHOT_DIR") : "/tmp");
    auto o = options();
    o.scenario = testing::sampleScenario();
    o.windowSize = sf::Vector2u{1600, 1000};
    ui::Viewer v(o);
    REQUIRE(v.open());
    auto& s = v.state();
    const auto shot = [&](const std::string& name) {
        for (int i = 0; i < 3; ++i) v.frame(1.f / 30);
        REQUIRE(render::savePngAtomic(v.screenshot(), out / name));
    };
    for (const sf::Vector2u size : {sf::Vector2u{1024, 640}, sf::Vector2u{1600, 1000}, sf::Vector2u{1920, 1080}}) {
        const std::string tag = std::to_string(size.x) + "x" + std::to_string(size.y);
        v.resizeWindow(size);
        s.showLedger = s.showAssumptions = s.showLayers = s.showProblems = s.showAbout = false;
        s.selection = {};
        shot("salvo-default-" + tag + ".png");
        s.showLedger = s.showAssumptions = s.showLayers = s.showProblems = true;
        s.selection = {render::Selection::Kind::Track, s.sim->tracks()[0].id, 0};
        shot("salvo-all-" + tag + ".png");
    }
    v.resizeWindow({1024, 640});
    s.showLedger = s.showAssumptions = s.showLayers = s.showProblems = false;
    s.showAbout = true;
    shot("salvo-about-1024x640.png");
    s.showAbout = false;
    v.resizeWindow({1600, 1000});
    for (const auto& p : s.scenario.places)
        if (p.name == "Sinjar") s.selectPlace(p.id);
    shot("salvo-place-before.png");
    s.chooseCandidate(s.selection.id, 1);
    shot("salvo-place-after.png");
    v.handleEvent(testing::key(sf::Keyboard::Q, false, true));
    shot("salvo-quit.png");
}

TEST_CASE("Viewer: File > Export video writes the whole span as an MP4 and the window keeps drawing",
          "[display][ui][video]") {
    SALVO_REQUIRE_DISPLAY();
    ui::Viewer v(options());
    REQUIRE(v.open());
    v.frame(1.f / 30);
    auto& s = v.state();
    const testsupport::ScratchDir dir("viewer-video");
    const auto out = dir.path / "export.mp4";
    s.videoRequested = out; // what the menu item leaves
    v.frame(1.f / 30);
    INFO("status: " << s.status);
    CHECK_FALSE(s.videoRequested);
    REQUIRE(std::filesystem::exists(out));
    CHECK(std::filesystem::file_size(out) > 1000);
    CHECK(s.status.find("250 frames") != std::string::npos);
    CHECK(dir.names().size() == 1); // no temporary left beside it
    // The window's own context is current again: the next frames draw as before.
    const auto before = v.framesDrawn();
    v.frame(1.f / 30);
    CHECK(v.framesDrawn() == before + 1);
}
