// Place names: recognition, then resolution, then the places of the scenario.
//
// Recognition scans each sentence for the longest window of tokens whose folded text is an atlas name, starting only
// at capitalised tokens (or an Arabic article joined to one: "al-Baydah") that are not inside an organisation
// ("Islamic State in Iraq and Syria", "Federal Government of Somalia", "al-Qa'ida in the Arabian Peninsula"), a
// person's name ("Defense Secretary Lloyd Austin", "Jane Doe contributed", a surname seen before; but not the place
// before a title: "Kyiv Mayor Vitali Klitschko"), a vessel's or ship class's name ("USS Mount Whitney" and then "The
// Mount Whitney", "Arleigh Burke-class") or a weapon's ("Iron Dome missile defense system"). Single words that are
// common English ("Worse", "Now", "Jan.") or only tiny hamlets without a locative context are dropped. Transliterated
// spellings ("Baydah" for "Bayda") and one-letter typos of a named country's divisions ("Singh province") are tried
// when nothing matched. Demonyms become modifier mentions of their country.
//
// Areas no gazetteer lists are built from those it does: "eastern Syria", "central Israel" (a part of the country),
// "the Syrian-Lebanese border", "the Mediterranean coast" (of the country in focus), "waters east of the Korean
// Peninsula", "Houthi-controlled areas of Yemen", "the village of X, near Y" (placed at Y). A comma-qualified division,
// state or country narrows a name ("Paris, Texas", "TAMPA, Fla."), and the dateline outside the sentences becomes a
// place with the role "dateline".
//
// Resolution scores each candidate: the atlas prior, the kind (countries and seas first), the place-type cue around
// the name ("Hama and Idlib provinces", "near six cities: A, B", "the city of X"), the document's focus countries,
// the countries named in the same sentence, coherence inside a coordination list, and one sense per discourse (the
// "Washington" after "Washington, D.C." is the same place). Scores become probabilities (softmax); the best five are
// kept as the place's candidates so the viewer can offer the runners-up. A town read only through part of a longer
// unknown name or an alternate spelling, in a country nothing else in the text is about, is dropped.
#include "extract/Context.hpp"
#include "extract/EventFrames.hpp"

#include "core/Hash.hpp"
#include "core/Utf8.hpp"
#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <unordered_set>

