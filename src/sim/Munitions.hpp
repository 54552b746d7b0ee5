#pragma once
// Munitions catalogue: what Salvo assumes about a munition type when the text names it ("cruise missile", "Scud",
// "ballistic missile", "drone", "airstrike"): a speed range, an altitude profile and a range, each with the source it
// came from or the word "estimate". The data lives in <dataDir>/assets/munitions.json (read by io::loadCatalogue); this
// file only parses and queries it, so the model holds no numbers of its own.
//   auto cat = salvo::sim::parseCatalogue(text, "assets/munitions.json");     // Result<Catalogue>
//   const MunitionType* m = cat->find("Scud ballistic missiles");             // leftmost alias found in the words
#include "core/Diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace salvo::sim {

// How altitude varies along the route.
enum class AltitudeShape {
    Cruise,    // climb over boostMeters to cruiseAltitudeMeters, hold, descend over terminalMeters to the target
    Ballistic, // one arc: apogee = min(apogeeMaxMeters, apogeeRatio · route length), parabolic in distance
    Aircraft   // like Cruise, at the sortie's cruise altitude
};

struct MunitionType {
    std::string key;                  // stable id ("cruise_missile")
    std::string name;                 // display name ("Cruise missile")
    std::vector<std::string> aliases; // words that name it in text, lower-case ("scud", "cruise missile")
    double speedMinMps = 0;           // m/s; mean ground speed range used by the ensemble
    double speedNominalMps = 0;       // m/s; the single-run value
    double speedMaxMps = 0;           // m/s
    std::string speedSource;          // citation, or "estimate: ..." with the reasoning
    AltitudeShape shape = AltitudeShape::Cruise;
    double cruiseAltitudeMeters = 0;   // m above ground (Cruise/Aircraft)
    double terminalAltitudeMeters = 0; // m at the target (0 = surface)
    double boostMeters = 0;            // m of route used to climb to cruise altitude
    double terminalMeters = 0;         // m of route used for the terminal dive
    double apogeeRatio = 0;            // Ballistic: apogee / range
    double apogeeMaxMeters = 0;        // Ballistic: cap on the apogee
    std::string altitudeSource;
    double rangeMinKm = 0, rangeMaxKm = 0; // published range span; 0 when unknown
    std::string rangeSource;

    bool speedIsEstimate() const { return speedSource.rfind("estimate", 0) == 0; }
};

class Catalogue {
public:
    Catalogue() = default;
    explicit Catalogue(std::vector<MunitionType> types) : m_types(std::move(types)) {}

    const std::vector<MunitionType>& types() const { return m_types; }
    bool empty() const { return m_types.empty(); }
    const MunitionType* byKey(std::string_view key) const;
    // The type whose key equals `words`, else whose longest alias occurs in `words` as whole words (case-insensitive,
    // a trailing plural "s" allowed). Null when nothing matches.
    const MunitionType* find(std::string_view words) const;

private:
    std::vector<MunitionType> m_types;
};

// Whether `lowerWords` (lower-case) occur in `text` as whole words, ignoring case in `text`, a trailing plural "s"
// allowed: the alias test `Catalogue::find` uses, for other catalogues that name munitions by their words.
bool containsWords(std::string_view text, std::string_view lowerWords);

// Parses the catalogue JSON ({"schema":"salvo.munitions/1","munitions":[...]}); every number must be finite and every
// speed/altitude/range must carry a source. `where` names the file in diagnostics.
Result<Catalogue> parseCatalogue(std::string_view jsonText, std::string_view where);

} // namespace salvo::sim
