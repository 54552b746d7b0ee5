#pragma once
// PlaceMatch: when a scenario place stands for a gold place. Two tests, each documented in docs/DESIGN.md ("Scoring"):
//   named    — some name form of the scenario place (its name, the text of any mention) equals some name form of the
//              gold place (its name, its also_written forms) after nameKeys() normalisation;
//   located  — the scenario position lies within the gold place's tolerance: tolerance_deg, else by kind
//              (city 0.1°, base 0.05°, province 0.75°, region 1.5°, country and sea 3°). A country is located by its
//              ISO code when both sides have one: centroids differ between sources by more than 3° for large
//              countries (Russia: 10°), and small neighbours lie within 3° of each other (Lebanon and Syria).
// A gold place is *found* when a scenario place is named as it and located there; a scenario place *stands for* a gold
// place when it is located there and is named as it or has a compatible kind (a country for a country, an admin-1
// division for a province, a city or point for a city or base, ...).
// Distance is in degrees of arc on a local plate carrée: max(|Δlat|, |Δlon|·cos(mean lat)), longitudes wrapped, so a
// tolerance is the half-side of a square of that many degrees of latitude around the gold point.
//   double d = salvo::eval::offsetDeg({35.2, 37.1}, {35.22, 37.27});   // ≈ 0.14
//   bool ok = salvo::eval::isFound(scenarioPlace, goldPlace);
#include "core/LatLon.hpp"
#include "eval/Gold.hpp"
#include "scenario/Scenario.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace salvo::eval {

// Normalised keys of one written name: case, diacritics and punctuation folded (core foldKey), a parenthetical note
// ("(adj.)") and a possessive "'s" dropped, a leading "the" dropped; then also the form without a leading Arabic
// article (al-, el-, and the assimilated ar-, as-, ash-, at-, ad-, an-, az-), the form before the first comma
// ("TAMPA, Fla." → "tampa") and the form without a trailing designator (province, governorate, state, region,
// district, oblast, prefecture, emirate, canton, county, city). Sorted, unique; empty when the name has no letters or digits.
std::vector<std::string> nameKeys(std::string_view written);

// The tolerance in degrees: the gold place's tolerance_deg, else the default for its kind (3° for an unknown kind).
double toleranceDeg(const GoldPlace& gold);
// Degrees of arc between two points as described above.
double offsetDeg(LatLon a, LatLon b);

bool isNamedAs(const scenario::Place& place, const GoldPlace& gold);
bool isLocatedAt(const scenario::Place& place, const GoldPlace& gold);
// Scenario kinds (country|admin1|city|sea|base|region|point) against gold kinds (country|province|city|sea|base|region).
bool kindsCompatible(std::string_view scenarioKind, std::string_view goldKind);

bool isFound(const scenario::Place& place, const GoldPlace& gold);     // named and located
bool standsFor(const scenario::Place& place, const GoldPlace& gold);   // located, and named or of a compatible kind

} // namespace salvo::eval