namespace salvo::extract::detail {
namespace {

using atlas::Kind;

bool isPunct(const Tok& t, std::string_view p) { return !t.word && t.text == p; }

// The word without a possessive or an abbreviation's period ("Jan.", "Pentagon's"): what the word lists hold.
std::string_view bareWord(std::string_view w) {
    w = stripPossessive(w);
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    return w;
}

// The lexicon's entry for the word without a possessive: the token's own, looked up once, unless the token ends in
// "'s" or in a period (its entry may be the word's without the period; the lists are asked about the word as written).
lex::Word bareEntry(const Tok& t) {
    if (!endsPossessive(t.lower) && !t.lower.ends_with('.')) return t.lx;
    return lex::word(stripPossessive(t.lower));
}

// "al-Baydah", "ad-Dawr", "el-Arish": a lower-case Arabic article joined to a capitalised name starts a name too.
bool articleCapital(const Tok& t) {
    // Only the first four bytes can hold the hyphen: searched in line, as this is asked of every lower-case word.
    size_t h = 0;
    while (h < t.text.size() && h < 4 && t.text[h] != '-') ++h;
    if (h == t.text.size() || h == 4) return false; // no hyphen at 0..3
    return h > 0 && h + 1 < t.text.size() && t.text[h + 1] >= 'A' && t.text[h + 1] <= 'Z' &&
           lex::isNameConnector(t.lower.substr(0, h));
}

bool allLowerAlpha(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!(c >= 'a' && c <= 'z')) return false;
    return true;
}

// [organisations] Capitalised chunks with connectors, blocked when they contain an organisation head.
void blockOrganisations(Context& ctx, size_t a, size_t b) {
    auto& T = ctx.toks;
    size_t i = a;
    while (i < b) {
        if (!T[i].word || !T[i].cap) { ++i; continue; }
        size_t j = i;      // last token of the chunk
        bool org = !endsPossessive(T[i].lower) && bareEntry(T[i]).orgHead();
        bool group = T[i].lx.groupHead();
        size_t k = i + 1;
        while (k < b) {
            if (endsPossessive(T[j].lower)) break;
            // "from bases in England and Navy A-6 aircraft": a place before "and", in no organisation's name yet,
            // ends the chunk ("Bosnia and Herzegovina" is read as a name elsewhere).
            if (T[k].lower == "and" && !org && ctx.atlas.hasKey(ctx.fold(T[i].start, T[j].end))) break;
            if (T[k].word && T[k].cap) { j = k; }
            else if (T[k].word && (T[k].is("of") || T[k].is("for") || T[k].is("and") ||
                                   T[k].is("the") || T[k].is("on") || T[k].is("de")) &&
                     k + 1 < b && T[k + 1].word && T[k + 1].cap) { j = k + 1; ++k; }
            // "Islamic State of Iraq and the Levant": "and the" inside a group's name.
            else if (group && T[k].is("and") && k + 2 < b && T[k + 1].is("the") && T[k + 2].word && T[k + 2].cap) {
                j = k + 2;
                k += 2;
            }
            else if (T[k].word && T[k].is("in") && group && k + 1 < b) {
                // "Islamic State in Iraq and Syria", "al-Qaeda in Iraq and the Levant": a group name, not a location,
                // when "in" is followed by a coordination of two capitalised names.
                size_t m = k + 1;
                if (m < b && T[m].is("the")) ++m;
                if (m < b && T[m].cap && m + 1 < b && T[m + 1].is("and")) {
                    size_t n = m + 2;
                    if (n < b && T[n].is("the")) ++n;
                    if (n < b && T[n].cap) { j = n; k = n; }
                    else break;
                } else break;
            }
            else if (!T[k].word && (T[k].text == "-" || T[k].text == ".") && k + 1 < b && T[k + 1].word &&
                     T[k + 1].start == T[k].end) { ++k; continue; }
            else break;
            if (T[j].word) {
                const lex::Word w = bareEntry(T[j]);
                if (T[j].cap && w.orgHead()) org = true;
                if (w.groupHead()) group = true;
            }
            ++k;
        }
        if (org && j > i) {
            // A chunk that is itself a place name, or ends in a base word ("Shaw Air Force Base"), is a place.
            const auto& key = ctx.fold(T[i].start, T[j].end);
            const bool place = ctx.atlas.hasKey(key) || T[j].lx.cue == lex::Cue::Base;
            if (!place) {
                // "U.S. Navy", "Syrian Army": the country before the organisation stays visible as its modifier,
                // also after a sentence-initial article ("A U.S. Navy destroyer fired ...").
                // "Two U.S. Navy warships": past a count too.
                size_t head = i;
                while (head < j && (T[head].lx.determiner() || T[head].number || smallCountWord(T[head].lower)))
                    ++head;
                size_t from = head;
                const auto& first = ctx.fold(T[head].start, T[head].end);
                if (ctx.atlas.hasKey(first))
                    for (const auto& c : ctx.candidates(first))
                        if (c.kind == Kind::Country) { from = head + 1; break; }
                for (size_t t = i; t <= j; ++t)
                    if (t < head || t >= from) ctx.blocked[t] = 1;
            }
        }
        i = j + 1;
    }
}

// [persons] "Aden Hashi Ayro, has been killed ... Ayro's death ... Ayro was dead": a run of two to four capitalised
// words, which the atlas does not know as a whole, whose last word the text uses again alone (a surname: no
// capitalised word beside it) is a person's name, though its first word may name a place (Aden). Document-wide:
// the surname's lone use may come first or later. A last word the atlas knows alone is a place ("Tel Aviv").
void blockNamesBySurname(Context& ctx) {
    auto& T = ctx.toks;
    const auto capWord = [&](size_t k) { return k < T.size() && T[k].word && T[k].cap; };
    // Used alone as a person is: a possessive ("Ayro's death"), or before punctuation or a verb ("Ayro was dead"),
    // not as a modifier before a noun ("a Houthi missile").
    const auto loneUse = [&](size_t k) {
        if ((k > 0 && T[k - 1].sentence == T[k].sentence && capWord(k - 1) && !T[k - 1].sentenceInitial) ||
            (k + 1 < T.size() && T[k + 1].sentence == T[k].sentence && capWord(k + 1)))
            return false;
        if (endsPossessive(T[k].lower) || k + 1 >= T.size()) return true;
        const Tok& n = T[k + 1];
        return !n.word || n.lx.speechVerb() || isVerbLike(n) || n.is("was") || n.is("is") || n.is("has") ||
               n.is("had") || n.is("who") || n.is("would") || n.is("will");
    };
    // A plain name word: capitalised letters only ("Iran-backed" and "U.S." are no parts of a person's name).
    const auto nameWord = [&](size_t k) {
        const auto w = stripPossessive(T[k].text);
        return w.size() >= 2 && std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    std::unordered_set<std::string_view> lone; // capitalised words used alone, by their bare lower case
    for (size_t k = 0; k < T.size(); ++k)
        if (capWord(k) && !T[k].sentenceInitial && loneUse(k)) lone.insert(stripPossessive(T[k].lower));
    for (size_t i = 0; i < T.size(); ++i) {
        if (!capWord(i) || ctx.blocked[i]) continue;
        size_t j = i;
        while (capWord(j + 1) && T[j + 1].sentence == T[i].sentence && !ctx.blocked[j + 1] &&
               !endsPossessive(T[j].lower))
            ++j;
        const size_t words = j - i + 1;
        const std::string_view surname = stripPossessive(T[j].lower);
        bool plain = true;
        for (size_t t = i; t <= j; ++t) plain &= nameWord(t);
        const bool person = words >= 2 && words <= 4 && plain && surname.size() >= 3 && T[j].lx.flags == 0 &&
                            !lex::isArmedGroupName(surname) &&
                            T[j].lx.trigger == lex::Trigger::None && !ctx.demonymOfBare(j) && lone.contains(surname) &&
                            !ctx.atlas.hasKey(foldKey(surname)) &&
                            !ctx.atlas.hasKey(ctx.fold(T[i].start, T[j].start + surname.size()));
        if (person)
            for (size_t t = i; t <= j; ++t) ctx.blocked[t] = 1;
        i = j;
    }
}

// [persons] Titles, given names, "X Y said", appositions; returns the name tokens found (lower-case).
void blockPersons(Context& ctx, size_t a, size_t b, std::vector<std::string_view>& names) {
    auto& T = ctx.toks;
    const auto markName = [&](size_t from, size_t to) { // inclusive
        for (size_t t = from; t <= to; ++t) {
            if (!T[t].word) continue;
            ctx.blocked[t] = 1;
            if (T[t].cap && !T[t].lx.title()) names.push_back(stripPossessive(T[t].lower));
        }
    };
    // Extends over capitalised words and particles ("al-Assad", "bin", "de") from i; returns the last index.
    const auto nameRun = [&](size_t i) {
        size_t j = i;
        for (size_t k = i; k < b; ++k) {
            const Tok& t = T[k];
            if (t.word && t.cap && !t.lx.speechVerb()) { j = k; if (endsPossessive(t.lower)) break; continue; }
            if (t.word && (t.lower.starts_with("al-") || t.lower.starts_with("el-") || t.is("bin") ||
                           t.is("ibn") || t.is("al") || t.is("de") || t.is("van") ||
                           t.is("von")) && k + 1 < b) { j = k; continue; }
            if (!t.word && (t.text == "." || t.text == "-") && k > i && T[k - 1].text.size() <= 4 &&
                k + 1 < b && T[k + 1].cap) continue; // initials "J. R."
            break;
        }
        return j;
    };
    for (size_t i = a; i < b; ++i) {
        const Tok& t = T[i];
        if (!t.word || !t.cap) continue;
        // Title + capitalised name: "Gen. Mark Milley", "Secretary General Mark Rutte".
        if (t.lx.title()) {
            size_t k = i + 1;
            if (k < b && isPunct(T[k], ".")) ++k;
            while (k < b && T[k].word && T[k].cap && T[k].lx.title()) {
                ++k;
                if (k < b && isPunct(T[k], ".")) ++k;
            }
            if (k < b && T[k].word && T[k].cap && !T[k].lx.orgHead()) {
                const size_t j = nameRun(k);
                // "President Obama" is a person; "King Khalid Air Base" and "President Putin" differ in whether the
                // words (with or without the title) form a known name that is not a lone country or demonym.
                bool place = false;
                for (size_t from : {i, k})
                    for (size_t to = j + 1; to-- > k && !place;) {
                        if (to == k && from == k) break; // a single word after a title is a surname
                        if (ctx.atlas.hasKey(ctx.fold(T[from].start, T[to].end))) place = true;
                    }
                if (!place) markName(k, j);
                i = j;
            }
            continue;
        }
        // Given name + capitalised word: "Carla Babb", "Jeff Sedlin".
        if (t.lx.givenName() && i + 1 < b && T[i + 1].word && T[i + 1].cap &&
            !T[i + 1].lx.orgHead()) {
            const size_t j = nameRun(i);
            const auto& key = ctx.fold(t.start, T[j].end);
            if (!ctx.atlas.hasKey(key)) { markName(i, j); i = j; continue; }
        }
        // An Arabic kunya, "Abu" or "Umm" and a name, that is no known place ("Abu Nabil", "Abu Bakr al-Baghdadi";
        // not "Abu Dhabi" or "Abu Kamal"): a person.
        if ((t.is("abu") || t.is("umm")) && i + 1 < b && T[i + 1].word && T[i + 1].cap) {
            const size_t j = nameRun(i);
            bool place = false;
            for (size_t to = i + 1; to <= j && !place; ++to) place = ctx.atlas.hasKey(ctx.fold(t.start, T[to].end));
            if (!place) { markName(i, j); i = j; continue; }
        }
        // Two to four capitalised words followed by a speech verb or an apposition: "John Quincy Public, a". The
        // demonym test, which may ask the atlas, comes after the cheap ones that rule out most capitalised words.
        // A sentence's capitalised first word that is a preposition or determiner opens no name ("In Kyiv, an
        // airstrike ...").
        if (t.lx.preposition() || t.lx.determiner()) continue;
        const size_t j = nameRun(i);
        const size_t words = j - i + 1;
        if (words < 2 || words > 4 || j + 1 >= b) continue;
        const Tok& n = T[j + 1];
        const bool follows = (n.word && n.lx.speechVerb()) ||
                             (isPunct(n, ",") && j + 2 < b && (T[j + 2].is("a") || T[j + 2].is("an")));
        if (!follows) continue;
        bool anyCountry = false;
        for (size_t q = i; q <= j && !anyCountry; ++q) anyCountry = ctx.demonymOf(q).has_value();
        if (!anyCountry && !ctx.atlas.hasKey(ctx.fold(t.start, T[j].end)) && !T[j].lx.orgHead()) {
            // "Kyiv Mayor Vitali Klitschko said": words before a title qualify the title (a place, an office); the
            // name is what follows the last title.
            size_t from = i;
            for (size_t q = i; q <= j; ++q)
                if (T[q].word && T[q].lx.title()) from = q + 1;
            if (from <= j) markName(from, j);
            i = j;
        }
    }
}

// A name made of several tokens, as lower-case words ("mount", "whitney"): vessel and weapon names seen once are
// blocked wherever they recur ("USS Mount Whitney" ... "The Mount Whitney joins").
using NameWords = std::vector<std::string_view>;

// Ship prefixes of navies that English news writes before a vessel's name ("USS", "HMS").
// A navy's prefix ("USS", "HMS") or a merchant one written as a word ("MV Rubymar").
bool isShipPrefix(std::string_view w) {
    return !lex::navyOfShipPrefix(w).empty() || w == "mv";
}

// How strongly the words right after a capitalised name make it a weapon's or defence system's name: 2 for a system
// word or a munition modifier ("Iron Dome anti-missile system", "Patriot batteries", "Tomahawk cruise missiles",
// "Iron Dome missile defense system") or an aircraft noun ("Mirage aircraft"), 1 for a bare munition noun ("Shahed
// drones", but also "Uman missile strike"), 0 otherwise.
int weaponStrength(const std::vector<Tok>& T, size_t k, size_t b, bool afterPreposition) {
    static constexpr std::string_view kSystem[] = {"system", "systems", "battery", "batteries", "launcher",
                                                   "launchers", "anti-missile", "missile-defense", "air-defense",
                                                   "air-defence", "interceptor", "interceptors", "defense", "defence"};
    const auto isSystem = [&](const Tok& t) {
        for (auto w : kSystem) // first bytes first: asked after every capitalised run
            if (t.lower[0] == w[0] && t.lower == w) return true;
        return false;
    };
    if (k >= b || !T[k].word || T[k].cap) return 0;
    // "Rafale and Mirage aircraft", "Tornado and Typhoon jets": a type's name in a list of them before the noun
    // (not "from bases in England and Navy A-6 aircraft": a name after a preposition is a place's).
    if (!afterPreposition && (T[k].is("and") || T[k].is("or")) && k + 1 < b && T[k + 1].word && T[k + 1].cap) {
        size_t q = k + 1;
        while (q < b && T[q].word && T[q].cap) ++q;
        return q < b && T[q].lx.unit == lex::UnitClass::Aircraft ? 2 : 0;
    }
    if (T[k].lx.unit == lex::UnitClass::Aircraft) return 2; // an aircraft type: "Mirage aircraft", "Rafale jets"
    if (isSystem(T[k])) return 2;
    if (T[k].lx.munitionModifier()) { // "Tomahawk cruise missiles", but not "the Natanz nuclear site"
        size_t q = k;
        while (q < b && T[q].word && !T[q].cap && T[q].lx.munitionModifier() && !T[q].lx.munitionHead()) ++q;
        const bool named = q >= b || !T[q].word || T[q].lx.munitionHead() || isSystem(T[q]) ||
                           T[q].lx.unit == lex::UnitClass::Aircraft;
        return named ? 2 : 0;
    }
    if (T[k].is("air") && k + 1 < b && T[k + 1].word && isSystem(T[k + 1])) return 2; // "air defense systems"
    if (!T[k].lx.munitionHead()) return 0;
    return k + 1 < b && T[k + 1].word && isSystem(T[k + 1]) ? 2 : 1;
}

// A lower-case word that makes the capitalised name before it a news outlet's: "the Fars news agency", "the Saba
// news agency", "Tasnim news".
bool isMediaFollower(const Tok& t) {
    static constexpr std::string_view kWords[] = {"news", "agency", "newspaper", "television", "tv", "radio",
                                                  "channel", "daily", "network", "outlet", "website", "broadcaster"};
    if (!t.word || t.cap) return false;
    for (auto w : kWords) // first bytes first: asked after every capitalised run
        if (t.lower[0] == w[0] && t.lower == w) return true;
    return false;
}

// Extends a capitalised run from i (initials "D.", hyphenated parts); returns the last token, inclusive.
size_t capitalRun(const Context& ctx, size_t i, size_t b) {
    const auto& T = ctx.toks;
    size_t j = i;
    for (size_t k = i + 1; k < b; ++k) {
        if (T[k].word && T[k].cap && !T[k].lx.speechVerb() && !T[k].lx.timeWord()) { j = k; continue; }
        if (!T[k].word && T[k].text == "." && T[k - 1].text.size() <= 2 && k + 1 < b && T[k + 1].cap) continue;
        break;
    }
    return j;
}

// A country's name or demonym on its own ("US", "Iran", "Israeli"): never part of a vessel's or weapon's name.
bool countryWord(Context& ctx, size_t i) {
    if (ctx.demonymOfBare(i)) return true;
    const Tok& t = ctx.toks[i];
    return ctx.atlas.countryByName(ctx.fold(t.start, t.start + stripPossessive(t.text).size())).has_value();
}

// [vessels, weapons] "USS Carney", "the command ship USS Mount Whitney", "the frigate Admiral Makarov",
// "Arliegh Burke-class destroyer", "the Iron Dome anti-missile system": names of ships, ship classes and weapons are
// no places. Appends each name (lower-case words) to `names` so later bare uses are blocked too.
void blockVesselsAndWeapons(Context& ctx, size_t a, size_t b, std::vector<NameWords>& names) {
    auto& T = ctx.toks;
    const auto block = [&](size_t from, size_t to, bool remember) {
        NameWords w;
        for (size_t t = from; t <= to; ++t) {
            ctx.blocked[t] = 1;
            if (T[t].word) w.push_back(stripPossessive(T[t].lower));
        }
        if (remember && !w.empty()) names.push_back(std::move(w));
    };
    // The capitalised run last measured, and what follows it: tokens inside the run share its end and its weapon or
    // outlet word, so those are read once per run.
    size_t runFrom = b, runTo = 0;
    bool runMedia = false;
    int runStrength = 0;
    for (size_t i = a; i < b; ++i) {
        const Tok& t = T[i];
        if (!t.word) continue;
        // "M/V Marlin Luanda", "M/T Pablo": a merchant prefix written with a slash is three tokens.
        if (t.lower == "m" && i + 3 < b && T[i + 1].text == "/" && (T[i + 2].lower == "v" || T[i + 2].lower == "t") &&
            T[i + 3].word && T[i + 3].cap) {
            const size_t j = capitalRun(ctx, i + 3, b);
            block(i, i + 2, false);
            block(i + 3, j, true);
            i = j;
            continue;
        }
        // A ship prefix, or a singular ship noun ("destroyer", "frigate", "command ship"), before a capitalised name
        // (tested first: most words have none after them).
        if (i + 1 < b && T[i + 1].word && T[i + 1].cap && !T[i + 1].lx.timeWord()) {
            const bool prefix = t.cap && isShipPrefix(bareWord(t.lower));
            const bool shipNoun = !t.cap && t.lower.back() != 's' &&
                                  (t.lx.unit == lex::UnitClass::Ship || t.is("tanker") ||
                                   t.is("freighter") || t.is("carrier") || t.is("bulker") ||
                                   t.is("trawler"));
            // "the tanker M/V Marlin Luanda": the slashed prefix after the noun is read on the next step.
            const bool slashedPrefix = T[i + 1].lower == "m" && i + 2 < b && T[i + 2].text == "/";
            if ((prefix || shipNoun) &&
                !(shipNoun && (isShipPrefix(bareWord(T[i + 1].lower)) || countryWord(ctx, i + 1) || slashedPrefix))) {
                const size_t j = capitalRun(ctx, i + 1, b);
                if (prefix) ctx.blocked[i] = 1;
                block(i + 1, j, true);
                i = j;
                continue;
            }
        }
        // A ship class: "Burke-class", "Arleigh Burke-class", "Kilo class".
        const bool classWord = (t.lower.back() == 's' && t.lower.ends_with("-class")) || (t.is("class") && i > a && T[i - 1].cap);
        if (classWord) {
            const size_t last = t.is("class") ? i - 1 : i;
            size_t from = last;
            while (from > a && T[from - 1].word && T[from - 1].cap && !T[from - 1].sentenceInitial &&
                   !countryWord(ctx, from - 1))
                --from;
            block(from, last, false);
            continue;
        }
        // A weapon: a capitalised run right before a weapon word, unless the run names a country, a division, a
        // sea or a big city ("Israel missile defense", "Kyiv drone attack").
        if (t.cap && !t.lx.determiner()) {
            if (!(runFrom <= i && i <= runTo)) {
                runFrom = i;
                runTo = capitalRun(ctx, i, b);
                runMedia = runTo + 1 < b && !endsPossessive(T[runTo].lower) && isMediaFollower(T[runTo + 1]);
                const bool afterPreposition = i > a && T[i - 1].lx.preposition();
                runStrength = endsPossessive(T[runTo].lower) ? 0 : weaponStrength(T, runTo + 1, b, afterPreposition);
            }
            const size_t j = runTo;
            const bool media = runMedia;
            // "All were intercepted by Iron Dome": an air defence system named bare.
            const int strength = lex::isDefenceSystemName(asciiLower(ctx.doc.slice(T[i].start, T[j].end))) ? 2
                                                                                                           : runStrength;
            // "a Houthi missile": an armed group's munitions, not a weapon named Houthi.
            if ((strength > 0 || media) && !countryWord(ctx, i) && !lex::isArmedGroupName(T[j].lower)) {
                // A town before a bare munition noun is more likely the place attacked ("the Uman missile
                // strike"); before a system word only a big city is ("Kyiv air defense"). A news outlet's name is
                // no place even when a province has it ("Fars news agency"), unless a big city does ("Moscow radio").
                const long long minPop = media ? 1000000 : strength == 2 ? 100000 : 20000;
                bool place = false;
                for (size_t from = i; from <= j && !place; ++from) {
                    const auto& key = ctx.fold(T[from].start, T[j].end);
                    if (!ctx.atlas.hasKey(key)) continue;
                    for (const auto& c : ctx.candidates(key))
                        place |= c.kind == Kind::Country || (!media && (c.kind == Kind::Admin1 || c.kind == Kind::Sea)) ||
                                 (c.kind == Kind::City && c.population >= minPop);
                }
                if (!place) {
                    block(i, j, !media); // an outlet's name recurs as a place too ("Fars province")
                    i = j;
                }
            }
        }
    }
}

// [groups] "al-Qa'ida in the Arabian Peninsula", "Islamic State in the Greater Sahara": after a group's head word,
// "in the X" is part of the group's name.
void blockGroupNames(Context& ctx, size_t a, size_t b) {
    auto& T = ctx.toks;
    for (size_t i = a; i + 3 < b; ++i) {
        if (!T[i].word || !T[i + 1].is("in") || !T[i + 2].is("the") || !T[i + 3].cap) continue;
        std::string_view w = T[i].lower;
        if (const auto h = w.find('-'); h != std::string_view::npos && h <= 3) w = w.substr(h + 1);
        std::string head;
        for (char c : w)
            if (c != '\'') head.push_back(c);
        if (!lex::isGroupHead(head) || (!T[i].cap && !articleCapital(T[i]))) continue;
        const size_t j = capitalRun(ctx, i + 3, b);
        for (size_t t = i + 3; t <= j; ++t) ctx.blocked[t] = 1;
        i = j;
    }
}

// Blocks every later use of a remembered vessel or weapon name ("The Mount Whitney joins", "Patriot operations").
void blockRecurringNames(Context& ctx, const std::vector<NameWords>& names) {
    auto& T = ctx.toks;
    if (names.empty()) return;
    for (size_t i = 0; i < T.size(); ++i) {
        if (!T[i].word || !T[i].cap || ctx.blocked[i]) continue;
        for (const auto& n : names) {
            size_t k = i, w = 0;
            while (k < T.size() && w < n.size()) {
                if (!T[k].word) { if (T[k].text == "." || T[k].text == "-") { ++k; continue; } break; }
                if (stripPossessive(T[k].lower) != n[w]) break;
                ++k; ++w;
            }
            if (w == n.size()) {
                for (size_t t = i; t < k; ++t) ctx.blocked[t] = 1;
                break;
            }
            // "aircraft from the Roosevelt" after "the aircraft carrier USS Theodore Roosevelt": the last word of a
            // longer name, after "the", is that vessel.
            const bool alone = i + 1 >= T.size() || !T[i + 1].word || !T[i + 1].cap;
            if (n.size() >= 2 && i > 0 && T[i - 1].is("the") && alone && stripPossessive(T[i].lower) == n.back() &&
                !ctx.demonymOfBare(i)) {
                ctx.blocked[i] = 1;
                break;
            }
        }
    }
}

// A set of lower-case words asked about once per capitalised token: open addressing on FNV-1a, load <= 1/2, so a
// miss (nearly every token) costs a hash and one probe instead of a binary search's string compares.
class WordSet {
public:
    explicit WordSet(const std::vector<std::string_view>& words) {
        size_t cap = 16;
        while (cap < 2 * words.size()) cap *= 2;
        m_slots.resize(cap);
        for (auto w : words)
            if (!w.empty()) m_slots[slotOf(w)] = w;
    }
    bool contains(std::string_view w) const { return !w.empty() && !m_slots[slotOf(w)].empty(); }

private:
    size_t slotOf(std::string_view w) const {
        const size_t mask = m_slots.size() - 1;
        size_t i = fnv1a(w) & mask;
        while (!m_slots[i].empty() && m_slots[i] != w) i = (i + 1) & mask;
        return i;
    }
    std::vector<std::string_view> m_slots; // empty: free
};

struct Window {
    size_t last = 0;
    size_t end = 0;
    bool hyphen = false;
};

// [scan] Longest atlas name starting at token i.
std::optional<Window> longestName(Context& ctx, size_t i, size_t b, int maxWords) {
    auto& T = ctx.toks;
    std::optional<Window> best;
    int words = 0;
    for (size_t j = i; j < b; ++j) {
        const Tok& t = T[j];
        if (ctx.blocked[j]) break;
        if (t.word) {
            if (++words > maxWords) break;
            const auto dash = t.lower.find('-');
            const bool particle = dash != std::string_view::npos && dash > 0 &&
                                  lex::isNameConnector(t.lower.substr(0, dash)); // "al-Asad", "el-Mandeb"
            const bool hasUpper = std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!t.cap && !t.number && j > i && !t.lx.nameConnector() && t.text.size() > 1 && !particle) {
                // Lower-case words inside names are particles ("Dayr az Zawr"); anything else ends the window.
                break;
            }
            if (t.cap || hasUpper || (t.text.size() == 1 && j > i) || (t.number && j > i)) { // "Tower 22"
                size_t end = t.end;
                bool hyphen = false;
                std::string_view w = t.text;
                if (endsPossessive(w)) end -= 2;
                else if (auto h = w.rfind('-'); h != std::string_view::npos && h > 0 &&
                                                 allLowerAlpha(w.substr(h + 1))) {
                    end = t.start + h; // "U.S.-led", "Iranian-backed"
                    hyphen = true;
                }
                const auto& key = ctx.fold(T[i].start, end);
                if (!key.empty() && ctx.atlas.hasKey(key)) best = Window{j, end, hyphen};
                if (hyphen) break;
                // "Democratic People's Republic of Korea": a possessive inside a name; the name may go on.
                if (endsPossessive(w) && !(j + 1 < b && T[j + 1].cap)) break;
            }
        } else {
            // Punctuation inside names: "Washington, D.C.", "Ain al-Asad", "Sana'a". Anything else ends the window.
            if (!(t.text == "," || t.text == "." || t.text == "-" || t.text == "'")) break;
            if (t.text == "," && words > 1) break;
        }
    }
    return best;
}

bool locativeBefore(const Context& ctx, size_t first, size_t a) {
    const auto& T = ctx.toks;
    // "near Tuzla, Gorazde and Mostar": the next item of a list of places after a place read just before.
    if (first > a + 1 && (isPunct(T[first - 1], ",") || T[first - 1].is("and") || T[first - 1].is("or")) &&
        !ctx.mentions.empty() && !ctx.mentions.back().demonym &&
        (ctx.mentions.back().last == first - 2 ||
         (first > a + 2 && isPunct(T[first - 2], ",") && ctx.mentions.back().last == first - 3)))
        return true;
    // "Jets hit Gorazde", "shelled Dobley": the object of a strike verb.
    if (first > a && T[first - 1].lx.trigger == lex::Trigger::Strike &&
        (T[first - 1].is("hit") || T[first - 1].is("hits") || T[first - 1].is("struck") ||
         T[first - 1].lower.ends_with("ed")))
        return true;
    for (size_t k = first; k > a && first - k < 4;) {
        --k;
        const auto w = ctx.toks[k].lower;
        if (w == "in" || w == "near" || w == "at" || w == "outside" || w == "from" || w == "to" || w == "into" ||
            w == "of" || w == "on" || w == "toward" || w == "towards" || w == "over" || w == "across")
            return true;
        if (!ctx.toks[k].lx.determiner() && ctx.toks[k].word) return false;
    }
    return false;
}

double kindPrior(const atlas::Candidate& c) {
    switch (c.kind) {
    case Kind::Country: return 1.0;
    case Kind::Sea: return 0.6;
    case Kind::Admin1: return 0.15;
    case Kind::Base: return 0.35;
    case Kind::Region: return 0.2;
    case Kind::City: return 0.8 * std::log10(double(c.population) + 10.0) / 7.0;
    case Kind::Point: return 0.05;
    }
    return 0;
}

double cueScore(const PlaceMention& m, const atlas::Candidate& c) {
    const double w = m.cueWeak ? 0.35 : 1.0;
    switch (m.cue) {
    case lex::Cue::Admin1:
        return c.kind == Kind::Admin1 ? 1.2 * w : (c.kind == Kind::City ? -0.4 * w : 0.0);
    case lex::Cue::City:
        return c.kind == Kind::City ? 0.6 * w : (c.kind == Kind::Admin1 || c.kind == Kind::Country ? -0.6 * w : 0.0);
    case lex::Cue::Base:
        return c.kind == Kind::Base ? 1.2 * w : 0.0;
    case lex::Cue::Sea:
        return c.kind == Kind::Sea ? 1.0 * w : 0.0;
    case lex::Cue::None: break;
    }
    return 0;
}

// Compass words that narrow a country or division to a part of it ("eastern Syria", "central Yemen").
std::optional<atlas::Sector> sectorOf(std::string_view w) {
    using S = atlas::Sector;
    static constexpr std::pair<std::string_view, S> kWords[] = {
        {"north", S::North}, {"northern", S::North}, {"south", S::South}, {"southern", S::South},
        {"east", S::East}, {"eastern", S::East}, {"west", S::West}, {"western", S::West},
        {"northeast", S::NorthEast}, {"northeastern", S::NorthEast}, {"north-east", S::NorthEast},
        {"north-eastern", S::NorthEast}, {"northwest", S::NorthWest}, {"northwestern", S::NorthWest},
        {"north-west", S::NorthWest}, {"north-western", S::NorthWest}, {"southeast", S::SouthEast},
        {"southeastern", S::SouthEast}, {"south-east", S::SouthEast}, {"south-eastern", S::SouthEast},
        {"southwest", S::SouthWest}, {"southwestern", S::SouthWest}, {"south-west", S::SouthWest},
        {"south-western", S::SouthWest}, {"central", S::Central}};
    for (const auto& [k, v] : kWords)
        if (w == k) return v;
    return std::nullopt;
}

// Place-type cues: after the name ("Latakia province"), after a list ("Hama and Idlib provinces"), before it ("the
// city of X", "the provinces of A, B and C", "near six cities: A, B"), or "near" as a weak hint.
void assignCues(Context& ctx) {
    auto& M = ctx.mentions;
    auto& T = ctx.toks;
    // Coordination lists: mentions joined by ",", "and", "or" in one sentence.
    int lists = 0;
    for (size_t i = 0; i + 1 < M.size(); ++i) {
        if (M[i].dropped || M[i].demonym) continue;
        size_t n = i + 1;
        while (n < M.size() && M[n].dropped) ++n;
        if (n >= M.size() || M[n].sentence != M[i].sentence || M[n].demonym) continue;
        bool joined = M[n].first > M[i].last;
        for (size_t k = M[i].last + 1; k < M[n].first && joined; ++k) {
            const auto w = T[k].lower;
            joined = w == "," || w == "and" || w == "or";
        }
        if (!joined || M[n].first - M[i].last > 3) continue;
        if (M[i].list < 0) M[i].list = lists++;
        M[n].list = M[i].list;
    }
    for (auto& m : M) {
        if (m.dropped || m.demonym) continue;
        const auto [a, b] = ctx.sentenceTokens(m.sentence);
        if (m.last + 1 < b) {
            const auto c = T[m.last + 1].lx.cue;
            if (c != lex::Cue::None) m.cue = c;
        }
        if (m.cue == lex::Cue::None && m.first > a) {
            size_t k = m.first - 1;
            if ((T[k].is("of") || T[k].is(":")) && k > a) {
                --k;
                if (T[k].number && k > a) --k; // "six cities:"
                const auto c = T[k].lx.cue;
                if (c != lex::Cue::None && c != lex::Cue::Sea) m.cue = c;
            } else if (T[k].is("near") || T[k].is("outside")) {
                m.cue = lex::Cue::City;
                m.cueWeak = true;
            }
            // "about 30 kilometers southeast of Homs": a distance is measured from a town, not from the province of
            // the same name.
            const size_t of = m.first - 1;
            if (m.cue == lex::Cue::None && T[of].is("of") && of >= a + 2 && sectorOf(T[of - 1].lower) &&
                text::metresPerUnit(T[of - 2].lower) > 0)
                m.cue = lex::Cue::City;
        }
    }
    // Distribute a strong cue over the list (the last strong cue in the list wins). One pass to find each list's cue
    // and one to apply it: a loop over lists × mentions was quadratic on a 10 MB line of "X and Y" clauses.
    std::vector<lex::Cue> listCue(static_cast<size_t>(lists), lex::Cue::None);
    for (const auto& m : M)
        if (m.list >= 0 && !m.dropped && m.cue != lex::Cue::None && !m.cueWeak) listCue[static_cast<size_t>(m.list)] = m.cue;
    for (auto& m : M) {
        if (m.list < 0 || m.dropped) continue;
        const lex::Cue cue = listCue[static_cast<size_t>(m.list)];
        if (cue != lex::Cue::None && (m.cue == lex::Cue::None || m.cueWeak)) { m.cue = cue; m.cueWeak = false; }
    }
}

// Weights by country code, for the handful of countries one article or sentence names: a short list searched
// linearly. Resolution asks it for every candidate of every mention, twice; a hash map of std::string keys spent more
// time hashing two-letter codes than scoring.
class CountryWeights {
public:
    // The weight of `iso2`, or nullptr when it has none. An empty code never has one.
    const double* find(std::string_view iso2) const {
        if (iso2.empty()) return nullptr;
        const uint64_t k = code(iso2);
        for (const auto& [c, w] : m_items)
            if (c == k) return &w;
        return nullptr;
    }
    double& operator[](std::string_view iso2) {
        const uint64_t k = code(iso2);
        for (auto& [c, w] : m_items)
            if (c == k) return w;
        return m_items.emplace_back(k, 0.0).second;
    }
    auto begin() { return m_items.begin(); }
    auto end() { return m_items.end(); }

private:
    // Country codes are two or three ASCII letters; any string up to 7 bytes packs exactly, with its length on top.
    static uint64_t code(std::string_view s) {
        uint64_t k = static_cast<uint64_t>(std::min<size_t>(s.size(), 255)) << 56;
        for (size_t i = 0; i < s.size() && i < 7; ++i) k |= static_cast<uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
        return k;
    }
    std::vector<std::pair<uint64_t, double>> m_items;
};

// sentenceCountries minus `ownCountry` (a country name does not support its own cities) are the sentence's countries.
bool namesWater(const Context& ctx, const PlaceMention& m) {
    static constexpr std::string_view kWater[] = {"sea", "gulf", "strait", "straits", "ocean", "bay"};
    const auto& T = ctx.toks;
    for (size_t k = m.first; k <= m.last && k < T.size(); ++k)
        for (auto w : kWater)
            if (stripPossessive(T[k].lower) == w) return true;
    return false;
}

// Per candidate: does its own name fold to the mention's key? Folds into one reused buffer.
void setExactNames(PlaceMention& m) {
    const auto& cs = *m.cands;
    m.exactName.assign(cs.size(), 0);
    std::string folded;
    for (size_t i = 0; i < cs.size(); ++i) {
        foldKeyInto(folded, cs[i].name);
        // "The White House", "The Kremlin": an entry's leading article is no part of what the text must match.
        const std::string_view own = std::string_view(folded).starts_with("the ") ? std::string_view(folded).substr(4)
                                                                                  : std::string_view(folded);
        // A compass part ("northeast Jordan") is named by its key without the \x02 that marks it.
        const std::string_view key = m.key.starts_with('\x02') ? std::string_view(m.key).substr(1) : m.key;
        m.exactName[i] = own == key || folded == key; // "The Hague" keeps its article in the text too
    }
}

// Mentions of one name share their candidate list (Context::cache): the candidates' names are folded for the first
// of them, and the others copy its answers.
void shareExactNames(std::vector<PlaceMention>& mentions) {
    std::vector<size_t> done; // the first mention of each (candidate list, key)
    for (size_t mi = 0; mi < mentions.size(); ++mi) {
        auto& m = mentions[mi];
        if (m.dropped || m.cands->empty()) continue;
        const auto same = std::find_if(done.begin(), done.end(), [&](size_t d) {
            return mentions[d].cands == m.cands && mentions[d].key == m.key;
        });
        if (same != done.end()) {
            m.exactName = mentions[*same].exactName;
            continue;
        }
        setExactNames(m);
        done.push_back(mi);
    }
}

void rankMention(const Context& ctx, PlaceMention& m, const CountryWeights& focus,
                 const CountryWeights& sentenceCountries, std::string_view ownCountry,
                 const std::string& listCountry,
                 const std::vector<atlas::EntryRef>& discourse,
                 const std::vector<std::pair<atlas::EntryRef, double>>* keyVotes,
                 const std::vector<double>* bonus = nullptr) {
    const auto& cs = *m.cands;
    if (m.exactName.size() != cs.size()) setExactNames(m); // once per mention: both passes use it
    auto& s = m.ranked; // the second pass reuses the first pass's buffer
    s.clear();
    s.reserve(cs.size());
    // "bases in England" in a U.S. release: a small town that shares its exact name with a country or a named area
    // (England, Arkansas; Lebanon, Tennessee) takes nothing from the document's focus on its country; the text must
    // say it ("England, Ark.") through cues, lists or the sentence.
    // With no sizeable town of that name either, the named area is what the bare name means.
    // Likewise a town a hundred times smaller than a city of the same name ("West Berlin" in a U.S. release is not
    // Berlin, New Hampshire; London, Ontario, a twentieth of London, still takes the document's focus).
    bool areaOfThisName = false, sizeableTown = false;
    long long largestTown = 0;
    for (size_t i = 0; i < cs.size(); ++i) {
        const auto k = cs[i].kind;
        areaOfThisName |= (k == Kind::Country || k == Kind::Region || k == Kind::Admin1) && m.exactName[i];
        sizeableTown |= k == Kind::City && cs[i].population >= 20000;
        if (k == Kind::City) largestTown = std::max(largestTown, cs[i].population);
    }
    for (size_t i = 0; i < cs.size(); ++i) {
        const auto& c = cs[i];
        double v = 0.8 * c.score + kindPrior(c) + cueScore(m, c);
        // "Iraq" is the country, not Arak; "northeast Jordan" is the part of the country, not Jordan, Minnesota.
        const bool countryOrPart = c.kind == Kind::Country ||
                                   (c.kind == Kind::Region && c.ref.table == atlas::EntryRef::Table::Country);
        if (m.exactName[i] && countryOrPart) v += 1.0;
        // "the Gaza Strip" is the entry of that name, not Gaza city, which has it as an alternate: a name of several
        // words is rarely another place's by chance.
        if (m.exactName[i] && m.last > m.first) v += 0.5;
        // "Pokrovsk" is the town of that name before Engels, which was once called so: an entry's own name is
        // better evidence than one of its alternate (often historic) names.
        else if (m.exactName[i] && c.kind == Kind::City && !areaOfThisName) v += 0.25;
        // "the Red Sea", "the Gulf of Aden": a name that says it is water is the water, not Sudan's Red Sea state.
        if (c.kind == Kind::Sea && namesWater(ctx, m)) v += 0.8;
        const bool smallNamesake = c.kind == Kind::City && ((areaOfThisName && c.population < 20000) ||
                                                            (c.population > 0 && c.population * 100 < largestTown));
        if (const double* f = focus.find(c.iso2); f && !smallNamesake) v += 0.5 * *f;
        if (areaOfThisName && !sizeableTown && c.kind == Kind::Region && m.exactName[i]) v += 0.3;
        if (c.kind != Kind::Country && c.iso2 != ownCountry && !smallNamesake)
            if (const double* f = sentenceCountries.find(c.iso2)) v += 0.6 * *f;
        if (!listCountry.empty() && c.iso2 == listCountry) v += 0.5;
        if (std::find(discourse.begin(), discourse.end(), c.ref) != discourse.end()) v += 1.0;
        // National capitals are what news text means by a bare capital's name ("Moscow", not Moscow, Idaho).
        if (ctx.isCapital(c)) v += 0.4;
        // One sense per discourse: the other mentions of the same name vote (cues still win).
        if (keyVotes)
            for (const auto& [ref, share] : *keyVotes)
                if (ref == c.ref) v += 0.4 * share;
        if (bonus && i < bonus->size()) v += (*bonus)[i];
        s.emplace_back(static_cast<int>(i), v);
    }
    // Best first, ties in candidate order. An insertion sort: a mention has at most a few dozen candidates, and
    // std::stable_sort allocated a temporary buffer for each of the hundreds of rankings per article.
    for (size_t i = 1; i < s.size(); ++i) {
        const auto x = s[i];
        size_t j = i;
        for (; j > 0 && s[j - 1].second < x.second; --j) s[j] = s[j - 1];
        s[j] = x;
    }
    // Softmax with a temperature that makes a 0.5 lead worth about 88%.
    const double T = 0.25;
    const double top = s.empty() ? 0.0 : s[0].second;
    double sum = 0;
    for (auto& [i, v] : s) {
        v = std::exp((v - top) / T);
        sum += v;
    }
    for (auto& [i, v] : s) v /= sum;
    if (s.size() > 5) s.resize(5);
}

std::string kindName(Kind k) { return std::string(atlas::toString(k)); }

const char* precisionOf(Kind k) {
    switch (k) {
    case Kind::Country: return "country";
    case Kind::Admin1: return "admin1";
    case Kind::Sea: return "sea";
    case Kind::Region: return "region";
    default: return "point";
    }
}

std::string admin1Of(const atlas::Candidate& c) {
    if (c.kind == Kind::Admin1) return c.name;
    return c.admin1Name;
}

} // namespace

