// Edge cases: SFML aborts without an X display, so every entry checks displayAvailable() first; sf::Image::saveToFile
// picks the format from the extension, so the temporary name ends in ".png"; a sequence whose end precedes its start
// or that would exceed maxFrames is refused before anything is written.
#include "render/FrameRenderer.hpp"

#include "render/Style.hpp"

#include <SFML/OpenGL.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <system_error>
#include <sys/stat.h>
#include <unistd.h>

namespace salvo::render {

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

Diagnostic noDisplay() {
    return makeError("render.no_display",
                     "no X display (DISPLAY is unset): run under xvfb-run, e.g. xvfb-run -a salvo render ...");
}

} // namespace

Result<MapView> viewForScene(const BBox& extent, sf::Vector2u size, geodesy::ProjectionKind kind) {
    LatLon centre{30, 40};
    if (!extent.empty()) centre = {0.5 * (extent.minLat + extent.maxLat), 0.5 * (extent.minLon + extent.maxLon)};
    auto proj = geodesy::Projection::create(kind, centre);
    if (!proj) return proj.error();
    MapView view(*proj, size);
    if (!extent.empty()) view.fit(extent, 60);
    else view.setMetersPerPixel(20000);
    return view;
}

Result<std::filesystem::path> savePngAtomic(sf::Image image, const std::filesystem::path& path) {
    // Opaque output whatever blending left in the alpha channel.
    const auto sz = image.getSize();
    for (unsigned y = 0; y < sz.y; ++y)
        for (unsigned x = 0; x < sz.x; ++x) {
            sf::Color c = image.getPixel(x, y);
            if (c.a != 255) { c.a = 255; image.setPixel(x, y, c); }
        }
    // Renaming over a device node or a FIFO would replace it with a plain file (it replaced /dev/full, run as root).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return makeError("render.png",
                         path.string() +
                             ": not a regular file (a directory, device, FIFO or socket); a PNG needs a file name",
                         path.string());
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const auto tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + ".png");
    if (!image.saveToFile(tmp.string())) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return makeError("render.png", "cannot write PNG (directory missing or not writable)", path.string());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return makeError("render.png", "cannot move the PNG into place: " + ec.message(), path.string());
    }
    return path;
}

HeadlessRenderer::HeadlessRenderer(RenderJob job, std::shared_ptr<Resources> res, MapView view)
    : m_job(std::move(job)), m_res(std::move(res)), m_view(std::move(view)) {}

Result<std::unique_ptr<HeadlessRenderer>> HeadlessRenderer::create(const RenderJob& job) {
    if (!displayAvailable()) return noDisplay();
    assert(job.atlas && "RenderJob::atlas is required (load it with io::loadAtlas)");
    if (job.size.x < 16 || job.size.y < 16 || job.size.x > 8192 || job.size.y > 8192)
        return makeError("render.size", "frame size must be 16..8192 pixels each way", "--size");
    auto res = Resources::load(job.dataDir, job.useShaders);
    if (!res) return res.error();
    BBox extent = job.fit ? *job.fit : BBox{};
    if (!job.fit) extent = sceneBounds(job.simulation, job.scenario);
    auto view = viewForScene(extent, job.size, job.projection);
    if (!view) return view.error();
    std::unique_ptr<HeadlessRenderer> h(new HeadlessRenderer(job, std::move(*res), std::move(*view)));
    if (!h->m_rt.create(job.size.x, job.size.y, sf::ContextSettings(24, 8)))
        return makeError("render.texture", "cannot create an off-screen render texture of that size", "--size");
    h->m_rt.setActive(true);
    GLint bits = 0;
    glGetIntegerv(GL_STENCIL_BITS, &bits);
    h->m_stencil = bits > 0;
    h->m_renderer = std::make_unique<MapRenderer>(*job.atlas, *h->m_res);
    h->m_renderer->setScene(job.scenario, job.simulation, job.ensemble);
    return h;
}

void HeadlessRenderer::drawOnly(UtcTime t) {
    FrameInfo info;
    info.time = t;
    info.selection = m_job.selection;
    info.scale = m_job.scale;
    info.hasStencil = m_stencil;
    m_renderer->draw(m_rt, m_view, info, m_job.layers);
    m_rt.display();
    m_rt.setActive(true);
    glFinish();
}

sf::Image HeadlessRenderer::render(UtcTime t) {
    drawOnly(t);
    sf::Image img = m_rt.getTexture().copyToImage();
    return img;
}

Result<std::vector<UtcTime>> frameTimes(const RenderJob& job) {
    std::vector<UtcTime> times;
    if (job.at) {
        times.push_back(*job.at);
        return times;
    }
    if (!job.from || !job.to) return makeError("render.times", "give --at TIME, or --from T0 --to T1 --fps F", "--at");
    if (!(job.fps > 0) || !std::isfinite(job.fps)) return makeError("render.fps", "--fps must be > 0", "--fps");
    if (*job.to < *job.from) return makeError("render.times", "--to is before --from", "--to");
    const double n = std::floor((*job.to - *job.from) * job.fps) + 1;
    if (n > static_cast<double>(job.maxFrames))
        return makeError("render.frames",
                         "that is " + std::to_string(static_cast<long long>(n)) + " frames; lower --fps or the span",
                         "--fps");
    for (long long i = 0; i < static_cast<long long>(n); ++i) times.push_back(*job.from + i / job.fps);
    return times;
}

