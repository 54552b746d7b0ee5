#pragma once
// Score: how well one scenario (Salvo's reading of a report, and its nominal simulation) agrees with the report's gold
// annotation. Each figure is a tally (found of total) so that articles add up; findings keep what a person needs to
// see why a tally is short: which gold items were missed and which scenario items matched nothing. The rules are in
// docs/DESIGN.md ("Scoring") and README.md ("Scoring").
//   salvo::eval::ArticleScore s = salvo::eval::scoreArticle(gold, scenario, simulation);
//   s.places.found, s.places.gold, s.events.full, ...; s.findings for --explain
#include "eval/Gold.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <string>
#include <vector>

namespace salvo::eval {

struct Tally {
    int hits = 0;  // found, matched, right, ...
    int total = 0; // out of
    Tally& operator+=(const Tally& o) { hits += o.hits; total += o.total; return *this; }
};

struct PlaceTallies {
    Tally recall;        // gold places scored in the main figure (not optional, not metonymic) found
    Tally recallAll;     // all gold places found
    Tally precision;     // scenario places (with a literal or metonymic mention) that stand for some gold place
    int kindMismatches = 0; // found places whose scenario kind is not compatible with the gold kind
};

struct EventTallies {
    int full = 0;        // gold events (an aggregate and its parts count once) right in full
    int part = 0;        // right at least in part (full included)
    int gold = 0;
    int scenario = 0;    // scenario events
    Tally launches;      // gold launches with a from_place replayed by the simulation
    Tally times;         // gold events with a date whose matched scenario event lies within an accepted day
    int inventedOrigins = 0; // scenario events whose from place stands for no gold event's from_place
};

struct CountTallies {
    Tally recall;            // strike-related gold counts some scenario claim has the value of
    int inventedNumbers = 0; // scenario event counts whose value is in no strike-related gold count nor gold event count
    int claims = 0;          // scenario claims
};

// One line an engineer reads to see what went wrong. `section` groups the lines of --explain.
struct Finding {
    enum class Section { PlaceMissed, PlaceUnmatched, PlaceKind, CountMissed, NumberInvented, Event, EventUnmatched,
                         EventExtra, OriginInvented, Launch, Time };
    Section section = Section::PlaceMissed;
    std::string text;
};

struct ArticleScore {
    PlaceTallies places;
    CountTallies counts;
    EventTallies events;
    std::vector<Finding> findings;
};

// simDiagnostics: what simulate() reported; an event's diagnostics explain a launch without tracks.
ArticleScore scoreArticle(const Gold& gold, const scenario::Scenario& scenario, const sim::Simulation& simulation,
                          const Diagnostics& simDiagnostics = {});

// The parts, also used on their own by the tests.
void scorePlaces(const Gold& gold, const scenario::Scenario& scenario, ArticleScore& out);
void scoreCounts(const Gold& gold, const scenario::Scenario& scenario, ArticleScore& out);
void scoreEvents(const Gold& gold, const scenario::Scenario& scenario, const sim::Simulation& simulation,
                 const Diagnostics& simDiagnostics, ArticleScore& out);

} // namespace salvo::eval