// "Shayrat airfield", "Al Asad air base": a curated name that carries its lower-case type word, for the name that
// runs from token i to token j.
std::optional<std::pair<Window, std::string>> typedBaseName(Context& ctx, size_t i, size_t j, size_t b) {
    auto& T = ctx.toks;
    const bool baseNext = j + 1 < b && T[j + 1].word && !T[j + 1].cap &&
                          (T[j + 1].lx.cue == lex::Cue::Base ||
                           (T[j + 1].is("air") && j + 2 < b && T[j + 2].lx.cue == lex::Cue::Base));
    if (!baseNext || endsPossessive(T[j].lower)) return std::nullopt;
    const size_t last = T[j + 1].is("air") ? j + 2 : j + 1;
    const auto& typed = ctx.fold(T[i].start, T[last].end);
    if (!ctx.atlas.hasKey(typed)) return std::nullopt;
    return std::pair{Window{last, T[last].end, false}, std::string(typed)};
}

// [spelling] Transliterations differ in a final h and in the article ("al-Baydah Governorate" for the atlas's
// "Al Bayda"): when no window matched, the capitalised run is tried in those spellings, with and without a division
// word. Only runs that carry an Arabic article or stand before a division word are tried, so ordinary capitalised
// words cost nothing.
std::optional<std::pair<Window, std::string>> spellingVariant(Context& ctx, size_t i, size_t b) {
    auto& T = ctx.toks;
    size_t j = i;
    bool article = articleCapital(T[i]);
    for (size_t k = i + 1; k < b && k < i + 5; ++k) {
        if (!T[k].word || ctx.blocked[k] || (!T[k].cap && !articleCapital(T[k]))) break;
        if (T[k].lx.cue == lex::Cue::Admin1) break;
        article |= articleCapital(T[k]);
        j = k;
    }
    const bool divisionNext = j + 1 < b && T[j + 1].word && T[j + 1].lx.cue == lex::Cue::Admin1;
    std::string base = ctx.fold(T[i].start, stripPossessive(T[j].text).size() + T[j].start);
    if (auto typed = typedBaseName(ctx, i, j, b)) return typed;
    // Ukraine's national transliteration writes ia/iu/ie where GeoNames' older one has ya/yu/ye ("Kupiansk",
    // "Kup'yans'k"; "Berdiansk", "Berdyans'k").
    const bool iotated = base.find("ia") != std::string::npos || base.find("iu") != std::string::npos ||
                         base.find("ie") != std::string::npos;
    // "Sistan-Baluchestan" for the atlas's "Sistan and Baluchestan": two capitalised names joined by a hyphen.
    if (const size_t dash = T[j].text.find('-');
        j == i && dash != std::string_view::npos && dash + 1 < T[j].text.size() &&
        std::isupper(static_cast<unsigned char>(T[j].text[dash + 1])) && base.size() == stripPossessive(T[j].text).size()) {
        std::string joined = base.substr(0, dash) + " and " + base.substr(dash + 1);
        if (ctx.atlas.hasKey(joined))
            return std::pair{Window{j, T[j].start + stripPossessive(T[j].text).size(), false}, std::move(joined)};
    }
    if (!article && !divisionNext && !iotated) return std::nullopt;
    std::vector<std::string> forms{base};
    if (iotated) {
        std::string y = base;
        for (size_t k = 1; k + 1 < y.size(); ++k)
            if (y[k] == 'i' && (y[k + 1] == 'a' || y[k + 1] == 'u' || y[k + 1] == 'e') && y[k - 1] != ' ') y[k] = 'y';
        if (y != base) forms.push_back(y);
    }
    if (base.size() > 3 && base.ends_with("ah")) forms.push_back(base.substr(0, base.size() - 1));
    else if (base.size() > 3 && base.ends_with("eh")) forms.push_back(base.substr(0, base.size() - 2) + "a");
    else if (base.size() > 3 && base.ends_with("a")) forms.push_back(base + "h");
    // Doubled consonants of a transliteration written single in the atlas ("Al-Assad", "Al Asad").
    for (size_t f = 0, n = forms.size(); f < n; ++f) {
        std::string single;
        for (const char ch : forms[f])
            if (single.empty() || ch != single.back() || std::string_view("aeiou -'").find(ch) != std::string_view::npos)
                single += ch;
        if (single != forms[f]) forms.push_back(std::move(single));
    }
    for (size_t f = 0, n = forms.size(); f < n; ++f) // without the article
        if (const auto sp = forms[f].find(' '); sp != std::string::npos && sp <= 3 &&
                                                lex::isNameConnector(std::string_view(forms[f]).substr(0, sp)))
            forms.push_back(forms[f].substr(sp + 1));
    for (const auto& f : forms)
        if (f != base && ctx.atlas.hasKey(f))
            return std::pair{Window{j, T[j].start + stripPossessive(T[j].text).size(), false}, f};
    return std::nullopt;
}


// The compass bearing of a sector's direction in degrees (north 0, east 90); the centre has none and gives 0.
double bearingOf(atlas::Sector sector) {
    static constexpr double kBearing[] = {0, 180, 90, 270, 45, 315, 135, 225, 0}; // in Sector's order
    return kBearing[static_cast<int>(sector)];
}

// The part of a country, division or sea that "eastern X" means, as a region candidate.
// A sea is a label point with an extent, no polygon. Its part towards a bearing ("the southern Red Sea") is the water
// point farthest that way, up to half the extent out and within 45 degrees of the bearing, reached over water from the
// label (a long sea runs at a slant: the Red Sea's south lies south-east of its label, not due south, which is
// Eritrea). The label itself when no such point is found.
LatLon seaPart(const atlas::Atlas& atlas, const atlas::Candidate& sea, double bearing) {
    const auto water = [&](LatLon p) { return !atlas.countryAt(p).has_value(); };
    LatLon best = sea.pos;
    double bestReach = 0;
    for (double fraction : {0.5, 0.4, 0.3, 0.2, 0.1})
        for (double offset : {0.0, 15.0, -15.0, 30.0, -30.0, 45.0, -45.0}) {
            const double meters = fraction * sea.radiusKm * 1000;
            const double reach = meters * std::cos(offset * M_PI / 180);
            if (reach <= bestReach) continue;
            bool overWater = true;
            for (double step : {0.25, 0.5, 0.75, 1.0})
                overWater = overWater && water(geodesy::direct(sea.pos, bearing + offset, step * meters));
            if (!overWater) continue;
            best = geodesy::direct(sea.pos, bearing + offset, meters);
            bestReach = reach;
        }
    if (bestReach == 0) return best;
    // Across the sea, halfway between its shores there (the farthest point tends to lie on one of them); islands
    // (land for up to 30 km) do not end the water.
    const auto shore = [&](double across) {
        constexpr double kStepMeters = 5000, kIslandMeters = 30000;
        double lastWater = 0;
        for (double d = kStepMeters; d < 0.5 * sea.radiusKm * 1000 && d - lastWater <= kIslandMeters; d += kStepMeters)
            if (water(geodesy::direct(best, across, d))) lastWater = d;
        return lastWater;
    };
    const double right = shore(bearing + 90), left = shore(bearing - 90);
    return geodesy::direct(best, bearing + 90, 0.5 * (right - left));
}

std::optional<atlas::Candidate> sectorCandidate(const Context& ctx, const atlas::Candidate& c, atlas::Sector sector,
                                                std::string_view compass) {
    atlas::Candidate r = c;
    r.kind = Kind::Region;
    r.name = std::string(compass) + " " + c.name;
    r.population = 0;
    r.geonameId = 0;
    if (c.kind == Kind::Country || c.kind == Kind::Admin1) {
        if (c.ref.table != atlas::EntryRef::Table::Country && c.ref.table != atlas::EntryRef::Table::Admin1)
            return std::nullopt; // a historical country has no polygon to divide
        const auto part = ctx.atlas.regionPart(c.kind, c.ref.index, sector);
        if (!part) return std::nullopt;
        r.pos = part->centre;
        r.radiusKm = part->radiusKm;
        return r;
    }
    if (c.kind == Kind::Sea && c.radiusKm > 0) {
        r.pos = sector == atlas::Sector::Central ? c.pos : seaPart(ctx.atlas, c, bearingOf(sector));
        r.radiusKm = 0.5 * c.radiusKm;
        r.kind = Kind::Sea;
        return r;
    }
    return std::nullopt;
}

// "eastern Syria", "central Israel", "the southern Red Sea": the mention takes the compass word and reads as that
// part. A division with its type word after it keeps its own reading: "southern Helmand province" is Helmand, a
// province in the south.
// The compass word at token c narrows mention m (whose name follows c, or follows "c and" as in "central and southern
// Israel"); `typed`: a division's type word follows the name.
void narrowByCompassAt(Context& ctx, PlaceMention& m, size_t c, bool typed) {
    auto& T = ctx.toks;
    const Tok& w = T[c];
    const auto sector = sectorOf(w.lower);
    if (!sector) return;
    // "central Tel Aviv", "central Kyiv": the centre of a city of that name (a district or province named after the
    // city is no nearer the text's meaning).
    if (*sector == atlas::Sector::Central &&
        std::any_of(m.cands->begin(), m.cands->end(), [&](const atlas::Candidate& c) {
            return c.kind == Kind::City && c.population >= 50000 && foldKey(c.name) == m.key;
        }))
        return;
    std::string key = "\x02" + std::string(w.lower) + " " + m.key;
    auto it = ctx.cache.find(key);
    if (it == ctx.cache.end()) {
        // Parts of the countries, divisions and seas of that name; its other readings stay, so that focus still
        // decides ("southern Gaza" is the city, not the south of Gaza Province, Mozambique).
        std::vector<atlas::Candidate> parts, others;
        int tried = 0;
        for (const auto& c : *m.cands) {
            const bool area = c.kind == Kind::Country || (c.kind == Kind::Admin1 && !typed) || c.kind == Kind::Sea;
            if (!area) { others.push_back(c); continue; }
            if (tried++ >= 3) continue;
            if (auto r = sectorCandidate(ctx, c, *sector, w.lower)) parts.push_back(std::move(*r));
        }
        // Beside a country's part, another reading stays only under the same name: "southern Gaza" may be the
        // city, but "western Iraq" is never Arak, whose alternate names include "Iraq".
        const bool countryPart = std::any_of(m.cands->begin(), m.cands->end(), [](const atlas::Candidate& c) {
            return c.kind == Kind::Country;
        });
        if (countryPart)
            std::erase_if(others, [&](const atlas::Candidate& c) { return foldKey(c.name) != m.key; });
        if (!parts.empty()) parts.insert(parts.end(), others.begin(), others.end());
        it = ctx.cache.emplace(key, std::move(parts)).first;
    }
    if (it->second.empty()) return;
    m.first = std::min(m.first, c);
    m.start = std::min(m.start, w.start);
    m.key = key;
    m.cands = &it->second;
}

void narrowByCompass(Context& ctx, PlaceMention& m, size_t a, size_t b) {
    auto& T = ctx.toks;
    if (m.first <= a || !T[m.first - 1].word || ctx.blocked[m.first - 1]) return;
    const bool typed = m.last + 1 < b && T[m.last + 1].word && T[m.last + 1].lx.cue == lex::Cue::Admin1;
    narrowByCompassAt(ctx, m, m.first - 1, typed);
}

// "central and southern Israel": the first compass word names a part of the same place, a mention of its own.
std::optional<PlaceMention> coordinatedCompass(Context& ctx, const PlaceMention& m, size_t a, size_t b) {
    const auto& T = ctx.toks;
    const size_t k = m.first;
    if (!m.key.starts_with("\x02") || k < a + 2 || !(T[k - 1].is("and") || T[k - 1].is("or"))) return std::nullopt;
    const size_t c = k - 2;
    if (!T[c].word || T[c].cap || ctx.blocked[c] || !sectorOf(T[c].lower)) return std::nullopt;
    const auto space = m.key.find(' ');
    if (space == std::string::npos) return std::nullopt;
    PlaceMention x;
    x.first = x.last = c;
    x.start = T[c].start;
    x.end = T[c].end;
    x.sentence = m.sentence;
    x.key = m.key.substr(space + 1);
    x.cands = &ctx.candidates(x.key);
    if (x.cands->empty()) return std::nullopt;
    const bool typed = m.last + 1 < b && T[m.last + 1].word && T[m.last + 1].lx.cue == lex::Cue::Admin1;
    narrowByCompassAt(ctx, x, c, typed);
    if (!x.key.starts_with("\x02")) return std::nullopt;
    return x;
}

// [seats] Most divisions are named after their seat, and the atlas often knows a name only as the division's
// ("Odesa", "Zaporizhzhia", "Chernihiv": GeoNames 2013 spells the cities Odessa, Zaporizhia, Chernigov): a division
// reading adds its seat as a city reading when the two names begin alike, and the usual priors choose.
const std::vector<atlas::Candidate>* withSeats(Context& ctx, const std::string& key,
                                               const std::vector<atlas::Candidate>& cands) {
    const auto stem = [](std::string_view k) {
        if (const auto sp = k.find(' '); sp != std::string_view::npos && sp <= 3 &&
                                         lex::isNameConnector(k.substr(0, sp)))
            k = k.substr(sp + 1);
        return k.substr(0, std::min<size_t>(k.size(), 4));
    };
    bool anyDivision = false;
    for (const auto& c : cands) anyDivision |= c.kind == Kind::Admin1;
    if (!anyDivision) return &cands;
    // Asked once per name: an empty slot remembers "no seat to add".
    auto& slot = ctx.cache["\x05" + key];
    if (!slot.empty()) return &slot;
    if (ctx.cache.count("\x06" + key)) return &cands;
    std::vector<uint32_t> seats;
    for (const auto& c : cands) {
        if (c.kind != Kind::Admin1 || c.ref.table != atlas::EntryRef::Table::Admin1) continue;
        const auto seat = ctx.atlas.admin1Seat(c.ref.index);
        if (!seat) continue;
        bool listed = false;
        for (const auto& k : cands) listed |= k.ref == atlas::EntryRef{atlas::EntryRef::Table::Place, *seat};
        if (listed) continue;
        const std::string seatKey = foldKey(ctx.atlas.places()[*seat].asciiName);
        if (seatKey.size() >= 4 && key.size() >= 4 && stem(seatKey) == stem(key)) seats.push_back(*seat);
    }
    if (seats.empty()) {
        ctx.cache.emplace("\x06" + key, std::vector<atlas::Candidate>{});
        return &cands;
    }
    slot = cands;
    for (uint32_t s : seats) slot.push_back(ctx.atlas.candidate({atlas::EntryRef::Table::Place, s}));
    return &slot;
}

// [names] The longest atlas name starting at token i, with the rules that drop a match: stop words, time words,
// acronyms, unmarked hamlets, demonym spellings. Also narrows by a compass word before it.
std::optional<PlaceMention> nameMention(Context& ctx, int s, size_t i, int maxWords) {
    auto& T = ctx.toks;
    const Tok& t = T[i];
    const auto [a, b] = ctx.sentenceTokens(s);
    auto w = longestName(ctx, i, b, maxWords);
    // "the Southern Red Sea": a capitalised compass word before a sea's name is that sea's part (narrowByCompass),
    // not Eritrea's Southern Red Sea region, which the longest name would read.
    if (w && w->last > i && sectorOf(t.lower) && i + 1 < b) {
        const auto rest = longestName(ctx, i + 1, b, maxWords);
        if (rest && rest->last == w->last) {
            const auto& cands = ctx.candidates(std::string(ctx.fold(T[i + 1].start, rest->end)));
            if (std::any_of(cands.begin(), cands.end(), [](const atlas::Candidate& c) { return c.kind == Kind::Sea; }))
                return nameMention(ctx, s, i + 1, maxWords);
        }
    }
    std::string variant;
    if (!w) {
        if (auto v = spellingVariant(ctx, i, b)) { w = v->first; variant = std::move(v->second); }
    } else if (auto v = typedBaseName(ctx, i, w->last, b)) { // "Al Asad air base": the name with its type word
        w = v->first;
        variant = std::move(v->second);
    }
    if (!w) return std::nullopt;
    PlaceMention m;
    m.first = i;
    m.last = w->last;
    m.start = t.start;
    m.end = w->end;
    // "Washington, D.C." keeps its final period.
    if (m.last + 1 < b && isPunct(T[m.last + 1], ".") && T[m.last].text.size() == 1 &&
        T[m.last + 1].start == T[m.last].end) m.end = T[m.last + 1].end;
    m.sentence = s;
    m.key = variant.empty() ? ctx.fold(t.start, w->end) : variant;
    // A lower-case compass word before the name belongs to it when the atlas knows the whole phrase ("the eastern
    // Mediterranean", "the south Caspian"): a narrower area than the bare name.
    if (i > a && T[i - 1].word && !T[i - 1].cap && !ctx.blocked[i - 1] && lex::isCompassWord(T[i - 1].lower)) {
        // Unless that phrase is only a division's name and the bare name is a sea: "the southern Red Sea" is the
        // sea's south, not Eritrea's Southern Red Sea region.
        const auto hasSea = [](const std::vector<atlas::Candidate>& cs) {
            return std::any_of(cs.begin(), cs.end(), [](const atlas::Candidate& c) { return c.kind == Kind::Sea; });
        };
        const std::string bare = m.key;
        std::string wider = ctx.fold(T[i - 1].start, w->end);
        // "the eastern Mediterranean Sea" is the area the atlas knows as "eastern Mediterranean": the generic word
        // of a sea's name may follow a compass phrase that is a name of its own.
        if (!ctx.atlas.hasKey(wider) && w->last > i && (T[w->last].is("sea") || T[w->last].is("ocean"))) {
            std::string shorter = ctx.fold(T[i - 1].start, T[w->last - 1].end);
            if (ctx.atlas.hasKey(shorter) && hasSea(ctx.candidates(shorter))) wider = std::move(shorter);
        }
        if (ctx.atlas.hasKey(wider) &&
            !(hasSea(ctx.candidates(bare)) && !hasSea(ctx.candidates(wider)))) {
            m.first = i - 1;
            m.start = T[i - 1].start;
            m.key = wider;
        }
    }
    m.hyphenModifier = w->hyphen;
    m.cands = withSeats(ctx, m.key, ctx.candidates(m.key));
    const bool single = w->last == i || (m.key.find(' ') == std::string::npos);
    if (m.cands->empty()) return std::nullopt;
    bool country = false, major = false, division = false;
    for (const auto& c : *m.cands) {
        country |= c.kind == Kind::Country;
        division |= c.kind == Kind::Admin1;
        // Curated features were added because news names them; GeoNames hamlets were not.
        major |= c.kind != Kind::City || c.population >= 20000 || c.ref.table == atlas::EntryRef::Table::Feature;
    }
    // A common word is a place when the text says which kind: "Unity state"; or when it is a country's
    // abbreviation in capitals: "US" (the pronoun "us" is a stop word).
    const bool typed = division && w->last + 1 < b && T[w->last + 1].lx.cue == lex::Cue::Admin1;
    const bool allCaps = t.text.size() >= 2 && std::all_of(t.text.begin(), t.text.end(), [](char c) {
                             return (c >= 'A' && c <= 'Z') || c == '.';
                         });
    if (single && lex::isStopWord(bareWord(t.lower)) && !typed && !(allCaps && country)) return std::nullopt;
    if (single && t.lx.timeWord()) return std::nullopt;
    // Acronyms ("USS", "IS", "AP") are places only as country abbreviations ("UK", "UAE").
    if (single && t.text.size() <= 4 && !country &&
        std::all_of(t.text.begin(), t.text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; }))
        return std::nullopt;
    // Only small villages and hamlets: keep them only where the text says it is a place.
    if (single && !major && !locativeBefore(ctx, i, a)) return std::nullopt;
    // A demonym reading wins over a place of the same spelling ("Iranian" the village? no: the adjective).
    if (single && !country && ctx.demonymOfBare(i)) return std::nullopt;
    if (m.first == i) narrowByCompass(ctx, m, a, b);
    return m;
}

