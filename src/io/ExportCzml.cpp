// CZML (Cesium's time-dynamic JSON): a document packet with the clock (interval, start time, multiplier chosen so the
// whole scene plays in about a minute), then one packet per munition with availability (launch/end), a sampled
// position (epoch + [seconds, lon, lat, height] quadruples, cartographicDegrees), a point and a path whose trail
// shows the last ten minutes; places as static points.
#include "io/Export.hpp"

#include "io/ExportCommon.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace salvo::io {

std::string czmlText(const scenario::Scenario& sc, const sim::Simulation& sim, double stepSeconds) {
    using nlohmann::json;
    json doc = json::array();
    const TimeInterval span = sim.timeSpan();
    const std::string interval = formatIsoUtc(span.start) + "/" + formatIsoUtc(span.end);
    doc.push_back({{"id", "document"}, {"name", sc.source.title.empty() ? "salvo" : sc.source.title}, {"version", "1.0"},
                   {"clock", {{"interval", interval}, {"currentTime", formatIsoUtc(span.start)},
                              {"multiplier", std::max(1.0, std::round(span.durationSeconds() / 60))},
                              {"range", "LOOP_STOP"}, {"step", "SYSTEM_CLOCK_MULTIPLIER"}}}});
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        json samples = json::array();
        for (double dt : detail::trackSampleOffsets(t, stepSeconds)) {
            const auto s = sim.stateAt(i, t.launchTime + dt);
            samples.push_back(dt);
            samples.push_back(s.pos.lon);
            samples.push_back(s.pos.lat);
            samples.push_back(s.altitudeMeters);
        }
        const bool crashed = t.outcome == sim::Outcome::Crashed;
        const json colour = crashed ? json::array({230, 60, 40, 255}) : json::array({255, 200, 40, 255});
        doc.push_back({{"id", t.id}, {"name", t.id + " (" + t.munitionName + ")"},
                       {"description", std::string("outcome: ") + std::string(sim::toString(t.outcome)) +
                                           "; route " + std::to_string(static_cast<long>(t.lengthMeters() / 1000)) + " km"},
                       {"availability", formatIsoUtc(t.launchTime) + "/" + formatIsoUtc(t.endTime())},
                       {"position", {{"epoch", formatIsoUtc(t.launchTime)}, {"cartographicDegrees", samples},
                                     {"interpolationAlgorithm", "LINEAR"}, {"interpolationDegree", 1}}},
                       {"point", {{"pixelSize", 6}, {"color", {{"rgba", colour}}}}},
                       {"path", {{"leadTime", 0}, {"trailTime", 600}, {"width", 2}, {"resolution", stepSeconds},
                                 {"material", {{"solidColor", {{"color", {{"rgba", colour}}}}}}}}}});
    }
    for (const auto& p : sc.places)
        doc.push_back({{"id", "place/" + p.id}, {"name", p.name},
                       {"position", {{"cartographicDegrees", json::array({p.pos.lon, p.pos.lat, 0.0})}}},
                       {"point", {{"pixelSize", 8}, {"color", {{"rgba", json::array({80, 160, 255, 255})}}}}},
                       {"label", {{"text", p.name}, {"font", "12px sans-serif"}}}});
    return doc.dump(1) + "\n";
}

} // namespace salvo::io
