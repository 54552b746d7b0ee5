#pragma once
// Event frames: what the event pass knows of one happening while it reads. A frame is first filled from its own clause
// (EventClauses.cpp: trigger, count, origin, targets, actor, munition, time, speaker by role cues), then joined with
// the frames of earlier sentences and given what the discourse says around it (Events.cpp: merge, time carried from
// the sentence that dated the incident, crash and intercept linked to their launch). Internal to extract.
#include "extract/Context.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace salvo::extract::detail {

struct EventFrame {
    lex::Trigger kind = lex::Trigger::None;
    size_t trig = 0;          // trigger token
    int sentence = -1;
    std::string actor;
    bool actorStrong = false;
    // "U.S. and coalition forces have been attacked": the country whose forces suffered a strike told in the passive;
    // no incident that country carried out is this one.
    std::string victim;
    std::string munition;
    std::vector<int> claims;  // indices into Scenario::claims
    std::optional<int> count;
    // The munition noun of a count a launch shares with its intercept ("shot down three cruise missiles and several
    // drones that were launched by ..."): the launch's munition is the counted one, not the nearest to its verb.
    size_t sharedCountHead = SIZE_MAX;
    bool countIsStrikes = false; // the count is of strikes ("seven strikes", "an airstrike"), not of munitions
    bool countAll = false;    // "all of them were destroyed": the count of the launch it belongs to
    int from = -1;            // place index
    std::vector<int> to;
    int time = -1;            // index into Document::times: the frame's own time expression
    int carriedTime = -1;     // the time of the sentence that dated the incident, when the frame has none of its own
    size_t scopeStart = 0, scopeEnd = 0; // token range the frame owns (for split strikes)
    size_t actorStart = 0;    // where the frame's clause starts, for its actor ("hours after a missile was fired")
    bool temporalClause = false; // inside "hours after ...", "a day before ...": dated only by its own clause
    bool beforeTemporalClause = false; // a temporal clause after it in its sentence tells another incident
    bool pronounSubject = false; // "they also fired": the actor is the one the discourse told last
    bool speakerPronoun = false; // "the Guards said they also fired": the subject is the speaker
    bool causeIncident = false;  // in "a response to Iran's strike on Tuesday in X": dated and placed by that phrase
    bool pronounMunitions = false; // "it had been launched from Yemen": the subject is the munitions told before
    std::string speaker;
    bool aircraftDown = false; // a crash or intercept of an aircraft ("the aircraft ... fell into international waters")
    bool airDelivered = false; // fired or dropped by aircraft ("the drone fired two missiles at a compound")
    std::string aircraft;      // the aircraft an air strike came by, as written ("F/A-18 aircraft"), when it names no munition
    bool impact = false;       // where a launch told before came down ("The missiles hit radar sites near Kut")
    bool madeOf = false;       // what a definite attack was made of ("The attack involved 38 missiles"): refers back
    bool standalone = true;    // enough for an event of its own; else it can only refer back ("Thursday's strike
                               // targeted ...") and then lends its time, never its places
    // "fired from bombers over the Caspian Sea and from warships in the Black Sea": launch areas told after `from`
    // in the same phrase, in other countries or waters. The sentence then splits the launch (splitOrigins).
    std::vector<int> moreFrom;
    size_t fromEnd = 0;        // the last token of the origin's mention, when the sentence gave it
    bool wholeOfAreas = false; // the launch as a whole, counted, from several areas: it takes no single origin
    bool areaPart = false;     // the launch from one of those areas, its count unknown
};

// Adds `place` to the frame's targets unless it is one already.
inline void addTarget(EventFrame& e, int place) {
    if (std::find(e.to.begin(), e.to.end(), place) == e.to.end()) e.to.push_back(place);
}

// Launch areas that tell apart two launches rather than one place: different countries, or two distinct waters.
bool distinctAreas(const scenario::Scenario& out, int x, int y);

// Per sentence, the frames its triggers open, filled from the sentence alone (those too vague to stand alone marked). `datedTimes` receives the time
// expressions that date an event-like clause of the sentence (also of clauses too vague to keep as events, such as
// "continued to attack ... yesterday"), for the discourse to carry to later frames.
std::vector<EventFrame> readSentenceFrames(Context& ctx, scenario::Scenario& out, int sentence,
                                           std::vector<int>& datedTimes);

// The places of one sentence's frames by role cues (EventRoles.cpp); their actors, munitions, times and speakers, and
// the sentence's event-dating times (EventActors.cpp).
void attachPlaces(Context& ctx, scenario::Scenario& out, int s, std::vector<EventFrame>& frames, bool hasLaunch);
void attachActorsAndTimes(Context& ctx, int s, std::vector<EventFrame>& frames, std::vector<int>& datedTimes);
// The times of sentence s that date what happens in it (not a speech, not the byline, not a tally's start), appended
// once each.
void addDatingTimes(const Context& ctx, int s, std::vector<int>& datedTimes);
// Is the time the start of a tally ("fired since the operation began Saturday", "since Oct. 17")? It dates no
// incident told after it.
bool startsTally(const Context& ctx, const text::TimeExpr& t);

// A speech verb or a quote mark between two tokens ends a frame's reach ("..., Carter said after talks in Brussels");
// a short quoted name ("bunker buster") does not.
bool speechBetween(const Context& ctx, size_t x, size_t y);
// An event verb at k told as an intent: "prepared to launch", "threatened to strike" (not "began to fire", "continued
// to attack", which happen). a: the clause's first token.
bool intendedVerb(const std::vector<Tok>& T, size_t k, size_t a);
// Is the mention inside the speaker's phrase of an attribution of its sentence ("The Israeli military said")?
bool insideSpeakerPhrase(const Context& ctx, const PlaceMention& m);
// Does the mention head an actor noun ("U.S. forces", "U.S. military forces", "Russian warplanes")? b: clause end.
bool headsActorNoun(const Context& ctx, const PlaceMention& m, size_t b);
// Do tokens [a, b) tell of a ship: a ship noun ("destroyer", "vessel") or a named vessel ("USS Mason", later "Mason")?
bool tellsOfShip(const Context& ctx, size_t a, size_t b);
// The frame a token belongs to: the nearest trigger within reach, one after the token counting double; with
// preferLaunch, the sentence's launch.
EventFrame* frameOwning(const Context& ctx, std::vector<EventFrame>& frames, size_t tok, bool preferLaunch);

// The munition written nearest token t in [a, b) as a compound ("59 Tomahawk cruise missiles" -> "Tomahawk cruise
// missile"), or "" when none is within 12 tokens.
std::string munitionNear(const Context& ctx, size_t t, size_t a, size_t b);

// A munition noun used as a munition: not "missile" in "missile defense system" or "missile parts".
bool munitionToken(const Context& ctx, size_t k);
// Is token k a bare count standing for the munitions named before ("Three were shot down")? It names no munition.
bool elidedMunitionCount(const Context& ctx, size_t k);
// A count written as a word ("two", "Three", "twenty-three").
bool smallCountWord(std::string_view lower);
// A quantifier standing for some of the munitions told, uncounted: "the rest", "others", "most", "some", "several".
bool restQuantifier(std::string_view lower);

const char* kindName(lex::Trigger t);
bool compatibleText(const std::string& x, const std::string& y);

} // namespace salvo::extract::detail
