#include "render/FrameRenderer.hpp"

#include "geodesy/Geodesic.hpp"
#include "render/Style.hpp"
#include "RouteColours.hpp"
#include "ScratchDir.hpp"
#include "ViewFixture.hpp"

#include <chrono>
#include <cstdlib>

using namespace salvo;

namespace {

using Scene = testing::SimulatedScene;

Scene caspian() { return testing::simulatedScene("caspian-2015.json"); }

// The same scene without its estimated launch point: the launch area is the whole Caspian Sea (600 km), whose radius
// reaches the Caucasus and Iran.
Scene wholeCaspian() {
    Scene s = caspian();
    std::erase_if(s.scn.assumptions, [](const scenario::Assumption& a) { return a.key == "launch.point"; });
    Diagnostics d;
    s.sim = sim::simulate(scenario::applyOverrides(s.scn), testing::worldAtlas(), testing::simOptions(), &d);
    return s;
}

render::RenderJob jobFor(const Scene& s, sf::Vector2u size = {1280, 800}) { return testing::renderJob(s, size); }

// The scene's launch area that is a sea, or null.
const sim::Area* seaLaunchArea(const Scene& s) {
    for (const auto& a : s.sim.launchAreas())
        if (a.precision == "sea") return &a;
    return nullptr;
}

// A job that shows the areas alone: no munitions, labels or graticule over them.
render::RenderJob areasJob(const Scene& s, bool shaders) {
    auto job = jobFor(s);
    job.useShaders = shaders;
    job.layers.scenario.munitions = false;
    job.layers.placeLabels = job.layers.seaLabels = job.layers.countryLabels = false;
    job.layers.scenario.labels = false;
    job.layers.base.graticule = false;
    return job;
}

bool near(sf::Color a, sf::Color b, int tol) {
    return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
}

// The first track in flight at t, or -1.
long inFlight(const sim::Simulation& sim, UtcTime t) {
    for (size_t i = 0; i < sim.tracks().size(); ++i)
        if (sim.stateAt(i, t).active) return static_cast<long>(i);
    return -1;
}

} // namespace

TEST_CASE("FrameRenderer: a munition in flight is drawn in its glyph colour at its projected position", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    REQUIRE_FALSE(s.sim.tracks().empty());
    const auto& tr = s.sim.tracks().front();
    const UtcTime t = tr.launchTime + 0.4 * (tr.endTime() - tr.launchTime);
    auto job = jobFor(s);
    job.layers.scenario.trails = true;
    auto h = render::HeadlessRenderer::create(job);
    REQUIRE(h);
    const sf::Image img = (*h)->render(t);
    if (std::getenv("SALVO_SHOT_DIR")) img.saveToFile(std::string(std::getenv("SALVO_SHOT_DIR")) + "/salvo-glyph.png");
    const auto st = s.sim.stateAt(0, t);
    REQUIRE(st.active);
    auto p = (*h)->view().toScreen(st.pos);
    REQUIRE(p);
    INFO("munition at " << p->x << ", " << p->y);
    REQUIRE(p->x > 2);
    REQUIRE(p->y > 2);
    const auto c = img.getPixel(static_cast<unsigned>(std::lround(p->x)), static_cast<unsigned>(std::lround(p->y)));
    INFO("pixel " << int(c.r) << "," << int(c.g) << "," << int(c.b));
    CHECK(near(c, render::style::kMunition, 40));
}

TEST_CASE("FrameRenderer: nothing is drawn for a munition before its launch", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    REQUIRE_FALSE(s.sim.tracks().empty());
    const auto& tr = s.sim.tracks().front();
    auto job = jobFor(s);
    auto h = render::HeadlessRenderer::create(job);
    REQUIRE(h);
    // A point 30% along the first route: at 40% of the flight a glyph is there (checked above); before launch the
    // same pixel must show no munition colour anywhere near it.
    const UtcTime before = tr.launchTime + -600.0;
    REQUIRE(s.sim.stateAt(0, before).phase == sim::MunitionState::NotLaunched);
    REQUIRE(inFlight(s.sim, before) < 0);
    const sf::Image img = (*h)->render(before);
    geodesy::GeodesicLine line(tr.route.front(), tr.route.back());
    const auto mid = (*h)->view().toScreen(line.position(0.4 * line.length()));
    REQUIRE(mid);
    int yellow = 0;
    for (int dy = -8; dy <= 8; ++dy)
        for (int dx = -8; dx <= 8; ++dx) {
            const auto c = img.getPixel(static_cast<unsigned>(mid->x + dx), static_cast<unsigned>(mid->y + dy));
            yellow += near(c, render::style::kMunition, 40);
        }
    CHECK(yellow == 0);
}

