#pragma once
// Launch-area catalogue: where an actor usually launches a munition class from, according to public reporting (Kalibr
// from the Black Sea and the Caspian, Shaheds from Primorsko-Akhtarsk, Iranian ballistic missiles from Kermanshah).
// It is consulted only when a report names no origin; what it gives is an assumption with its source, never a fact of
// the text (see addDefaultOrigins). The data lives in <dataDir>/assets/launch-areas.json (read by io::loadLaunchAreas);
// this file parses and queries it, so the model holds no places of its own.
//   auto areas = salvo::sim::parseLaunchAreas(text, "assets/launch-areas.json", munitions);  // Result<LaunchAreaCatalogue>
//   const LaunchAreaEntry* e = areas->match("RU", "Kalibr cruise missile", munitions);      // the Kalibr entry
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"
#include "sim/Munitions.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace salvo::sim {

struct LaunchArea {
    std::string name;        // "Black Sea (Black Sea Fleet, off Crimea and Novorossiysk)"
    LatLon centre;           // WGS84 degrees
    double radiusMeters = 0; // m; > 0: how far launches spread around the centre (the ensemble samples this disc)
    bool overWater = false;  // a sea area: the ensemble keeps its launch samples over water
    std::string source;      // the public reporting it rests on; "estimate: ..." for judgements
};

struct LaunchAreaEntry {
    std::vector<std::string> actors;    // lower-case; Event::actor equals one or contains it as whole words
    std::vector<std::string> munitions; // munitions-catalogue keys the event's munition must resolve to; empty: any
    std::vector<std::string> names;     // lower-case words one of which the munition words must contain; empty: any
    std::vector<LaunchArea> areas;      // at least one, most reported first
};

class LaunchAreaCatalogue {
public:
    LaunchAreaCatalogue() = default;
    explicit LaunchAreaCatalogue(std::vector<LaunchAreaEntry> entries) : m_entries(std::move(entries)) {}

    const std::vector<LaunchAreaEntry>& entries() const { return m_entries; }
    // The entry for this actor and these munition words (Event::actor, Event::munition), or null. An entry that matches
    // by its `names` beats one without names; among equals the first in the file wins. Empty actor or munition: null.
    const LaunchAreaEntry* match(std::string_view actor, std::string_view munitionWords, const Catalogue& munitions) const;

private:
    std::vector<LaunchAreaEntry> m_entries;
};

// Parses {"schema":"salvo.launch_areas/1","entries":[...]}. Every area needs a name, a position, a radius in
// 0 < radius_km <= 2000 and a source; every munition key must exist in `munitions`. `where` names the file in messages,
// which also give the JSON path of the first problem ("$.entries[2].areas[0].radius_km").
Result<LaunchAreaCatalogue> parseLaunchAreas(std::string_view jsonText, std::string_view where, const Catalogue& munitions);

} // namespace salvo::sim
