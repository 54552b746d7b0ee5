#pragma once
// Context: what the extraction passes share while turning one Document into a Scenario — the tokens pre-digested
// (lower-case text, sentence, capitalisation), the place mentions found and resolved, and the look-up cache. Internal
// to extract; the passes are free functions in Toponyms.cpp, Claims.cpp and Events.cpp, run in that order by
// Extractor.cpp.
#include "atlas/Atlas.hpp"
#include "extract/Lexicon.hpp"
#include "scenario/Scenario.hpp"
#include "text/Document.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace salvo::extract::detail {

struct Tok {
    size_t start = 0, end = 0; // byte offsets into Document::text
    std::string_view text;     // as written
    std::string_view lower;    // lower-case ASCII (view into Context::lower)
    int sentence = -1;
    bool word = false;         // a word or a number
    bool cap = false;          // starts with an upper-case letter
    bool number = false;
    bool sentenceInitial = false;
    lex::Word lx;              // the lexicon's entry for `lower`, looked up once (test it rather than lex::isX(lower))

    // Is the lower-case text exactly the literal `w`? Forced in line: in the long token passes GCC called
    // string_view's == out of line, and that called memcmp, thousands of times per article; in line, the length test
    // settles most comparisons and a short literal's bytes compare as a few integers.
    template <size_t N>
    [[gnu::always_inline]] bool is(const char (&w)[N]) const {
        return lower.size() == N - 1 && __builtin_memcmp(lower.data(), w, N - 1) == 0;
    }
};

// One place name (or demonym) as written, and what it was resolved to.
struct PlaceMention {
    size_t first = 0, last = 0; // token range, inclusive
    size_t start = 0, end = 0;  // byte span
    int sentence = -1;
    std::string key;            // folded name looked up
    const std::vector<atlas::Candidate>* cands = nullptr; // shared, from Context::cache
    lex::Cue cue = lex::Cue::None;
    bool cueWeak = false;       // "near X": a hint, not a statement
    bool demonym = false;       // "Russian", "Turkish": the country as modifier or actor
    bool hyphenModifier = false; // "U.S.-led"
    std::string role = "literal";
    int list = -1;              // coordination list ("Homs, Hama and Raqqa") id, or -1
    std::vector<std::pair<int, double>> ranked; // (candidate index, probability 0..1), best first
    // Per candidate: its own name folds to this mention's key (set by ranking). A string of 0/1 bytes rather than a
    // vector: up to 15 candidates fit its inline buffer, which spares an allocation for most mentions.
    std::string exactName;
    int place = -1;             // index into Scenario::places once built
    bool dropped = false;

    const atlas::Candidate* best() const { return ranked.empty() ? nullptr : &(*cands)[ranked[0].first]; }
};

// What the claim pass knows about each claim beyond the scenario fields; parallel to Scenario::claims.
struct ClaimInfo {
    size_t numberTok = 0;       // first token of the number
    size_t headTok = 0;         // the unit noun's token (== numberTok when none)
    lex::UnitClass unit = lex::UnitClass::None;
    int anaphorOf = -1;         // "the two strikes": index of the earlier claim it repeats
    std::string speakerCountry; // ISO2 of the speaker's country ("Russian officials" -> RU), empty if none
    bool verbStance = false;    // stance came from the attribution verb (confirmed, denied, believe)
    bool implicit = false;      // written without a numeral ("a Scud missile", "an airstrike"): value 1
    bool vague = false;         // "dozens", "hundreds", "several": a lower bound, never an event's count
    bool partOfSet = false;     // "14 of the missiles", "12 of them": a part of munitions counted before
    bool elided = false;        // "Three were shot down": a bare count of the munitions named just before
    size_t elidedHead = SIZE_MAX; // the token of that munition noun, told before
    bool additional = false;    // "Thirteen more were fired", "another three": beyond those told, never a part of them
};

struct Context {
    const text::Document& doc;
    const atlas::Atlas& atlas;
    std::string lower;               // doc.text, ASCII upper case folded
    std::string names;               // doc.text with scanning slips in names undone ("Bab AI-Mandeb": "Al-"); folded by fold()
    std::vector<Tok> toks;
    std::vector<char> skipSentence;  // boilerplate sentences
    std::vector<char> blocked;       // per token: inside an organisation or person name
    std::vector<char> otherIncident; // per token: in a phrase that names an earlier incident as a cause ("in
                                     // retaliation for Iran's attack on Israel"); filled by the event pass
    std::vector<PlaceMention> mentions; // in text order
    std::unordered_map<std::string, std::vector<atlas::Candidate>> cache;
    std::vector<ClaimInfo> claimInfo; // parallel to Scenario::claims
    // "60 miles northwest of Mogadishu": a place placed by distance and bearing from another mention. Its position
    // is set once the named place is resolved (placeOffsets); the named place is only its reference point.
    struct OffsetArea {
        std::string slotKey;  // the cache slot of the offset place's one candidate
        size_t referenceTok = 0; // first token of the named place's mention
        double bearingDeg = 0, metres = 0;
    };
    std::vector<OffsetArea> offsetAreas;
    std::string keyBuf;              // scratch for folding
    // Per token, the country of its text read as a demonym, and of the text without "'s": filled on first ask by
    // demonymOf/demonymOfBare (the atlas folds and hashes every time; the passes ask about the same token often).
    mutable std::vector<int32_t> demonymCache, demonymBareCache; // -2: not asked yet, -1: none
    // Lower-case word -> country or -1, open addressing (an empty key marks a free slot; doubled at half load): the
    // passes ask about hundreds of distinct words per article, and a node-based map allocated for each.
    mutable std::vector<std::pair<std::string_view, int32_t>> demonymByWord;
    mutable size_t demonymWords = 0;
    // Per token, the mention covering it (-2: not asked yet), kept once the place pass has settled the mentions (empty
    // before): the event pass asks about the same tokens again and again.
    mutable std::vector<int> mentionAtCache;
    Diagnostics diagnostics;