TEST_CASE("FrameRenderer: the sea launch area is hatched", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    const sim::Area* sea = seaLaunchArea(s);
    REQUIRE(sea);
    for (bool shaders : {true, false}) {
        SECTION(shaders ? "with the hatch shader" : "with the line-pattern fallback") {
            auto h = render::HeadlessRenderer::create(areasJob(s, shaders));
            REQUIRE(h);
            const sf::Image img = (*h)->render(s.sim.timeSpan().start + -60.0);
            // Walk a row through the area, 40% of the radius north of its centre (away from the nominal symbol and
            // routes): hatched means the colour alternates between stripe and background many times.
            const auto c = (*h)->view().toScreen(geodesy::direct(sea->centre, 0, 0.4 * sea->radiusMeters));
            const auto e = (*h)->view().toScreen(geodesy::direct(sea->centre, 0, 0));
            REQUIRE(c);
            REQUIRE(e);
            const auto edge = (*h)->view().toScreen(geodesy::direct(sea->centre, 90, 0.5 * sea->radiusMeters));
            REQUIRE(edge);
            const int half = static_cast<int>(std::fabs(edge->x - e->x));
            REQUIRE(half > 20);
            int transitions = 0;
            bool prev = false;
            for (int dx = -half; dx <= half; ++dx) {
                const auto px = img.getPixel(static_cast<unsigned>(c->x + dx), static_cast<unsigned>(c->y));
                const bool stripe = px.g > 90 && px.b > 90; // launch cyan stripe vs dark water
                if (dx > -half && stripe != prev) ++transitions;
                prev = stripe;
            }
            INFO("transitions over " << 2 * half << " px: " << transitions);
            CHECK(transitions >= 8);
        }
    }
}

TEST_CASE("FrameRenderer: a sea's area marks its water, not the land its radius reaches", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = wholeCaspian();
    const sim::Area* sea = seaLaunchArea(s);
    REQUIRE(sea);
    // Points within the radius that are land, with land 25 km around them (clear of the coast's pixels).
    const auto& atlas = testing::worldAtlas();
    const auto onLand = [&](LatLon p) { return atlas.countryAt(p).has_value(); };
    std::vector<LatLon> ashore;
    for (double az = 0; az < 360; az += 10)
        for (double f : {0.5, 0.7, 0.9}) {
            const LatLon p = geodesy::direct(sea->centre, az, f * sea->radiusMeters);
            bool clear = onLand(p);
            for (double around : {0.0, 90.0, 180.0, 270.0}) clear = clear && onLand(geodesy::direct(p, around, 25e3));
            if (clear) ashore.push_back(p);
        }
    INFO(ashore.size() << " land points inside the area");
    REQUIRE(ashore.size() >= 3);
    for (bool shaders : {true, false}) {
        auto job = areasJob(s, shaders);
        job.layers.scenario.routes = false;
        auto h = render::HeadlessRenderer::create(job);
        REQUIRE(h);
        const sf::Image img = (*h)->render(s.sim.timeSpan().start + -60.0);
        for (const LatLon& land : ashore) {
            const auto p = (*h)->view().toScreen(land);
            const auto margin = (*h)->view().toScreen(geodesy::direct(land, 90, 25e3));
            REQUIRE(p);
            REQUIRE(margin);
            REQUIRE(std::fabs(margin->x - p->x) > 6); // the 9-pixel window stays on land
            int stripes = 0;
            for (int dy = -4; dy <= 4; ++dy)
                for (int dx = -4; dx <= 4; ++dx) {
                    const auto c = img.getPixel(static_cast<unsigned>(p->x + dx), static_cast<unsigned>(p->y + dy));
                    stripes += c.g > c.r + 60 && c.b > c.r + 60; // the launch cyan, not a grey border
                }
            INFO((shaders ? "shader" : "fallback") << " at " << land.lat << ", " << land.lon);
            CHECK(stripes == 0);
        }
    }
}

TEST_CASE("FrameRenderer: sequences are written as numbered PNGs, atomically", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    auto job = jobFor(s, {320, 200});
    const testsupport::ScratchDir scratch("frames");
    const auto dir = scratch.path / "frames"; // a directory the sequence creates
    job.from = s.sim.timeSpan().start;
    job.to = s.sim.timeSpan().start + 2.0;
    job.fps = 1;
    job.out = dir;
    auto r = render::renderFrames(job);
    REQUIRE(r);
    REQUIRE(r->size() == 3);
    CHECK(r->back().filename() == "frame_0002.png");
    size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        ++files;
        CHECK(e.path().filename().string().front() != '.'); // no temporaries left
    }
    CHECK(files == 3);
    sf::Image img;
    REQUIRE(img.loadFromFile(r->front().string()));
    CHECK(img.getSize() == sf::Vector2u(320, 200));
    std::filesystem::remove_all(dir);

    SECTION("a sequence that would be too long is refused before writing") {
        job.to = s.sim.timeSpan().start + 1e6;
        job.fps = 30;
        job.out = dir;
        auto bad = render::renderFrames(job);
        CHECK_FALSE(bad);
        CHECK_FALSE(std::filesystem::exists(dir));
    }
}

