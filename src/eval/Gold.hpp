#pragma once
// Gold: a hand annotation of one report (tests/corpus/README.md, "Gold schema"), read into the parts `salvo eval`
// scores: places with their name forms and match tolerance, numeric claims, and events with the dates a scorer may
// accept. Only the fields scoring uses are kept; the rest of the file (text_notes, stated_vs_reported, ...) is prose
// for people. Reading validates what it keeps and names the JSON path of the first problem, like the scenario reader.
//   auto gold = salvo::eval::parseGold(text, "01_x.gold.json");   // Result<Gold>
//   for (const auto& e : gold->events) e.acceptedDays ...
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::eval {

struct GoldPlace {
    std::string name;                     // as first written in the text ("TAMPA, Fla.")
    std::string kind;                     // country | province | city | sea | base | region
    LatLon pos;
    std::string countryIso2;              // ISO 3166-1 alpha-2; empty for international waters and disputed areas
    std::string mention = "noun";         // noun | modifier | metonymic
    std::vector<std::string> alsoWritten; // other spellings, as the gold gives them ("North Korean (adj.)")
    std::optional<double> toleranceDeg;   // overrides the default for the kind; degrees
    bool optional = false;                // the note says "optional for scoring"

    // Scored in the main places figure: not optional and not metonymic.
    bool scored() const { return !optional && mention != "metonymic"; }
};

struct GoldCount {
    std::string what;
    double value = 0;
    bool strikeRelated = true; // false for numbers that are not about the strike (fleet sizes, distances)
};

struct GoldEvent {
    std::string id;                      // "e1"
    std::string kind;                    // launch | strike | intercept | crash | airspace_violation
    std::optional<std::string> fromPlace;// a GoldPlace name, or none
    std::vector<std::string> toPlaces;   // GoldPlace names; empty when the gold gives null
    std::optional<int> count;            // munitions, or strikes when countUnit is "strikes"
    std::string countUnit;               // "" or "strikes"
    std::optional<std::string> date;     // "YYYY-MM-DD" as the text dates it
    // Every day a scorer accepts ("YYYY-MM-DD", sorted, unique): date, local_date and the days date_note allows.
    std::vector<std::string> acceptedDays;
    bool noDateAccepted = false;         // the gold date is null, or date_note says "or null"
    std::vector<std::string> aggregateOf;// ids of the events this total sums up
    bool optional = false;               // the note says "optional for scoring"
    bool noCountAccepted = false;        // the note says "accept count null" (count is the preferred answer)
    // "60 miles northwest of the capital, Mogadishu": the computed point of a relative location, which a read target
    // may stand for instead of the to_place; its tolerance grows with the distance (offsetToleranceDeg).
    std::optional<LatLon> offsetPoint;
    double offsetDistanceKm = 0;
};

// Degrees a read place may lie from a gold offset point: 0.15, or a 320th of the distance in km when that is more
// (0.3 degrees for 96 km: the compass points of such phrases are 45 degrees apart and the distances rounded).
double offsetToleranceDeg(const GoldEvent& e);

struct Gold {
    std::string article;  // the .txt file name the gold annotates
    std::string dateline; // "YYYY-MM-DD"
    std::vector<GoldPlace> places;
    std::vector<GoldCount> counts;
    std::vector<GoldEvent> events;

    const GoldPlace* place(std::string_view name) const;
    const GoldEvent* event(std::string_view id) const;
};

// Reads a gold file's text; `name` is used in messages. Every from_place / to_place must name a place in places[],
// every aggregate_of id an event.
Result<Gold> parseGold(std::string_view text, const std::string& name);

// The days a date_note accepts: the ISO dates ("2019-03-09", ranges "2025-07-14..2025-07-16") and day-month-year
// dates ("1 Jan 2023") written after the word "accept"; when that clause names no date ("accept either date"), the
// dates named anywhere in the note. A note without "accept" accepts nothing more. `null` after "accept" accepts an
// event without a time.
struct DateNoteDays {
    std::vector<std::string> days; // "YYYY-MM-DD"
    bool acceptsNoDate = false;
    std::string sameAs;            // "e1" when the note is "as e1": the days of that event's note apply
};
DateNoteDays parseDateNote(std::string_view note);

} // namespace salvo::eval
