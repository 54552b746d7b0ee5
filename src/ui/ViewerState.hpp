#pragma once
// ViewerState: what the viewer's panels share — the scenario as loaded (with the analyst's overrides) and as applied,
// its simulation, ensemble and ledger, the clock (time, play direction, speed, loop), the selection, layer switches and
// which panels are open. Panels read and edit it; the Viewer acts on the requests they leave (re-run, fly to, open,
// save, screenshot) at the end of the frame. Owns no window and no GL state, so tests can build one without a display.
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "core/Time.hpp"
#include "geodesy/Projection.hpp"
#include "render/MapRenderer.hpp"
#include "render/Selection.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"
#include "ui/Layout.hpp"

#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salvo::ui {

// Turns a path (an article .txt or a scenario .json) into a scenario; supplied by app (extract and io live there).
using SceneLoader = std::function<Result<scenario::Scenario>(const std::filesystem::path&)>;

struct ViewerState {
    const atlas::Atlas* atlas = nullptr;
    std::filesystem::path dataDir;
    sim::SimOptions simOptions;
    SceneLoader loader;

    // [scene]
    scenario::Scenario scenario;                 // as loaded, plus overrides the analyst added
    scenario::Scenario applied;                  // overrides applied: what the simulation ran on
    std::shared_ptr<const sim::Simulation> sim;  // never null once a scene is loaded
    std::shared_ptr<const sim::Ensemble> ensemble;
    std::optional<sim::Ledger> ledger;
    Diagnostics simDiagnostics;                  // from the last run (overrides + simulate)
    Diagnostics uiDiagnostics;                   // load/save/screenshot failures
    std::filesystem::path scenarioPath;          // where Save writes; empty = ask
    bool dirty = false;                          // unsaved overrides or assumption edits
    int ensembleRuns = 300;                      // Monte Carlo runs; 0 = no ensemble
    uint64_t seed = 1;

    // [clock]
    UtcTime time;
    TimeInterval span;            // the simulation's span, padded a little on both sides
    bool playing = false;
    int direction = 1;            // +1 forward, -1 reverse
    double speed = 60;            // simulated seconds per real second; 1..3600
    bool loop = false;
    std::string localZone;        // IANA zone for local time (the target area's), empty = none

    // [selection and view]
    render::Selection selection;
    std::optional<LatLon> flyTo;  // panels ask the map to recentre here
    std::optional<BBox> fitTo;    // panels ask the map to fit this box
    render::LayerVisibility layers;
    geodesy::ProjectionKind projection = geodesy::ProjectionKind::AzimuthalEquidistant;
    bool projectionChanged = false;

    // [requests, handled by the Viewer at the end of the frame]
    bool rerunRequested = false;
    std::string rerunReason;      // what asked for it ("Override: p2 -> <the chosen candidate>"); the status says it once done
    std::optional<std::filesystem::path> openRequested;
    std::optional<std::filesystem::path> saveRequested;
    std::optional<std::filesystem::path> screenshotRequested;
    std::optional<std::filesystem::path> videoRequested; // File > Export video: the whole span as an MP4 here
    bool quitRequested = false;   // Ctrl+Q, File > Quit, the window's close button: asks first when `dirty`
    bool quitConfirmed = false;   // the viewer closes at the end of this frame
    bool showQuitConfirm = false; // the "unsaved changes" modal is up
    bool quitAfterSave = false;   // Save in that modal went through Save As: quit once the save succeeds

    // [panels]
    bool showTimeline = true, showArticle = true, showInspector = true, showLedger = false, showAssumptions = false,
         showLayers = false, showProblems = false, showAbout = false, showOpen = false;
    std::string status;           // one line in the menu bar
    PanelLayout layout;           // computed panel rectangles, and which panels the user placed
    float uiScale = 1;
    // Screen rectangle of the timeline's scrub bar (set by the panel each frame; tests aim at it).
    float scrubBarX = 0, scrubBarY = 0, scrubBarW = 0, scrubBarH = 0;

    // Re-applies overrides, re-simulates, rebuilds the ledger; keeps the time inside the new span.
    void rerun();
    // Replaces the scene (and resets the selection and clock).
    void setScenario(scenario::Scenario s, std::optional<sim::Simulation> prebuilt = std::nullopt);
    // Sentences the selected object came from (mentions, events, claims).
    std::vector<int> selectedSentences() const;
    // Selects what a place/claim/event id names and asks the map to fly there.
    void selectPlace(const std::string& placeId);
    void selectEvent(const std::string& eventId);
    // Adds or replaces an override (target, field) and requests a re-run.
    void setOverride(const std::string& target, const std::string& field, nlohmann::json value, const std::string& note);
    // Uses the place's geocoder candidate `index` instead (a "choice" override), re-runs, and flies the map there.
    void chooseCandidate(const std::string& placeId, size_t index);
    // Sets (adds or replaces) an assumption value for key/appliesTo and requests a re-run.
    void setAssumption(const std::string& key, const std::string& appliesTo, nlohmann::json value,
                       const std::string& unit, const std::string& source);
};

// Local time text for t in the IANA zone ("2015-10-07 06:14 +0330"); empty when the zone is unknown.
std::string formatLocal(UtcTime t, const std::string& zone);
// "2015-10-07 02:44:10 UTC"
std::string formatUtc(UtcTime t);

} // namespace salvo::ui
