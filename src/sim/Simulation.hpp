#pragma once
// Simulation: a Scenario turned into munition flights on the WGS84 ellipsoid. Each munition follows a route (geodesic
// legs through optional waypoints, or the shortest route through permitted airspace), leaves at a launch time, flies at
// a constant mean ground speed with an altitude profile, and ends Reached, Crashed (at a distance along its route) or
// Unknown. stateAt(track, t) is exact at any instant: the position is the geodesic point at the distance flown by t,
// taken from a per-leg GeodesicLine set up once (not interpolated between stored samples).
// Ensemble: the same scenario re-run over its uncertain inputs (launch point in its area, launch time in its interval,
// speed in its range, target point in its area, crash point in its stretch) — corridors, arrival spreads, crash zones.
// Ledger: every claim per event and quantity side by side, with derived checks (launched − crashed ⇒ at most arrived).
//
//   auto catalogue = salvo::io::loadCatalogue(dataDir);                 // io/Catalogue.hpp; throws salvo::Error
//   salvo::sim::SimOptions opt; opt.catalogue = catalogue;
//   salvo::Diagnostics diags;
//   auto sim = salvo::sim::simulate(scenario, atlas, opt, &diags);
//   auto s = sim.stateAt(0, sim.timeSpan().mid());                       // s.pos, s.altitudeMeters, s.phase
//   auto ens = salvo::sim::runEnsemble(sim, 1000, /*seed*/ 42, /*threads*/ 2);
//   std::cout << salvo::sim::formatLedger(salvo::sim::buildLedger(scenario, sim), salvo::sim::LedgerFormat::Text);
//
// Accuracy: geodesic positions to nanometres (Karney); border crossings to SimOptions::crossingToleranceMeters; the
// kinematic model (constant mean speed, piecewise altitude) is a stated assumption, not a flight model.
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"
#include "core/Time.hpp"
#include "geodesy/Geodesic.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Munitions.hpp"
#include "sim/Outcomes.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salvo::sim {

// [SECTION] Options

struct SimOptions {
    std::shared_ptr<const Catalogue> catalogue; // = null // munition types; without one only a munition.speed_mps
                                                //   assumption can give a speed (events without a speed are skipped
                                                //   with an error diagnostic)
    double crossingStepMeters = 2000;           // densification step for region crossings; 200..20000
    double crossingToleranceMeters = 50;        // border position refinement; 1..1000
    bool admin1Overflight = true;               // also list first-level divisions crossed (costs a second pass)
    double routingGridDeg = 0.2;                // A* grid cell for airspace-constrained routes; 0.05..1
    double defaultLaunchIntervalSeconds = 10;   // estimate used when no launch.interval_s assumption exists
};

// [SECTION] Tracks

enum class Outcome { Reached, Crashed, Unknown };
enum class RouteKind { Direct, Waypoints, AirspaceConstrained, ViaCountries };
std::string_view toString(Outcome o);
std::string_view toString(RouteKind k);

struct SpeedProfile {
    double minMps = 0, nominalMps = 0, maxMps = 0; // m/s mean ground speed; the track flies at nominalMps
    std::string source;                            // catalogue citation, assumption source, or "estimate: ..."
    bool estimate = true;
};

struct AltitudeProfile {
    AltitudeShape shape = AltitudeShape::Cruise;
    double cruiseAltitudeMeters = 0;   // m
    double terminalAltitudeMeters = 0; // m
    double boostMeters = 0;            // m of route to climb
    double terminalMeters = 0;         // m of route to descend
    double apogeeMeters = 0;           // Ballistic only (already resolved for this route's length)
    // Altitude at sMeters along a route of routeMeters.
    double altitudeAt(double sMeters, double routeMeters) const;
};

enum class OverflightLevel { Country, Admin1 };

// One stretch of a route over one region (or over no region: water or unclaimed land, regionIndex empty).
struct Overflight {
    OverflightLevel level = OverflightLevel::Country;
    std::optional<uint32_t> regionIndex; // into atlas.countries() or atlas.admin1()
    std::string name;                    // region name, or the sea's name / "open water"
    std::string iso2;
    double entryMeters = 0, exitMeters = 0; // along the route
    UtcTime entryTime, exitTime;            // when this munition passes (exitTime clipped at a crash)
};