// "strikes on Houthi targets", "against Hezbollah sites": an armed group holding ground in one country, before a
// target noun (past a few modifiers), stands for that country as a demonym does. Its country index, or nothing.
std::optional<uint32_t> groupHomeBeforeTargets(const Context& ctx, size_t i) {
    const auto& T = ctx.toks;
    const auto home = lex::armedGroupHome(stripPossessive(T[i].lower));
    if (home.empty()) return std::nullopt;
    size_t q = i + 1;
    while (q < T.size() && q < i + 4 && T[q].sentence == T[i].sentence && T[q].word && !T[q].cap &&
           T[q].lx.unit == lex::UnitClass::None && T[q].lx.trigger == lex::Trigger::None && !T[q].lx.preposition())
        ++q; // "military", "weapons storage"
    if (q >= T.size() || T[q].sentence != T[i].sentence || T[q].lx.unit != lex::UnitClass::Target) return std::nullopt;
    return ctx.atlas.countryByIso2(home);
}

// A demonym ("Russian", "Syrians", "U.S.-led"'s first part) as a modifier mention of its country.
void addDemonym(Context& ctx, size_t i) {
    const Tok& t = ctx.toks[i];
    std::string_view word = stripPossessive(t.text);
    std::optional<uint32_t> c;
    if (auto h = word.find('-'); h != std::string_view::npos && h > 0 && !ctx.blocked[i]) {
        word = word.substr(0, h);
        c = ctx.atlas.countryByDemonym(word);
    } else {
        c = ctx.demonymOfBare(i);
    }
    if (!c) c = groupHomeBeforeTargets(ctx, i);
    if (!c) return;
    PlaceMention m;
    m.first = m.last = i;
    m.start = t.start;
    m.end = t.start + word.size();
    m.sentence = t.sentence;
    m.demonym = true;
    m.role = "modifier";
    m.key = "\x01" + ctx.atlas.countries()[*c].iso2; // cache slot for the country reading
    auto& slot = ctx.cache[m.key];
    if (slot.empty()) slot.push_back(ctx.atlas.candidate({atlas::EntryRef::Table::Country, *c}));
    m.cands = &slot;
    ctx.mentions.push_back(std::move(m));
}

// [described areas] Phrases that name an area no gazetteer lists, built from the areas it does list. Each becomes a
// mention with one made-up candidate (cache keys starting with \x04 cannot collide with folded names).
const std::vector<atlas::Candidate>& describedSlot(Context& ctx, const std::string& key, atlas::Candidate c) {
    auto& slot = ctx.cache["\x04" + key];
    if (slot.empty()) slot.push_back(std::move(c));
    return slot;
}

// A country or division named by a word or its demonym ("Syrian", "Afghanistan", "Gaza"), as (level, index).
std::optional<std::pair<Kind, uint32_t>> regionOfWord(Context& ctx, std::string_view word) {
    if (auto c = ctx.atlas.countryByDemonym(word)) return std::pair{Kind::Country, *c};
    const std::string key = foldKey(word);
    if (key.empty() || !ctx.atlas.hasKey(key)) return std::nullopt;
    std::optional<std::pair<Kind, uint32_t>> division;
    for (const auto& c : ctx.candidates(key)) {
        if (c.kind == Kind::Country && c.ref.table == atlas::EntryRef::Table::Country)
            return std::pair{Kind::Country, c.ref.index};
        if (c.kind == Kind::Admin1 && !division) division = std::pair{Kind::Admin1, c.ref.index};
    }
    return division;
}

const std::string& regionName(const Context& ctx, std::pair<Kind, uint32_t> r) {
    return r.first == Kind::Admin1 ? ctx.atlas.admin1()[r.second].name : ctx.atlas.countries()[r.second].name;
}

// Mentions whose tokens overlap [first, last] stop counting: a described area replaces them.
void dropOverlapping(Context& ctx, size_t first, size_t last) {
    for (auto& m : ctx.mentions)
        if (!m.dropped && m.first <= last && m.last >= first) m.dropped = true;
}