    Context(const text::Document& d, const atlas::Atlas& a) : doc(d), atlas(a) {}

    const std::vector<atlas::Candidate>& candidates(const std::string& key);
    // The folded key of the text between two byte offsets (no allocation for ASCII text: reuses keyBuf).
    const std::string& fold(size_t start, size_t end);
    // Token range [first, last) of sentence s.
    std::pair<size_t, size_t> sentenceTokens(int s) const;
    // The range [first, last) of `mentions` that start in sentence s's tokens (mentions are sorted by token), so a
    // pass over one sentence's mentions costs nothing per other sentence.
    std::pair<size_t, size_t> sentenceMentions(int s) const;
    // The mention covering token t, or -1.
    int mentionAtToken(size_t t) const;
    // atlas.countryByDemonym(token text), and of the text without a final "'s", cached per token.
    std::optional<uint32_t> demonymOf(size_t t) const;
    std::optional<uint32_t> demonymOfBare(size_t t) const;
    // Is the place entry a national capital (GeoNames PPLC)?
    bool isCapital(const atlas::Candidate& c) const;
    // Is token t a named vessel's name: after a navy prefix ("USS Mason") or, written alone, a word that follows one
    // somewhere in the text ("Mason, operating in the Red Sea")?
    bool isShipName(size_t t) const;
    mutable std::vector<std::string_view> shipWords; // the words after navy prefixes, filled on first ask
    mutable bool shipWordsRead = false;
};

void prepareTokens(Context& ctx);
// After the place pass: a word inside a place's name is no verb ("States" in "the United States on Friday" neither
// opens nor dates a speech).
void quietVerbsInsideNames(Context& ctx);
// Finds place names and demonyms, resolves them with context, and appends the places to `out`.
void findPlaces(Context& ctx, scenario::Scenario& out);
// Every numeric assertion as a claim (quantity, value, speaker, stance); events link them afterwards.
void findClaims(Context& ctx, scenario::Scenario& out);
// Launch, strike, crash, intercept, airspace-violation and flight events, merged across sentences.
void findEvents(Context& ctx, scenario::Scenario& out);

// Helpers shared by the passes.
std::string countryOfActorText(const Context& ctx, std::string_view text); // "Russian officials" -> "RU"
// "backed", "made", "supported" ...: the word after a country's hyphen that makes it a sponsor or maker, not an actor.
bool sponsorSuffix(std::string_view word);
// "Tomahawk land attack missiles": a medium at token k and "attack" after it, before b: the modifier "land-attack"
// written without its hyphen.
bool spacedAttack(const Context& ctx, size_t k, size_t b);
// Is the mention written as a sponsor or maker ("Iran-backed", "Iranian-made")?
bool sponsorOnly(const Context& ctx, const PlaceMention& m);
// "Iraq's", "Iraq 's": the mention ends in a possessive ("Iraq's Kurdistan region", "North Korea's missile launch").
bool possessiveMention(const Context& ctx, const PlaceMention& m);
// Ends in "'s": tested in line, since the passes ask it of nearly every token (a call to memcmp each, otherwise).
inline bool endsPossessive(std::string_view w) { return w.size() >= 2 && w[w.size() - 2] == '\'' && w.back() == 's'; }
// The word without its possessive ("Pentagon's" -> "Pentagon"), as written otherwise.
inline std::string_view stripPossessive(std::string_view w) {
    if (endsPossessive(w)) w.remove_suffix(2);
    return w;
}
// The name of a sea area just off a coast that the text describes ("into the sea off its east coast"): the reader
// writes it, and only it, as "waters off the <side> coast of <place>".
inline constexpr std::string_view kOffCoastPrefix = "waters off the ";
inline bool isOffCoastName(std::string_view name) { return name.starts_with(kOffCoastPrefix); }
bool isVerbLike(std::string_view lower);
bool isVerbLike(const Tok& t); // the same for a token, without a look-up
// "a bomber flying over X", "warships operating in X": a participle that says where an aircraft or ship was.
bool platformParticiple(const Context& ctx, size_t k);

} // namespace salvo::extract::detail
