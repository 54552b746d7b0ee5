#pragma once
// Internal to the exporters: what every format shares, so that the formats agree with each other.
//  - Time: every exported instant lies on a whole millisecond and is printed with its milliseconds, and the state a
//    format writes for it is the state at exactly that instant. A track's last sample is its end (arrival or crash)
//    rounded *up* to the millisecond, so it is always the state after the end: on the ground for a crash.
//  - Ids: one unique id per exported object, the same in every format ("track/launch-1/3", "place/p2").
//  - Styles: one colour per kind of object (simplestyle, KML, CZML and the GeoPackage's QML all use these).
//  - Descriptions: one line of plain text per object, for KML <description>, CZML "description" and GeoJSON.
//  - Rings: corridors as closed rings, counter-clockwise in longitude/latitude (RFC 7946's right-hand rule).
//   for (UtcTime t : detail::trackSampleTimes(track, 30)) out += detail::isoMillis(t);   // "...T00:51:12.345Z"
//   auto ring = detail::corridorRing(envelope);                                          // closed, counter-clockwise
#include "sim/Simulation.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace salvo::io::detail {

// [SECTION] Time

// t rounded up to the next whole millisecond (t itself when it is one); the result is never earlier than t.
UtcTime ceilToMillisecond(UtcTime t);
// "YYYY-MM-DDTHH:MM:SS.mmmZ": t rounded to the nearest millisecond.
std::string isoMillis(UtcTime t);
// Milliseconds since the Unix epoch of an instant on a whole millisecond (ceilToMillisecond's results).
long long unixMillis(UtcTime t);

// A track's sample instants: its launch, every stepSeconds (> 0), each interior waypoint of its route, and its end;
// each rounded up to the millisecond, strictly increasing. The last one is never before endTime(), so stateAt() there
// is the end state.
std::vector<UtcTime> trackSampleTimes(const sim::MunitionTrack& track, double stepSeconds);
// Instants from the simulation's first launch to its last end, every stepSeconds, the last end included (each
// rounded up to the millisecond). Empty without tracks.
std::vector<UtcTime> globalSampleTimes(const sim::Simulation& sim, double stepSeconds);
// The exported time span: the first launch to the last end, both rounded up to the millisecond, so it covers the
// last sample of every track. start == end == 0 without tracks.
TimeInterval exportSpan(const sim::Simulation& sim);

// Route polyline densified for drawing (10 km steps).
inline constexpr double kDrawStepMeters = 10000;

// [SECTION] Ids

// "track/<track id>", "place/<place id>", ... : prefix and id joined with '/'.
std::string objectId(std::string_view prefix, std::string_view id);
// Ids for the launch and target areas, unique among themselves and among scenario place ids: "launch_area/<place
// id>", with "#2", "#3" ... when two areas share a place (an area with no place is named after its index).
std::vector<std::string> areaIds(const sim::Simulation& sim);

// [SECTION] Styles

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
};

enum class StyleKind { Place, LaunchArea, TargetArea, Event, TrackReached, TrackCrashed, TrackUnknown, Route,
                       Crash, Impact, ReportedSite, Corridor, CrashDensity };
inline constexpr std::array kStyleKinds{StyleKind::Place, StyleKind::LaunchArea, StyleKind::TargetArea,
                                        StyleKind::Event, StyleKind::TrackReached, StyleKind::TrackCrashed,
                                        StyleKind::TrackUnknown, StyleKind::Route, StyleKind::Crash,
                                        StyleKind::Impact, StyleKind::ReportedSite, StyleKind::Corridor,
                                        StyleKind::CrashDensity};

// The style's name as a KML Style id and a QML symbol name: "place", "track_crashed", ...
std::string_view styleName(StyleKind k);
// Stroke (line, point outline) and fill colours; the fill's alpha is the fill opacity.
Rgba strokeColour(StyleKind k);
Rgba fillColour(StyleKind k);
double strokeWidthPx(StyleKind k); // screen pixels
StyleKind trackStyle(sim::Outcome o);

// Text for an XML attribute or element: & < > " ' escaped.
std::string xmlEscape(std::string_view s);

std::string hexRgb(Rgba c);   // "#e63c28" (simplestyle-spec)
std::string kmlColour(Rgba c); // "ffe63c28" read as aabbggrr: "ff283ce6"

// [SECTION] Descriptions (plain text, one line)

std::string describeTrack(const sim::MunitionTrack& t);
// "launched between A and B (approximate; simulated at A)" for a launch known only to an interval, else "launched A".
std::string describeLaunchTime(const sim::MunitionTrack& t);
std::string describeEnd(const sim::MunitionTrack& t); // "crashed 412 km along the route at ...", "arrived at ..."
std::string describePlace(const scenario::Place& p);
std::string describeArea(const sim::Area& a);
std::string describeSite(const sim::ReportedSite& s);
std::string describeCorridor(const sim::TrackEnvelope& e, const sim::Ensemble& ens);
std::string describeDensity(const sim::CrashDensityPoint& c, const sim::Ensemble& ens);

// [SECTION] Geometry

// A track's route as drawn: densified every kDrawStepMeters and, for a crashed track, cut at the crash point.
std::vector<LatLon> drawnRoute(const sim::Simulation& sim, size_t track);
// The corridor of an envelope as one closed ring (first point repeated last), counter-clockwise in the lon/lat
// plane; empty when the envelope has fewer than two stations.
std::vector<LatLon> corridorRing(const sim::TrackEnvelope& e);
// Twice the signed area of a closed ring in the lon/lat plane (degrees²): > 0 counter-clockwise.
double signedArea2(const std::vector<LatLon>& ring);

} // namespace salvo::io::detail