struct MunitionTrack {
    std::string id;              // "<event id>/<n>", n from 1
    std::string eventId;
    int indexInEvent = 0;        // 0-based position in the salvo (launch order)
    int countInEvent = 1;        // munitions this event launches (1 when countUnknown)
    bool countUnknown = false;   // the event gave no count: this is one representative track
    std::string munitionKey;     // catalogue key, or empty when only an assumption gave the speed
    std::string munitionName;
    std::string launchPlaceId, targetPlaceId; // launchPlaceId empty: the origin is a launch.point assumption
    RouteKind routeKind = RouteKind::Direct;
    std::vector<LatLon> route;             // waypoints, launch point first, target point last
    std::vector<double> cumulativeMeters;  // geodesic length to each waypoint; [0] = 0, back() = lengthMeters()
    UtcTime launchTime;
    bool launchTimeApproximate = false;    // the time came from a whole day/week or the dateline, not a clock time
    TimeInterval launchWindow;             // when this munition may have left: the event's time interval (or the
                                           //   launch.time assumption's range) + its stagger; start == end when exact;
                                           //   launchTime is its start, the documented nominal choice
    SpeedProfile speed;
    AltitudeProfile altitude;
    Outcome outcome = Outcome::Reached;
    double crashMeters = -1;               // distance along the route of the crash; < 0 unless Crashed
    std::string crashEventId;
    std::vector<Overflight> overflights;   // countries first (in route order), then admin-1 divisions

    double lengthMeters() const { return cumulativeMeters.empty() ? 0 : cumulativeMeters.back(); }
    // Where the flight ends: lengthMeters(), or crashMeters when Crashed.
    double endMeters() const { return outcome == Outcome::Crashed ? crashMeters : lengthMeters(); }
    UtcTime endTime() const { return launchTime + endMeters() / speed.nominalMps; }
};

struct MunitionState {
    enum Phase { NotLaunched, Boost, Cruise, Terminal, Impact, Crashed };
    bool active = false;        // in flight at t
    LatLon pos;                 // launch point before launch, end point after the end
    double altitudeMeters = 0;  // m above ground
    double headingDeg = 0;      // geodesic azimuth, degrees clockwise from north
    double distanceMeters = 0;  // flown along the route
    Phase phase = NotLaunched;
};
std::string_view toString(MunitionState::Phase p);

// [SECTION] Areas, sites, route hypotheses

// A launch or target area: the nominal point the tracks use and the area that stays the uncertainty.
struct Area {
    enum class Role { Launch, Target };
    Role role = Role::Launch;
    std::string placeId, name;
    LatLon nominal;            // the point tracks start/end at
    LatLon centre;             // the place's position
    double radiusMeters = 0;   // uncertainty around centre (0 for a point)
    std::string precision;     // the place's precision
    std::string rule;          // how `nominal` was chosen, in words (shown in the UI and exports)
    bool waterOnly = false;    // launch or target area that is a sea: ensemble samples are kept over water
    std::optional<uint32_t> sea; // the curated sea (atlas features() index) the area is: samples are kept in the
                                 // water the seas' division gives it (Atlas::seaShareHolds), not a neighbour's
    double reachMeters = 0;    // launch area larger than the munition's range: ensemble samples are kept within
    LatLon reachTarget;        // this distance of this target (0: no such limit)
};

// One claim checked against one route hypothesis (sim/RouteClaims.hpp says which claims and how).
struct ClaimCheck {
    std::string claim;       // the claim in words: "4 crashed in Iran (a U.S official)"
    bool satisfied = false;
    std::string detail;      // why, with the figure: "passes up to 180 km inside Iran", "route 1153 km against 1500 km"
};

// One candidate route for an event and target: the direct geodesic, the waypoint route, the airspace-constrained one,
// the route via the countries crashes were reported in. The one flown satisfies the most claims (ties: waypoints,
// airspace-constrained, direct, via countries, in that order).
struct RouteHypothesis {
    std::string eventId, targetPlaceId;
    RouteKind kind = RouteKind::Direct;
    std::vector<LatLon> route;
    std::vector<double> cumulativeMeters;
    bool used = false;                    // the tracks follow this one
    std::vector<std::string> countriesIso2; // crossed, in order (water omitted)
    std::vector<ClaimCheck> checks;         // every claim of the event that a route can satisfy, in order
    size_t satisfied() const {
        return static_cast<size_t>(
            std::count_if(checks.begin(), checks.end(), [](const ClaimCheck& c) { return c.satisfied; }));
    }
    double lengthMeters() const { return cumulativeMeters.empty() ? 0 : cumulativeMeters.back(); }
};