// Mentions found by a late pass join the others, which stay in text order.
void addMentions(Context& ctx, std::vector<PlaceMention>& added) {
    for (auto& m : added) ctx.mentions.push_back(std::move(m));
    if (!added.empty())
        std::stable_sort(ctx.mentions.begin(), ctx.mentions.end(),
                         [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
}

// A mention of tokens [first, last] read as the entry `key` names, with a note saying why; false when the key has
// no candidates.
bool spellingMention(Context& ctx, size_t first, size_t last, const std::string& key, const std::string& why,
                     std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    PlaceMention m;
    m.first = first;
    m.last = last;
    m.start = T[first].start;
    m.end = T[last].end;
    m.sentence = T[last].sentence;
    m.key = key;
    m.cands = &ctx.candidates(key);
    if (m.cands->empty()) return false;
    ctx.diagnostics.push_back({Severity::Note, "geocode.spelling",
                               "'" + std::string(ctx.doc.slice(m.start, m.end)) + "' read as " + why,
                               {m.start, m.end}, {}});
    added.push_back(std::move(m));
    return true;
}

PlaceMention areaMention(const Context& ctx, size_t first, size_t last, size_t endByte,
                         const std::vector<atlas::Candidate>& slot, const std::string& key) {
    PlaceMention m;
    m.first = first;
    m.last = last;
    m.start = ctx.toks[first].start;
    m.end = endByte;
    m.sentence = ctx.toks[first].sentence;
    m.key = "\x04" + key;
    m.cands = &slot;
    return m;
}

// "the Syrian-Lebanese border", "the Afghanistan-Pakistan region", "the Israel-Gaza border": the middle of the
// border the two share.
void borderAreas(Context& ctx, std::vector<PlaceMention>& added) {
    auto& T = ctx.toks;
    for (size_t i = 0; i + 1 < T.size(); ++i) {
        const Tok& t = T[i];
        if (!t.word || !t.cap || ctx.blocked[i] || T[i + 1].sentence != t.sentence) continue;
        const Tok& next = T[i + 1]; // compared through Tok::is: in line, no memcmp
        if (!next.is("border") && !next.is("borders") && !next.is("frontier") && !next.is("boundary") &&
            !next.is("region") && !next.is("area") && !next.is("areas") && !next.is("line"))
            continue;
        const auto h = t.text.find('-');
        if (h == std::string_view::npos || h == 0 || h + 1 >= t.text.size()) continue;
        const auto ra = regionOfWord(ctx, t.text.substr(0, h));
        const auto rb = regionOfWord(ctx, t.text.substr(h + 1));
        if (!ra || !rb) continue;
        const auto part = ctx.atlas.sharedBorder(ra->first, ra->second, rb->first, rb->second);
        if (!part) continue;
        atlas::Candidate c = ctx.atlas.candidate(
            {ra->first == Kind::Admin1 ? atlas::EntryRef::Table::Admin1 : atlas::EntryRef::Table::Country, ra->second});
        c.name = regionName(ctx, *ra) + "-" + regionName(ctx, *rb) + " border";
        c.kind = Kind::Region;
        c.pos = part->centre;
        c.radiusKm = part->radiusKm;
        c.iso2.clear(); // a border area belongs to neither side
        c.admin1Name.clear();
        const auto& slot = describedSlot(ctx, foldKey(c.name), c);
        dropOverlapping(ctx, i, i + 1);
        added.push_back(areaMention(ctx, i, i + 1, T[i + 1].end, slot, foldKey(c.name)));
        ++i;
    }
}

// Countries the document names, most often first (names 1, demonyms 0.5): a rough focus before resolution.
std::vector<std::pair<std::string, double>> roughFocus(const Context& ctx) {
    std::vector<std::pair<std::string, double>> f;
    for (const auto& m : ctx.mentions) {
        if (m.dropped || m.cands->empty() || m.cands->front().kind != Kind::Country) continue;
        const auto& iso = m.cands->front().iso2;
        auto it = std::find_if(f.begin(), f.end(), [&](auto& x) { return x.first == iso; });
        if (it == f.end()) f.emplace_back(iso, 0.0), it = f.end() - 1;
        it->second += m.demonym ? 0.5 : 1.0;
    }
    std::stable_sort(f.begin(), f.end(), [](auto& x, auto& y) { return x.second > y.second; });
    return f;
}

// "the Mediterranean coast", "Libya's Mediterranean coast", "the Red Sea coast of Yemen": that country's coast on
// that water; with no country written, the first country of the document's focus that has such a coast.
void coastAreas(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<std::pair<std::string, double>> focus;
    bool focusDone = false;
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        PlaceMention& m = ctx.mentions[mi];
        if (m.dropped || m.demonym || m.cands->empty() || m.last + 1 >= T.size()) continue;
        const auto w = T[m.last + 1].lower;
        if (T[m.last + 1].sentence != m.sentence || (w != "coast" && w != "coastline" && w != "shore" && w != "shores"))
            continue;
        const atlas::Candidate* sea = nullptr;
        for (const auto& c : *m.cands)
            if (c.kind == Kind::Sea && c.ref.table == atlas::EntryRef::Table::Feature) { sea = &c; break; }
        if (!sea) continue;
        std::vector<std::string> countries;
        if (mi > 0 && ctx.mentions[mi - 1].last + 1 == m.first && !ctx.mentions[mi - 1].cands->empty() &&
            ctx.mentions[mi - 1].cands->front().kind == Kind::Country)
            countries.push_back(ctx.mentions[mi - 1].cands->front().iso2); // "Libya's", "Libyan"
        if (countries.empty()) {
            if (!focusDone) { focus = roughFocus(ctx); focusDone = true; }
            for (const auto& [iso, wgt] : focus) countries.push_back(iso);
        }
        for (const auto& iso : countries) {
            const auto ci = ctx.atlas.countryByIso2(iso);
            if (!ci) continue;
            const auto part = ctx.atlas.coastOn(*ci, sea->ref.index);
            if (!part) continue;
            atlas::Candidate c = ctx.atlas.candidate({atlas::EntryRef::Table::Country, *ci});
            c.name = sea->name + " coast of " + c.name;
            c.kind = Kind::Region;
            c.pos = part->centre;
            c.radiusKm = part->radiusKm;
            const std::string key = foldKey(c.name);
            m.cands = &describedSlot(ctx, key, c);
            m.key = "\x04" + key;
            m.last += 1;
            m.end = T[m.last].end;
            break;
        }
    }
}

// "waters east of the Korean Peninsula", "the sea west of Crete": offshore from the named area in that direction
// (the first water along the bearing from its centre, then 100 km out). The mention's tokens stop before the area's
// name, which stays a place of its own; its text runs to the end of the name.
void offshoreAreas(Context& ctx, std::vector<PlaceMention>& added) {
    auto& T = ctx.toks;
    for (auto& x : ctx.mentions) {
        if (x.dropped || x.demonym || x.cands->empty() || x.first < 3) continue;
        size_t k = x.first - 1;
        if (T[k].is("the") && k > 2) --k;
        if (!T[k].is("of")) continue;
        const auto sector = sectorOf(T[k - 1].lower);
        const auto water = T[k - 2].lower;
        if (!sector || *sector == atlas::Sector::Central ||
            (water != "waters" && water != "water" && water != "sea" && water != "ocean"))
            continue;
        size_t first = k - 2;
        if (T[first].sentence != x.sentence) continue;
        // "the Pacific Ocean east of Japan": the part of the named water off that place replaces the water's name.
        int named = ctx.mentionAtToken(first);
        if (named >= 0) {
            const PlaceMention& w = ctx.mentions[static_cast<size_t>(named)];
            if (w.dropped || w.last != first || w.cands->empty() || w.cands->front().kind != Kind::Sea) continue;
            first = w.first;
        }
        const atlas::Candidate& base = x.cands->front();
        LatLon p = base.pos;
        const double bearing = bearingOf(*sector);
        for (int step = 0; step < 150 && ctx.atlas.countryAt(p); ++step) p = geodesy::direct(p, bearing, 10e3);
        p = geodesy::direct(p, bearing, 100e3);
        atlas::Candidate c = base;
        c.name = std::string(ctx.doc.slice(T[first].start, T[k - 2].end)) + " " + std::string(T[k - 1].lower) + " of " +
                 base.name;
        c.kind = Kind::Sea;
        c.pos = p;
        c.radiusKm = 150;
        c.iso2.clear();
        c.admin1Name.clear();
        c.geonameId = 0;
        c.population = 0;
        const std::string key = foldKey(c.name);
        if (named >= 0) ctx.mentions[static_cast<size_t>(named)].dropped = true;
        added.push_back(areaMention(ctx, first, k, x.end, describedSlot(ctx, key, c), key));
    }
}

// The first water reached from `from` along `bearingDeg`, up to about 1,500 km (2 km steps for the first 50 km, where
// a coastal city's nearest shore is told apart, then 10 km); nullopt when all is land. `metres` gets the distance.
std::optional<LatLon> waterAlong(const Context& ctx, LatLon from, double bearingDeg, double* metres = nullptr) {
    double along = 0;
    for (int step = 0; step < 175; ++step) {
        const LatLon p = geodesy::direct(from, bearingDeg, along);
        if (!ctx.atlas.countryAt(p)) {
            if (metres) *metres = along;
            return p;
        }
        along += step < 25 ? 2e3 : 10e3;
    }
    return std::nullopt;
}

// The coast that "off the east coast of X", "off X's coast" or "off its coast" names: the mention X, the compass
// side if written, and the token of "coast". "Its" stands for the country named last before it.
struct CoastPhrase {
    int place = -1;
    std::optional<atlas::Sector> side;
    size_t coastTok = 0;
};

bool isCoastWord(std::string_view w) { return w == "coast" || w == "coastline" || w == "shore" || w == "shores"; }

std::optional<CoastPhrase> coastPhraseAfter(const Context& ctx, size_t off) {
    const auto& T = ctx.toks;
    const int sentence = T[off].sentence;
    auto sideAndCoast = [&](size_t j, CoastPhrase& out) {
        if (j < T.size() && sectorOf(T[j].lower) && *sectorOf(T[j].lower) != atlas::Sector::Central)
            out.side = sectorOf(T[j++].lower);
        if (j >= T.size() || T[j].sentence != sentence || !isCoastWord(T[j].lower)) return false;
        out.coastTok = j;
        return true;
    };
    size_t j = off + 1;
    if (j < T.size() && T[j].lower == "the") ++j;
    CoastPhrase out;
    if (j < T.size() && T[j].lower == "its") { // the country named last before "its"
        for (size_t mi = ctx.mentions.size(); mi-- > 0;) {
            const PlaceMention& m = ctx.mentions[mi];
            if (m.first < off && !m.dropped && !m.cands->empty() && m.cands->front().kind == Kind::Country) {
                out.place = static_cast<int>(mi);
                break;
            }
        }
        return out.place >= 0 && sideAndCoast(j + 1, out) ? std::optional(out) : std::nullopt;
    }
    if (const int xi = ctx.mentionAtToken(j); xi >= 0) { // "off Yemen's coast", "off the Yemeni coast"
        const PlaceMention& x = ctx.mentions[static_cast<size_t>(xi)];
        size_t k = x.last + 1;
        if (k < T.size() && (T[k].lower == "'s" || T[k].lower == "'")) ++k;
        out.place = xi;
        return sideAndCoast(k, out) ? std::optional(out) : std::nullopt;
    }
    if (!sideAndCoast(j, out)) return std::nullopt; // "off the east coast of North Korea"
    size_t k = out.coastTok + 1;
    if (k < T.size() && T[k].lower == "of") ++k; else return std::nullopt;
    if (k < T.size() && T[k].lower == "the") ++k;
    out.place = k < T.size() && T[k].sentence == sentence ? ctx.mentionAtToken(k) : -1;
    return out.place >= 0 ? std::optional(out) : std::nullopt;
}

// "into the sea off its east coast", "off the coast of Hodeidah", "waters off Yemen's coast": a sea area just off
// that coast (40 km out from where the bearing from the place's centre leaves land; with no side written, the
// nearest coast of eight bearings). The named place stays a place of its own.
void offCoastAreas(Context& ctx, std::vector<PlaceMention>& added) {
    auto& T = ctx.toks;
    for (size_t i = 0; i + 2 < T.size(); ++i) {
        if (T[i].lower != "off" || ctx.blocked[i]) continue;
        const auto phrase = coastPhraseAfter(ctx, i);
        if (!phrase) continue;
        const PlaceMention& x = ctx.mentions[static_cast<size_t>(phrase->place)];
        if (x.dropped || x.cands->empty() || x.cands->front().kind == Kind::Sea) continue;
        const atlas::Candidate& base = x.cands->front();
        std::optional<LatLon> shore;
        double bearing = phrase->side ? bearingOf(*phrase->side) : 0;
        if (phrase->side) shore = waterAlong(ctx, base.pos, bearing);
        double nearest = 1e12, metres = 0;
        for (int b = 0; !phrase->side && b < 8; ++b)
            if (const auto w = waterAlong(ctx, base.pos, 45.0 * b, &metres); w && metres < nearest)
                nearest = metres, shore = w, bearing = 45.0 * b;
        if (!shore) continue;
        // "into the sea off ...": the water word starts the mention; else "off" is its preposition.
        size_t first = i + 1;
        if (i >= 1 && (T[i - 1].lower == "sea" || T[i - 1].lower == "waters" || T[i - 1].lower == "water")) first = i - 1;
        atlas::Candidate c = base;
        const std::string sideWord = phrase->side ? std::string(T[phrase->coastTok - 1].lower) + " " : "";
        c.name = std::string(kOffCoastPrefix) + sideWord + "coast of " + base.name;
        c.kind = Kind::Sea;
        c.pos = geodesy::direct(*shore, bearing, 40e3);
        c.radiusKm = phrase->side ? 100 : 50;
        c.iso2.clear();
        c.admin1Name.clear();
        c.geonameId = 0;
        c.population = 0;
        const std::string key = foldKey(c.name);
        const size_t last = x.first > first ? x.first - 1 : phrase->coastTok;
        added.push_back(areaMention(ctx, first, last, std::max(x.end, T[phrase->coastTok].end), describedSlot(ctx, key, c), key));
        i = phrase->coastTok;
    }
}

// The first token at or after byte `pos`.
size_t tokenFrom(const Context& ctx, size_t pos) {
    return static_cast<size_t>(std::lower_bound(ctx.toks.begin(), ctx.toks.end(), pos,
                                                [](const Tok& t, size_t p) { return t.start < p; }) -
                               ctx.toks.begin());
}

// "landed about 3,200 kilometers east of Japan", "60 miles northwest of the capital, Mogadishu": a distance and a
// compass bearing from a named place make a place of their own, that far along the bearing from the named one. Its
// extent is a quarter of the distance (the eight compass points lie 45 degrees apart, and such distances are
// rounded). Over water it is a sea area. The named place stays a place of its own.
void distanceOffsets(Context& ctx, std::vector<PlaceMention>& added) {
    auto& T = ctx.toks;
    for (const auto& n : ctx.doc.numbers) {
        const double metres = n.value * text::metresPerUnit(n.unit);
        if (!(metres > 0) || n.unitEnd == 0) continue;
        size_t k = tokenFrom(ctx, n.unitEnd);
        if (k + 2 >= T.size() || T[k].sentence != n.sentence) continue;
        const auto sector = sectorOf(T[k].lower);
        if (!sector || *sector == atlas::Sector::Central || !T[k + 1].is("of")) continue;
        // The named place: "of Japan", "of the capital, Mogadishu", "of the city of Homs".
        size_t q = k + 2;
        while (q < T.size() && q < k + 7 && ctx.mentionAtToken(q) < 0 &&
               (T[q].is("the") || T[q].is(",") || T[q].is("of") || T[q].lx.cue == lex::Cue::City))
            ++q;
        int xi = q < T.size() ? ctx.mentionAtToken(q) : -1;
        if (xi < 0) continue;
        // "of the U.S. garrison at al-Tanf": a name that only qualifies a noun is not the reference point; the place
        // the noun stands at or in is.
        const auto qualifiesNoun = [&](const Tok& w) {
            return w.word && !w.cap && !w.number && !w.lx.preposition() && !w.lx.determiner() && !w.lx.timeWord() &&
                   !isVerbLike(w) && !w.is("and") && !w.is("or") && !w.is("which") && !w.is("that") &&
                   !w.is("where") && !w.is("while");
        };
        if (const auto& first = ctx.mentions[static_cast<size_t>(xi)];
            first.last + 1 < T.size() && qualifiesNoun(T[first.last + 1])) {
            xi = -1;
            for (size_t r = first.last + 2; r < T.size() && r < first.last + 5 && T[r].sentence == n.sentence; ++r)
                if (T[r - 1].is("at") || T[r - 1].is("in") || T[r - 1].is("near")) {
                    xi = ctx.mentionAtToken(r);
                    break;
                }
            if (xi < 0) continue;
        }
        const PlaceMention& x = ctx.mentions[static_cast<size_t>(xi)];
        if (x.dropped || x.demonym || x.cands->empty() || x.sentence != n.sentence) continue;
        const size_t first = tokenFrom(ctx, n.start);
        // "near Jilib, about 60 miles northwest of Kismayo": the offset says where the place before it lies.
        if (first >= 2 && isPunct(T[first - 1], ",") && ctx.mentionAtToken(first - 2) >= 0) continue;
        atlas::Candidate c = x.cands->front(); // placed by placeOffsets once x is resolved
        c.name = std::string(ctx.doc.slice(T[first].start, T[k].end)) + " of " + c.name;
        c.radiusKm = std::max(5.0, metres / 4000);
        c.admin1Name.clear();
        c.geonameId = 0;
        c.population = 0;
        const std::string key = foldKey(c.name);
        // Its text runs to the end of the named place, which is thereby its reference point, not a place of the event.
        added.push_back(areaMention(ctx, first, k, x.end, describedSlot(ctx, key, c), key));
        ctx.offsetAreas.push_back({"\x04" + key, x.first, bearingOf(*sector), metres});
    }
}

// The positions of the offset places, from their reference places as resolved; over water an offset place is a sea
// area, on land a region of the country it lies in.
void placeOffsets(Context& ctx) {
    for (const auto& o : ctx.offsetAreas) {
        const int ri = ctx.mentionAtToken(o.referenceTok);
        auto it = ctx.cache.find(o.slotKey);
        if (ri < 0 || it == ctx.cache.end() || it->second.empty()) continue;
        const atlas::Candidate* reference = ctx.mentions[static_cast<size_t>(ri)].best();
        if (!reference) continue;
        atlas::Candidate& c = it->second.front();
        c.pos = geodesy::direct(reference->pos, o.bearingDeg, o.metres);
        const auto country = ctx.atlas.countryAt(c.pos);
        c.kind = country ? Kind::Region : Kind::Sea;
        c.iso2 = country ? ctx.atlas.countries()[*country].iso2 : std::string();
    }
}

// "Houthi-controlled areas of Yemen", "rebel-held parts of Idlib": the curated area when the atlas has the phrase,
// else the named country or division as a whole (a wide region, with a note). The named area stays a place too.
void controlledAreas(Context& ctx, std::vector<PlaceMention>& added) {
    auto& T = ctx.toks;
    for (size_t i = 0; i + 2 < T.size(); ++i) {
        const Tok& t = T[i];
        const auto lw = t.lower;
        if (!t.word || lw.size() < 6 || (lw.back() != 'd' && lw.back() != 'n') || !(lw.ends_with("-controlled") || lw.ends_with("-held") ||
                                          lw.ends_with("-occupied") || lw.ends_with("-run")) ||
            ctx.blocked[i])
            continue;
        const auto h = lw.rfind('-');
        if (h == 0) continue;
        size_t k = i + 1;
        const auto noun = T[k].lower;
        const bool hasNoun = noun == "areas" || noun == "area" || noun == "parts" || noun == "territory" ||
                             noun == "territories" || noun == "regions" || noun == "region";
        if (hasNoun) ++k;
        if (k < T.size() && (T[k].is("of") || T[k].is("in"))) ++k;
        if (k < T.size() && T[k].is("the")) ++k;
        const int yi = k < T.size() ? ctx.mentionAtToken(k) : -1;
        if (yi < 0 || T[k].sentence != t.sentence) {
            // "fired from Houthi-controlled territory": a curated area may be named without its country.
            if (const std::string own = hasNoun ? foldKey(ctx.doc.slice(t.start, T[i + 1].end)) : std::string();
                !own.empty() && ctx.atlas.hasKey(own) && ctx.mentionAtToken(i) < 0) {
                const atlas::Candidate area = ctx.candidates(own).front();
                added.push_back(areaMention(ctx, i, i + 1, T[i + 1].end, describedSlot(ctx, own, area), own));
                ++i;
            }
            continue;
        }
        const PlaceMention& y = ctx.mentions[static_cast<size_t>(yi)];
        if (y.demonym || y.cands->empty()) continue;
        const std::string phrase = foldKey(ctx.doc.slice(t.start, y.end));
        // "Houthi-controlled territory in Yemen": the curated area may be listed without the country's part.
        const std::string shortPhrase = foldKey(ctx.doc.slice(t.start, T[hasNoun ? i + 1 : i].end));
        const bool shortKnown = ctx.atlas.hasKey(shortPhrase) &&
                                ctx.candidates(shortPhrase).front().iso2 == y.cands->front().iso2;
        atlas::Candidate c;
        if (ctx.atlas.hasKey(phrase) || shortKnown) {
            c = ctx.candidates(ctx.atlas.hasKey(phrase) ? phrase : shortPhrase).front();
        } else {
            c = y.cands->front();
            c.name = std::string(ctx.doc.slice(t.start, y.end));
            c.kind = Kind::Region;
            c.geonameId = 0;
            c.population = 0;
            ctx.diagnostics.push_back({Severity::Note, "geocode.approximate",
                                       "'" + c.name + "' placed at the whole of " + y.cands->front().name,
                                       {t.start, y.end}, {}});
        }
        added.push_back(areaMention(ctx, i, y.first - 1, y.end, describedSlot(ctx, phrase, c), phrase));
        i = y.first - 1;
    }
}

// "the cruiser USS Shiloh fired 14 Tomahawks from the gulf" after "the Persian Gulf": a water's generic noun, lower
// case after "the", stands for the water of that kind named last before it.
// A mention of one token that stands for a place ("the sea", "the city", "the country", "the Afghan capital").
PlaceMention tokenMention(const Context& ctx, size_t i, std::string key, const std::vector<atlas::Candidate>* cands) {
    const Tok& noun = ctx.toks[i];
    PlaceMention m;
    m.first = m.last = i;
    m.start = noun.start;
    m.end = noun.end;
    m.sentence = noun.sentence;
    m.key = std::move(key);
    m.cands = cands;
    return m;
}

// A mention of one token that stands for a place named before ("the sea", "the city"): that name's candidates.
PlaceMention anaphorMention(const Context& ctx, size_t i, const PlaceMention& named) {
    return tokenMention(ctx, i, named.key, named.cands);
}

void genericWaterAnaphora(Context& ctx, std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    for (size_t i = 1; i + 1 < T.size(); ++i) {
        const Tok& noun = T[i];
        if (!T[i - 1].is("the") || noun.cap || !(noun.is("gulf") || noun.is("strait") || noun.is("sea"))) continue;
        if (i + 1 < T.size() && (T[i + 1].is("of") || (T[i + 1].word && T[i + 1].cap))) continue; // "the Gulf of"
        if (ctx.mentionAtToken(i) >= 0) continue;
        const PlaceMention* named = nullptr;
        for (const auto& m : ctx.mentions) {
            if (m.first >= i) break;
            if (!m.dropped && !m.demonym && m.cands && !m.cands->empty() && m.cands->front().kind == Kind::Sea &&
                m.key.find(noun.lower) != std::string::npos)
                named = &m;
        }
        if (!named) continue;
        added.push_back(anaphorMention(ctx, i, *named));
    }
}

// A base named as a base or an airfield ("Shayrat Airbase", "Al Asad Air Base", "Camp Lemonnier"), not a building
// the atlas keeps as a base ("The Pentagon").
bool airfieldName(std::string_view name) {
    const std::string lower = asciiLower(name);
    for (std::string_view w : {"air", "base", "field", "port", "camp"})
        if (lower.find(w) != std::string::npos) return true;
    return false;
}

// "Warships fired about 40 Tomahawks at the same site and at other leadership targets in the city": "the city", "the
// town", "the village" or "the capital", lower case and alone, is the city (the capital) named last before it (and
// "the airfield", "the air base", "the base" or "the airport" the base named last), in its sentence or the three
// before (a name whose city is among its first few candidates: "Abu Dhabi" is an emirate first). Not when a noun or a
// name follows ("the city council", "the capital Kyiv").
void townAndBaseAnaphora(Context& ctx, std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    for (size_t i = 1; i + 1 < T.size(); ++i) {
        const Tok& noun = T[i];
        const bool town = noun.is("city") || noun.is("capital") || noun.is("town") || noun.is("village");
        // "a targeted military strike on the airfield in Syria", "troops at the air base": a base named before.
        const bool base = noun.is("airfield") || noun.is("airbase") || noun.is("base") || noun.is("airport");
        const size_t det = i >= 2 && noun.is("base") && T[i - 1].is("air") ? i - 2 : i - 1;
        if (!T[det].is("the") || noun.cap || !(town || base)) continue;
        const Tok& next = T[i + 1];
        // "in the town shortly before 3 a.m.", "in the city early Monday": an adverb or a time after it too.
        const bool alone = !next.word || next.lx.preposition() || next.is("and") || next.is("or") || next.is("was") ||
                           next.is("were") || next.is("is") || next.is("has") || next.is("had") || next.is("where") ||
                           next.lx.timeWord() || next.lower.ends_with("ly") || next.is("early") || next.is("late");
        if (!alone || next.is("of") || ctx.mentionAtToken(i) >= 0) continue;
        const PlaceMention* named = nullptr;
        const PlaceMention* onlyBase = nullptr; // the one base the text has named so far, however long ago
        bool severalBases = false;
        for (const auto& m : ctx.mentions) {
            if (m.first >= i) break;
            if (m.dropped || m.demonym || !m.cands || m.cands->empty()) continue;
            // A city among the first few: "Abu Dhabi" and "Kyiv" name their division before their city.
            const auto n = std::min<size_t>(m.cands->size(), 3);
            if (!std::any_of(m.cands->begin(), m.cands->begin() + static_cast<long>(n), [&](const atlas::Candidate& c) {
                    return base ? c.kind == Kind::Base && airfieldName(c.name)
                                : c.kind == Kind::City && (!noun.is("capital") || ctx.isCapital(c));
                }))
                continue;
            severalBases |= onlyBase && onlyBase->key != m.key;
            onlyBase = &m;
            // Bases are fewer than towns: the one named last stays meant for longer.
            if (noun.sentence - m.sentence <= (base ? 6 : 3)) named = &m;
        }
        // "only 23 of the missiles reached the air base", ten sentences after the one base the report is about.
        if (!named && base && !severalBases) named = onlyBase;
        if (named) added.push_back(anaphorMention(ctx, i, *named));
    }
}

// "Ukraine's air force said Russia fired 38 missiles at targets across the country", "In Dnipro, in the center of
// the country": "the country", lower case, stands for the country of the nearest place before it, in its sentence
// (a town stands for its country) or as a country named in the three sentences before. Passed over: a country that is
// the subject of the verb right after it ("Russia fired": the side that acts is not where it struck) and an adjective
// ("Polish officials").
// "fired missiles from three locations inside the country": in a phrase of origin, the country that acted (the
// subject of a verb) is the one meant, before any nearer one ("Iran fired 16 missiles at Iraq. The missiles were
// fired from three locations inside the country").
bool originPhrase(const Context& ctx, size_t i) {
    const auto& T = ctx.toks;
    for (size_t q = i; q-- > 0 && i - q <= 6 && T[q].sentence == T[i].sentence;) {
        if (T[q].is("from")) return true;
        if (T[q].lx.trigger != lex::Trigger::None || T[q].text == "," || T[q].is("at") || T[q].is("on") ||
            T[q].is("toward") || T[q].is("against") || T[q].is("into"))
            return false;
    }
    return false;
}

const PlaceMention* countryBefore(Context& ctx, size_t i, std::string& key) {
    const auto& T = ctx.toks;
    if (originPhrase(ctx, i))
        for (size_t k = ctx.mentions.size(); k-- > 0;) {
            const auto& m = ctx.mentions[k];
            if (m.first >= i || m.dropped || m.demonym || !m.cands || m.cands->empty()) continue;
            if (T[i].sentence - m.sentence > 3) break;
            const size_t after = m.last + 1;
            const bool subject = after < i && T[after].lx.trigger == lex::Trigger::Launch;
            if (subject && m.cands->front().kind == Kind::Country) {
                key = m.key;
                return &m;
            }
        }
    for (size_t k = ctx.mentions.size(); k-- > 0;) {
        const auto& m = ctx.mentions[k];
        if (m.first >= i || m.dropped || m.demonym || !m.cands || m.cands->empty()) continue;
        if (T[i].sentence - m.sentence > 3) break;
        const size_t after = m.last + 1;
        if (after < i && (T[after].lx.trigger != lex::Trigger::None || isVerbLike(T[after]))) continue;
        const auto& top = m.cands->front();
        if (top.kind == Kind::Country) {
            key = m.key;
            return &m;
        }
        const auto country = top.iso2.empty() ? std::nullopt : ctx.atlas.countryByIso2(top.iso2);
        if (m.sentence == T[i].sentence && country) {
            key = foldKey(ctx.atlas.countries()[*country].name);
            return &m;
        }
    }
    return nullptr;
}

// "South Korea's Joint Chiefs of Staff said the North fired the missile": "the North" or "the South", capitalised and
// alone, is the country named before whose name it begins (North Korea, South Sudan).
bool compassCountryBefore(Context& ctx, size_t i, std::string& key) {
    const auto& T = ctx.toks;
    if (!T[i].cap || !(T[i].is("north") || T[i].is("south"))) return false;
    const std::string prefix = std::string(T[i].lower) + " ";
    for (size_t k = ctx.mentions.size(); k-- > 0;) {
        const auto& m = ctx.mentions[k];
        if (m.first >= i || m.dropped || !m.cands || m.cands->empty()) continue;
        const auto& top = m.cands->front();
        if (top.kind == Kind::Country && foldKey(top.name).starts_with(prefix)) {
            key = foldKey(top.name);
            return true;
        }
    }
    return false;
}

void genericCountryAnaphora(Context& ctx, std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    for (size_t i = 1; i + 1 < T.size(); ++i) {
        if (!T[i - 1].is("the") || ctx.mentionAtToken(i) >= 0) continue;
        if (T[i + 1].is("of") || (T[i + 1].word && T[i + 1].cap)) continue; // "the country of Georgia"
        std::string key;
        if (!(T[i].is("country") && countryBefore(ctx, i, key)) && !compassCountryBefore(ctx, i, key)) continue;
        const auto& cands = ctx.candidates(key);
        if (cands.empty() || cands.front().kind != Kind::Country) continue;
        added.push_back(tokenMention(ctx, i, key, &cands));
    }
}

// "a U.S. counterterrorism strike in the Afghan capital": "the <demonym> capital", lower case and with no name after
// it, is that country's capital (the most populous place GeoNames marks PPLC).
void demonymCapitals(Context& ctx, std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    for (size_t i = 2; i < T.size(); ++i) {
        if (!T[i].is("capital") || !T[i - 2].is("the") || ctx.mentionAtToken(i) >= 0) continue;
        if (i + 2 < T.size() && T[i + 1].text == "," && T[i + 2].cap) continue; // "the Afghan capital, Kabul"
        const auto country = ctx.demonymOf(i - 1);
        if (!country) continue;
        const auto capital = ctx.atlas.capitalOf(ctx.atlas.countries()[*country].iso2);
        if (!capital) continue;
        const std::string key = foldKey(ctx.atlas.places()[*capital].name);
        const auto& cands = ctx.candidates(key);
        if (!cands.empty()) added.push_back(tokenMention(ctx, i, key, &cands));
    }
}

void describeAreas(Context& ctx) {
    std::vector<PlaceMention> added;
    genericWaterAnaphora(ctx, added);
    genericCountryAnaphora(ctx, added);
    townAndBaseAnaphora(ctx, added);
    demonymCapitals(ctx, added);
    borderAreas(ctx, added);
    coastAreas(ctx);
    offshoreAreas(ctx, added);
    offCoastAreas(ctx, added);
    distanceOffsets(ctx, added);
    controlledAreas(ctx, added);
    if (added.empty()) return;
    for (auto& m : added) ctx.mentions.push_back(std::move(m));
    std::stable_sort(ctx.mentions.begin(), ctx.mentions.end(),
                     [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
}

// US state abbreviations of news style (AP) and postal codes, after a comma: "TAMPA, Fla.", "Arlington, VA".
std::string_view usStateOf(std::string_view word) {
    static constexpr std::pair<std::string_view, std::string_view> kStates[] = {
        {"ala", "Alabama"}, {"al", "Alabama"}, {"ariz", "Arizona"}, {"az", "Arizona"}, {"ark", "Arkansas"},
        {"ar", "Arkansas"}, {"calif", "California"}, {"ca", "California"}, {"colo", "Colorado"},
        {"co", "Colorado"}, {"conn", "Connecticut"}, {"ct", "Connecticut"}, {"del", "Delaware"},
        {"de", "Delaware"}, {"d.c", "District of Columbia"}, {"dc", "District of Columbia"}, {"fla", "Florida"},
        {"fl", "Florida"}, {"ga", "Georgia"}, {"ill", "Illinois"}, {"il", "Illinois"}, {"ind", "Indiana"},
        {"in", "Indiana"}, {"kan", "Kansas"}, {"ks", "Kansas"}, {"ky", "Kentucky"}, {"la", "Louisiana"},
        {"md", "Maryland"}, {"mass", "Massachusetts"}, {"ma", "Massachusetts"}, {"mich", "Michigan"},
        {"mi", "Michigan"}, {"minn", "Minnesota"}, {"mn", "Minnesota"}, {"miss", "Mississippi"},
        {"ms", "Mississippi"}, {"mo", "Missouri"}, {"mont", "Montana"}, {"mt", "Montana"}, {"neb", "Nebraska"},
        {"ne", "Nebraska"}, {"nev", "Nevada"}, {"nv", "Nevada"}, {"n.h", "New Hampshire"}, {"nh", "New Hampshire"},
        {"n.j", "New Jersey"}, {"nj", "New Jersey"}, {"n.m", "New Mexico"}, {"nm", "New Mexico"},
        {"n.y", "New York"}, {"ny", "New York"}, {"n.c", "North Carolina"}, {"nc", "North Carolina"},
        {"n.d", "North Dakota"}, {"nd", "North Dakota"}, {"okla", "Oklahoma"}, {"ok", "Oklahoma"},
        {"ore", "Oregon"}, {"or", "Oregon"}, {"pa", "Pennsylvania"}, {"r.i", "Rhode Island"},
        {"ri", "Rhode Island"}, {"s.c", "South Carolina"}, {"sc", "South Carolina"}, {"s.d", "South Dakota"},
        {"sd", "South Dakota"}, {"tenn", "Tennessee"}, {"tn", "Tennessee"}, {"tex", "Texas"}, {"tx", "Texas"},
        {"vt", "Vermont"}, {"va", "Virginia"}, {"wash", "Washington"}, {"wa", "Washington"},
        {"w.va", "West Virginia"}, {"wv", "West Virginia"}, {"wis", "Wisconsin"}, {"wi", "Wisconsin"},
        {"wyo", "Wyoming"}, {"wy", "Wyoming"}, {"ga", "Georgia"}, {"hi", "Hawaii"}, {"ia", "Iowa"},
        {"id", "Idaho"}, {"me", "Maine"}, {"ut", "Utah"}, {"ak", "Alaska"}, {"oh", "Ohio"}};
    for (const auto& [k, v] : kStates)
        if (word == k) return v;
    return {};
}

// After token `last`: "and" or "or" and then a place's name, or a comma and one ("Tuzla, Gorazde and Mostar"; not
// "Palm Beach, Florida, Trump said").
bool listGoesOn(const Context& ctx, size_t last) {
    const auto& T = ctx.toks;
    if (last + 2 >= T.size() || T[last + 2].sentence != T[last].sentence) return false;
    const bool joiner = T[last + 1].is("and") || T[last + 1].is("or") || isPunct(T[last + 1], ",");
    const int next = joiner ? ctx.mentionAtToken(last + 2) : -1;
    return next >= 0 && !ctx.mentions[static_cast<size_t>(next)].demonym;
}

// [qualifiers] "Prague, Oklahoma", "Dhahran, Saudi Arabia", "TAMPA, Fla.", "Arlington, VA": a division or country
// right after a place name and a comma says where that place is; the place's candidates are narrowed to those inside
// it (when any is). A division or state qualifier becomes part of the place's mention; a country stays a place.
void qualifyByComma(Context& ctx) {
    auto& T = ctx.toks;
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        PlaceMention& m = ctx.mentions[mi];
        if (m.dropped || m.demonym || m.cands->size() < 1 || m.last + 2 >= T.size()) continue;
        if (!isPunct(T[m.last + 1], ",") || T[m.last + 2].sentence != m.sentence) continue;
        const size_t q = m.last + 2;
        // Who qualifies: a mention starting at q, or a US state abbreviation.
        PlaceMention* qm = nullptr;
        for (size_t k = mi + 1; k < ctx.mentions.size() && ctx.mentions[k].first <= q; ++k)
            if (!ctx.mentions[k].dropped && ctx.mentions[k].first == q && !ctx.mentions[k].demonym)
                qm = &ctx.mentions[k];
        bool namesCountry = false;
        for (const auto& c : *m.cands) namesCountry |= c.kind == Kind::Country;
        if (namesCountry) continue; // "Iran, Iran-aligned groups": a list, not a qualifier
        if (qm) {
            bool qualifies = false;
            for (const auto& k : *qm->cands) qualifies |= k.kind == Kind::Country || k.kind == Kind::Admin1;
            // "near Tuzla, Gorazde and Mostar": a name that a list goes on after is the list's next item, even when
            // a division shares it (a country after the comma still qualifies: "Dhahran, Saudi Arabia, and ...").
            if (qm->cands->front().kind != Kind::Country && listGoesOn(ctx, qm->last)) qualifies = false;
            if (!qualifies) qm = nullptr;
        }
        // A state abbreviation is capitalised, and a bare two-letter one is a postal code in capitals ("VA"): "in",
        // "me" and "or" are words.
        const auto tx = bareWord(T[q].text);
        const bool upper = std::all_of(tx.begin(), tx.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        const bool abbrev = T[q].word && T[q].cap && (tx.size() > 2 || T[q].text.back() == '.' || upper);
        const std::string_view state = qm || !abbrev ? std::string_view() : usStateOf(bareWord(T[q].lower));
        if (!qm && state.empty()) continue;
        std::vector<atlas::Candidate> inside;
        bool byDivision = !state.empty();
        for (const auto& c : *m.cands) {
            bool in = false;
            if (!state.empty()) in = c.iso2 == "US" && c.admin1Name == state;
            else
                for (const auto& k : *qm->cands) {
                    if (k.kind == Kind::Country && k.iso2 == c.iso2 && c.kind != Kind::Admin1) in = true;
                    // "Mosul, Nineveh province", "Kirkuk, Kirkuk province": not the division itself (Nineveh is
                    // also written Mosul), but a place in it.
                    const bool itself = c.ref == k.ref;
                    if (k.kind == Kind::Admin1 && k.ref.table == atlas::EntryRef::Table::Admin1 && !itself &&
                        (c.admin1Name == k.name || ctx.atlas.regionContains(Kind::Admin1, k.ref.index, c.pos))) {
                        in = true;
                        // Only a qualifier read first as a division joins the mention: "Abu Ghraib, Baghdad"
                        // keeps Baghdad, a city, as a place of its own.
                        byDivision = qm->cands->front().kind == Kind::Admin1;
                    }
                }
            if (in) inside.push_back(c);
        }
        if (inside.empty()) continue;
        if (inside.size() < m.cands->size()) {
            auto& slot = ctx.cache["\x03" + m.key + "|" + (qm ? qm->key : std::string(state))];
            if (slot.empty()) slot = std::move(inside);
            m.cands = &slot;
            m.key = "\x03" + m.key + "|" + (qm ? qm->key : std::string(state));
        }
        if (!byDivision) continue;
        // The division or state joins the mention: "TAMPA, Fla.", "CAMP H.M. SMITH, Hawaii".
        size_t last = qm ? qm->last : q;
        size_t end = qm ? qm->end : T[q].end;
        if (!qm && q + 1 < T.size() && isPunct(T[q + 1], ".") && T[q + 1].start == T[q].end) end = T[++last].end;
        if (qm) qm->dropped = true;
        m.last = last;
        m.end = end;
    }
}

// "the West Bank city of Jericho", "the southern Israeli port of Ashdod", "the Iraqi province of Anbar": an area (or a
// demonym) heading a place-type noun says where the place named after "of" is; its candidates are narrowed to those
// inside that area, when any is. The area stays a place of its own.
void qualifyByTypeNoun(Context& ctx) {
    auto& T = ctx.toks;
    for (size_t mi = 1; mi < ctx.mentions.size(); ++mi) {
        PlaceMention& m = ctx.mentions[mi];
        if (m.dropped || m.demonym || m.cands->size() < 2 || m.first < 3 || T[m.first - 1].lower != "of") continue;
        const lex::Cue noun = T[m.first - 2].lx.cue;
        if (noun != lex::Cue::City && noun != lex::Cue::Admin1) continue;
        const size_t areaEnd = m.first - 3;
        const PlaceMention* area = nullptr;
        for (size_t k = mi; k-- > 0 && ctx.mentions[k].last + 4 >= m.first;)
            if (!ctx.mentions[k].dropped && ctx.mentions[k].last == areaEnd) area = &ctx.mentions[k];
        if (!area || area->cands->empty() || T[areaEnd].sentence != m.sentence) continue;
        std::vector<atlas::Candidate> inside;
        for (const auto& c : *m.cands) {
            bool in = false;
            for (const auto& k : *area->cands) {
                if (k.kind == Kind::Country && k.iso2 == c.iso2) in = true;
                if (k.kind == Kind::Admin1 && k.ref.table == atlas::EntryRef::Table::Admin1 &&
                    (c.admin1Name == k.name || ctx.atlas.regionContains(Kind::Admin1, k.ref.index, c.pos)))
                    in = true;
                if (area->demonym) break; // a demonym's first reading is its country
            }
            if (in) inside.push_back(c);
        }
        if (inside.empty() || inside.size() == m.cands->size()) continue;
        const std::string key = "\x03" + m.key + "|" + area->key;
        auto& slot = ctx.cache[key];
        if (slot.empty()) slot = std::move(inside);
        m.cands = &slot;
        m.key = key;
    }
}

// "Iraq's Kurdistan region", "Yemen's Marib province": a country's possessive right before a place says which
// country the place is in; its candidates are narrowed to those in that country, when any is.
void qualifyByPossessive(Context& ctx) {
    auto& T = ctx.toks;
    for (size_t mi = 1; mi < ctx.mentions.size(); ++mi) {
        PlaceMention& m = ctx.mentions[mi];
        if (m.dropped || m.demonym || m.cands->size() < 2 || m.first < 1) continue;
        const PlaceMention& owner = ctx.mentions[mi - 1];
        const bool apostrophe = m.first >= 2 && T[m.first - 1].is("'s") && owner.last == m.first - 2;
        if (owner.dropped || owner.demonym || owner.cands->empty() || owner.cands->front().kind != Kind::Country ||
            T[owner.last].sentence != m.sentence || !(apostrophe || (owner.last + 1 == m.first &&
                                                                      endsPossessive(T[owner.last].lower))))
            continue;
        const std::string& iso2 = owner.cands->front().iso2;
        std::vector<atlas::Candidate> inside;
        for (const auto& c : *m.cands)
            if (c.iso2 == iso2 && c.kind != Kind::Country) inside.push_back(c);
        if (inside.empty() || inside.size() == m.cands->size()) continue;
        const std::string key = "\x03" + m.key + "|" + owner.key;
        auto& slot = ctx.cache[key];
        if (slot.empty()) slot = std::move(inside);
        m.cands = &slot;
        m.key = key;
    }
}

// [support] A reading that only a partial or alternate spelling gives, of a town in a country nothing else in the
// document is about, is more likely wrong than right: "the Ain Tarma neighborhood of Damascus" is not Al Ain (UAE)
// and Tarma (Peru); "Yida" in a report on Sudan is not Jeddah, whose alternate names include it. Such mentions are
// dropped (a note says so): no place beats a place on the wrong continent.
bool partOfLongerName(const Context& ctx, const PlaceMention& m) {
    const auto& T = ctx.toks;
    const auto [a, b] = ctx.sentenceTokens(m.sentence);
    const auto capWord = [&](size_t k) {
        return T[k].word && (T[k].cap || articleCapital(T[k])) && !T[k].lx.timeWord() && !T[k].lx.determiner() && !T[k].lx.title() &&
               T[k].lx.cue == lex::Cue::None;
    };
    const bool before = m.first > a && capWord(m.first - 1) && !T[m.first - 1].sentenceInitial &&
                        !endsPossessive(T[m.first - 1].lower);
    const bool after = m.last + 1 < b && capWord(m.last + 1) && !endsPossessive(T[m.last].lower);
    return before || after;
}

// True when no reading of the mention in c's country is by a name of its own: "Yida" reaches Jeddah only through an
// alternate name. "Odesa" is the oblast's own name, so its seat Odessa, found through the oblast, is no alternate.
bool alternateSpelling(const Context& ctx, const PlaceMention& m, const atlas::Candidate& c) {
    // The name as written: without the slot prefix of a seat reading (\x05) or the compass word of a part (\x02).
    std::string_view key = m.key;
    if (key.starts_with("\x05")) key.remove_prefix(1);
    if (key.starts_with("\x02") && key.find(' ') != std::string_view::npos) key.remove_prefix(key.find(' ') + 1);
    thread_local std::string k; // no allocation per mention
    const auto own = [&](std::string_view name) {
        foldKeyInto(k, name);
        const auto sp = k.find(' ');
        // "Hudaydah" for "Al Hudaydah" is the name without its article, not an alternate spelling; nor is "Gaza City"
        // for Gaza, the name with "city" after it.
        return k == key || (sp != std::string::npos && std::string_view(k).substr(sp + 1) == key) ||
               (key.size() == k.size() + 5 && key.starts_with(k) && key.ends_with(" city"));
    };
    for (const auto& r : *m.cands) {
        if (r.iso2 != c.iso2) continue;
        if (r.ref.table == atlas::EntryRef::Table::Feature) return false; // curated: every name is its own
        if (r.ref.table == atlas::EntryRef::Table::Place) {
            const auto& p = ctx.atlas.places()[r.ref.index];
            if (own(p.name) || own(p.asciiName)) return false;
            continue;
        }
        // A division or country: its name, or its name with a type word ("Kyiv Oblast" for "Kyiv").
        if (own(r.name) || (k.size() > key.size() && k.starts_with(key) && k[key.size()] == ' ')) return false;
    }
    return true;
}

// "Ashkelon" for Ashqelon: a transliteration of the place's own name (at most one edit in five letters) is that name,
// not a stray alternate such as "Yida" for Jeddah.
bool transliteration(std::string_view written, std::string_view name) {
    if (written.empty() || name.empty()) return false;
    const size_t limit = std::max<size_t>(1, std::max(written.size(), name.size()) / 5);
    if (written.size() > name.size() + limit || name.size() > written.size() + limit) return false;
    std::vector<size_t> row(name.size() + 1);
    for (size_t j = 0; j <= name.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= written.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= name.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (written[i - 1] == name[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[name.size()] <= limit;
}

void dropUnsupported(Context& ctx) {
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.demonym || m.ranked.empty()) continue;
        const auto* c = m.best();
        if ((c->kind != Kind::City && c->kind != Kind::Point) || ctx.isCapital(*c)) continue;
        // Qualified ("Paris, Texas") and described mentions were read on purpose.
        if (m.key.starts_with("\x03") || m.key.starts_with("\x04")) continue;
        const bool longer = partOfLongerName(ctx, m);
        if (!longer && (!alternateSpelling(ctx, m, *c) || transliteration(m.key, foldKey(c->name)))) continue;
        // Support: another place read in that country, or within 800 km, or the country named other than as the
        // label of an organisation ("U.S. Africa Command" does not make Barrow, Alaska of "Qunya Barrow" likely).
        // A demonym tells whose forces, not where: "Syrian militants fired rockets at Ashkelon" has no other place.
        bool supported = false, anyOther = false;
        for (const auto& o : ctx.mentions) {
            if (&o == &m || o.dropped || o.ranked.empty() || o.key == m.key || o.demonym) continue;
            anyOther = true;
            const auto* oc = o.best();
            if (oc->kind == Kind::Country) {
                const bool orgLabel = o.last + 1 < ctx.toks.size() && ctx.toks[o.last + 1].cap &&
                                      ctx.blocked[o.last + 1];
                supported |= oc->iso2 == c->iso2 && !orgLabel && !o.demonym;
            } else {
                supported |= (oc->iso2 == c->iso2 && !oc->iso2.empty()) ||
                             geodesy::distanceMeters(oc->pos, c->pos) < 800e3;
            }
            if (supported) break;
        }
        if (supported || !anyOther) continue;
        m.dropped = true;
        ctx.diagnostics.push_back({Severity::Note, "geocode.dropped",
                                   "'" + std::string(ctx.doc.slice(m.start, m.end)) + "' not read as " + c->name +
                                       " (" + c->iso2 + "): nothing else in the text is in that country",
                                   {m.start, m.end}, {}});
    }
}

// "a Druze town at the foot of Mount Hermon", after a sentence on the Golan Heights and Gaza: a small town (under
// 20,000 people; 100,000 for a window of a longer capitalised name) whose every neighbour, the places read in its
// own sentence and the two beside it, lies in another country more than 2,500 km away is a namesake (Mount Hermon,
// Virginia), not the place meant. A country named elsewhere in the text (the United States, in nearly every report)
// is no support for it here, nor one used as an attribute beside it ("the U.S. Embassy").
void dropStrayNamesakes(Context& ctx) {
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.demonym || m.ranked.empty()) continue;
        const auto* c = m.best();
        // A window of a longer capitalised name ("the Green Zone" is not Green, Ohio) is suspect up to 100,000.
        const long long smallTown = partOfLongerName(ctx, m) ? 100000 : 20000;
        if (c->kind != Kind::City || c->population >= smallTown || ctx.isCapital(*c)) continue;
        if (m.key.starts_with("\x03") || m.key.starts_with("\x04")) continue; // qualified or described on purpose
        bool anyNear = false, farOnly = true;
        for (const auto& o : ctx.mentions) {
            if (&o == &m || o.dropped || o.ranked.empty() || o.demonym || o.key == m.key ||
                std::abs(o.sentence - m.sentence) > 1)
                continue;
            const auto* oc = o.best();
            // "the U.S. Embassy", "U.S. forces": a country as an attribute says nothing of where the town is.
            const Tok* after = o.last + 1 < ctx.toks.size() ? &ctx.toks[o.last + 1] : nullptr;
            if (oc->kind == Kind::Country && (o.hyphenModifier || (after && after->word && !after->lx.preposition() &&
                                                                   !after->is("and") && !after->is("or"))))
                continue;
            anyNear = true;
            farOnly &= oc->iso2 != c->iso2 && geodesy::distanceMeters(oc->pos, c->pos) > 2500e3;
        }
        if (!anyNear || !farOnly) continue;
        m.dropped = true;
        ctx.diagnostics.push_back({Severity::Note, "geocode.dropped",
                                   "'" + std::string(ctx.doc.slice(m.start, m.end)) + "' not read as " + c->name +
                                       " (" + c->iso2 + "): every place told beside it is over 2,500 km away",
                                   {m.start, m.end}, {}});
    }
}

// [approximate] A place the atlas lacks (or places far away), told to lie at or near a town the text names: an area
// at the town's point, with the given radius and a note saying why.
void placedAtAnchor(Context& ctx, const PlaceMention& anchor, size_t first, size_t last, double radiusKm,
                    const std::string& why, std::vector<PlaceMention>& added) {
    const auto& T = ctx.toks;
    atlas::Candidate c = *anchor.best();
    c.name = std::string(ctx.doc.slice(T[first].start, T[last].end));
    c.geonameId = 0;
    c.population = 0;
    c.radiusKm = radiusKm;
    const std::string key = foldKey(c.name);
    PlaceMention m = areaMention(ctx, first, last, T[last].end, describedSlot(ctx, key, c), key);
    m.ranked = {{0, 1.0}};
    ctx.diagnostics.push_back({Severity::Note, "geocode.approximate", "'" + c.name + "' " + why, {m.start, m.end}, {}});
    added.push_back(std::move(m));
}

// [approximate] "the village of Dande Darpa Khel, near the region's main town Miran Shah": a settlement the atlas
// does not know, placed at the place it is said to be near, with a wide radius and a note.
void approximateUnknowns(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<PlaceMention> added;
    for (size_t i = 0; i + 3 < T.size(); ++i) {
        if (T[i].lx.cue != lex::Cue::City) continue; // village, town, hamlet, settlement
        const auto w = T[i].lower;
        if (w != "village" && w != "town" && w != "hamlet" && w != "settlement") continue;
        if (!T[i + 1].is("of") || !T[i + 2].cap || ctx.blocked[i + 2] || ctx.mentionAtToken(i + 2) >= 0) continue;
        size_t j = i + 2;
        while (j + 1 < T.size() && T[j + 1].word && T[j + 1].cap && !ctx.blocked[j + 1] &&
               ctx.mentionAtToken(j + 1) < 0 && T[j + 1].sentence == T[i].sentence)
            ++j;
        // "near" within a few words, then the first resolved place.
        const PlaceMention* anchor = nullptr;
        for (size_t k = j + 1; k < T.size() && k < j + 4 && T[k].sentence == T[i].sentence && !anchor; ++k) {
            if (!T[k].is("near") && !T[k].is("outside")) continue;
            for (size_t q = k + 1; q < T.size() && q < k + 8 && T[q].sentence == T[i].sentence && !anchor; ++q)
                if (const int mi = ctx.mentionAtToken(q); mi >= 0 && !ctx.mentions[mi].ranked.empty() &&
                                                          ctx.mentions[mi].best()->kind == Kind::City)
                    anchor = &ctx.mentions[static_cast<size_t>(mi)];
        }
        if (!anchor) continue;
        placedAtAnchor(ctx, *anchor, i + 2, j, 10,
                       "is not in the atlas: placed at " + anchor->best()->name +
                           ", which the text says it is near (radius 10 km)",
                       added);
        i = j;
    }
    addMentions(ctx, added);
}

// [approximate] "a residential house in the Sherpur area of Kabul", "the Mazzeh district of Damascus": a named part
// of a town is inside it. A name the atlas places farther than 30 km from the town (Sherpur, Bangladesh) or does not
// know is placed at the town, radius 5 km, with a note.
void partsOfTowns(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<PlaceMention> added;
    for (size_t i = 1; i + 2 < T.size(); ++i) {
        const auto w = T[i].lower;
        const bool part = w == "area" || w == "district" || w == "neighborhood" || w == "neighbourhood" ||
                          w == "quarter" || w == "suburb" || w == "section";
        if (!part || !T[i + 1].is("of") || !T[i - 1].word || !T[i - 1].cap || T[i - 1].sentence != T[i].sentence)
            continue;
        const int ai = ctx.mentionAtToken(i + 2);
        if (ai < 0 || ctx.mentions[static_cast<size_t>(ai)].ranked.empty() ||
            ctx.mentions[static_cast<size_t>(ai)].best()->kind != Kind::City)
            continue;
        const PlaceMention& anchor = ctx.mentions[static_cast<size_t>(ai)];
        size_t first = i - 1;
        while (first > 0 && T[first - 1].word && T[first - 1].cap && !T[first - 1].sentenceInitial &&
               T[first - 1].sentence == T[i].sentence && i - first < 3)
            --first;
        if (ctx.blocked[first]) continue;
        const int xi = ctx.mentionAtToken(i - 1);
        if (xi >= 0) {
            PlaceMention& x = ctx.mentions[static_cast<size_t>(xi)];
            if (x.dropped || x.ranked.empty() || x.demonym) continue;
            if (geodesy::distanceMeters(x.best()->pos, anchor.best()->pos) <= 30e3) continue; // it is in the town
            x.dropped = true;
            first = x.first;
        }
        placedAtAnchor(ctx, anchor, first, i - 1, 5,
                       "is a part of " + anchor.best()->name + ": placed there (radius 5 km)", added);
    }
    addMentions(ctx, added);
}

// Roles: modifiers ("U.S.-led", "U.S. official", "U.S. Central Command") and metonymic capitals ("Moscow is
// risking", "from Ankara that").
// Past ", British and French" from token k: does the coordination of countries and demonyms end in an actor noun
// ("ships", "forces")? Then the country that opens it is a modifier too.
bool coordinatedModifier(const Context& ctx, size_t k, size_t b) {
    const auto& T = ctx.toks;
    if (k < b && k > 0 && T[k].text == "." && T[k].start == T[k - 1].end) ++k; // "U.S." split as "U.S" "."
    if (k >= b || (T[k].lower != "and" && T[k].text != ",")) return false;
    bool sawMember = false, sawAnd = false; // "In Syria, U.S. forces": a comma alone joins no list
    while (k < b && k < T.size()) {
        if (T[k].lower == "and" || T[k].text == ",") { sawAnd |= T[k].lower == "and"; ++k; continue; }
        const int mi = ctx.mentionAtToken(k);
        // "U.S. and coalition troops", "U.S. and allied forces": a common adjective as the last member.
        if (mi < 0 && k > 0 && (T[k - 1].lower == "and" || T[k - 1].lower == "or") && T[k].word && !T[k].cap &&
            !T[k].lx.determiner() && k + 1 < b && T[k + 1].lx.actorNoun()) {
            sawMember = true;
            ++k;
            break;
        }
        if (mi < 0) break;
        const PlaceMention& x = ctx.mentions[static_cast<size_t>(mi)];
        if (!x.demonym && (x.cands->empty() || x.cands->front().kind != Kind::Country)) return false;
        sawMember = true;
        k = x.last + 1;
    }
    return sawMember && sawAnd && k < b && T[k].word && T[k].lx.actorNoun() && !T[k].lx.subjectVerb();
}

// "the Dnipro hydroelectric power plant in Zaporizhzhia", "the Kakhovka dam in Kherson region": a place's name before
// a facility noun, with the facility placed in another place far from it, only names the facility (after a river,
// a town, a person); the facility is where the place after "in" says. A name inside or near that place ("the Ryazan
// oil refinery in the Ryazan region") stays, and so does any before a part of a country told by direction.
bool namesFacilityElsewhere(const Context& ctx, const PlaceMention& m, size_t b) {
    const auto& T = ctx.toks;
    const auto facility = [](const Tok& t) {
        static constexpr std::string_view kNouns[] = {"plant", "plants", "station", "dam", "refinery", "port",
                                                      "bridge", "factory", "terminal", "substation", "shipyard",
                                                      "airport", "airfield", "base", "depot", "facility", "complex",
                                                      "mine", "works"};
        return std::find(std::begin(kNouns), std::end(kNouns), t.lower) != std::end(kNouns);
    };
    size_t k = m.last + 1;
    for (int words = 0; k < b && words < 3 && T[k].word && !T[k].cap && !facility(T[k]) &&
                        !T[k].lx.preposition() && !T[k].lx.determiner() && T[k].lx.trigger == lex::Trigger::None;
         ++words)
        ++k;
    if (k + 2 >= b || !facility(T[k]) || !(T[k + 1].is("in") || T[k + 1].is("near") || T[k + 1].is("outside")))
        return false;
    size_t q = k + 2;
    if (q < b && T[q].is("the")) ++q;
    const int where = ctx.mentionAtToken(q);
    if (where < 0) return false;
    const auto& there = ctx.mentions[static_cast<size_t>(where)];
    if (there.ranked.empty() || there.demonym || !m.best()) return false;
    const auto* area = there.best();
    // A town or a province has a size the atlas knows; "central Russia" is a part of a country told by direction.
    if (area->kind != Kind::City && area->kind != Kind::Admin1 && area->kind != Kind::Base) return false;
    return geodesy::distanceMeters(m.best()->pos, area->pos) > area->radiusKm * 1e3 + 30e3;
}

// "together with the United Kingdom", "alongside the armed forces of Britain", "in coordination with Bahrain", "with
// support from Australia and Canada", "joined by France": a country named as a partner in what the clause tells acts
// beside its subject; it is no place where anything happened.
bool partnerCountry(const Context& ctx, const PlaceMention& m, size_t a) {
    const auto& T = ctx.toks;
    size_t q = m.first;
    // Back over the countries listed before it ("with Britain, Canada and Australia").
    while (q >= a + 2 && (T[q - 1].is("and") || T[q - 1].text == ",")) {
        const int listed = ctx.mentionAtToken(q - 2);
        if (listed < 0) break;
        const auto& x = ctx.mentions[static_cast<size_t>(listed)];
        if (x.ranked.empty() || x.best()->kind != Kind::Country) break;
        q = x.first;
    }
    if (q > a && T[q - 1].is("the")) --q;
    // "the armed forces of the United Kingdom": the country's forces.
    if (q >= a + 2 && T[q - 1].is("of") && T[q - 2].lx.actorNoun()) {
        q -= 2;
        for (int back = 0; back < 3 && q > a && (T[q - 1].is("the") || T[q - 1].is("armed")); ++back) --q;
    }
    if (q < a + 2) return q > a && T[q - 1].is("alongside");
    const auto w1 = T[q - 1].lower, w2 = T[q - 2].lower;
    if (w1 == "alongside") return true;
    if (w1 == "with")
        return w2 == "together" || w2 == "along" || w2 == "jointly" || w2 == "coordination" || w2 == "conjunction" ||
               w2 == "partnership" || w2 == "cooperation" || w2 == "concert";
    if (w1 == "from" || w1 == "of") return w2 == "support" || w2 == "help" || w2 == "assistance" || w2 == "participation";
    if (w1 == "by") return w2 == "supported" || w2 == "joined" || w2 == "assisted" || w2 == "aided";
    return false;
}

void assignRoles(Context& ctx) {
    auto& T = ctx.toks;
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.ranked.empty() || m.demonym || m.key.starts_with("\x04")) continue;
        const auto* c = m.best();
        const auto [a, b] = ctx.sentenceTokens(m.sentence);
        const Tok* next = m.last + 1 < b ? &T[m.last + 1] : nullptr;
        const Tok* prev = m.first > a ? &T[m.first - 1] : nullptr;
        if (m.hyphenModifier) { m.role = "modifier"; continue; }
        // A country before an organisation's name labels the organisation: "U.S. Pacific Command".
        const bool orgName = next && next->word && next->cap && ctx.blocked[m.last + 1];
        if (c->kind == Kind::Country && next && next->word && !endsPossessive(T[m.last].lower) &&
            (next->lx.speakerNoun() || next->lx.title() || next->lx.orgHead() || orgName ||
             (next->lx.actorNoun() && !next->lx.subjectVerb()))) {
            m.role = "modifier";
            continue;
        }
        if (c->kind != Kind::Country && namesFacilityElsewhere(ctx, m, b)) {
            m.role = "modifier";
            continue;
        }
        if (c->kind == Kind::Country && partnerCountry(ctx, m, a)) {
            m.role = "modifier";
            continue;
        }
        // Not "In Iraq, U.S. and coalition forces": a place the clause opens in is no member of the list after it.
        const bool opensIn = prev && (prev->is("in") || prev->is("near") || prev->is("over")) && next &&
                             next->text == ",";
        if (c->kind == Kind::Country && !opensIn && coordinatedModifier(ctx, m.last + 1, b)) {
            m.role = "modifier"; // "from U.S. and British ships", "U.S., British and French forces"
            continue;
        }
        // "an operation the Pentagon has named Desert Fox", "the White House said": a seat of government as the
        // subject of a verb speaks or acts for it.
        if (c->kind == Kind::Base && next && next->word && next->lx.subjectVerb() &&
            !(prev && prev->word && prev->lx.preposition())) {
            m.role = "metonymic";
            continue;
        }
        if (ctx.isCapital(*c)) {
            const bool subject = next && next->word && next->lx.subjectVerb() &&
                                 !(prev && prev->word && prev->lx.preposition() && !prev->is("by"));
            const bool fromThat = prev && prev->is("from") && next && next->is("that");
            const bool agent = prev && prev->is("by");
            if (subject || fromThat || agent) m.role = "metonymic";
        }
    }
}

