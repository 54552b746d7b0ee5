// What the exporters share: millisecond sampling, ids, styles, descriptions and rings (see ExportCommon.hpp).
// Notation: ms = milliseconds since the Unix epoch (an integer, so that "the same instant" is exact across formats).
#include "io/ExportCommon.hpp"

#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace salvo::io::detail {

// [SECTION] Time

UtcTime ceilToMillisecond(UtcTime t) {
    auto ms = static_cast<long long>(std::ceil(t.unixSeconds * 1000.0));
    // t·1000 is itself rounded: step on until the instant is not before t (at most one step).
    while (static_cast<double>(ms) / 1000.0 < t.unixSeconds) ++ms;
    return {static_cast<double>(ms) / 1000.0};
}

long long unixMillis(UtcTime t) { return std::llround(t.unixSeconds * 1000.0); }

std::string isoMillis(UtcTime t) {
    const long long ms = unixMillis(t);
    long long secs = ms / 1000, frac = ms % 1000;
    if (frac < 0) { frac += 1000; --secs; } // before 1970: the fraction counts forward from the earlier second
    std::string s = formatIsoUtc({static_cast<double>(secs)}); // whole seconds: nothing left to round
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03lldZ", frac);
    s.replace(s.size() - 1, 1, buf);
    return s;
}

namespace {

void sampleSpan(UtcTime start, UtcTime end, double stepSeconds, std::vector<UtcTime>& out) {
    const double dur = end - start;
    // k·step from the start, not repeated additions: no drift over 100,000 samples.
    for (long long k = 0; static_cast<double>(k) * stepSeconds < dur; ++k) {
        const UtcTime t = ceilToMillisecond(start + static_cast<double>(k) * stepSeconds);
        if (out.empty() || t > out.back()) out.push_back(t);
    }
    const UtcTime last = ceilToMillisecond(end);
    if (out.empty() || last > out.back()) out.push_back(last);
}

} // namespace