TEST_CASE("FrameRenderer: screenshots of the sample scene for inspection", "[display][.screenshots]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    const auto span = s.sim.timeSpan();
    const auto out = std::filesystem::path(std::getenv("SALVO_SHOT_DIR") ? std::getenv("SALVO_SHOT_DIR") : "/tmp");
    auto ens = sim::runEnsemble(s.sim, 200, 7, 2);
    for (auto [name, frac, withEns, proj] : {std::tuple{"mid", 0.45, false, geodesy::ProjectionKind::AzimuthalEquidistant},
                                             std::tuple{"end", 1.01, true, geodesy::ProjectionKind::AzimuthalEquidistant},
                                             std::tuple{"merc", 0.6, true, geodesy::ProjectionKind::WebMercator}}) {
        auto job = jobFor(s);
        job.projection = proj;
        if (withEns) job.ensemble = &ens;
        if (std::string(name) == "end") job.selection = {render::Selection::Kind::Track, s.sim.tracks()[0].id, 0};
        job.at = span.start + frac * span.durationSeconds();
        job.out = out / (std::string("salvo-") + name + ".png");
        auto r = render::renderFrames(job);
        REQUIRE(r);
    }
    // World view.
    auto job = jobFor(s);
    job.fit = BBox{-60, -180, 80, 180};
    job.at = span.mid();
    job.out = out / "salvo-world.png";
    REQUIRE(render::renderFrames(job));
}

TEST_CASE("FrameRenderer: frame times", "[display][.bench]") {
    SALVO_REQUIRE_DISPLAY();
    const Scene s = caspian();
    render::FrameTimingJob fj;
    fj.scene = jobFor(s);
    fj.simOptions = testing::simOptions();
    auto r = render::measureFrameTimes(fj);
    REQUIRE(r);
    WARN("renderer " << r->glRenderer << ": scene " << r->sceneMedianMs << " ms (uncached " << r->sceneUncachedMedianMs << " ms), empty " << r->emptyMedianMs
                     << " ms, " << r->manyMunitions << " munitions " << r->manyMedianMs << " ms, first frame "
                     << r->firstFrameMs << " ms");
    CHECK(r->manyMunitions >= 900);
}

bool routeOrTrail(sf::Color c) { return testsupport::isRouteOrTrail(c.r, c.g, c.b); }

TEST_CASE("FrameRenderer: a route across the antimeridian is not drawn across the map", "[display][render]") {
    SALVO_REQUIRE_DISPLAY();
    // 60 N 170 E to 60 N 170 W: on a cylindrical map the route leaves at one edge and comes back at the other.
    const Scene s = testing::simulatedScene("antimeridian-2024.json");
    REQUIRE_FALSE(s.sim.tracks().empty());
    const geodesy::GeodesicLine line({60.0, 170.0}, {60.0, -170.0});
    const double seamLat = line.position(line.length() / 2).lat; // where the route crosses 180
    for (const auto kind : {geodesy::ProjectionKind::Equirectangular, geodesy::ProjectionKind::WebMercator}) {
        auto job = jobFor(s, {1000, 600});
        job.projection = kind;
        job.layers.scenario.trails = true;
        auto h = render::HeadlessRenderer::create(job);
        REQUIRE(h);
        const auto& tr = s.sim.tracks().front();
        const sf::Image img = (*h)->render(tr.launchTime + 0.7 * (tr.endTime() - tr.launchTime)); // past the seam
        if (std::getenv("SALVO_SHOT_DIR"))
            img.saveToFile(std::string(std::getenv("SALVO_SHOT_DIR")) + "/salvo-antimeridian-" +
                           std::string(geodesy::toString(kind)) + ".png");
        const auto seam = (*h)->view().toScreen(LatLon{seamLat, 179.9});
        REQUIRE(seam);
        // On the rows where the route crosses the seam, the middle of the map (far from both ends) has no route and
        // no trail of the munition that has just crossed it.
        int routePixels = 0, rows = 0;
        for (int dy = -3; dy <= 3; ++dy) {
            const long y = std::lround(seam->y) + dy;
            if (y < 0 || y >= 600) continue;
            ++rows;
            for (unsigned x = 250; x < 750; ++x)
                routePixels += routeOrTrail(img.getPixel(x, static_cast<unsigned>(y)));
        }
        INFO(geodesy::toString(kind) << ": seam row " << seam->y);
        CHECK(rows > 0);
        CHECK(routePixels == 0);
    }
}
