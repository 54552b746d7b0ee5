#pragma once
// Viewer: the interactive map window — SFML window, our ImGui glue, the MapRenderer shared with headless rendering,
// and the panels (one file each). runViewer() is what `salvo view` calls; the Viewer class exposes one frame at a
// time and takes sf::Events directly, so tests drive it with synthetic input under Xvfb. Nothing is redrawn while
// nothing changes: run() waits on input between frames unless playing, re-running or waiting for the ensemble.
// Needs an X display: open()/runViewer() refuse (error / exit 1) when DISPLAY is unset instead of letting SFML abort.
//   ui::ViewerOptions opt;  opt.dataDir = dir;  opt.atlas = &atlas;  opt.scenario = scn;  opt.simOptions = simOpt;
//   return ui::runViewer(opt);
#include "atlas/Atlas.hpp"
#include "render/FrameRenderer.hpp"
#include "render/MapView.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"
#include "ui/ViewerState.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Window/Event.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salvo::ui {

// Runs a fixed number of frames then exits (tests, smoke runs, `salvo view --frames N --screenshot F`).
struct ViewerScript {
    int frames = 0;                          // > 0: exit after this many frames; 0: interactive
    std::filesystem::path screenshot;        // written (PNG, atomically) after the last scripted frame
    std::optional<UtcTime> at;               // start the clock here
    bool play = false;                       // start playing
    bool showAllPanels = false;              // open every panel (screenshots of the whole UI)
};

struct ViewerOptions {
    std::filesystem::path dataDir;                 // assets/fonts, shaders
    const atlas::Atlas* atlas = nullptr;           // required; must outlive the viewer
    std::optional<scenario::Scenario> scenario;    // the scene to show (none: an empty map until File > Open)
    std::optional<sim::Simulation> simulation;     // already simulated from `scenario`; else simulated here
    sim::SimOptions simOptions;                    // for re-runs (catalogue!)
    SceneLoader loader;                            // File > Open: article (.txt) or scenario (.json); null disables
    std::filesystem::path scenarioPath;            // where Ctrl+S saves (empty: Save As)
    std::optional<sf::Vector2u> windowSize;        // pixels; default: the desktop less room for a title bar and panel
    std::optional<float> uiScale;                  // default: detectUiScale()
    std::optional<std::string> iniPath;            // layout file; default defaultIniPath(); "" keeps none
    int ensembleRuns = 300;                        // Monte Carlo runs in the background; 0 = none
    uint64_t seed = 1;
    bool useShaders = true;
    ViewerScript script;
};

class Viewer {
public:
    explicit Viewer(ViewerOptions options);
    ~Viewer();
    Viewer(const Viewer&) = delete;
    Viewer& operator=(const Viewer&) = delete;

    // Creates the window and GL resources. Error without a display or without the font.
    Result<bool> open();
    bool isOpen() const;
    void handleEvent(const sf::Event& e);
    void pollEvents();                 // drains the window's real events into handleEvent
    void frame(float dtSeconds);       // advances the clock, draws panels and map, presents
    // One turn of the interactive loop: waits up to maxWaitSeconds for something to show (input, playback, a re-run,
    // the background ensemble landing) and draws a frame only then. True when it drew. A paused, untouched viewer
    // draws nothing and sleeps between polls (10 ms), so it costs next to no CPU.
    bool tick(double maxWaitSeconds);
    int run();                         // the interactive loop (or the script)
    long framesDrawn() const;          // frames presented since open()
    // The panels drawn in the last frame with their screen rectangles (tests check the layout with these).
    struct PanelOnScreen {
        Panel panel;
        PanelRect rect;
    };
    std::vector<PanelOnScreen> panelsOnScreen() const;
    float menuBarHeight() const;       // pixels
    // Resizes the window as a user would and handles the resulting Resized event (tests).
    void resizeWindow(sf::Vector2u size);

    ViewerState& state();
    render::MapView& view();
    render::MapRenderer& renderer();
    sf::Image screenshot();            // the window as last presented
    bool waitForEnsemble(double timeoutSeconds); // tests: block until the background ensemble is in

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

// The window size when none is asked for: the desktop less room for a title bar and a panel, so it opens on screen.
sf::Vector2u defaultWindowSize(sf::Vector2u desktop);

// The entry point for `salvo view`. Returns 0 on a normal close, 1 when the viewer cannot start (message on stderr).
int runViewer(const ViewerOptions& options);

} // namespace salvo::ui