// The scenario place for a resolved mention: an existing one for the same entry, or a new one.
int placeOf(Context& ctx, scenario::Scenario& out, const PlaceMention& m) {
    const auto* c = m.best();
    for (size_t p = 0; p < out.places.size(); ++p)
        if (c->geonameId && out.places[p].geonamesId.value_or(-1) == c->geonameId && out.places[p].name == c->name)
            return static_cast<int>(p);
    for (size_t p = 0; p < out.places.size(); ++p) {
        const auto& q = out.places[p];
        if (q.name == c->name && q.kind == atlas::toString(c->kind) && q.country == c->iso2 &&
            std::abs(q.pos.lat - c->pos.lat) < 1e-6 && std::abs(q.pos.lon - c->pos.lon) < 1e-6)
            return static_cast<int>(p);
    }
    scenario::Place p;
    p.id = "p" + std::to_string(out.places.size() + 1);
    p.name = c->name;
    p.kind = kindName(c->kind);
    p.pos = c->pos;
    p.country = c->iso2;
    p.admin1 = admin1Of(*c);
    p.precision = precisionOf(c->kind);
    p.radiusMeters = c->radiusKm * 1000.0;
    if (c->geonameId) p.geonamesId = c->geonameId;
    p.candidates.reserve(m.ranked.size());
    for (const auto& [idx, prob] : m.ranked) {
        const auto& k = (*m.cands)[idx];
        p.candidates.push_back({k.name, kindName(k.kind), k.pos, k.iso2, admin1Of(k), prob, k.geonameId});
    }
    out.places.push_back(std::move(p));
    // Ambiguity worth a look: a close runner-up in another country or far away.
    if (m.ranked.size() > 1 && m.ranked[0].second < 0.6) {
        const auto& r = (*m.cands)[m.ranked[1].first];
        if (r.iso2 != c->iso2 || std::abs(r.pos.lat - c->pos.lat) + std::abs(r.pos.lon - c->pos.lon) > 1.0)
            ctx.diagnostics.push_back({Severity::Note, "geocode.ambiguous",
                                       "'" + std::string(ctx.doc.slice(m.start, m.end)) + "' read as " + c->name +
                                           " (" + c->iso2 + "), runner-up " + r.name + " (" + r.iso2 + ")",
                                       {m.start, m.end}, {}});
    }
    return static_cast<int>(out.places.size() - 1);
}