// A reported site (crash.site assumption) with its distance from every route hypothesis of the related event.
struct ReportedSite {
    std::string name, eventId, source;
    LatLon pos;
    double radiusMeters = 0;
    struct Offset {
        size_t hypothesis = 0;     // index into Simulation::routes()
        double crossTrackMeters = 0;
        double alongMeters = 0;
        bool withinRadius = false; // cross-track distance <= radiusMeters
    };
    std::vector<Offset> offsets;
};

// Instants worth a tick on the timeline.
struct KeyInstant {
    enum class Kind { FirstLaunch, LastLaunch, FirstArrival, LastArrival, Crash, BorderCrossing };
    Kind kind = Kind::FirstLaunch;
    UtcTime time;
    std::string label;   // "first launch (e1)", "enters <country> (e1/1)", ...
    std::string eventId;
    std::string trackId; // empty for per-event instants
};

// Per-event summary used by the ledger and panels.
struct EventSummary {
    std::string eventId;
    size_t firstTrack = 0, trackCount = 0;      // tracks [firstTrack, firstTrack + trackCount)
    int crashed = 0;                            // tracks marked Crashed by related crash events
    double launchIntervalSeconds = 0;
    bool launchIntervalEstimated = true;
    std::string splitRule;                      // how the count was split across targets, in words
    double minRouteMeters = 0, maxRouteMeters = 0;
    double minFlightSeconds = 0, maxFlightSeconds = 0;
};

// [SECTION] Simulation

class Simulation {
public:
    Simulation();
    ~Simulation();
    Simulation(Simulation&&) noexcept;
    Simulation& operator=(Simulation&&) noexcept;
    Simulation(const Simulation&);
    Simulation& operator=(const Simulation&);

    const std::vector<MunitionTrack>& tracks() const;
    // Exact state of track `track` at t (O(log legs) + one geodesic position). Before launch: NotLaunched at the
    // launch point; after the end: Impact at the target or Crashed at the crash point, inactive.
    MunitionState stateAt(size_t track, UtcTime t) const;
    // States of all tracks at t, into `out` (resized); no allocation when out already has the size.
    void statesAt(UtcTime t, std::vector<MunitionState>& out) const;
    // First launch .. last end (arrival or crash). Empty (start == end == 0) with no tracks.
    TimeInterval timeSpan() const;
    const std::vector<KeyInstant>& keyInstants() const;   // sorted by time
    const std::vector<EventSummary>& events() const;
    const std::vector<Area>& launchAreas() const;
    const std::vector<Area>& targetAreas() const;
    const std::vector<RouteHypothesis>& routes() const;
    const std::vector<ReportedSite>& reportedSites() const;
    // The assumptions the run actually used, each with its source, including defaults marked "estimate".
    const std::vector<scenario::Assumption>& assumptionsUsed() const;

    // Positions along a track's route every stepMeters (ends included), for drawing and exports.
    std::vector<LatLon> densifiedRoute(size_t track, double stepMeters) const;

    struct Impl;
    const Impl& impl() const; // internal (sim/SimulationImpl.hpp): for the ensemble and exports in sim

private:
    friend Simulation simulate(const scenario::Scenario&, const atlas::Atlas&, const SimOptions&, Diagnostics*);
    std::unique_ptr<Impl> m;
};

// Builds the simulation. The atlas must outlive the returned Simulation when ensembles are run from it (crash zones
// are tested against the reported territory's border). Expected problems (no route, unknown munition, a crash territory the route never crosses)
// become diagnostics; the affected event is skipped or annotated, the rest is simulated.
Simulation simulate(const scenario::Scenario& scenario, const atlas::Atlas& atlas, const SimOptions& options,
                    Diagnostics* diags = nullptr);

// [SECTION] Budget
// What a request costs, decided from the scenario before any work, so that one this machine cannot hold gets one
// clear line instead of an abort (an event of 1,000,000 munitions ended in std::bad_alloc). simulate() builds no
// tracks (one error diagnostic) for a scenario over kMaxTracks; commands check first and name the file.
inline constexpr size_t kMaxTracks = 100000;  // munitions in one simulation (each costs a few KiB; 100,000 ≈ 0.5 GiB)
inline constexpr double kMaxTrackRuns = 3e7;  // munitions × Monte Carlo runs (24 bytes each: ≈ 0.7 GiB of run slots)
// The munitions simulate() would build: the count (1 when unknown) of every event that produces tracks.
size_t plannedTracks(const scenario::Scenario& scenario);
// Why simulating `scenario` with `runs` Monte Carlo runs would not fit the limits above; nullopt when it fits.
std::optional<std::string> overBudget(const scenario::Scenario& scenario, int runs);

