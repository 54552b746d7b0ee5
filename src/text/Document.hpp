#pragma once
// Document: an article turned into sentences, tokens, numbers, times and attributions, every item carrying byte
// offsets into `text` (the validated, normalised article). Knows nothing of places: that is extract's job.
//   auto r = salvo::text::parseDocument(bytes);          // Result<Document>; invalid UTF-8 names the byte offset
//   for (const auto& s : r->sentences) ...
//
// Offsets: every offset in a Document refers to Document::text, NOT to the input bytes. `text` is the input with
// curly quotes made ASCII (' and "), dashes (en, em, minus, figure) made '-' (an en/em dash that touches a word on
// either side gets spaces so "strategy—they" becomes "strategy - they"), the ellipsis made "...", non-breaking and
// other Unicode spaces made ' ', zero-width characters, soft hyphens and a BOM removed, CR LF made LF, and other
// control characters made ' '. Everything else, non-ASCII letters included, is kept byte for byte.
//
// Model: lines are classified as furniture (boilerplate: call-to-action banners, "Share this", copyright lines),
// headline, byline/date line, section heading, or body; sentences come from body lines only. Times are resolved
// against the dateline (publication day, 00:00-24:00 UTC); a time of day with no zone, or a zone only a place can
// give ("4:40 a.m. ... in Syria", "local time", "(Sanaa time)"), is kept with needsZone and resolved later by
// resolveInZone().
// Accuracy: rule-based and English-only; good on wire-service and government-statement prose, blind to irony.
#include "core/Diagnostic.hpp"
#include "core/Time.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::text {

enum class TokenKind { Word, Number, Punct, Symbol };

struct Token {
    size_t start = 0, end = 0; // byte offsets into Document::text
    TokenKind kind = TokenKind::Word;
    bool capitalized = false;  // first letter upper case
    bool sentenceInitial = false;
};

struct Sentence {
    size_t start = 0, end = 0;  // byte offsets
    size_t firstToken = 0, tokenCount = 0; // into Document::tokens
    int paragraph = 0;
    std::string heading;        // the section heading above it, if any
};

// A number expression: "26", "Four", "twenty-six", "40,000", "more than a dozen", "at least 4",
// "nearly 1,500 kilometers", "two", "a dozen".
struct NumberExpr {
    size_t start = 0, end = 0;  // the whole expression incl. hedge and unit
    double value = 0;
    std::string op = "=";       // = | > | >= | < | <= | ~   ("more than" >, "at least" >=, "nearly"/"about" ~)
    std::string unit;           // the noun right after, lower case singular where obvious ("km", "missile", "troop")
    size_t unitStart = 0, unitEnd = 0; // span of the unit words (empty if none)
    int sentence = -1;
    size_t valueStart = 0, valueEnd = 0; // span of the number itself ("a dozen", "1.5 million", "26")
    bool vague = false;         // "dozens", "hundreds", "thousands": value is a lower bound by convention (24, 200, 2000)
};

// Metres in one unit of distance as NumberExpr::unit writes it ("km", "kilometer", "mile", "nmi" for nautical miles,
// "meter"; plurals and "nautical mile" too); 0 for a unit that is no distance.
double metresPerUnit(std::string_view unit);

