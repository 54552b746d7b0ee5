#include "ui/Layout.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace salvo;
using ui::Panel;

namespace {

// Every pair of laid-out panels, and each against the window: inside, below the menu bar, no overlap.
void checkLayout(const ui::LayoutInput& in) {
    const auto rects = ui::defaultLayout(in);
    for (size_t i = 0; i < ui::kPanelCount; ++i) {
        const auto& r = rects[i];
        INFO(ui::panelName(static_cast<Panel>(i)) << " at " << r.x << "," << r.y << " " << r.w << "x" << r.h);
        if (!in.open[i]) {
            CHECK(r.w == 0);
            continue;
        }
        CHECK(r.w >= 150);
        CHECK(r.h >= 60);
        CHECK(r.x >= 0);
        CHECK(r.y >= in.top);
        CHECK(r.right() <= in.width);
        CHECK(r.bottom() <= in.height);
        for (size_t j = i + 1; j < ui::kPanelCount; ++j) {
            INFO("and " << ui::panelName(static_cast<Panel>(j)));
            CHECK_FALSE(ui::overlaps(r, rects[j]));
        }
    }
}

} // namespace

TEST_CASE("Layout: at 1024x640, 1600x1000 and 1920x1080 the panels fit the window and none covers another", "[ui]") {
    const auto [w, h] = GENERATE(std::pair{1024.f, 640.f}, std::pair{1600.f, 1000.f}, std::pair{1920.f, 1080.f});
    INFO("window " << w << "x" << h);
    ui::LayoutInput in;
    in.width = w;
    in.height = h;
    in.top = 21;
    SECTION("the panels open at start, nothing selected (a compact Inspector)") {
        in.open = {true, true, true, false, false, false, false};
        in.compactInspectorHeight = [](float) { return 80.f; };
        checkLayout(in);
        const auto r = ui::defaultLayout(in);
        CHECK(r[static_cast<size_t>(Panel::Inspector)].h == 80);
        // The Timeline spans the window's bottom edge, where its play buttons are.
        CHECK(r[static_cast<size_t>(Panel::Timeline)].bottom() == h);
        CHECK(r[static_cast<size_t>(Panel::Timeline)].w == w);
    }
    SECTION("every panel open, something selected") {
        in.open.fill(true);
        checkLayout(in);
    }
    SECTION("every panel open at UI scale 1.5") {
        in.open.fill(true);
        in.scale = 1.5f;
        in.top = 32;
        checkLayout(in);
    }
}

TEST_CASE("Layout: a rectangle saved for a larger screen is moved and shrunk into the window", "[ui]") {
    // Regression: a Timeline saved at y=980 on a 1000-line screen opened below the edge of a 640-line one.
    const ui::PanelRect saved{0, 980, 1600, 160};
    const auto r = ui::clampRect(saved, 1024, 640, 21);
    CHECK(r.w == 1024);
    CHECK(r.h == 160);
    CHECK(r.y == 640 - 160);
    CHECK(r.x == 0);
    const auto tall = ui::clampRect({-50, 0, 300, 2000}, 1024, 640, 21);
    CHECK(tall.x == 0);
    CHECK(tall.y == 21);
    CHECK(tall.bottom() == 640);
}

TEST_CASE("Layout: the panels the user placed are written to and read from one ini line", "[ui]") {
    ui::PanelLayout a;
    a.readIniLine("User=Article,Problems,NoSuchPanel");
    CHECK(a.userPlaced(Panel::Article));
    CHECK(a.userPlaced(Panel::Problems));
    CHECK_FALSE(a.userPlaced(Panel::Timeline));
    CHECK(a.iniLine() == "User=Article,Problems");
    ui::PanelLayout b;
    b.readIniLine(a.iniLine().c_str());
    CHECK(b.iniLine() == a.iniLine());
    b.reset();
    CHECK(b.iniLine() == "User=");
}