std::vector<UtcTime> trackSampleTimes(const sim::MunitionTrack& track, double stepSeconds) {
    std::vector<UtcTime> out;
    sampleSpan(track.launchTime, std::max(track.launchTime, track.endTime()), stepSeconds, out);
    // The instants the munition passes its route's interior waypoints, so that a viewer joining the samples with
    // straight lines turns where the route turns (an airspace-constrained route cut its corners by up to 750 m with
    // 60 s samples).
    const size_t before = out.size();
    for (size_t k = 1; k + 1 < track.cumulativeMeters.size(); ++k)
        if (track.cumulativeMeters[k] < track.endMeters() && track.speed.nominalMps > 0)
            out.push_back(ceilToMillisecond(track.launchTime + track.cumulativeMeters[k] / track.speed.nominalMps));
    if (out.size() > before) {
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return out;
}

std::vector<UtcTime> globalSampleTimes(const sim::Simulation& sim, double stepSeconds) {
    std::vector<UtcTime> out;
    if (sim.tracks().empty()) return out;
    const TimeInterval span = sim.timeSpan();
    sampleSpan(span.start, std::max(span.start, span.end), stepSeconds, out);
    return out;
}

TimeInterval exportSpan(const sim::Simulation& sim) {
    if (sim.tracks().empty()) return {};
    const TimeInterval span = sim.timeSpan();
    return {ceilToMillisecond(span.start), ceilToMillisecond(std::max(span.start, span.end)), TimePrecision::Second};
}

// [SECTION] Ids

std::string objectId(std::string_view prefix, std::string_view id) {
    std::string s(prefix);
    s += '/';
    s += id;
    return s;
}

std::vector<std::string> areaIds(const sim::Simulation& sim) {
    std::vector<std::string> out;
    std::map<std::string, int> seen;
    size_t index = 0;
    for (const auto* areas : {&sim.launchAreas(), &sim.targetAreas()})
        for (const auto& a : *areas) {
            const char* prefix = a.role == sim::Area::Role::Launch ? "launch_area" : "target_area";
            std::string id = objectId(prefix, a.placeId.empty() ? std::to_string(index) : a.placeId);
            if (const int n = ++seen[id]; n > 1) id += "#" + std::to_string(n);
            out.push_back(std::move(id));
            ++index;
        }
    return out;
}

// [SECTION] Styles

std::string_view styleName(StyleKind k) {
    switch (k) {
    case StyleKind::Place: return "place";
    case StyleKind::LaunchArea: return "launch_area";
    case StyleKind::TargetArea: return "target_area";
    case StyleKind::Event: return "event";
    case StyleKind::TrackReached: return "track_reached";
    case StyleKind::TrackCrashed: return "track_crashed";
    case StyleKind::TrackUnknown: return "track_unknown";
    case StyleKind::Route: return "route_hypothesis";
    case StyleKind::Crash: return "crash";
    case StyleKind::Impact: return "impact";
    case StyleKind::ReportedSite: return "reported_site";
    case StyleKind::Corridor: return "corridor";
    case StyleKind::CrashDensity: return "crash_density";
    }
    return "place";
}

Rgba strokeColour(StyleKind k) {
    // The viewer's palette: places blue, launches green, targets and impacts amber, crashes red, spreads purple.
    switch (k) {
    case StyleKind::Place: return {80, 160, 255, 255};
    case StyleKind::LaunchArea: return {60, 180, 90, 255};
    case StyleKind::TargetArea: return {255, 140, 0, 255};
    case StyleKind::Event: return {240, 240, 240, 255};
    case StyleKind::TrackReached: return {255, 200, 40, 255};
    case StyleKind::TrackCrashed: return {230, 60, 40, 255};
    case StyleKind::TrackUnknown: return {160, 160, 160, 255};
    case StyleKind::Route: return {120, 120, 120, 255};
    case StyleKind::Crash: return {230, 60, 40, 255};
    case StyleKind::Impact: return {255, 140, 0, 255};
    case StyleKind::ReportedSite: return {200, 0, 120, 255};
    case StyleKind::Corridor: return {150, 90, 220, 255};
    case StyleKind::CrashDensity: return {230, 60, 40, 255};
    }
    return {};
}

Rgba fillColour(StyleKind k) {
    Rgba c = strokeColour(k);
    c.a = k == StyleKind::Corridor ? 64 : k == StyleKind::CrashDensity ? 128 : 200;
    return c;
}

double strokeWidthPx(StyleKind k) {
    switch (k) {
    case StyleKind::TrackReached:
    case StyleKind::TrackCrashed:
    case StyleKind::TrackUnknown: return 2;
    default: return 1;
    }
}

StyleKind trackStyle(sim::Outcome o) {
    return o == sim::Outcome::Crashed ? StyleKind::TrackCrashed
         : o == sim::Outcome::Reached ? StyleKind::TrackReached : StyleKind::TrackUnknown;
}

std::string xmlEscape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += ch;
        }
    }
    return out;
}

std::string hexRgb(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

std::string kmlColour(Rgba c) {
    char buf[12];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x%02x", c.a, c.b, c.g, c.r);
    return buf;
}

// [SECTION] Descriptions

namespace {

std::string km(double meters) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f km", meters / 1000);
    return buf;
}

} // namespace

std::string describeEnd(const sim::MunitionTrack& t) {
    switch (t.outcome) {
    case sim::Outcome::Crashed:
        return "crashed " + km(t.crashMeters) + " along the route at " + isoMillis(ceilToMillisecond(t.endTime()));
    case sim::Outcome::Reached: return "arrived at " + isoMillis(ceilToMillisecond(t.endTime()));
    case sim::Outcome::Unknown: break;
    }
    return "outcome unknown; route ends at " + isoMillis(ceilToMillisecond(t.endTime()));
}

std::string describeLaunchTime(const sim::MunitionTrack& t) {
    const std::string at = isoMillis(ceilToMillisecond(t.launchTime));
    if (t.launchWindow.end > t.launchWindow.start)
        return "launched between " + isoMillis(ceilToMillisecond(t.launchWindow.start)) + " and " +
               isoMillis(ceilToMillisecond(t.launchWindow.end)) + " (approximate; simulated at " + at + ")";
    return "launched " + at + (t.launchTimeApproximate ? " (approximate)" : "");
}