// A time expression resolved against the dateline. See Times.cpp for the rules (weekdays, years, parts of a day).
//   interval: UTC. Exact when resolved && !needsZone. A calendar day with no zone is its UTC day 00:00-24:00 (dates
//   are compared by label); a written zone ("EDT", "Korea Standard Time", "UTC+3", "Moscow time") makes a day, a
//   part of a day or a clock time exact.
//   needsZone: local wall time with no offset (a clock time or part of a day with no zone, "local time",
//   "(Sanaa time)"): resolved is false, the local parts below are set when the day is known, and `interval` is a
//   coarse bound covering every zone (the local stretch widened by 14 h on each side, precision Day). Call
//   resolveInZone() with the IANA zone of localPlace, or of the event's place, for the exact interval.
//   With no dateline for a relative expression the day is unknown: resolved false, interval zero, precision Unknown.
struct TimeExpr {
    size_t start = 0, end = 0;
    TimeInterval interval;      // UTC
    std::string text;
    std::string zone;           // IANA zone or the zone as written ("EDT", "UTC-5", "local time", "Sanna time")
    int sentence = -1;
    bool relative = false;      // needed the dateline or an earlier date: "on Wednesday", "That evening", "April 7"
    bool resolved = false;      // `interval` is the expression's UTC interval (see needsZone)
    bool needsZone = false;     // local wall time: call resolveInZone() with the place's zone
    // The place whose local time it is: "Syria" in "4:40 a.m., April 7, in Syria"; "Sanna" in "(Sanna time)";
    // "Somalia" in "local Somalia time"; "Moscow" in "Moscow time" (resolved through the tz database). Empty if none.
    std::string localPlace;
    size_t localPlaceStart = 0, localPlaceEnd = 0;
    bool localPlaceIsZone = false; // localPlace only names the zone ("(Sanaa time)", "Moscow time", "local Somalia
                                   // time"): a modifier, not a place where something happened
    // Local wall-clock parts as written (after the dateline or an earlier date filled a missing year or day); -1 when
    // not given. localHour -1 with a day set: the whole local day.
    int localYear = -1, localMonth = -1, localDay = -1, localHour = -1, localMinute = -1;
    int localSpanMinutes = 0;   // length of the local stretch from localHour:localMinute: 0 for a clock instant, 360
                                // for "afternoon", 720 for "overnight", 100 for "from 2:50 to 4:30 a.m."
    bool speech = false;        // dates a speech act, not an event: "said Monday", "in a statement yesterday"
    bool datesFollowing = false; // dates only the event told after it: "six days after [an Israeli airstrike]"
    bool labelsIncident = false; // names an attack by its day ("the April 5 bombing"): it dates no other event
    int sameAs = -1;            // index into Document::times of the expression this one restates in another zone
                                // ("8:40 p.m. EDT (4:40 a.m., April 7, in Syria)"): it has that one's exact interval
};

// Who said a stretch of text: "X said", "X told reporters", "according to X", "X confirmed to VOA",
// "quoted X as saying". The speaker span is the noun phrase naming the source.
struct Attribution {
    size_t speakerStart = 0, speakerEnd = 0; // the speaker noun phrase
    std::string speaker;        // its text
    std::string verb;           // said | told | confirmed | according to | quoted | denied | ...
    size_t clauseStart = 0, clauseEnd = 0;   // the text the attribution covers (may span sentences for quotes)
    int sentence = -1;          // sentence of the speech verb
    bool viaIntermediary = false; // "TASS quoted the ministry as saying": speaker is the ministry, via TASS
    std::string intermediary;
    size_t intermediaryStart = 0, intermediaryEnd = 0;
    // The speaker with a pronoun resolved: for "He said", the most recent person-like speaker of an earlier sentence
    // ("Austin", "the defense secretary"); otherwise equal to `speaker`. Empty when a pronoun stays unresolved.
    std::string resolvedSpeaker;
    bool pronoun = false;       // the speaker span is "he"/"she"
    bool quote = false;         // the clause is a direct quote (clause covers the sentences holding the whole quote)
    // The issuer's default attribution, last in Document::attributions: speaker Document::signatory (with the issuer
    // as intermediary) or Document::issuer, verb "issued", sentence -1, clause over the whole body, so that
    // attributionAt() returns it only where no sentence names a speaker.
    bool implicit = false;
};