// [dateline] "TAMPA, Fla. -", "KABUL, Afghanistan, April 13, 2017 -", "CAMP H.M. SMITH, Hawaii -": the place a
// report was filed from, which the text module finds outside the sentences (Document::datelinePlaceSpan). Its
// qualifier (a state abbreviation, a division or a country, inside the span or right after it) narrows the
// candidates; the document's focus and the population prior decide the rest.
void addDatelinePlace(Context& ctx, scenario::Scenario& out, const CountryWeights& focus) {
    const auto [start, end] = ctx.doc.datelinePlaceSpan;
    if (end <= start || end > ctx.doc.text.size()) return;
    for (const auto& m : ctx.mentions)
        if (!m.dropped && m.start < end && m.end > start) return; // already read as part of a sentence
    const std::string_view span = ctx.doc.slice(start, end);
    const size_t comma = span.find(',');
    const std::string name(span.substr(0, comma));
    std::string qualifier;
    if (comma != std::string_view::npos) {
        qualifier = std::string(span.substr(comma + 1));
    } else {
        // "KABUL, Afghanistan, April 13": the words after the span up to the next comma, dash or digit.
        size_t k = end;
        const auto& text = ctx.doc.text;
        while (k < text.size() && text[k] == ' ') ++k;
        if (k < text.size() && text[k] == ',') {
            size_t e = ++k;
            while (e < text.size() && text[e] != ',' && text[e] != '-' && text[e] != '\n' &&
                   !std::isdigit(static_cast<unsigned char>(text[e])))
                ++e;
            qualifier = text.substr(k, e - k);
        }
    }
    const std::string key = foldKey(name);
    if (key.empty() || !ctx.atlas.hasKey(key)) return;
    std::string q = foldKey(qualifier);
    std::string_view state = usStateOf(q.find(' ') == std::string::npos ? q : std::string());
    if (state.empty() && q.size() == 3 && q[1] == ' ') state = usStateOf(std::string{q[0], '.', q[2]}); // "D.C."
    std::vector<atlas::Candidate> qual;
    if (state.empty() && !q.empty() && ctx.atlas.hasKey(q)) qual = ctx.candidates(q);
    PlaceMention m;
    m.key = key;
    m.cands = &ctx.candidates(key);
    m.start = start;
    m.end = end;
    m.role = "dateline";
    double best = -1e9;
    for (size_t i = 0; i < m.cands->size(); ++i) {
        const auto& c = (*m.cands)[i];
        double v = 0.8 * c.score + kindPrior(c) + (ctx.isCapital(c) ? 0.4 : 0.0);
        if (const double* f = focus.find(c.iso2)) v += 0.5 * *f;
        if (!state.empty() && c.iso2 == "US" && c.admin1Name == state) v += 3;
        for (const auto& k : qual)
            if ((k.kind == Kind::Country && k.iso2 == c.iso2) ||
                (k.kind == Kind::Admin1 && k.ref.table == atlas::EntryRef::Table::Admin1 &&
                 ctx.atlas.regionContains(Kind::Admin1, k.ref.index, c.pos)))
                v += 3;
        if (v > best) { best = v; m.ranked = {{static_cast<int>(i), 1.0}}; }
    }
    if (m.ranked.empty()) return;
    const int p = placeOf(ctx, out, m);
    out.places[static_cast<size_t>(p)].mentions.push_back({start, end, -1, std::string(span), "dateline"});
}

// At most one edit (substitution, insertion, deletion or swap of neighbours) apart.
bool withinOneEdit(std::string_view x, std::string_view y) {
    if (x.size() > y.size()) std::swap(x, y);
    if (y.size() - x.size() > 1) return false;
    size_t i = 0;
    while (i < x.size() && x[i] == y[i]) ++i;
    if (i == x.size()) return true;
    if (x.size() == y.size())
        return x.substr(i + 1) == y.substr(i + 1) ||
               (i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] && x.substr(i + 2) == y.substr(i + 2));
    return x.substr(i) == y.substr(i + 1);
}


// [typos] "southern Singh province": a word the atlas does not know, right before a division word, that is one
// letter away from a division of a country the document names, is that division (with a note). Misspelt division
// names are common in wire copy; the division word and the country make the reading safe.
void misspeltDivisions(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<std::string> countries;
    bool countriesDone = false;
    std::vector<PlaceMention> added;
    for (size_t i = 0; i + 1 < T.size(); ++i) {
        const Tok& t = T[i];
        if (!t.word || !t.cap || ctx.blocked[i] || t.text.size() < 5 || t.sentence < 0 ||
            ctx.skipSentence[t.sentence] || T[i + 1].sentence != t.sentence || T[i + 1].lx.cue != lex::Cue::Admin1 ||
            ctx.mentionAtToken(i) >= 0 || (i > 0 && T[i - 1].cap && T[i - 1].sentence == t.sentence) ||
            !std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            continue;
        if (!countriesDone) {
            for (const auto& [iso, w] : roughFocus(ctx)) countries.push_back(iso);
            if (countries.size() > 3) countries.resize(3);
            countriesDone = true;
        }
        std::optional<uint32_t> hit;
        bool ambiguous = false;
        const std::string wordSkeleton = spellingSkeleton(t.lower);
        const auto& regions = ctx.atlas.admin1();
        for (uint32_t r = 0; r < regions.size() && !ambiguous; ++r) {
            if (std::find(countries.begin(), countries.end(), regions[r].iso2) == countries.end()) continue;
            const std::string name = foldKey(regions[r].name);
            // "the Galgadud region" for Galguduud: one letter apart once doubled letters are written once.
            if (name.empty() || name[0] != t.lower[0] ||
                !(withinOneEdit(name, t.lower) || withinOneEdit(spellingSkeleton(name), wordSkeleton)))
                continue;
            if (hit && *hit != r) ambiguous = true;
            hit = r;
        }
        if (!hit || ambiguous) continue;
        spellingMention(ctx, i, i, foldKey(regions[*hit].name),
                        regions[*hit].name + " (" + regions[*hit].iso2 + "), one letter away", added);
    }
    addMentions(ctx, added);
}

// [transliteration] "Deir el-Zour", "Deir al-Zor", "al-Tanf": Arabic names are written with the article in many forms
// (al-, el-, and assimilated to the next letter: ez-, as-, ash-, ad- ...) and with the vowels as each writer hears
// them. A name the atlas does not know, with such an article before a capitalised word, is tried in the article's
// other forms and with ou/o/u, ee/i, oo/u, and read as the one name the atlas has (with a note); two or more such
// names, or none, leave it unread.
size_t arabicArticleEnd(const Tok& t) {
    const auto w = t.lower;
    const size_t h = w.find('-');
    if ((h != 2 && h != 3) || h + 2 > w.size() || (w[0] != 'a' && w[0] != 'e')) return 0;
    if (std::string_view("lzsdtnr").find(w[1]) == std::string_view::npos || (h == 3 && w[2] != 'h')) return 0;
    const char first = t.text[h + 1];
    return first >= 'A' && first <= 'Z' ? h : 0;
}

std::vector<std::string> vowelForms(const std::string& word) {
    const auto replaced = [&](std::string_view from, std::string_view to) {
        std::string out = word;
        for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + to.size()))
            out.replace(p, from.size(), to);
        return out;
    };
    std::vector<std::string> forms{word, replaced("ou", "o"), replaced("ou", "u"), replaced("ee", "i"),
                                   replaced("oo", "u")};
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

// The article's forms before `rest`: "al", "el", and assimilated to its first letter ("ez-Zor", "ash-Shaddadi").
std::vector<std::string> articleForms(std::string_view rest) {
    std::vector<std::string> forms{"al", "el"};
    const char c = rest.empty() ? 0 : rest[0];
    if (std::string_view("zsdtnr").find(c) != std::string_view::npos && c != 0) {
        const bool sh = rest.starts_with("sh");
        forms.push_back(std::string("a") + (sh ? "sh" : std::string(1, c)));
        forms.push_back(std::string("e") + (sh ? "sh" : std::string(1, c)));
    }
    return forms;
}

void transliteratedNames(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<PlaceMention> added;
    for (size_t i = 0; i < T.size(); ++i) {
        const size_t h = T[i].word && !ctx.blocked[i] ? arabicArticleEnd(T[i]) : 0; // the cheap test first
        if (h == 0 || ctx.mentionAtToken(i) >= 0) continue;
        if (h == 0 || T[i].sentence < 0 || ctx.skipSentence[T[i].sentence]) continue;
        size_t first = i; // "Deir el-Zour": the capitalised word before belongs to the name
        if (i > 0 && T[i - 1].word && T[i - 1].cap && T[i - 1].sentence == T[i].sentence && !ctx.blocked[i - 1] &&
            ctx.mentionAtToken(i - 1) < 0 && !T[i - 1].lx.stopWord())
            first = i - 1;
        // Only where a place is expected, after a preposition ("in Deir el-Zour", "at al-Tanf") or a place's
        // possessive: person and group names ("President Bashar al-Assad") are never tried.
        // Also after a place's possessive: "in eastern Syria's Deir el-Zour province".
        const bool possessivePlace =
            first > 0 && endsPossessive(T[first - 1].lower) && ctx.mentionAtToken(first - 1) >= 0;
        if (first == 0 || !(T[first - 1].lx.preposition() || possessivePlace) || T[first - 1].sentence != T[i].sentence)
            continue;
        const std::string head = first < i ? std::string(T[first].lower) + " " : std::string();
        // The forms found, by the entry each names first ("Deir ez-Zor" and "Deir al-Zor" are one place's names).
        std::vector<std::string> hits;
        const auto sameEntry = [&](const std::string& x, const std::string& y) {
            const auto &cx = ctx.candidates(x), &cy = ctx.candidates(y);
            return !cx.empty() && !cy.empty() && cx.front().ref.table == cy.front().ref.table &&
                   cx.front().ref.index == cy.front().ref.index;
        };
        for (const auto& rest : vowelForms(std::string(T[i].lower.substr(h + 1))))
            for (const auto& article : articleForms(rest)) {
                std::string key = foldKey(head + article + "-" + rest);
                if (ctx.atlas.hasKey(key) &&
                    std::none_of(hits.begin(), hits.end(), [&](const auto& k) { return sameEntry(k, key); }))
                    hits.push_back(std::move(key));
            }
        if (hits.size() != 1 || ctx.candidates(hits.front()).empty()) continue;
        spellingMention(ctx, first, i, hits.front(), ctx.candidates(hits.front()).front().name + ", another transliteration",
                        added);
    }
    addMentions(ctx, added);
}

// Where the text expects a place: after "in", "near", "at", "around", "outside", or "of" after a kind of place ("the
// town of X"). t is the name's first token.
bool placeExpected(const Context& ctx, size_t t) {
    const auto& T = ctx.toks;
    if (t < 2 || T[t - 1].sentence != T[t].sentence) return false;
    const auto& p = T[t - 1];
    if (p.is("in") || p.is("near") || p.is("at") || p.is("around") || p.is("outside")) return true;
    return p.is("of") && (T[t - 2].lx.cue == lex::Cue::City || T[t - 2].lx.cue == lex::Cue::Admin1);
}

// [respelling] "in Dhusamareb", "near Dobley", "in Ras Kamboni": one to three capitalised words the atlas does not
// know, where a place is expected, that spell a town or division of a country the document names the way another
// romanisation does (the same spellingSkeleton: Dhuusamarreeb, Dhoobley, Raas Kaambooni) are read as that place,
// with a note, when every such place has one name.
void respelledPlaces(Context& ctx) {
    const auto& T = ctx.toks;
    std::vector<const std::vector<atlas::Spelling>*> pools; // the focus countries' places and divisions
    bool poolDone = false;
    std::vector<PlaceMention> added;
    const auto unknownWord = [&](size_t k) {
        return k < T.size() && T[k].word && T[k].cap && !ctx.blocked[k] && ctx.mentionAtToken(k) < 0 &&
               T[k].lx.flags == 0 && T[k].lx.trigger == lex::Trigger::None && !ctx.demonymOf(k) &&
               std::all_of(T[k].lower.begin(), T[k].lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // "near Al Bukamal" for Albu Kamal: an Arabic article written as a word of its own opens the run (the atlas may
    // read the article alone as a namesake: Al, Norway).
    const auto article = [&](size_t k) {
        const int alone = ctx.mentionAtToken(k);
        return k + 1 < T.size() && T[k].cap && (T[k].is("al") || T[k].is("el")) && !ctx.blocked[k] &&
               (alone < 0 || ctx.mentions[static_cast<size_t>(alone)].last == k) &&
               T[k + 1].sentence == T[k].sentence && unknownWord(k + 1);
    };
    for (size_t i = 0; i < T.size(); ++i) {
        if (!(unknownWord(i) || article(i)) || T[i].sentence < 0 || ctx.skipSentence[T[i].sentence] ||
            !placeExpected(ctx, i))
            continue;
        size_t last = i;
        while (last + 1 < T.size() && last - i < 2 && T[last + 1].sentence == T[i].sentence && unknownWord(last + 1))
            ++last;
        if (!poolDone) {
            poolDone = true;
            auto focus = roughFocus(ctx);
            if (focus.size() > 3) focus.resize(3);
            for (const auto& f : focus) pools.push_back(&ctx.atlas.spellingsIn(f.first));
        }
        // With the article as a word of its own, the words may part elsewhere ("Al Bukamal", "Albu Kamal").
        const bool articleRun = article(i);
        for (size_t end = last + 1; end-- > i;) { // the longest run first
            const std::string skeleton = spellingSkeleton(ctx.doc.slice(T[i].start, T[end].end));
            if (skeleton.size() < 5 || (articleRun && end == i)) continue;
            std::string joined;
            for (const char c : skeleton)
                if (c != ' ') joined.push_back(c);
            std::string hit;
            bool ambiguous = false;
            for (const auto* pool : pools) {
                const auto byJoined = [](const atlas::Spelling& sp, const std::string& key) { return sp.joined < key; };
                for (auto it = std::lower_bound(pool->begin(), pool->end(), joined, byJoined);
                     it != pool->end() && it->joined == joined; ++it) {
                    if (it->skeleton != skeleton && !articleRun) continue; // the words part where the text's do
                    const bool place = it->ref.table == atlas::EntryRef::Table::Place;
                    const std::string name = foldKey(place ? ctx.atlas.places()[it->ref.index].name
                                                           : ctx.atlas.admin1()[it->ref.index].name);
                    ambiguous |= !hit.empty() && hit != name;
                    hit = name;
                }
            }
            if (hit.empty() || ambiguous || !ctx.atlas.hasKey(hit)) continue;
            if (!spellingMention(ctx, i, end, hit, ctx.candidates(hit).front().name + ", another romanisation", added))
                continue;
            if (const int alone = ctx.mentionAtToken(i); alone >= 0) ctx.mentions[static_cast<size_t>(alone)].dropped = true;
            i = end;
            break;
        }
    }
    addMentions(ctx, added);
}

// Parts of names the atlas does not know, which are no places of their own.
// "Bab al-Aziziya", Qadhafi's compound in Tripoli: a capitalised word and an article-joined word ("al-X", "el-X") that
// no mention spans together are one name the atlas does not know; neither word alone is a place ("Bab" is not Al Bab
// in Syria, "al-Aziziya" not Al Aziziyah in Iraq).
void dropNameParts(Context& ctx) {
    const auto& T = ctx.toks;
    // "Camp Doha, west of Kuwait City": a camp or fort the atlas does not know is not the city it is named after.
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.first == 0 || m.demonym) continue;
        const Tok& before = T[m.first - 1];
        if (before.cap && before.sentence == T[m.first].sentence && (before.is("camp") || before.is("fort")))
            m.dropped = true;
    }
    for (size_t i = 1; i < T.size(); ++i) {
        // "Yemen's al-Jawf province": a possessive ends the name before the article.
        if (!T[i].word || arabicArticleEnd(T[i]) == 0 || !T[i - 1].word || !T[i - 1].cap ||
            T[i - 1].sentence != T[i].sentence || T[i - 1].lx.stopWord() || T[i - 1].lx.preposition() ||
            endsPossessive(T[i - 1].lower))
            continue;
        const int before = ctx.mentionAtToken(i - 1), after = ctx.mentionAtToken(i);
        if (before >= 0 && before == after) continue; // one name the atlas knows ("Deir ez-Zor")
        for (const int m : {before, after})
            if (m >= 0 && ctx.mentions[m].first >= i - 1 && ctx.mentions[m].last <= i) ctx.mentions[m].dropped = true;
    }
}