std::string describeTrack(const sim::MunitionTrack& t) {
    char speed[32];
    std::snprintf(speed, sizeof speed, "%.0f m/s", t.speed.nominalMps);
    std::string s = (t.munitionName.empty() ? std::string("munition") : t.munitionName) + " " +
                    std::to_string(t.indexInEvent + 1) + " of " +
                    (t.countUnknown ? std::string("an unknown number") : std::to_string(t.countInEvent)) +
                    " (event " + t.eventId + "), " + describeLaunchTime(t) + ", " + std::string(sim::toString(t.routeKind)) +
                    " route " + km(t.lengthMeters()) + " at " + speed + "; " + describeEnd(t);
    return s;
}

std::string describePlace(const scenario::Place& p) {
    std::string s = p.name + " (" + p.kind;
    if (!p.country.empty()) s += ", " + p.country;
    s += "), placed at " + p.precision + " precision";
    if (p.radiusMeters > 0) s += ", radius " + km(p.radiusMeters);
    s += "; mentioned " + std::to_string(p.mentions.size()) + (p.mentions.size() == 1 ? " time" : " times");
    return s;
}

std::string describeArea(const sim::Area& a) {
    return std::string(a.role == sim::Area::Role::Launch ? "launch" : "target") + " area " + a.name + ", radius " +
           km(a.radiusMeters) + "; nominal point: " + a.rule;
}

std::string describeSite(const sim::ReportedSite& s) {
    std::string d = "reported site " + s.name + " (event " + s.eventId + "), radius " + km(s.radiusMeters);
    if (!s.source.empty()) d += "; source: " + s.source;
    return d;
}

std::string describeCorridor(const sim::TrackEnvelope& e, const sim::Ensemble& ens) {
    return "5-95% corridor of " + e.trackId + " over " + std::to_string(ens.runs) + " Monte Carlo runs (seed " +
           std::to_string(ens.seed) + "); end 5%/50%/95%: " + isoMillis({e.arrivalP05}) + " / " +
           isoMillis({e.arrivalP50}) + " / " + isoMillis({e.arrivalP95}) + "; route length 5%/50%/95%: " +
           km(e.lengthP05Meters) + " / " + km(e.lengthP50Meters) + " / " + km(e.lengthP95Meters);
}

std::string describeDensity(const sim::CrashDensityPoint& c, const sim::Ensemble& ens) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.2f%% of the crashes sampled over %d Monte Carlo runs fall in this %.3g° cell",
                  c.weight * 100, ens.runs, ens.crashCellDeg);
    return buf;
}

// [SECTION] Geometry

std::vector<LatLon> drawnRoute(const sim::Simulation& sim, size_t track) {
    const auto& t = sim.tracks()[track];
    auto pts = sim.densifiedRoute(track, kDrawStepMeters);
    if (t.outcome != sim::Outcome::Crashed) return pts;
    std::vector<LatLon> cut; // the line ends where the munition did
    double s = 0;
    for (size_t k = 0; k < pts.size(); ++k) {
        if (k > 0) s += geodesy::distanceMeters(pts[k - 1], pts[k]);
        if (s >= t.crashMeters) break;
        cut.push_back(pts[k]);
    }
    cut.push_back(sim.stateAt(track, t.endTime()).pos);
    return cut;
}

double signedArea2(const std::vector<LatLon>& ring) {
    double a = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) a += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return a;
}

std::vector<LatLon> corridorRing(const sim::TrackEnvelope& e) {
    if (e.left.size() < 2) return {};
    std::vector<LatLon> ring(e.left.begin(), e.left.end());
    ring.insert(ring.end(), e.right.rbegin(), e.right.rend());
    ring.push_back(ring.front());
    // Left edge forward then right edge back runs clockwise seen from above; the test is by area all the same, so
    // that a corridor flown westward or southward comes out right too.
    if (signedArea2(ring) < 0) std::reverse(ring.begin(), ring.end());
    return ring;
}

} // namespace salvo::io::detail