// [SECTION] Ensemble

// One track's spread over the runs.
struct TrackEnvelope {
    std::string trackId;
    std::vector<double> stationMeters;     // along the nominal route
    std::vector<double> leftOffsetMeters;  // 5th percentile of the signed cross-track offset (negative = left)
    std::vector<double> rightOffsetMeters; // 95th percentile (positive = right)
    std::vector<LatLon> left, right;       // the corridor edges as polylines (same length as stationMeters)
    double arrivalP05 = 0, arrivalP50 = 0, arrivalP95 = 0; // unix seconds of the end (arrival or crash)
    double lengthP05Meters = 0, lengthP50Meters = 0, lengthP95Meters = 0;
};

struct CrashDensityPoint {
    LatLon pos;        // centre of a grid cell
    double weight = 0; // fraction of all sampled crashes in this cell (weights sum to 1)
};

struct Ensemble {
    int runs = 0;               // completed runs (fewer than asked when cancelled)
    uint64_t seed = 0;
    bool cancelled = false;
    double crashCellDeg = 0.05; // grid cell of crashDensity
    std::vector<TrackEnvelope> tracks;          // same order as Simulation::tracks()
    std::vector<CrashDensityPoint> crashDensity;
};

using ProgressFn = std::function<void(int done, int total)>;

// Deterministic for a given seed whatever the thread count or scheduling: run i draws from an RNG seeded by
// (seed, i). Corridors are first-order: a run's cross-track offset is interpolated between its end-point offsets
// along the first and last legs (exact at the ends; interior waypoints of a constrained route are held fixed); tracks
// that share launch area, target area and route share one corridor from their pooled runs (at most 16,384 samples).
// Run lengths are geodesic (tabulated per pool point; a single-leg route to a small target area adds a first-order
// correction for the target displacement, error < 100 m), so arrival times are good to well under a second.
Ensemble runEnsemble(const Simulation& base, int runs, uint64_t seed, int threads, ProgressFn progress = {},
                     const std::atomic<bool>* cancel = nullptr);
// Convenience: simulate(scenario, atlas, options) then runEnsemble on it.
Ensemble runEnsemble(const scenario::Scenario& scenario, const atlas::Atlas& atlas, const SimOptions& options,
                     int runs, uint64_t seed, int threads, ProgressFn progress = {},
                     const std::atomic<bool>* cancel = nullptr);

// [SECTION] Ledger

enum class CheckVerdict { Consistent, Inconsistent, Info };
std::string_view toString(CheckVerdict v);

struct LedgerClaim {
    std::string claimId, speaker, stance, op, unit, text;
    double value = 0;
    int sentence = -1;
};

// All claims about one quantity of one event (event id empty for claims tied to no event).
struct LedgerRow {
    std::string eventId, eventKind, quantity;
    std::string eventText;           // the event in words (describeEvent)
    std::vector<LedgerClaim> claims;
    std::optional<double> modelled;  // what the simulation gives for this quantity, when it gives one
    std::string modelledNote;        // "modelled routes: direct 800 km–950 km", ...
};

struct LedgerCheck {
    std::string eventId;
    std::string code;     // "arrived.upper_bound", "claim.conflict", "distance.vs_route", "time.vs_flight", ...
    CheckVerdict verdict = CheckVerdict::Info;
    std::string message;  // one line: "12 launched − 3 crashed ⇒ at most 9 arrived"
    std::vector<std::string> claimIds;
};

// An outcome statement (sim/Outcomes.hpp) with its event in words.
struct LedgerOutcome {
    OutcomeStatement statement;
    std::string eventText;
};

struct Ledger {
    std::vector<LedgerRow> rows;
    std::vector<LedgerOutcome> outcomes; // what became of munitions and targets, by speaker, in text order
    std::vector<LedgerCheck> checks;
};

enum class LedgerFormat { Text, Markdown, Json };

Ledger buildLedger(const scenario::Scenario& scenario, const Simulation& sim);
// An event in words, counts with their plurals: "launch of 26 cruise missiles from the Caspian Sea at Syria, 7 Oct 2015".
std::string describeEvent(const scenario::Scenario& scenario, const scenario::Event& event);
std::string formatLedger(const Ledger& ledger, LedgerFormat format);

} // namespace salvo::sim