Result<std::vector<std::filesystem::path>> renderFrames(const RenderJob& job) {
    if (!displayAvailable()) return noDisplay();
    auto timesOr = frameTimes(job);
    if (!timesOr) return timesOr.error();
    const std::vector<UtcTime>& times = *timesOr;
    std::filesystem::path dir;
    if (!job.at) {
        dir = job.out.empty() ? std::filesystem::path(".") : job.out;
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec) return makeError("render.out", "cannot create the output directory: " + ec.message(), dir.string());
    } else if (job.out.empty()) {
        return makeError("render.out", "give --out FILE.png", "--out");
    }
    auto h = HeadlessRenderer::create(job);
    if (!h) return h.error();
    std::vector<std::filesystem::path> written;
    for (size_t i = 0; i < times.size(); ++i) {
        if (job.cancel && job.cancel->load())
            return makeError("render.interrupted",
                             "interrupted after " + std::to_string(i) + " of " + std::to_string(times.size()) +
                                 " frames" + (i == 0 ? std::string("; nothing written")
                                                     : "; " + written.front().filename().string() + " to " +
                                                           written.back().filename().string() + " are complete"),
                             job.at ? job.out.string() : dir.string());
        std::filesystem::path path = job.out;
        if (!job.at) {
            char name[32];
            std::snprintf(name, sizeof name, "frame_%04zu.png", i);
            path = dir / name;
        }
        auto r = savePngAtomic((*h)->render(times[i]), path);
        if (!r) return r.error();
        written.push_back(*r);
        if (job.progress) job.progress(i + 1, times.size());
    }
    return written;
}

Result<FrameTiming> measureFrameTimes(const FrameTimingJob& job) {
    if (!displayAvailable()) return noDisplay();
    using clock = std::chrono::steady_clock;
    const auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    FrameTiming out;
    out.size = job.scene.size;
    out.frames = job.frames;
    const UtcTime mid = job.scene.simulation ? job.scene.simulation->timeSpan().mid() : UtcTime{};

    const auto t0 = clock::now();
    auto h = HeadlessRenderer::create(job.scene);
    if (!h) return h.error();
    (*h)->drawOnly(mid);
    out.firstFrameMs = ms(clock::now() - t0);
    if (const auto* s = reinterpret_cast<const char*>(glGetString(GL_RENDERER))) out.glRenderer = s;

    const auto timeFrames = [&](auto&& frame) {
        std::vector<double> v;
        for (int i = 0; i < 3; ++i) frame(); // warm-up: caches, glyph atlases
        for (int i = 0; i < job.frames; ++i) {
            const auto a = clock::now();
            frame();
            v.push_back(ms(clock::now() - a));
        }
        return median(v);
    };
    out.sceneMedianMs = timeFrames([&] { (*h)->drawOnly(mid); });
    (*h)->renderer().setStaticCache(false);
    out.sceneUncachedMedianMs = timeFrames([&] { (*h)->drawOnly(mid); });
    (*h)->renderer().setStaticCache(true);

    // Empty frame: the same render texture, cleared and presented only.
    sf::RenderTexture empty;
    if (!empty.create(job.scene.size.x, job.scene.size.y, sf::ContextSettings(24, 8)))
        return makeError("render.texture", "cannot create an off-screen render texture", "bench");
    out.emptyMedianMs = timeFrames([&] {
        empty.clear(style::kWater);
        empty.display();
        empty.setActive(true);
        glFinish();
    });

    // Many munitions: the scene's first counted launch event made into a salvo of job.manyMunitions at 1 s
    // intervals, drawn one second after the last launch (every munition still in flight).
    if (job.scene.scenario && job.scene.atlas && job.manyMunitions > 0) {
        scenario::Scenario many = *job.scene.scenario;
        std::string eventId;
        for (auto& e : many.events)
            if (e.kind == "launch" && e.from && !e.to.empty()) { e.count = job.manyMunitions; eventId = e.id; break; }
        if (!eventId.empty()) {
            std::erase_if(many.assumptions, [](const scenario::Assumption& a) { return a.key == "launch.interval_s"; });
            many.assumptions.push_back({"launch.interval_s", 1.0, "s", 0.1, 60.0, "benchmark: a dense salvo", eventId});
            sim::SimOptions opt = job.simOptions;
            opt.defaultLaunchIntervalSeconds = 1;
            opt.admin1Overflight = false;
            const sim::Simulation manySim = sim::simulate(many, *job.scene.atlas, opt);
            UtcTime last{0};
            for (const auto& tr : manySim.tracks()) last = std::max(last, tr.launchTime);
            const UtcTime t = last + 1.0;
            for (size_t i = 0; i < manySim.tracks().size(); ++i) out.manyMunitions += manySim.stateAt(i, t).active;
            RenderJob mj = job.scene;
            mj.scenario = &many;
            mj.simulation = &manySim;
            mj.ensemble = nullptr;
            auto hm = HeadlessRenderer::create(mj);
            if (!hm) return hm.error();
            out.manyMedianMs = timeFrames([&] { (*hm)->drawOnly(t); });
        }
    }
    return out;
}

} // namespace salvo::render