struct Document {
    std::string text;           // validated UTF-8, quotes and dashes normalised to ASCII, boilerplate kept in place
    std::string headline;
    std::string byline;         // "Reuters Staff"
    std::optional<UtcTime> dateline; // publication date (00:00 UTC of that day) when found
    std::vector<std::pair<size_t, size_t>> boilerplate; // spans set aside (banners, "Join the mailing list")
    std::vector<std::pair<size_t, size_t>> headings;    // section headings
    std::pair<size_t, size_t> headlineSpan{0, 0};        // empty when no headline
    std::pair<size_t, size_t> bylineSpan{0, 0};          // the whole byline/date line, or the "WASHINGTON, Oct 8 (Reuters) -" prefix
    // The place of a wire-service dateline: "WASHINGTON" in "WASHINGTON, Oct 8 (Reuters) -", "TAMPA, Fla." in
    // "TAMPA, Fla. -", "KABUL, Afghanistan" in "KABUL, Afghanistan, April 13, 2017 -", "CAMP H.M. SMITH, Hawaii" on a
    // line of its own. Where the report was filed, not where anything happened. Empty when none.
    std::pair<size_t, size_t> datelinePlaceSpan{0, 0};
    // Who published the text: the organisation of a source line "<Organisation>, <ISO date>" (for example "Joint Staff
    // Public Affairs, 2019-06-20"); empty when none. byline takes it when no "By ..." line names an author.
    std::string publisher;
    std::pair<size_t, size_t> publisherSpan{0, 0};
    // The office whose statement the text is: named by a statement headline ("U.S. Air Forces Central Command
    // Statement on ...", "Statement by Secretary of Defense Lloyd J. Austin III on ..."), else the publisher. The
    // default speaker of whatever the text states without attribution (see Attribution::implicit).
    std::string issuer;
    std::pair<size_t, size_t> issuerSpan{0, 0};  // in the headline or the source line
    // The person a statement is signed by, from its closing line ("- Attributable to Lt. Gen. Joseph Guastella,
    // Commander, ..." -> "Lt. Gen. Joseph Guastella"; "- Capt. Bill Urban, USN, ..." -> "Capt. Bill Urban"); the
    // closing line is set aside (boilerplate). Empty when none.
    std::string signatory;
    std::pair<size_t, size_t> signatorySpan{0, 0};
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
    std::vector<NumberExpr> numbers;
    std::vector<TimeExpr> times;
    std::vector<Attribution> attributions;
    Diagnostics diagnostics;

    std::string_view slice(size_t start, size_t end) const { return std::string_view(text).substr(start, end - start); }
    std::string_view tokenText(const Token& t) const { return slice(t.start, t.end); }
    // The sentence containing byte offset `pos`, or -1.
    int sentenceAt(size_t pos) const;
    // The attribution whose clause covers `pos` (innermost), or nullptr.
    const Attribution* attributionAt(size_t pos) const;
};

struct ParseOptions {
    std::optional<UtcTime> dateline; // overrides the dateline found in the text
    size_t maxBytes = 64u << 20;     // larger input is refused with a diagnostic (64 MiB)
};

// Fails (Result error) on empty input, invalid UTF-8 (message names the byte offset), NUL bytes, or input over
// maxBytes. Everything else is a best effort with diagnostics.
Result<Document> parseDocument(std::string_view bytes, const ParseOptions& opt = {});

// A noun that names an earlier incident as the cause of what is told ("in retaliation for", "in response to"):
// retaliation, response, revenge, reprisal(s), retribution. Lower-case input. The time scanner and the event reader
// both mark such a phrase as another incident.
bool isCauseNoun(std::string_view lower);

// Resolves a time expression written in a place's local time, once extract has found the place's IANA zone
// ("Asia/Damascus"): local parts -> UTC with the zone's offset on that date (daylight saving included). A clock
// time gives an instant (precision Minute); a stretch (localSpanMinutes > 0: "afternoon", "from 2:50 to 4:30 a.m.")
// its start and end (Hour when both fall on whole hours, else Minute); a day with no time of day (localHour -1) the
// whole local day, 00:00 to 24:00 (precision Day). Returns nullopt when the zone is unknown to the tz database or
// the expression has no local date.
std::optional<TimeInterval> resolveInZone(const TimeExpr& t, std::string_view ianaZone);

} // namespace salvo::text
