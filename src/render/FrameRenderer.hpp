#pragma once
// FrameRenderer: headless frames of the map through sf::RenderTexture with the same MapRenderer the viewer uses —
// one frame at a time instant, or a sequence T0..T1 at F frames per second written as frame_0000.png, ... Every PNG
// is written atomically (temporary sibling, then rename). Also the frame-time benchmark behind `salvo bench`.
// Needs an X display (Xvfb is fine): every entry point returns an error when DISPLAY is unset instead of letting
// SFML abort.
//   render::RenderJob job;  job.dataDir = dir;  job.atlas = &atlas;  job.scenario = &scn;  job.simulation = &sim;
//   job.at = t;  job.out = "frame.png";  auto r = render::renderFrames(job);   // Result<std::vector<path>>
#include "atlas/Atlas.hpp"
#include "geodesy/Projection.hpp"
#include "render/MapRenderer.hpp"
#include "render/MapView.hpp"
#include "render/Resources.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salvo::render {

struct RenderJob {
    std::filesystem::path dataDir;                 // holds assets/fonts and shaders/
    const atlas::Atlas* atlas = nullptr;           // required
    const scenario::Scenario* scenario = nullptr;  // may be null (basemap only)
    const sim::Simulation* simulation = nullptr;   // may be null (basemap only)
    const sim::Ensemble* ensemble = nullptr;       // corridors and crash zones; optional
    sf::Vector2u size{1280, 800};                  // pixels; 16..8192 each
    std::optional<UtcTime> at;                     // one frame at this instant (out = a .png file) ...
    std::optional<UtcTime> from, to;               // ... or a sequence (out = a directory, created if missing)
    double fps = 10;                               // frames per second of simulated time for a sequence; > 0
    std::filesystem::path out;
    geodesy::ProjectionKind projection = geodesy::ProjectionKind::AzimuthalEquidistant;
    std::optional<BBox> fit;                       // area to show; default: the scenario's extent
    LayerVisibility layers = defaultHeadlessLayers();
    Selection selection;
    float scale = 1;                               // symbol and text scale; 0.5..4
    bool useShaders = true;                        // false forces the vertex-colour fallback
    size_t maxFrames = 20000;                      // a sequence longer than this is refused
    const std::atomic<bool>* cancel = nullptr;     // set (by a signal handler): stop before the next frame
    std::function<void(size_t done, size_t total)> progress; // optional: told after each frame of a sequence

    static LayerVisibility defaultHeadlessLayers() {
        LayerVisibility l;
        l.clock = true;
        return l;
    }
};

// The instants of the job's frames: {at}, or from, from + 1/fps, ... up to `to`. Refuses a sequence whose end precedes
// its start, a bad fps, or one longer than maxFrames.
Result<std::vector<UtcTime>> frameTimes(const RenderJob& job);

// Renders and writes the job's frames; returns the paths written, in order. Cancelled midway, it returns the error
// "interrupted after K of N frames" (where = the directory): the K frames written stay, each complete.
Result<std::vector<std::filesystem::path>> renderFrames(const RenderJob& job);

// A reusable headless renderer (tests and the benchmark use it to get frames as images without files).
class HeadlessRenderer {
public:
    static Result<std::unique_ptr<HeadlessRenderer>> create(const RenderJob& job);
    sf::Image render(UtcTime t);           // draws and reads back (alpha forced to 255)
    void drawOnly(UtcTime t);              // draws and waits for the GPU (glFinish), no read-back
    MapView& view() { return m_view; }
    MapRenderer& renderer() { return *m_renderer; }
    const Resources& resources() const { return *m_res; }
    bool hasStencil() const { return m_stencil; }
    RenderJob& job() { return m_job; }

private:
    HeadlessRenderer(RenderJob job, std::shared_ptr<Resources> res, MapView view);
    RenderJob m_job;
    std::shared_ptr<Resources> m_res;
    MapView m_view;
    std::unique_ptr<MapRenderer> m_renderer;
    sf::RenderTexture m_rt;
    bool m_stencil = false;
};

// A MapView for a scene: aeqd centred on the scene's extent (or the given box), fitted with a margin.
Result<MapView> viewForScene(const BBox& extent, sf::Vector2u size, geodesy::ProjectionKind kind);

// Writes an image as PNG atomically (temporary sibling ending in .png, then rename). Alpha is forced to 255.
Result<std::filesystem::path> savePngAtomic(sf::Image image, const std::filesystem::path& path);

struct FrameTiming {
    sf::Vector2u size{1280, 800};
    int frames = 0;                 // frames measured per case
    double sceneMedianMs = 0;       // full sample scene at mid-flight, steady view (static layers cached)
    double sceneUncachedMedianMs = 0; // the same with every layer redrawn each frame (what panning/zooming costs)
    double emptyMedianMs = 0;       // clear + present only: the baseline
    double manyMedianMs = 0;        // the scene with manyMunitions in flight
    int manyMunitions = 0;          // munitions actually in flight in that case
    double firstFrameMs = 0;        // resources + projection + first scene frame, from a cold renderer
    std::string glRenderer;         // GL_RENDERER ("llvmpipe (LLVM 15.0.6, 256 bits)")
};

struct FrameTimingJob {
    RenderJob scene;                // scene.size, dataDir, atlas, scenario, simulation
    sim::SimOptions simOptions;     // used to simulate the many-munition variant
    int manyMunitions = 1000;       // munitions in flight for the stress case
    int frames = 40;                // per case
};

// Medians over `frames` frames each (with glFinish so the GPU work is counted).
Result<FrameTiming> measureFrameTimes(const FrameTimingJob& job);

} // namespace salvo::render
