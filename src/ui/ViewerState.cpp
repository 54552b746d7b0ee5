#include "ui/ViewerState.hpp"

#include <date/tz.h>

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace salvo::ui {

std::string formatUtc(UtcTime t) {
    const std::string iso = formatIsoUtc(t);
    return iso.substr(0, 10) + " " + iso.substr(11, 8) + " UTC";
}

std::string formatLocal(UtcTime t, const std::string& zone) {
    if (zone.empty()) return {};
    try {
        // locate_zone throws for an unknown name: an expected failure here, shown as "no local time".
        const date::time_zone* z = date::locate_zone(zone);
        const auto sys = date::sys_seconds{std::chrono::seconds{static_cast<long long>(std::floor(t.unixSeconds))}};
        const auto info = z->get_info(sys);
        const long off = static_cast<long>(info.offset.count());
        const std::string iso = formatIsoUtc(t + static_cast<double>(off));
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s %s %s (UTC%c%02ld:%02ld)", iso.substr(0, 10).c_str(),
                      iso.substr(11, 8).c_str(), info.abbrev.c_str(), off < 0 ? '-' : '+', std::labs(off) / 3600,
                      (std::labs(off) % 3600) / 60);
        return buf;
    } catch (const std::exception&) {
        return {};
    }
}

void ViewerState::rerun() {
    rerunRequested = false;
    simDiagnostics.clear();
    applied = scenario::applyOverrides(scenario, &simDiagnostics);
    auto s = std::make_shared<sim::Simulation>(sim::simulate(applied, *atlas, simOptions, &simDiagnostics));
    sim = std::move(s);
    ensemble.reset();
    ledger = sim::buildLedger(applied, *sim);
    const auto ts = sim->timeSpan();
    const double pad = std::max(60.0, 0.04 * ts.durationSeconds());
    span = {ts.start + -pad, ts.end + pad, ts.precision};
    time = {std::clamp(time.unixSeconds, span.start.unixSeconds, span.end.unixSeconds)};
}

void ViewerState::setScenario(scenario::Scenario s, std::optional<sim::Simulation> prebuilt) {
    scenario = std::move(s);
    selection = {};
    dirty = false;
    if (prebuilt) {
        simDiagnostics.clear();
        applied = scenario::applyOverrides(scenario, &simDiagnostics);
        sim = std::make_shared<sim::Simulation>(std::move(*prebuilt));
        ensemble.reset();
        ledger = sim::buildLedger(applied, *sim);
        const auto ts = sim->timeSpan();
        const double pad = std::max(60.0, 0.04 * ts.durationSeconds());
        span = {ts.start + -pad, ts.end + pad, ts.precision};
    } else {
        time = {};
        rerun();
    }
    time = sim->timeSpan().start;
    localZone.clear();
    const auto& targets = sim->targetAreas();
    if (!targets.empty() && atlas)
        if (auto n = atlas->nearestPlace(targets.front().centre, 500e3))
            localZone = atlas->places()[n->index].timezone;
    fitTo = BBox{}; // the Viewer fits to the scene's extent
}

std::vector<int> ViewerState::selectedSentences() const {
    std::vector<int> out;
    const auto addEvent = [&](const std::string& id) {
        if (const auto* e = applied.event(id)) out.insert(out.end(), e->sentences.begin(), e->sentences.end());
    };
    switch (selection.kind) {
    case render::Selection::Kind::Place:
        if (const auto* p = applied.place(selection.id))
            for (const auto& m : p->mentions) out.push_back(m.sentence);
        break;
    case render::Selection::Kind::Event: addEvent(selection.id); break;
    case render::Selection::Kind::Track:
        if (sim && selection.index < sim->tracks().size()) {
            const auto& t = sim->tracks()[selection.index];
            addEvent(t.eventId);
            if (!t.crashEventId.empty()) addEvent(t.crashEventId);
        }
        break;
    case render::Selection::Kind::Site:
        if (sim && selection.index < sim->reportedSites().size()) addEvent(sim->reportedSites()[selection.index].eventId);
        break;
    case render::Selection::Kind::Route:
        if (sim && selection.index < sim->routes().size()) addEvent(sim->routes()[selection.index].eventId);
        break;
    case render::Selection::Kind::None: break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::erase_if(out, [](int s) { return s < 0; });
    return out;
}

void ViewerState::selectPlace(const std::string& placeId) {
    selection = {render::Selection::Kind::Place, placeId, 0};
    if (const auto* p = applied.place(placeId)) flyTo = p->pos;
}

void ViewerState::selectEvent(const std::string& eventId) {
    selection = {render::Selection::Kind::Event, eventId, 0};
    if (const auto* e = applied.event(eventId)) {
        if (!e->to.empty()) {
            if (const auto* p = applied.place(e->to.front())) flyTo = p->pos;
        } else if (e->from) {
            if (const auto* p = applied.place(*e->from)) flyTo = p->pos;
        }
        if (e->time && e->time->start.unixSeconds != 0)
            time = {std::clamp(e->time->start.unixSeconds, span.start.unixSeconds, span.end.unixSeconds)};
    }
}

void ViewerState::setOverride(const std::string& target, const std::string& field, nlohmann::json value,
                              const std::string& note) {
    auto it = std::find_if(scenario.overrides.begin(), scenario.overrides.end(),
                           [&](const scenario::Override& o) { return o.target == target && o.field == field; });
    if (it == scenario.overrides.end()) scenario.overrides.push_back({target, field, std::move(value), note});
    else { it->value = std::move(value); it->note = note; }
    dirty = true;
    rerunRequested = true;
}

void ViewerState::chooseCandidate(const std::string& placeId, size_t index) {
    const auto* p = scenario.place(placeId);
    assert(p && index < p->candidates.size() && "choose among the candidates the scenario lists for the place");
    const auto& c = p->candidates[index];
    setOverride(placeId, "choice", static_cast<long long>(index), "chosen in the viewer");
    rerunReason = "Override: " + placeId + " -> " + c.name;
    status = rerunReason + "; re-running";
    flyTo = c.pos;
}

void ViewerState::setAssumption(const std::string& key, const std::string& appliesTo, nlohmann::json value,
                                const std::string& unit, const std::string& source) {
    auto it = std::find_if(scenario.assumptions.begin(), scenario.assumptions.end(),
                           [&](const scenario::Assumption& a) { return a.key == key && a.appliesTo == appliesTo; });
    if (it == scenario.assumptions.end()) {
        scenario::Assumption a;
        a.key = key;
        a.value = std::move(value);
        a.unit = unit;
        a.source = source;
        a.appliesTo = appliesTo;
        scenario.assumptions.push_back(std::move(a));
    } else {
        it->value = std::move(value);
        if (!source.empty()) it->source = source;
    }
    dirty = true;
    rerunRequested = true;
}

} // namespace salvo::ui
