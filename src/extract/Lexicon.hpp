#pragma once
// Lexicon: the generic English word lists extraction decides with — organisation heads, personal titles, common given
// names, capitalised common words that GeoNames also knows as places, place-type cues, speech and event verbs, munition
// and unit nouns. Nothing here names a particular article's places, counts or people: these are closed-class or
// high-frequency words of English news style. All look-ups take lower-case ASCII and are O(1); `word()` returns
// everything known of one word at once, so a token is looked up once per document and then tested without hashing.
//   if (salvo::extract::lex::isOrgHead("ministry")) ...
//   auto q = salvo::extract::lex::unitClass("missiles");   // UnitClass::Munition
//   const auto w = salvo::extract::lex::word("missiles");  // w.munitionHead() && w.unit == UnitClass::Munition
#include <cstdint>
#include <string>
#include <string_view>

namespace salvo::extract::lex {

bool isOrgHead(std::string_view w);        // state, ministry, center, agency, army, front, news, ... (capitalised use)
bool isGroupHead(std::string_view w);      // heads of armed-group names that take "in X and Y": state, qaeda
bool isTitle(std::string_view w);          // gen, general, secretary, minister, president, spokesman, ... (no dot)
bool isGivenName(std::string_view w);      // common given names across languages
bool isStopWord(std::string_view w);
bool isMedium(std::string_view w);         // surface, air, ground, sea, ship, land, sub: "surface to air", "land attack"       // capitalised common words never read as a place on their own
bool isNameConnector(std::string_view w);  // lower-case words inside place names: al, el, az, de, of, the, bin ...
bool isTimeWord(std::string_view w);       // weekdays, months, "today", ...
bool isSpeechVerb(std::string_view w);     // said, told, confirmed, announced, ...
bool isSubjectVerb(std::string_view w);    // verbs and auxiliaries that make a preceding capital a metonymic subject
bool isActorNoun(std::string_view w);      // forces, jets, military, navy, missiles, coalition, ...
bool isSpeakerNoun(std::string_view w);    // officials, ministry, spokesman, media, sources, ...
bool isGroupNoun(std::string_view w);      // rebels, militants, fighters, insurgents, militia
bool isArmedGroupName(std::string_view w); // hezbollah, hamas, houthi(s), taliban: groups named bare
bool isDefenceSystemName(std::string_view run); // "iron dome", "david's sling" (lower case): a weapon, never a place
bool isPreposition(std::string_view w);
bool isDeterminer(std::string_view w);     // the, a, an, its, their, this, ...

enum class Cue : uint8_t { None, Admin1, City, Base, Sea };
Cue placeCue(std::string_view w);          // province(s)/governorate(s)/region(s) -> Admin1, city/town/village -> City, ...

enum class Trigger : uint8_t { None, Launch, Strike, Crash, Intercept, Airspace, Flight, ViolationVerb };
Trigger trigger(std::string_view w);

bool isMunitionHead(std::string_view w);   // missile(s), rocket(s), drone(s), tomahawk(s), bomb(s), projectile(s)
bool isMunitionModifier(std::string_view w); // cruise, ballistic, guided, anti-ship, hypersonic, ...
// "vehicle bombs", "car bomb", "truck bombs": a bomb built into a vehicle, a target in strike reports, never a munition
// fired. `before` is the word before the bomb noun, lowercase.
bool isVehicleBomb(std::string_view before, std::string_view head);
// The country an armed group holds ground in, when it is one ("houthi" -> "YE", "hezbollah" -> "LB"), or "": "strikes
// on Houthi targets" struck Yemen.
std::string_view armedGroupHome(std::string_view lower);

enum class UnitClass : uint8_t { None, Munition, Target, Strike, Troop, Casualty, Distance, Aircraft, Ship, Place, Time };
UnitClass unitClass(std::string_view w);

enum class Stance : uint8_t { None, Confirmed, Denied, Assessed };
Stance stanceOfVerb(std::string_view w);

// Everything the lexicon knows of one word (all false / None for an unknown word).
struct Word {
    enum Flag : uint32_t {
        kOrg = 1u << 0, kGroupHead = 1u << 1, kTitle = 1u << 2, kGiven = 1u << 3, kStop = 1u << 4,
        kConnector = 1u << 5, kTime = 1u << 6, kSpeech = 1u << 7, kSubjectVerb = 1u << 8, kActor = 1u << 9,
        kSpeaker = 1u << 10, kGroupNoun = 1u << 11, kPrep = 1u << 12, kDet = 1u << 13, kMunition = 1u << 14,
        kMunitionMod = 1u << 15, kStandoff = 1u << 16, kDebris = 1u << 17,
    };
    uint32_t flags = 0;
    Cue cue = Cue::None;
    Trigger trigger = Trigger::None;
    UnitClass unit = UnitClass::None;
    Stance stance = Stance::None;

    bool orgHead() const { return flags & kOrg; }
    bool groupHead() const { return flags & kGroupHead; }
    bool title() const { return flags & kTitle; }
    bool givenName() const { return flags & kGiven; }
    bool stopWord() const { return flags & kStop; }
    bool nameConnector() const { return flags & kConnector; }
    bool timeWord() const { return flags & kTime; }
    bool speechVerb() const { return flags & kSpeech; }
    bool subjectVerb() const { return flags & kSubjectVerb; }
    bool actorNoun() const { return flags & kActor; }
    bool speakerNoun() const { return flags & kSpeaker; }
    bool groupNoun() const { return flags & kGroupNoun; }
    bool preposition() const { return flags & kPrep; }
    bool determiner() const { return flags & kDet; }
    bool munitionHead() const { return flags & kMunition; }
    bool munitionModifier() const { return flags & kMunitionMod; }
    // A long-range weapon an aircraft fires far from its target ("cruise", "JASSM", "Kh-101"): its firing is a launch
    // with a flight of its own, not an air strike.
    bool standoff() const { return flags & kStandoff; }
    // What is left of a munition or aircraft that came apart ("debris", "fragments", "wreckage"): what falls of it.
    bool debris() const { return flags & kDebris; }
};
Word word(std::string_view w);

// "eastern", "south", "central": words that narrow an area when they precede its name.
bool isCompassWord(std::string_view lower);
// "second" through "tenth": an ordinal that picks one more of a set ("a fourth landed", "the fifth ASBM").
bool isOrdinal(std::string_view lower);
// The navy of a ship prefix English news writes before a vessel's name ("uss" -> "US", "hms" -> "GB"), or "".
std::string_view navyOfShipPrefix(std::string_view lower);

// A plural noun's singular by the regular rules ("missiles" -> "missile", "sorties" -> "sorty" is the caller's
// exception to make); words ending in "ss" are left alone.
std::string singular(std::string_view lowerWord);

} // namespace salvo::extract::lex