// [resolve] Scores every mention's candidates with the document's focus, its sentence's countries, its list and the
// discourse; returns the focus (how much the document is about each country).
namespace {
// Sorts by an integer key. Mentions are heavy (strings, vectors) and std::sort moves each many times; when no two
// keys are equal the order is unique, so sorting (key, index) pairs and moving each element once gives the same
// result. Ties keep the plain std::sort, whose order among equals is what it has always been.
template <class T, class Key>
void sortByKey(std::vector<T>& items, Key key) {
    std::vector<std::pair<size_t, size_t>> order(items.size()); // (key, index)
    for (size_t i = 0; i < items.size(); ++i) order[i] = {key(items[i]), i};
    std::sort(order.begin(), order.end());
    bool distinct = true, same = true;
    for (size_t i = 0; i < order.size(); ++i) {
        distinct = distinct && (i == 0 || order[i - 1].first != order[i].first);
        same = same && order[i].second == i;
    }
    if (!distinct) {
        std::sort(items.begin(), items.end(), [&](const T& x, const T& y) { return key(x) < key(y); });
        return;
    }
    if (same) return;
    std::vector<T> inOrder;
    inOrder.reserve(items.size());
    for (const auto& [k, i] : order) inOrder.push_back(std::move(items[i]));
    items.swap(inOrder);
}

// The key of a candidate's division in the division votes: "ISO2|division", written into `out`.
void divisionKey(std::string& out, const atlas::Candidate& c) {
    out.assign(c.iso2);
    out += '|';
    out += c.admin1Name;
}
} // namespace

// What the document is about, for ranking: per country its focus (names count 1, demonyms 0.5, places of one
// country 0.5, scaled to at most 1), per sentence the countries it names, and per mention the country it names
// itself with how many mentions of the sentence name that country.
struct DocumentFocus {
    CountryWeights focus;
    std::vector<CountryWeights> sentenceCountries;
    std::vector<std::string> ownCountry; // a country name does not support its own cities
    std::vector<int> ownCountryCount;
};

DocumentFocus documentFocus(const Context& ctx) {
    DocumentFocus d;
    d.sentenceCountries.resize(ctx.doc.sentences.size());
    d.ownCountry.resize(ctx.mentions.size());
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        const auto& m = ctx.mentions[mi];
        if (m.dropped || m.cands->empty()) continue;
        const auto& c0 = m.cands->front();
        bool oneCountry = true;
        for (const auto& c : *m.cands) oneCountry &= c.iso2 == c0.iso2;
        if (c0.kind == Kind::Country) {
            d.focus[c0.iso2] += m.demonym ? 0.5 : 1.0;
            auto& w = d.sentenceCountries[m.sentence][c0.iso2];
            w = std::max(w, m.demonym ? 0.6 : 1.0);
            d.ownCountry[mi] = c0.iso2;
        } else if (oneCountry && !c0.iso2.empty()) {
            d.focus[c0.iso2] += 0.5;
        }
    }
    // Country-name mentions per (sentence, ISO2). Mentions are in text order, so a sentence's are adjacent.
    d.ownCountryCount.assign(ctx.mentions.size(), 0);
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        if (d.ownCountry[mi].empty()) continue;
        const int sen = ctx.mentions[mi].sentence;
        size_t lo = mi, hi = mi + 1;
        while (lo > 0 && ctx.mentions[lo - 1].sentence == sen) --lo;
        while (hi < ctx.mentions.size() && ctx.mentions[hi].sentence == sen) ++hi;
        for (size_t mj = lo; mj < hi; ++mj) d.ownCountryCount[mi] += d.ownCountry[mj] == d.ownCountry[mi];
    }
    double maxFocus = 0;
    for (auto& [k, v] : d.focus) maxFocus = std::max(maxFocus, v);
    for (auto& [k, v] : d.focus) v /= std::max(1.0, maxFocus);
    return d;
}

CountryWeights resolveMentions(Context& ctx) {
    DocumentFocus doc = documentFocus(ctx);
    const CountryWeights& focus = doc.focus;
    const auto& sentenceCountries = doc.sentenceCountries;
    const auto& ownCountry = doc.ownCountry;
    const auto& ownCountryCount = doc.ownCountryCount;

    // Resolve: first pass without list coherence and discourse, second pass with them.
    const CountryWeights none;
    std::vector<std::pair<atlas::EntryRef, double>> votes;
    std::vector<double> bonus;
    std::string div; // "ISO2|division" (and "|key"), built in place: asked for every candidate of every mention
    shareExactNames(ctx.mentions);
    for (int pass = 0; pass < 2; ++pass) {
        std::unordered_map<int, std::unordered_map<std::string, double>> listVotes;
        std::vector<atlas::EntryRef> discourse;
        std::unordered_map<std::string, std::vector<std::pair<atlas::EntryRef, double>>> keyVotes;
        // Divisions the other places are in ("Springfield" among Massachusetts towns is Springfield, MA): per
        // "ISO2|division", the total, and per name what it contributed itself.
        std::unordered_map<std::string, double> divisionVotes, ownDivisionVotes;
        // What the other members of a list were read as: "Kyiv, Lviv, Dnipro, Zaporizhzhia and Kharkiv" are cities.
        std::unordered_map<int, std::pair<double, double>> listKinds; // list -> (city weight, division weight)
        if (pass == 1) {
            for (const auto& m : ctx.mentions) {
                if (m.dropped || m.ranked.empty()) continue;
                if (m.list >= 0 && !m.demonym) {
                    auto& lk = listKinds[m.list];
                    if (m.best()->kind == Kind::City) lk.first += m.ranked[0].second;
                    if (m.best()->kind == Kind::Admin1) lk.second += m.ranked[0].second;
                }
                if (const auto* c = m.best(); !m.demonym && !c->admin1Name.empty() &&
                                              (c->kind == Kind::City || c->kind == Kind::Admin1 || c->kind == Kind::Base)) {
                    divisionKey(div, *c);
                    divisionVotes[div] += m.ranked[0].second;
                    div += '|';
                    div += m.key;
                    ownDivisionVotes[div] += m.ranked[0].second;
                }
                auto& kv = keyVotes[m.key];
                auto it = std::find_if(kv.begin(), kv.end(), [&](auto& x) { return x.first == m.best()->ref; });
                if (it == kv.end()) kv.emplace_back(m.best()->ref, m.ranked[0].second);
                else it->second += m.ranked[0].second;
                if (m.list >= 0) listVotes[m.list][m.best()->iso2] += m.ranked[0].second;
                // Longer names settle the sense of their shorter forms ("Washington, D.C." -> "Washington").
                if (m.key.find(' ') != std::string::npos && m.ranked[0].second > 0.5 &&
                    std::find(discourse.begin(), discourse.end(), m.best()->ref) == discourse.end())
                    discourse.push_back(m.best()->ref); // a set: repeats made the look-ups quadratic
            }
        }
        for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
            auto& m = ctx.mentions[mi];
            if (m.dropped || m.cands->empty()) continue;
            std::string listCountry;
            if (auto it = listVotes.find(m.list); it != listVotes.end()) {
                double best = 0;
                for (auto& [k, v] : it->second)
                    if (v > best && !k.empty()) { best = v; listCountry = k; }
            }
            const auto& sc = m.sentence >= 0 ? sentenceCountries[m.sentence] : none;
            // Another mention of the same country in the sentence still counts; its own does not.
            std::string_view own;
            if (!ownCountry[mi].empty() && ownCountryCount[mi] == 1) own = ownCountry[mi];
            votes.clear();
            if (auto it = keyVotes.find(m.key); it != keyVotes.end()) {
                // The other mentions of the name vote, not this one: a name told once keeps no vote for the sense
                // the first pass gave it, which the list and the document may then overturn.
                const auto selfVote = [&](const atlas::EntryRef& r) {
                    return !m.ranked.empty() && m.best()->ref == r ? m.ranked[0].second : 0.0;
                };
                double total = 0;
                for (auto& [r, v] : it->second) total += std::max(0.0, v - selfVote(r));
                for (auto& [r, v] : it->second)
                    if (total > 1e-9) votes.emplace_back(r, std::max(0.0, v - selfVote(r)) / total);
            }
            bonus.assign(m.cands->size(), 0.0);
            if (pass == 1 && !divisionVotes.empty())
                for (size_t k = 0; k < m.cands->size(); ++k) {
                    const auto& c = (*m.cands)[k];
                    if (c.admin1Name.empty() || c.kind == Kind::Country) continue;
                    divisionKey(div, c);
                    const auto t = divisionVotes.find(div);
                    if (t == divisionVotes.end()) continue;
                    div += '|';
                    div += m.key;
                    const auto o = ownDivisionVotes.find(div);
                    const double others = t->second - (o == ownDivisionVotes.end() ? 0.0 : o->second);
                    bonus[k] = 0.6 * std::min(1.0, others / 2); // two places elsewhere outvote a self-vote
                }
            if (auto lk = listKinds.find(m.list); lk != listKinds.end() && !m.ranked.empty()) {
                double cities = lk->second.first, divisions = lk->second.second;
                if (m.best()->kind == Kind::City) cities -= m.ranked[0].second;
                if (m.best()->kind == Kind::Admin1) divisions -= m.ranked[0].second;
                const Kind favoured = cities > divisions + 0.5 ? Kind::City
                                      : divisions > cities + 0.5 ? Kind::Admin1 : Kind::Point;
                for (size_t k = 0; k < m.cands->size() && favoured != Kind::Point; ++k)
                    if ((*m.cands)[k].kind == favoured) bonus[k] += 0.3;
            }
            rankMention(ctx, m, focus, sc, own, listCountry, discourse, pass == 1 ? &votes : nullptr, &bonus);
        }
    }
    return std::move(doc.focus);
}

// Unresolved names: capitalised words after "in/near/at" or listed next to places, that the atlas does not know.
void reportUnresolved(Context& ctx) {
    auto& T = ctx.toks;
    const auto& doc = ctx.doc;
    const int nSent = static_cast<int>(doc.sentences.size());
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        for (size_t i = a; i < b; ++i) {
            if (!T[i].word || !T[i].cap || ctx.blocked[i] || ctx.mentionAtToken(i) >= 0) continue;
            const auto bare = bareWord(T[i].lower);
            if (lex::isStopWord(bare) || lex::isTimeWord(bare) || lex::isTitle(bare)) continue;
            if (ctx.demonymOfBare(i)) continue;
            if (T[i].sentenceInitial) continue;
            size_t j = i;
            while (j + 1 < b && T[j + 1].word && (T[j + 1].cap || T[j + 1].lx.nameConnector()) &&
                   !ctx.blocked[j + 1] && ctx.mentionAtToken(j + 1) < 0)
                ++j;
            while (j > i && !T[j].cap) --j;
            bool listed = false;
            if (i > a) {
                const auto p = T[i - 1].lower;
                listed = (p == "," || p == "and") && i >= 2 && ctx.mentionAtToken(i - 2) >= 0;
            }
            if (j + 1 < b && (T[j + 1].is(",") || T[j + 1].is("and")) && j + 2 < b &&
                ctx.mentionAtToken(j + 2) >= 0)
                listed = true;
            const bool loc = i > a && (T[i - 1].is("near") || T[i - 1].is("in") || T[i - 1].is("at") ||
                                       T[i - 1].is("outside"));
            if ((listed || loc) && !T[j].lx.orgHead()) {
                ctx.diagnostics.push_back({Severity::Warning, "geocode.not_found",
                                           "no place called '" + std::string(doc.slice(T[i].start, T[j].end)) +
                                               "' in the atlas",
                                           {T[i].start, T[j].end}, {}});
            }
            i = j;
        }
    }
}

// "Abha airport", "Abha's airport", "the airport in the southwestern Saudi city of Abha": the airport of that town
// when the atlas knows one by the town's name ("Abha Airport", OurAirports), read instead of the town.
void airportsOfTowns(Context& ctx) {
    const auto& T = ctx.toks;
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.demonym || !m.cands || m.cands->empty() || m.cands->front().kind != Kind::City) continue;
        const auto [a, b] = ctx.sentenceTokens(m.sentence);
        size_t after = m.last + 1;
        if (after < b && T[after].is("'s")) ++after;
        const bool airportAfter = after < b && (T[after].is("airport") || T[after].is("airfield"));
        bool airportBefore = false;
        for (size_t q = m.first; q > a && m.first - q < 9 && !airportBefore;) {
            const Tok& w = T[--q];
            if (w.is("airport") || w.is("airfield")) airportBefore = q + 1 < m.first && T[q + 1].lx.preposition();
            else if (!w.word || w.is("and") || w.is("or") || ctx.blocked[q]) break;
        }
        if (!airportAfter && !airportBefore) continue;
        std::string_view town = ctx.doc.slice(T[m.first].start, T[m.last].end);
        if (endsPossessive(town)) town.remove_suffix(2);
        const std::string key = foldKey(town) + " airport";
        const auto& cands = ctx.candidates(key);
        const bool airport =
            std::any_of(cands.begin(), cands.end(), [](const atlas::Candidate& c) { return c.kind == Kind::Base; });
        if (!airport) continue;
        m.key = key;
        m.cands = &cands;
        m.exactName.clear();
        if (airportAfter) {
            m.last = after;
            m.end = T[after].end;
        }
    }
}

// "it fired a missile over Japan and into the Pacific Ocean": an ocean's label point is thousands of kilometres from
// anything the text tells, so the ocean is read as its water beyond the place named last before it (in its sentence or
// the one before): 300 km out from where the bearing from that place towards the ocean's label leaves land.
void oceansBeyondPlaces(Context& ctx) {
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        PlaceMention& m = ctx.mentions[mi];
        if (m.dropped || m.demonym || m.ranked.empty() || m.key.starts_with("\x04")) continue;
        const atlas::Candidate* ocean = m.best();
        if (ocean->kind != Kind::Sea || ocean->radiusKm < 2000) continue;
        const atlas::Candidate* reference = nullptr;
        for (size_t k = mi; k-- > 0 && !reference;) {
            const PlaceMention& o = ctx.mentions[k];
            if (m.sentence - o.sentence > 1) break;
            if (!o.dropped && !o.demonym && !o.ranked.empty() && o.best()->kind != Kind::Sea) reference = o.best();
        }
        // "into the Pacific Ocean about 3,200 kilometers east of Japan": an offset told after it says where.
        const bool described = std::any_of(ctx.mentions.begin() + static_cast<std::ptrdiff_t>(mi) + 1,
                                           ctx.mentions.end(), [&](const PlaceMention& o) {
                                               return o.sentence == m.sentence && o.key.starts_with("\x04");
                                           });
        if (!reference || described) continue;
        const double bearing = geodesy::inverse(reference->pos, ocean->pos).azi1;
        const auto shore = waterAlong(ctx, reference->pos, bearing);
        // Water on the way that is this ocean's (not the Caspian on the way from Iran to the Pacific's label).
        if (!shore || geodesy::distanceMeters(*shore, ocean->pos) > ocean->radiusKm * 1e3) continue;
        atlas::Candidate c = *ocean;
        c.pos = geodesy::direct(*shore, bearing, 300e3);
        c.radiusKm = 500;
        const std::string key = foldKey(c.name + " beyond " + reference->name);
        m.cands = &describedSlot(ctx, key, c);
        m.key = "\x04" + key;
        m.ranked.assign(1, {0, 1.0});
        m.exactName.clear();
    }
}

void findPlaces(Context& ctx, scenario::Scenario& out) {
    auto& T = ctx.toks;
    const auto& doc = ctx.doc;
    const int maxWords = std::max(1, std::min(ctx.atlas.maxNameWords(), 8));
    const int nSent = static_cast<int>(doc.sentences.size());

    // Pass 1: organisations and persons, document-wide, so a surname blocks its later bare uses ("Carter said").
    std::vector<std::string_view> personNames;
    std::vector<NameWords> thingNames;         // vessels and weapons
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        blockVesselsAndWeapons(ctx, a, b, thingNames);
        blockGroupNames(ctx, a, b);
        blockOrganisations(ctx, a, b);
        blockPersons(ctx, a, b, personNames);
    }
    blockRecurringNames(ctx, thingNames);
    blockNamesBySurname(ctx);
    const WordSet persons(personNames);
    for (size_t i = 0; i < T.size(); ++i)
        if (T[i].word && T[i].cap && !ctx.blocked[i] && persons.contains(stripPossessive(T[i].lower))) {
            // A bare surname seen in a person's name; a longer place name starting here still wins below.
            const bool nextCap = i + 1 < T.size() && T[i + 1].cap && T[i + 1].sentence == T[i].sentence;
            if (!nextCap) ctx.blocked[i] = 1;
        }

    // Pass 2: longest atlas names and demonyms. Mentions are heavy (strings, vectors): room for one per eight tokens
    // (more than articles have) spares the moves of a growing vector.
    ctx.mentions.reserve(T.size() / 8 + 16);
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        for (size_t i = a; i < b; ++i) {
            const Tok& t = T[i];
            if (!t.word || (!t.cap && !articleCapital(t)) || ctx.blocked[i]) continue;
            if (auto m = nameMention(ctx, s, i, maxWords)) {
                i = m->last;
                if (auto part = coordinatedCompass(ctx, *m, a, b)) ctx.mentions.push_back(std::move(*part));
                ctx.mentions.push_back(std::move(*m));
                continue;
            }
            if (t.cap) addDemonym(ctx, i);
        }
    }
    // Blocked organisations may still carry a demonym ("Syrian Army"): actors need it, places do not.
    for (size_t i = 0; i < T.size(); ++i)
        if (ctx.blocked[i] && T[i].cap && T[i].sentence >= 0 && !ctx.skipSentence[T[i].sentence] &&
            ctx.demonymOfBare(i))
            addDemonym(ctx, i);
    sortByKey(ctx.mentions, [](const PlaceMention& m) { return m.first; });
    respelledPlaces(ctx); // before the anaphora: "the town" may stand for a town read here
    describeAreas(ctx);
    qualifyByComma(ctx);
    qualifyByTypeNoun(ctx);
    qualifyByPossessive(ctx);
    airportsOfTowns(ctx);
    misspeltDivisions(ctx);
    transliteratedNames(ctx);
    dropNameParts(ctx);
    assignCues(ctx);
    const CountryWeights focus = resolveMentions(ctx);
    placeOffsets(ctx);
    oceansBeyondPlaces(ctx);

    dropUnsupported(ctx);
    dropStrayNamesakes(ctx);
    approximateUnknowns(ctx);
    partsOfTowns(ctx);
    assignRoles(ctx);
    // At most one place per mention, and the dateline's: places are heavy to move while the vector grows.
    out.places.reserve(out.places.size() + ctx.mentions.size() + 1);
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.ranked.empty() || m.demonym) continue;
        m.place = placeOf(ctx, out, m);
        out.places[static_cast<size_t>(m.place)].mentions.push_back(
            {m.start, m.end, m.sentence, std::string(doc.slice(m.start, m.end)), m.role});
    }
    addDatelinePlace(ctx, out, focus);
    // Demonyms of countries that are places anyway become modifier mentions of them.
    for (auto& m : ctx.mentions) {
        if (!m.demonym || m.ranked.empty()) continue;
        const auto* c = m.best();
        for (size_t p = 0; p < out.places.size(); ++p)
            if (out.places[p].kind == "country" && out.places[p].country == c->iso2) {
                m.place = static_cast<int>(p);
                out.places[p].mentions.push_back(
                    {m.start, m.end, m.sentence, std::string(doc.slice(m.start, m.end)), "modifier"});
            }
    }
    for (auto& p : out.places) sortByKey(p.mentions, [](const scenario::Mention& m) { return m.start; });

    reportUnresolved(ctx);
    // The mentions are settled: the passes after this one may remember which covers a token.
    ctx.mentionAtCache.assign(T.size(), -2);
}

} // namespace salvo::extract::detail
