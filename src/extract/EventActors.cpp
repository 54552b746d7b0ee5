// Event actors, munitions, times and speakers of one sentence's frames.
//
// Strong actors: a country or demonym heading an actor noun ("Russian jets", "Russia's air force", "U.S.-led
// coalition"), a bare country as subject ("Russia on Wednesday ramped up"), the subject right before the trigger
// ("Iran fired"), a group ("Houthi rebels"), the agent of a passive ("were launched by Russian warships"); weak: the
// speaker's country ("Russian officials said"). Among equals the leftmost, the clause's subject, wins.
// Times: the nearest time expression of the sentence that does not date the speech ("said Thursday"); the sentence's
// event-dating times are also handed to the discourse, which carries them to later frames that have none.
#include "core/Utf8.hpp"
#include "extract/EventFrames.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace salvo::extract::detail {
namespace {

// A word with a digit in it is an aircraft's or a weapon's designator ("A-18", "F-35s"), never a group's name.
bool hasDigit(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

using Trig = lex::Trigger;


struct ActorVote {
    std::string strong, weak, direct;
    int strongLevel = 0;
};

// "Israel's Iron Dome system intercepted", "Ukraine's Patriot batteries shot down": past the capitalised name of the
// owner's weapon system that heads a possessive subject, from q; q itself when there is none. Not a group or body
// ("Yemen's Houthi rebels", "Iran's Revolutionary Guards"), which acts in its own name.
size_t pastOwnedSystem(const Context& ctx, size_t q, size_t trig) {
    const auto& T = ctx.toks;
    size_t r = q;
    while (r < trig && T[r].word && T[r].cap && !T[r].lx.actorNoun() && !T[r].lx.speakerNoun() &&
           !lex::isGroupNoun(T[r].lower) && !lex::isArmedGroupName(T[r].lower) && T[r].lx.trigger == lex::Trigger::None)
        ++r;
    const bool head = r == trig || T[r].is("system") || T[r].is("systems") || T[r].is("battery") ||
                      T[r].is("batteries");
    return r > q && head ? r : q;
}

// "that Israel and the United States largely repelled", "Russia reportedly fired": an adverb between a subject and
// its verb.
bool adverbOfManner(const Tok& t) { return t.word && !t.cap && t.lower.size() > 4 && t.lower.ends_with("ly"); }

// Is the country mention directly the subject of the trigger ("Russia firing", "Iran fired", "Russia's air force
// hit")?
bool subjectOfTrigger(const Context& ctx, const PlaceMention& m, size_t trig, size_t b) {
    const auto& T = ctx.toks;
    size_t q = m.last + 1;
    // "the Democratic People's Republic of Korea's intercontinental ballistic missile launch": the owner's.
    const bool possessive = possessiveMention(ctx, m) || (q < b && T[q].is("'"));
    if (q < b && (T[q].is("'s") || T[q].is("'"))) ++q;
    if (possessive) q = pastOwnedSystem(ctx, q, trig);
    bool be = false, munitions = false;
    while (q < trig && q < b &&
           (T[q].lx.actorNoun() || T[q].is("air") || T[q].is("has") || T[q].is("had") || adverbOfManner(T[q]) ||
            T[q].is("have") || T[q].is("was") || T[q].is("were") || T[q].lx.munitionModifier() ||
            (possessive && (T[q].lx.munitionHead() || T[q].is("system") || T[q].is("systems"))))) {
        be |= T[q].is("was") || T[q].is("were");
        munitions |= T[q].lx.munitionHead();
        ++q;
    }
    // "Israel was hit": the subject of a passive verb suffered it; "Russian missiles were fired" are Russia's.
    if (be && !munitions && q == trig && !T[trig].lower.ends_with("ing")) return false;
    return q == trig;
}

void voteCountry(const Context& ctx, const PlaceMention& m, const std::string& iso, size_t b, ActorVote& v) {
    const auto& T = ctx.toks;
    size_t n = m.last + 1;
    while (n < b && T[n].text == "." && T[n].start == T[n - 1].end) ++n; // "U.S." split as "U.S" "."
    if (n < b && (T[n].lower == "'s" || T[n].lower == "'")) ++n;
    // "Israeli F-15 jets", "Russian Tu-95 bombers": a designation between the country and the actor noun.
    const auto designation = [&](size_t k) {
        return T[k].cap && T[k].lower.find('-') != std::string_view::npos &&
               T[k].lower.find_first_of("0123456789") != std::string_view::npos && k + 1 < b && T[k + 1].lx.actorNoun();
    };
    // "U.S. F/A-18 fighters": a designator written with a slash is read as "F", "/" and "A-18".
    const auto slashed = [&](size_t k) {
        return (T[k].cap && k + 2 < b && T[k + 1].text == "/" && designation(k + 2)) ||
               (T[k].text == "/" && k + 1 < b && designation(k + 1));
    };
    while (n < b && (T[n].lower == "air" || T[n].lower == "naval" || T[n].lower == "armed" || T[n].lower == "-" ||
                     T[n].lower == "led" || T[n].lower == "backed" || designation(n) || slashed(n)))
        ++n;
    // "U.S. Africa Command", "U.S. Central Command forces", "Russia's Black Sea Fleet": a name of up to three
    // capitalised words ending in a capitalised actor noun is the country's own body.
    // Also a body that speaks for it: "the Russian Defense Ministry said ... its forces had fired".
    const auto head = [&](size_t k) { return lex::isActorNoun(T[k].lower) || lex::isSpeakerNoun(T[k].lower); };
    size_t named = n;
    while (named < b && named < n + 3 && T[named].word && T[named].cap && !head(named)) ++named;
    if (named > n && named < b && T[named].cap && head(named)) n = named;
    const auto next = n < b ? T[n].lower : std::string_view{};
    if (m.hyphenModifier || (n < b && (T[m.last].lower.ends_with("-led") || T[n - 1].is("led")))) {
        const bool led = T[m.last].lower.ends_with("-led") || T[m.last].lower.ends_with("-backed") ||
                         (n > 0 && (T[n - 1].is("led") || T[n - 1].is("backed")));
        const bool backed = T[m.last].lower.ends_with("-backed") || (n > 0 && T[n - 1].is("backed"));
        if (led && !backed && (next == "coalition" || next == "forces" || next == "alliance" || next == "task")) {
            if (v.strongLevel < 3) { v.strong = iso + "-led coalition"; v.strongLevel = 3; }
            return;
        }
        // "the Iran-backed Houthi rebels", "U.S.-backed forces": the sponsor is not the one who acts.
        if (backed) return;
    }
    // "three U.S. soldiers were killed during a drone attack": the subject of a casualty verb suffered the event.
    size_t v1 = n + 1;
    while (v1 < b && v1 < n + 4 && (T[v1].is("were") || T[v1].is("was") || T[v1].is("have") ||
                                    T[v1].is("has") || T[v1].is("had") || T[v1].is("been")))
        ++v1;
    if (v1 > n + 1 && v1 < b && (T[v1].is("killed") || T[v1].is("wounded") || T[v1].is("injured") ||
                                 T[v1].is("hurt")))
        return;
    // "Israel was hit by rockets", "a vessel leased by the United Arab Emirates, was struck": the subject of a passive
    // verb suffered the event.
    size_t p = n;
    if (p < b && (T[p].lx.actorNoun() || T[p].lx.unit == lex::UnitClass::Aircraft)) ++p; // "Two Russian jets were"
    if (p < b && T[p].text == ",") ++p;
    if (p + 1 < b && (T[p].is("was") || T[p].is("were") || T[p].is("is") || T[p].is("are"))) {
        if (T[p + 1].is("been") || T[p + 1].is("being")) ++p;
        const auto& verb = T[p + 1];
        if (p + 1 < b && verb.word && !verb.lower.ends_with("ing") &&
            (verb.lower.ends_with("ed") || verb.lx.trigger != lex::Trigger::None))
            return;
    }
    // Levels: an actor noun ("Russian jets", "U.S. Navy") beats a bare subject ("Turkey summoned").
    int level = 0;
    if (lex::isActorNoun(next) && !lex::isSpeakerNoun(next)) level = 2;
    else if (n < b && T[n].lx.unit == lex::UnitClass::Aircraft) level = 2; // "Turkish F-16s shot down
    else if (lex::isSpeakerNoun(next)) { if (v.weak.empty()) v.weak = iso; }
    else if (!m.demonym && (isVerbLike(next) || next == "on" || next == "has" || next == "had" ||
                            lex::isTimeWord(next) || next == "," || next == "and" || next == "now"))
        level = 1;
    else if (m.demonym && lex::isMunitionModifier(next)) level = 2; // "Russian cruise missiles"
    else if (m.demonym && next == "and" && n + 2 < b && !T[n + 1].cap && T[n + 1].word &&
             (lex::isActorNoun(T[n + 2].lower) || T[n + 2].lx.unit == lex::UnitClass::Aircraft))
        level = 2; // "Polish and allied aircraft"
    if (level > v.strongLevel) { v.strong = iso; v.strongLevel = level; }
}

// A capital that opens a sentence names a group only when it does not read as a common word of English news: a word
// the lexicon knows, or an adjective or participle by its ending ("Armed militants", "Local fighters").
// The armed organisations the lexicon keeps out of place names ("Hamas militants fired ...", "an IRGC missile").
bool armedOrganisation(std::string_view lower) {
    static constexpr std::string_view kArmed[] = {"hamas",   "nato",     "isis",     "isil",      "idf",
                                                  "irgc",    "taliban",  "shabaab",  "al-shabaab", "hezbollah"};
    return std::find(std::begin(kArmed), std::end(kArmed), lower) != std::end(kArmed);
}

bool namesGroupAtStart(const Tok& t) {
    const auto w = t.lower;
    if (armedOrganisation(w)) return true;
    return t.lx.flags == 0 && t.lx.unit == lex::UnitClass::None && !w.ends_with("ed") && !w.ends_with("al") &&
           !w.ends_with("ing") && !w.ends_with("ly") && !w.ends_with("ous") && !w.ends_with("ive");
}

// An organisation's acronym ("NATO", "IDF", "IRGC"): two to six capitals, no place.
bool acronym(const Context& ctx, size_t q) {
    const auto t = ctx.toks[q].text;
    if (t.size() < 2 || t.size() > 6 || ctx.mentionAtToken(q) >= 0 || ctx.demonymOf(q)) return false;
    return std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// "surface to air" ending at token k (from no earlier than a): a compound modifier written without its hyphens, of
// two launch or target media ("surface", "air", "ground", "sea", "ship", "land", "sub").
bool spacedCompound(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    return k >= a + 2 && k < T.size() && T[k].word && T[k - 1].is("to") && T[k - 2].word &&
           lex::isMedium(T[k].lower) && lex::isMedium(T[k - 2].lower);
}

// A munition word, or the class of one written without hyphens ("surface to air missile").
bool opensMunitionPhrase(const Context& ctx, size_t q, size_t end) {
    const auto& T = ctx.toks;
    return T[q].lx.munitionHead() || T[q].lx.munitionModifier() || (q + 2 < end && spacedCompound(ctx, q + 2, q));
}

std::string groupActor(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    std::string strong;
    for (size_t q = a; q < trig; ++q) {
        // Not the speaker's phrase: "Coalition spokesman Col. Turki al-Maliki said the other four missiles ...".
        const bool speaker = q + 1 < trig && T[q + 1].lx.speakerNoun();
        if (T[q].is("coalition") && !ctx.blocked[q] && !speaker) strong = "coalition";
        // "NATO aircraft also struck", "IDF jets struck": an organisation heading an actor noun acts.
        // Not "reports that a NATO plane had been shot down": with an article it is a thing told of, not the subject.
        if (q > a && T[q].lx.actorNoun() && !T[q].lx.speakerNoun() && acronym(ctx, q - 1) &&
            !(q - 1 > a && T[q - 2].lx.determiner()))
            strong = std::string(T[q - 1].text);
        // "A Hezbollah rocket", "Houthi missiles", "an IRGC surface-to-air missile": an armed group's name before
        // its munitions.
        if (q > a && opensMunitionPhrase(ctx, q, trig) &&
            (lex::isArmedGroupName(T[q - 1].lower) || armedOrganisation(T[q - 1].lower)))
            strong = std::string(T[q - 1].text);
        if (q > a && T[q].lx.groupNoun() && !ctx.blocked[q - 1]) {
            // Not an aircraft's designator: "F/A-18 fighters", "Su-25 fighters" are aircraft.
            const bool named = T[q - 1].cap && !hasDigit(T[q - 1].text) && !ctx.demonymOf(q - 1) && ctx.mentionAtToken(q - 1) < 0 &&
                               (!T[q - 1].sentenceInitial || namesGroupAtStart(T[q - 1]));
            // "Palestinian militants", "Syrian rebels": a demonym before a group noun other than "forces" names a
            // group of that people, not its state.
            const bool people = !T[q].is("forces") && ctx.demonymOf(q - 1);
            if (named || people) strong = std::string(T[q - 1].text) + " " + std::string(T[q].lower);
        }
    }
    return strong;
}

// "Saturday's", "Tuesday’s": a day named as the owner of what follows ("Saturday's attack") names no side.
bool possessiveOfTimeWord(std::string_view w) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")})
        if (w.size() > suffix.size() && w.ends_with(suffix))
            return lex::isTimeWord(w.substr(0, w.size() - suffix.size()));
    return false;
}

// The "by" of a passive agent right after the trigger ("launched by the Houthis"), or after the origin it names
// ("fired from Yemen by Houthi rebels"); SIZE_MAX when there is none.
size_t passiveAgentBy(const Context& ctx, size_t trig, size_t b) {
    const auto& T = ctx.toks;
    // "was shot down by an IRGC missile": past the verb's particle.
    if (trig + 1 < b && (T[trig + 1].is("down") || T[trig + 1].is("out"))) ++trig;
    if (trig + 2 < b && T[trig + 1].is("by")) return trig + 1;
    // "were launched shortly after midnight local time by the Quds Force": past a time told right after the trigger.
    const auto inTime = [&](size_t k) {
        return std::any_of(ctx.doc.times.begin(), ctx.doc.times.end(),
                           [&](const text::TimeExpr& t) { return t.start < T[k].end && T[k].start < t.end; });
    };
    bool timeSeen = false;
    for (size_t q = trig + 1; q + 1 < b && q <= trig + 10; ++q) {
        if (T[q].is("by") && timeSeen) return q;
        const bool time = inTime(q);
        timeSeen |= time;
        const bool linking = T[q].lx.preposition() || T[q].is("after") || T[q].is("before") || T[q].is("around") ||
                             T[q].is("about") || T[q].is("just") || (!T[q].cap && T[q].lower.ends_with("ly"));
        if (!time && !(T[q].word && linking)) break;
    }
    // "fired from Yemen by Houthi rebels", "fired at Israel by Hezbollah fighters", "launched from Gaza toward Tel Aviv
    // by Hamas": past the places the launch came from or went to.
    size_t q = trig + 1;
    for (int phrases = 0; phrases < 2 && q + 2 < b; ++phrases) {
        const auto w = T[q].lower;
        if (w != "from" && w != "at" && w != "toward" && w != "towards" && w != "into" && w != "on") return SIZE_MAX;
        size_t start = q + 1;
        while (start < b && start < q + 3 && (T[start].is("the") || (!T[start].cap && ctx.mentionAtToken(start) < 0 &&
                                                                    T[start].lower.ends_with("ern"))))
            ++start; // "the", "southern"
        const int mi = ctx.mentionAtToken(start);
        if (mi < 0) return SIZE_MAX;
        q = ctx.mentions[static_cast<size_t>(mi)].last + 1;
        if (q + 1 < b && T[q].is("by")) return q;
    }
    return SIZE_MAX;
}

// "Hezbollah separately fired", "Iranian-backed Houthis launched", "NATO struck": a name (no place, no demonym) as
// the subject right before the trigger, past adverbs and auxiliaries. At the start of a sentence only an
// organisation's name counts ("Rockets fired from Gaza" has no actor).
std::string namedSubject(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    size_t q = trig;
    while (q > a + 1) {
        const auto w = T[q - 1].lower;
        // Adverbs, lower case: "USS Gravely shot down" is a ship's name.
        if (!((w.ends_with("ly") && !T[q - 1].cap) || w == "also" || w == "then" || w == "again" || w == "later" ||
              w == "had" || w == "has" || w == "have"))
            break;
        --q;
    }
    // "The submarine USS John Warner, also in the Mediterranean, fired": past an insertion set off by commas.
    if (q > a + 2 && T[q - 1].text == ",")
        for (size_t p = q - 2; p > a && q - p <= 10; --p) {
            if (T[p].lx.trigger != Trig::None || T[p].text == ";" || T[p].lx.speechVerb()) break;
            if (T[p].text != ",") continue;
            if (T[p - 1].cap) q = p;
            break;
        }
    if (q == a) return {};
    const size_t last = q - 1;
    const auto plain = [&](size_t k) {
        // Not a count opening the sentence: "Twenty-two struck the storage facility".
        if (T[k].number || std::any_of(ctx.claimInfo.begin(), ctx.claimInfo.end(),
                                       [&](const ClaimInfo& c) { return c.numberTok == k; }))
            return false;
        return T[k].word && T[k].cap && ctx.mentionAtToken(k) < 0 && !ctx.demonymOf(k) && !T[k].lx.title() &&
               !T[k].lx.timeWord() && !possessiveOfTimeWord(T[k].lower) && T[k].lx.unit == lex::UnitClass::None &&
               !T[k].lx.munitionHead() && T[k].lx.trigger == Trig::None && !T[k].lx.determiner();
    };
    if (!plain(last)) return {};
    size_t first = last;
    while (first > a && plain(first - 1)) --first;
    // "Hezbollah fired", "NATO struck": one word at the start of the sentence that reads as no common word (not a
    // possessive: "Thursday's strike"), or an acronym, names the group.
    const bool oneName = first == last && (acronym(ctx, first) || (namesGroupAtStart(T[first]) &&
                                                                    T[first].lower.find('\'') == std::string_view::npos &&
                                                                    !T[first].lower.ends_with("\u2019s")));
    if (T[first].sentenceInitial && !lex::isOrgHead(T[last].lower) && !oneName) return {};
    return std::string(ctx.doc.slice(T[first].start, T[last].end));
}

// "U.S., British and French forces launched": the countries coordinated with the actor's mention act together,
// written "US, GB, FR" in text order. `actor` is an ISO code; anything else is returned as it is.
bool locativePreposition(const Tok& t) {
    return t.is("in") || t.is("inside") || t.is("near") || t.is("over") || t.is("across") || t.is("throughout") ||
           t.is("within") || t.is("outside");
}

// Do only list separators stand in [from, to): ",", "and", "the", and the "." of "U.S."?
bool listJoins(const std::vector<Tok>& T, size_t from, size_t to) {
    for (size_t q = from; q < to; ++q)
        if (!(T[q].text == "," || T[q].text == "." || T[q].is("and") || T[q].is("the"))) return false;
    return true;
}

std::string coordinatedActors(const Context& ctx, const std::vector<int>& mentions, size_t trig,
                              const std::string& actor) {
    const auto& T = ctx.toks;
    if (actor.size() != 2) return actor;
    const auto isoOf = [&](int mi) {
        const auto* c = ctx.mentions[mi].best();
        return c && c->kind == atlas::Kind::Country ? c->iso2 : std::string{};
    };
    int last = -1; // the actor's mention nearest before the trigger
    for (int mi : mentions)
        if (ctx.mentions[mi].last < trig && isoOf(mi) == actor) last = mi;
    if (last < 0) return actor;
    std::vector<std::string> isos{actor};
    size_t from = ctx.mentions[last].first;
    for (int k = last - 1; k >= 0; --k) {
        const auto& m = ctx.mentions[k];
        if (m.dropped || m.last >= from || m.sentence != ctx.mentions[last].sentence) continue;
        const std::string iso = isoOf(k);
        if (!listJoins(T, m.last + 1, from) || iso.empty()) break;
        // "In Iraq, U.S. forces conducted": a place the clause opens with, not one of the actors.
        if (m.first > 0 && T[m.first - 1].sentence == m.sentence && locativePreposition(T[m.first - 1])) break;
        if (std::find(isos.begin(), isos.end(), iso) == isos.end()) isos.insert(isos.begin(), iso);
        from = m.first;
    }
    std::string out;
    for (const auto& iso : isos) out += (out.empty() ? "" : ", ") + iso;
    return out;
}

// "Saudi air defenses intercepted seven ballistic missiles fired from Yemen": a participle right after its munitions
// opens a reduced relative clause; what stands before the munitions' phrase is another verb's subject. Returns the
// first token of that phrase ("seven"), or a when the trigger is no such participle.
size_t reducedRelativeStart(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    if (trig <= a + 1 || !T[trig - 1].lx.munitionHead() || !T[trig].lower.ends_with("ed")) return a;
    // "surface to air missile" written without hyphens: one modifier, not a preposition.
    const auto classTo = [&](size_t k) { return spacedCompound(ctx, k + 1, a); };
    size_t q = trig - 1;
    while (q > a && trig - q < 8 && T[q - 1].word && !isVerbLike(T[q - 1]) &&
           (!T[q - 1].lx.preposition() || classTo(q - 1)) && !T[q - 1].is("and") && !T[q - 1].is("or"))
        --q;
    // The munitions' own subject ("Russia's missiles fired ...") or a verb before them ("intercepted seven missiles").
    if (q > a && isVerbLike(T[q - 1])) return q;
    // The agent or aim of another verb ("shot down by an IRGC missile fired from Iran", "fired interceptors at
    // drones launched from Yemen"): that verb's subject did not fire them.
    const auto w = q > a ? T[q - 1].lower : std::string_view{};
    return w == "by" || w == "at" || w == "against" || w == "toward" || w == "towards" ? q : a;
}

// "Most were intercepted by Israel's air defenses, but some struck central Israel": a count or quantifier of the
// munitions told, as the subject of a clause coordinated after a comma, heads a clause of its own; what stands
// before it is another verb's. Returns the first token of that subject, or a.
size_t quantifiedClauseStart(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    size_t q = trig;
    while (q > a && (T[q - 1].is("also") || T[q - 1].is("later") || T[q - 1].is("were") || T[q - 1].is("was") ||
                     T[q - 1].is("then")))
        --q;
    if (q == a) return a;
    const auto w = T[q - 1].lower;
    const bool quantifier = T[q - 1].number || smallCountWord(w) || restQuantifier(w);
    size_t subject = q - 1;
    if (subject > a && T[subject - 1].is("the")) --subject; // "the rest", "the others"
    if (!quantifier || subject < a + 2) return a;
    const auto conj = T[subject - 1].lower;
    const bool coordinated = (conj == "but" || conj == "and" || conj == "while" || conj == "whereas") &&
                             (T[subject - 2].text == "," || T[subject - 2].text == ";");
    return coordinated ? subject : a;
}

// "Kalibr cruise missiles launched from a Russian submarine", "fired from U.S. warships": the country of the ships
// or aircraft the munitions came from, in the "from" phrase right after the trigger, fires them. "" when none.
std::string launchersAfter(const Context& ctx, const std::vector<int>& mentions, size_t trig, size_t b) {
    const auto& T = ctx.toks;
    for (int mi : mentions) {
        const auto& m = ctx.mentions[mi];
        if (m.first <= trig || m.first > trig + 6 || m.ranked.empty() || m.last + 1 >= b) continue;
        const auto* c = m.best();
        if (c->kind != atlas::Kind::Country || sponsorOnly(ctx, m)) continue;
        size_t pv = m.first;
        while (pv > trig + 1 && (T[pv - 1].lx.determiner() || T[pv - 1].number)) --pv;
        const auto unit = T[m.last + 1].lx.unit;
        if (T[pv - 1].is("from") && (unit == lex::UnitClass::Ship || unit == lex::UnitClass::Aircraft))
            return c->iso2;
    }
    return {};
}

// "Iran's ambassador said that F-35 jets fired six missiles": a subject of its own, of no country named, is not the
// speaker's side ("its forces had fired" are).
bool nounSubjectOfItsOwn(const Context& ctx, size_t trig, size_t a) {
    const auto& T = ctx.toks;
    size_t q = trig;
    while (q > a && (T[q - 1].is("had") || T[q - 1].is("have") || T[q - 1].is("has") || T[q - 1].is("also"))) --q;
    if (q == a) return false;
    const auto& subject = T[q - 1];
    // "its forces", "its fighter jets": the speaker's own, past a modifier or two.
    bool speakers = false;
    for (size_t k = q - 1; k > a && q - 1 - k < 3 && T[k - 1].word && !speakers; --k)
        speakers = T[k - 1].is("its") || T[k - 1].is("their") || T[k - 1].is("our");
    return !speakers && !subject.lx.munitionHead() && !subject.lx.speakerNoun() &&
           (subject.lx.unit == lex::UnitClass::Aircraft || subject.lx.actorNoun());
}

// "launched by the Quds Force of Iran's Revolutionary Guards": an organisation, named in capitals, of a country; that
// country's code, or empty.
std::string agentOrganisationCountry(const Context& ctx, size_t byTok, size_t b) {
    const auto& T = ctx.toks;
    size_t q = byTok + 1;
    if (q < b && T[q].is("the")) ++q;
    if (q >= b || !T[q].cap || ctx.mentionAtToken(q) >= 0) return {};
    while (q < b && T[q].word && T[q].cap && ctx.mentionAtToken(q) < 0) ++q;
    if (q + 1 >= b || !T[q].is("of")) return {};
    ++q;
    if (T[q].is("the")) ++q;
    // A country or its demonym, read as a place or, inside the group's name, as a demonym.
    if (const int mi = ctx.mentionAtToken(q); mi >= 0) {
        const auto& m = ctx.mentions[static_cast<size_t>(mi)];
        if (m.ranked.empty() || m.best()->kind != atlas::Kind::Country || sponsorOnly(ctx, m)) return {};
        return m.best()->iso2;
    }
    auto country = ctx.demonymOfBare(q);
    if (!country) {
        country = ctx.atlas.countryByName(foldKey(stripPossessive(T[q].lower)));
    }
    return country ? ctx.atlas.countries()[*country].iso2 : std::string{};
}

bool ownsStrikeNoun(const Context& ctx, const PlaceMention& m, size_t trig) {
    const auto& T = ctx.toks;
    if (T[trig].lx.unit != lex::UnitClass::Strike || m.last >= trig || trig - m.last > 3) return false;
    for (size_t q = m.last + 1; q < trig; ++q)
        if (!(T[q].lx.munitionModifier() || T[q].lx.munitionHead() || T[q].is("air"))) return false;
    return true;
}

// Passive agent after the trigger: "were launched by Russian warships". Right after the trigger it is the actor
// whatever stands before ("Saudi air defenses intercepted seven missiles fired by Yemen's Houthi rebels").
// Also past the origin: "seven ballistic missiles fired from Yemen by Houthi rebels".
// "by an IRGC surface to air missile", "by an Iranian missile": whose weapon the agent is; empty when not told.
std::string weaponOwner(const Context& ctx, size_t q, size_t b) {
    const auto& T = ctx.toks;
    if (q + 1 < b && T[q].lx.determiner()) ++q;
    if (q + 1 >= b || !opensMunitionPhrase(ctx, q + 1, b)) return {};
    if (armedOrganisation(T[q].lower)) return std::string(T[q].text);
    const auto country = ctx.demonymOf(q);
    return country ? ctx.atlas.countries()[*country].iso2 : std::string{};
}

// "by F/A-18 jets from the USS Dwight D. Eisenhower", "by the destroyer HMS Diamond": the navy of a ship the agent's
// phrase names, as a country's code; empty when it names none.
// Up to a dozen tokens on: "by a combined effort of F/A-18s from USS Dwight D. Eisenhower".
std::string agentShipNavy(const Context& ctx, size_t q, size_t b) {
    const auto& T = ctx.toks;
    for (size_t k = q; k + 1 < b && k < q + 12; ++k) {
        if (T[k].text == "," || T[k].text == ";" || T[k].lx.trigger != Trig::None) break;
        const auto navy = lex::navyOfShipPrefix(T[k].lower);
        if (!navy.empty() && T[k + 1].cap && T[k + 1].word) return std::string(navy);
        // "shot down by the Carney", named with its prefix before ("the USS Carney"): that prefix's navy.
        if (navy.empty() && ctx.isShipName(k))
            for (size_t j = 0; j + 1 < T.size(); ++j)
                if (T[j + 1].lower == T[k].lower && !lex::navyOfShipPrefix(T[j].lower).empty())
                    return std::string(lex::navyOfShipPrefix(T[j].lower));
    }
    return {};
}

// A past participle that may take a "by" agent: "used", "owned", "taken", and the irregular ones news text uses of
// facilities ("run by Saudi Aramco", "held by the rebels", "built by", "led by").
bool pastParticiple(const Tok& t) {
    static constexpr std::string_view kIrregular[] = {"run", "held", "built", "led", "made", "kept", "set", "dug"};
    return t.word && (t.lower.ends_with("ed") || (t.lower.ends_with("en") && t.lower.size() > 4) ||
                      std::find(std::begin(kIrregular), std::end(kIrregular), t.lower) != std::end(kIrregular));
}

void votePassiveAgent(const Context& ctx, const std::vector<int>& mentions, const EventFrame& e, size_t b,
                      ActorVote& v) {
    const auto& T = ctx.toks;
    const size_t byTok = passiveAgentBy(ctx, e.trig, b);
    const bool byRightAfter = byTok != SIZE_MAX;
    bool agentFound = false; // a country or a sponsored group named as the passive agent
    if ((v.strong.empty() && v.weak.empty()) || byRightAfter)
        for (int mi : mentions) {
            const auto& m = ctx.mentions[mi];
            if (m.first <= e.trig || m.ranked.empty() || m.first < 2) continue;
            if (byRightAfter && m.first > byTok + 2) break;
            if (T[m.first - 1].lower == "by" || (byRightAfter && T[m.first - 1].lower == "the" && m.first >= 2 &&
                                                 T[m.first - 2].is("by"))) {
                // "facilities used by Iran's Revolutionary Guard": the agent of a participle that describes the
                // target is its owner, not who struck it.
                const size_t by = T[m.first - 1].is("by") ? m.first - 1 : m.first - 2;
                // "intercepted two missiles fired at Abu Dhabi by Yemen's Houthi rebels": the agent of the launch
                // verb between, not of the intercept.
                bool otherVerb = false;
                for (size_t q = e.trig + 1; q < by && !otherVerb; ++q)
                    otherVerb = T[q].lx.trigger != lex::Trigger::None && T[q].lx.trigger != T[e.trig].lx.trigger &&
                                T[q].lx.trigger != lex::Trigger::ViolationVerb;
                if (otherVerb && e.kind != Trig::Launch) break;
                const Tok& verb = T[by - 1];
                if (by - 1 != e.trig && by != byTok && pastParticiple(verb) && verb.lx.trigger == lex::Trigger::None)
                    continue;
                if (m.best()->kind != atlas::Kind::Country) break;
                // "by the Iran-backed Houthi rebels": the group after the sponsor; "by Yemen's Houthi rebels": the
                // group the country's possessive names.
                const std::string_view after = ctx.doc.slice(m.end, std::min(m.end + 4, ctx.doc.text.size()));
                const bool possessive = after.starts_with("'s ") || after.starts_with("\u2019s");
                if (sponsorOnly(ctx, m) || possessive) {
                    auto group = groupActor(ctx, m.last + 1, std::min(b, m.last + 5));
                    if (group.empty() && possessive && m.last + 1 < b && lex::isArmedGroupName(T[m.last + 1].lower))
                        group = std::string(T[m.last + 1].text); // "by Lebanon's Hezbollah"
                    if (!group.empty()) {
                        v.strong = group;
                        v.direct.clear();
                        agentFound = true;
                        break;
                    }
                    if (!possessive) break;
                }
                v.strong = m.best()->iso2;
                if (byRightAfter) v.direct.clear();
                agentFound = true;
                break;
            }
        }
    // "were launched by Houthi forces": a group as the passive agent; "launched by the Houthis": a name. Right after
    // the trigger it is the actor whatever stands before ("U.S. warships shot down 14 drones launched by the Houthis").
    if (byRightAfter && !agentFound) {
        std::string agent = groupActor(ctx, byTok + 1, std::min(b, byTok + 4));
        if (agent.empty()) agent = agentOrganisationCountry(ctx, byTok, b);
        size_t q = T[byTok + 1].is("the") ? byTok + 2 : byTok + 1;
        // Not an aircraft's designator: "by F/A-18 jets", "by F-35s".
        const bool designator = q < b && (hasDigit(T[q].text) || (q + 1 < b && T[q + 1].text == "/"));
        if (agent.empty() && q < b && ctx.isShipName(q)) agent = agentShipNavy(ctx, byTok + 1, b);
        if (agent.empty() && q < b && T[q].word && T[q].cap && !designator && ctx.mentionAtToken(q) < 0 &&
            !ctx.isShipName(q) &&
            !ctx.demonymOf(q) && namesGroupAtStart(T[q]) && (q + 1 >= b || !T[q + 1].cap))
            agent = std::string(T[q].text);
        if (agent.empty()) agent = weaponOwner(ctx, byTok + 1, b);
        if (agent.empty()) agent = agentShipNavy(ctx, byTok + 1, b);
        if (!agent.empty()) {
            v.strong = std::move(agent);
            v.weak.clear();
            v.direct.clear();
        }
    }
}

// The auxiliary of a strike verb told in the passive ("were attacked", "have been struck"), or SIZE_MAX.
size_t passiveStrikeAux(const Context& ctx, const EventFrame& e, size_t a) {
    const auto& T = ctx.toks;
    if (e.kind != Trig::Strike) return SIZE_MAX;
    size_t q = e.trig; // back over adverbs to the auxiliary
    while (q > a + 1 && T[q - 1].word && !T[q - 1].cap && T[q - 1].lower.ends_with("ly")) --q;
    if (q <= a + 1) return SIZE_MAX;
    const auto aux = T[q - 1].lower;
    const bool be = aux == "was" || aux == "were" || aux == "been" || aux == "being" || aux == "is" || aux == "are";
    return be ? q - 1 : SIZE_MAX;
}

// "U.S. and coalition forces have been attacked at least 19 times", "U.S. forces in Syria were attacked": a strike
// told in the passive happened to its subject; a country in that subject suffered it and never acts in it.
bool victimOfPassiveStrike(const Context& ctx, const PlaceMention& m, const EventFrame& e, size_t a) {
    const auto& T = ctx.toks;
    const size_t aux = passiveStrikeAux(ctx, e, a);
    if (aux == SIZE_MAX || m.last >= aux || aux - m.last > 8) return false;
    // The subject runs from the country to the auxiliary: no verb, munition, speech or clause between.
    for (size_t k = m.last + 1; k < aux; ++k)
        if (T[k].text == ";" || T[k].lx.trigger != lex::Trigger::None || T[k].lx.speechVerb() ||
            T[k].lx.munitionHead() || T[k].is("that") || T[k].is("which") || T[k].is("who"))
            return false;
    return true;
}

// "A U.S. official later said the attack was carried out with cruise missiles and drones launched from the north":
// officials, sources, diplomats and analysts tell what they know of others' attacks; the country of such a speaker is
// no side of a launch or strike (the side of an interception, "the Israeli military said a missile was intercepted",
// stays the speaker's). Is the speaker's head word such a noun?
bool observerHead(std::string_view speaker) {
    static constexpr std::string_view kObservers[] = {
        "official", "officials", "source",  "sources",  "diplomat",  "diplomats",  "analyst",   "analysts",
        "expert",   "experts",   "envoy",   "ambassador", "embassy", "intelligence", "observer", "observers"};
    const size_t space = speaker.find_last_of(' ');
    const std::string head = asciiLower(space == std::string_view::npos ? speaker : speaker.substr(space + 1));
    return std::find(std::begin(kObservers), std::end(kObservers), head) != std::end(kObservers);
}

// Is the mention inside the phrase of such a speaker ("A U.S. official")?
bool observerSpeaker(const Context& ctx, const PlaceMention& m) {
    for (const auto& at : ctx.doc.attributions)
        if (at.sentence == m.sentence && m.start >= at.speakerStart && m.end <= at.speakerEnd)
            return observerHead(at.speaker);
    return false;
}

// "Air defenses shot down", "air defence systems destroyed": the trigger's subject is defenses of no side named (no
// owner, no country, no demonym before them in the clause).
bool bareDefensesSubject(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    size_t q = trig;
    while (q > a && (adverbOfManner(T[q - 1]) || T[q - 1].is("had") || T[q - 1].is("have") || T[q - 1].is("has")))
        --q;
    if (q > a && (T[q - 1].is("systems") || T[q - 1].is("system") || T[q - 1].is("units"))) --q;
    if (q == a || !(T[q - 1].is("defenses") || T[q - 1].is("defences") || T[q - 1].is("defense") ||
                    T[q - 1].is("defence")))
        return false;
    --q;
    if (q > a && T[q - 1].is("air")) --q;
    if (q > a && T[q - 1].is("the")) --q;
    return q == a || T[q - 1].text == "," || T[q - 1].is("and") || T[q - 1].is("but") || T[q - 1].is("that") ||
           T[q - 1].lx.speechVerb();
}

// "A drone launched at Eilat by Iraqi militias was shot down": the agent of a launch participle in the subject of
// another kind of event launched what it names; it does not down it. Is there such an agent before the trigger?
bool launchAgentBefore(const Context& ctx, const EventFrame& e, size_t a) {
    const auto& T = ctx.toks;
    if (e.kind == Trig::Launch) return false;
    for (size_t k = a + 1; k < e.trig; ++k)
        if (T[k].is("by"))
            for (size_t q = k; q > a && k - q < 6;)
                if (T[--q].lx.trigger == lex::Trigger::Launch && T[q].lower.ends_with("ed")) return true;
    return false;
}

// "an attack that Israel and the United States largely repelled": the countries that intercept, as the subject right
// before the trigger (with those coordinated with it), are not where the munitions went, unless the sentence also names
// them outside that subject ("fired at Israel").
void dropSubjectTargets(const Context& ctx, const std::vector<int>& mentions, size_t a, EventFrame& e) {
    const auto& T = ctx.toks;
    int last = -1; // the subject's mention nearest before the trigger
    for (int mi : mentions)
        if (ctx.mentions[mi].first >= a && ctx.mentions[mi].last < e.trig && !ctx.mentions[mi].ranked.empty() &&
            subjectOfTrigger(ctx, ctx.mentions[mi], e.trig, e.trig + 1))
            last = mi;
    if (last < 0) return;
    std::vector<int> subject{last};
    for (int k = last - 1; k >= 0; --k) { // back over "X, Y and the Z"
        const auto& m = ctx.mentions[k];
        if (m.dropped || m.sentence != ctx.mentions[last].sentence || m.first < a) break;
        if (!listJoins(T, m.last + 1, ctx.mentions[subject.back()].first)) break;
        subject.push_back(k);
    }
    for (int mi : subject) {
        const int place = ctx.mentions[mi].place;
        const bool elsewhere = std::any_of(mentions.begin(), mentions.end(), [&](int o) {
            return ctx.mentions[o].place == place && std::find(subject.begin(), subject.end(), o) == subject.end();
        });
        if (place >= 0 && !elsewhere) std::erase(e.to, place);
    }
}

void attachActor(const Context& ctx, const std::vector<int>& mentions, size_t a, size_t b, EventFrame& e) {
    const auto& T = ctx.toks;
    ActorVote v;
    a = reducedRelativeStart(ctx, a, e.trig);
    if (e.kind == Trig::Strike || e.kind == Trig::Crash) a = quantifiedClauseStart(ctx, a, e.trig);
    for (int mi : mentions) {
        const auto& m = ctx.mentions[mi];
        if (m.last >= e.trig || m.first < a || m.ranked.empty()) continue;
        const auto* c = m.best();
        const std::string iso = c->kind == atlas::Kind::Country ? c->iso2 : (ctx.isCapital(*c) ? c->iso2 : "");
        if (iso.empty() || sponsorOnly(ctx, m)) continue; // "Iranian-backed militias fired": not Iran
        if (victimOfPassiveStrike(ctx, m, e, a)) {
            if (e.victim.empty()) e.victim = iso;
            continue;
        }
        size_t pv = m.first;
        while (pv > a && (T[pv - 1].lx.determiner() || T[pv - 1].lx.munitionModifier())) --pv;
        const auto prev = pv > a ? T[pv - 1].lower : std::string_view{};
        // "Cruise missiles from U.S. submarines", "fired from Russian warships": the launchers' country fires.
        if (prev == "from" && m.last + 1 < b &&
            (T[m.last + 1].lx.unit == lex::UnitClass::Ship || T[m.last + 1].lx.unit == lex::UnitClass::Aircraft)) {
            if (v.strongLevel < 2) { v.strong = iso; v.strongLevel = 2; }
            continue;
        }
        // "aware of North Korea's missile launch": the owner of a launch noun, whatever preposition is before it.
        if (possessiveMention(ctx, m) && subjectOfTrigger(ctx, m, e.trig, b)) { v.direct = iso; continue; }
        // "killed in a U.S. airstrike", "wounded in Israeli air raids": a country or demonym right before the strike
        // noun (only its modifiers between) owns it, whatever preposition is before.
        if (ownsStrikeNoun(ctx, m, e.trig)) { v.direct = iso; continue; }
        if (lex::isPreposition(prev) && prev != "by") continue; // "in Syria"
        // "from Andersen Air Force Base, Guam", "Aviano Air Base, Italy": a place qualifying the place before it.
        // Not "In Iraq, U.S. forces conducted": a country heading an actor noun is the subject.
        if (!m.demonym && prev == "," && pv >= a + 2 && ctx.mentionAtToken(pv - 2) >= 0 && !headsActorNoun(ctx, m, b))
            continue;
        // "Turkish airspace", "Turkey's airspace": the owner of the airspace, never the violator.
        if (e.kind == Trig::Airspace && m.last + 3 >= e.trig) continue;
        if (subjectOfTrigger(ctx, m, e.trig, b)) { v.direct = iso; continue; }
        // "The Israeli military said its air defenses intercepted a missile fired from ...": a country inside the
        // speaker's phrase is only the speaker's side.
        if (insideSpeakerPhrase(ctx, m)) {
            if (v.weak.empty() && (e.kind == Trig::Intercept || !observerSpeaker(ctx, m))) v.weak = iso;
            continue;
        }
        voteCountry(ctx, m, iso, b, v);
    }
    if (v.strong.empty() && v.direct.empty()) v.strong = launchersAfter(ctx, mentions, e.trig, b);
    // "U.S. and coalition forces have been attacked": the group in a passive strike's subject suffered it.
    const bool victimSubject = passiveStrikeAux(ctx, e, a) != SIZE_MAX;
    if (v.strong.empty() && !victimSubject && !launchAgentBefore(ctx, e, a)) v.strong = groupActor(ctx, a, e.trig);
    if (v.strong.empty() && v.weak.empty() && v.direct.empty() && !victimSubject)
        v.strong = namedSubject(ctx, a, e.trig);
    votePassiveAgent(ctx, mentions, e, b, v);
    if (!v.direct.empty() && v.strong.find("-led") == std::string::npos) v.strong = v.direct;
    if (v.strong.empty() && !v.weak.empty() && nounSubjectOfItsOwn(ctx, e.trig, a)) v.weak.clear();
    e.actor = !v.strong.empty() ? v.strong : v.weak;
    e.actorStrong = !v.strong.empty();
    if (v.strong.empty()) {
        size_t q = e.trig;
        while (q > a + 1 && (T[q - 1].is("also") || T[q - 1].is("had") || T[q - 1].is("have") ||
                             T[q - 1].is("has") || T[q - 1].is("then") || T[q - 1].lower.ends_with("ly")))
            --q;
        const auto w = q > a ? T[q - 1].lower : std::string_view{};
        // "The air force said it had destroyed 87 missiles": a pronoun right after the speech verb is the speaker,
        // not the side told last; its weak vote (the speaker's country) stands, or no actor.
        const bool speaker = q > a + 1 && T[q - 2].lx.speechVerb();
        e.pronounSubject = (w == "they" || w == "it" || w == "we") && !speaker;
        e.speakerPronoun = (w == "they" || w == "it" || w == "we") && speaker;
    }
    if (e.actorStrong) e.actor = coordinatedActors(ctx, mentions, e.trig, e.actor);
    if (e.actorStrong && e.kind == Trig::Intercept) dropSubjectTargets(ctx, mentions, a, e);
}

// "On Thursday, two U.S. officials told reporters that four of the missiles crashed": a time opening the sentence,
// before a speaker and a speech verb with no event verb between them, dates the telling.
bool opensSpeech(const Context& ctx, size_t tk, size_t a) {
    const auto& T = ctx.toks;
    for (size_t q = a; q < tk; ++q)
        if (!(T[q].lx.preposition() || T[q].is("early") || T[q].is("late") || T[q].is("later"))) return false;
    size_t q = tk;
    while (q < T.size() && T[q].sentence == T[tk].sentence && T[q].text != ",") {
        if (q > tk + 6) return false;
        ++q;
    }
    for (size_t end = q + 9; q < end && q < T.size() && T[q].sentence == T[tk].sentence; ++q) {
        if (T[q].lx.trigger != lex::Trigger::None || T[q].text == ";") return false;
        const bool passive = q > 0 && (T[q - 1].is("was") || T[q - 1].is("were"));
        if (T[q].lx.speechVerb() && !passive) return true;
    }
    return false;
}

// Does the time expression date the speech rather than the event ("said Thursday", "in a statement released")?
bool datesSpeech(const Context& ctx, size_t tk, size_t a) {
    const auto& T = ctx.toks;
    if (opensSpeech(ctx, tk, a)) return true;
    for (size_t q = tk >= a + 3 ? tk - 3 : a; q < tk; ++q)
        if (T[q].lx.speechVerb() || T[q].is("statement") || T[q].is("released") || T[q].is("saying"))
            return true;
    // "..., Power told an emergency meeting of the Security Council on July 18": the end of the speaker's clause.
    for (size_t q = tk; q > a && tk - q < 12;) {
        --q;
        if (T[q].text == "," || T[q].text == ";" || T[q].is("that") || T[q].lx.trigger != lex::Trigger::None) break;
        const bool passive = q > a && (T[q - 1].is("was") || T[q - 1].is("were"));
        if (T[q].lx.speechVerb() && !passive) return true;
        if (isVerbLike(T[q])) break; // "said U.S. forces destroyed a missile system near Sanaa yesterday"
    }
    // "announced the attack in a televised address from the White House at about 7:40 p.m.": the time of a speech
    // event named just before it.
    for (size_t q = tk; q > a && tk - q < 7;) {
        --q;
        if (T[q].text == "," || T[q].lx.trigger != lex::Trigger::None) break;
        if (T[q].is("address") || T[q].is("briefing") || T[q].is("conference") || T[q].is("interview") ||
            T[q].is("speech"))
            return true;
    }
    return false;
}

size_t tokenAt(const Context& ctx, size_t pos, size_t a, size_t b) {
    size_t tk = a;
    while (tk < b && ctx.toks[tk].end <= pos) ++tk;
    return tk;
}

// "The number of people killed when a missile tore through ... rose to at least 40 on Monday": a time right after a
// toll that rose to a number dates the count, not the strike. tk is the time's first token.
bool datesTollUpdate(const Context& ctx, size_t tk, size_t a) {
    const auto& T = ctx.toks;
    size_t q = tk;
    if (q > a && (T[q - 1].is("on") || T[q - 1].is("by"))) --q;
    if (q <= a || !T[q - 1].number) return false;
    --q;
    while (q > a && (T[q - 1].is("least") || T[q - 1].is("at") || T[q - 1].is("more") || T[q - 1].is("than") ||
                     T[q - 1].is("about") || T[q - 1].is("nearly") || T[q - 1].is("almost")))
        --q;
    if (q > a && T[q - 1].is("to")) --q;
    if (q <= a) return false;
    const auto& verb = T[q - 1];
    return verb.is("rose") || verb.is("risen") || verb.is("climbed") || verb.is("increased") ||
           verb.is("jumped") || verb.is("reached");
}

// A time that can date an event: not the speech's ("said Thursday"), not the dateline's ("KABUL, April 13, 2017 -"),
// not a toll's ("rose to 40 on Monday"), not another incident's ("in retaliation for attacks in Tehran earlier this month").
bool eventDating(const Context& ctx, const text::TimeExpr& t, size_t a, size_t b, bool causeIncident) {
    const auto [bs, be] = ctx.doc.bylineSpan;
    if (be > bs && t.start < be && t.end > bs) return false;
    // A frame of a dated cause ("a response to Iran's strike on Tuesday in X") is dated by its phrase alone.
    const size_t tk = tokenAt(ctx, t.start, a, b);
    const bool inCause = tk < b && !ctx.otherIncident.empty() && ctx.otherIncident[tk];
    if (inCause != causeIncident || (inCause && ctx.otherIncident[tk] != 2)) return false;
    return t.interval.precision != TimePrecision::Unknown && !t.speech && !datesSpeech(ctx, tk, a) &&
           !datesTollUpdate(ctx, tk, a);
}

// The time labelling an incident in sentence s ("the Sept. 14 attacks") that the trigger stands for: the labelled
// noun itself, or a definite strike noun as the trigger's subject ("the strikes were launched"); -1 when none.
int incidentLabelFor(const Context& ctx, int s, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    int label = -1;
    for (size_t ti = 0; ti < ctx.doc.times.size() && label < 0; ++ti)
        if (ctx.doc.times[ti].sentence == s && ctx.doc.times[ti].labelsIncident) label = static_cast<int>(ti);
    if (label < 0) return -1;
    const auto& t = ctx.doc.times[static_cast<size_t>(label)];
    if (T[trig].start >= t.end && T[trig].start - t.end <= 12) return label; // "the Sept. 14 attacks"
    size_t k = trig;
    while (k > a && trig - k < 4 && (T[k - 1].is("were") || T[k - 1].is("was") || T[k - 1].is("been") ||
                                     T[k - 1].is("had") || T[k - 1].is("have")))
        --k;
    const bool definiteSubject = k >= a + 2 && k < trig && T[k - 1].lx.unit == lex::UnitClass::Strike &&
                                 T[k - 2].is("the") && T[k - 1].start > t.end;
    return definiteSubject ? label : -1;
}

void attachTime(const Context& ctx, int s, size_t a, size_t b, EventFrame& e) {
    long bestD = LONG_MAX;
    for (size_t ti = 0; ti < ctx.doc.times.size(); ++ti) {
        const auto& t = ctx.doc.times[ti];
        if (t.sentence != s || !eventDating(ctx, t, a, b, e.causeIncident)) continue;
        const size_t tk = tokenAt(ctx, t.start, a, b);
        if (speechBetween(ctx, tk, e.trig)) continue; // "at a press conference today, officials said ... yesterday"
        if (t.datesFollowing && ctx.toks[e.trig].start < t.end) continue; // "The attack came six days after ..."
        if (e.temporalClause && !t.datesFollowing && (tk < e.scopeStart || tk >= e.scopeEnd))
            continue; // "early Wednesday, hours after X launched": not the launch's time
        if (e.beforeTemporalClause && tk >= e.scopeEnd) continue; // "struck X after a rocket was fired on Sunday"
        const long d = std::abs(long(tk) - long(e.trig));
        if (d < bestD) { bestD = d; e.time = static_cast<int>(ti); }
    }
    // "Saudi Arabia on Wednesday displayed the remains of drones used in the Sept. 14 attacks, and said the strikes
    // were launched from the north": the incident a time labels, or a definite strike noun standing for it as the
    // subject, is dated by that label, not by the telling.
    if (const int label = incidentLabelFor(ctx, s, a, e.trig); label >= 0) e.time = label;
    // "fired 64 missiles overnight from 2:50 to 4:30 a.m.": a finer time right after the nearest one refines it.
    if (e.time < 0) return;
    const auto& near = ctx.doc.times[static_cast<size_t>(e.time)];
    for (size_t ti = static_cast<size_t>(e.time) + 1; ti < ctx.doc.times.size(); ++ti) {
        const auto& t = ctx.doc.times[ti];
        if (t.sentence != s || t.start > near.end + 8) break; // " from ", " between "
        if (eventDating(ctx, t, a, b, e.causeIncident) && t.interval.precision < near.interval.precision) {
            e.time = static_cast<int>(ti);
            break;
        }
    }
}

void attachSpeaker(const Context& ctx, int s, EventFrame& e) {
    const auto& doc = ctx.doc;
    const text::Attribution* at = doc.attributionAt(ctx.toks[e.trig].start);
    // A speaker of the same sentence, unless its clause starts after the trigger ("X launched 40 drones; the air
    // force said 35 were shot down": the air force speaks after the ';' only).
    if (!at)
        for (const auto& x : doc.attributions)
            if (x.sentence == s && x.clauseStart <= ctx.toks[e.trig].start) { at = &x; break; }
    if (at) e.speaker = at->resolvedSpeaker.empty() ? at->speaker : at->resolvedSpeaker;
}

} // namespace

// "U.S. forces", "U.S. military forces", "Russian warplanes": the mention right before an actor noun.
bool headsActorNoun(const Context& ctx, const PlaceMention& m, size_t b) {
    const auto& T = ctx.toks;
    size_t n = m.last + 1;
    while (n < b && T[n].text == "." && T[n].start == T[n - 1].end) ++n; // "U.S" "."
    if (n < b && (T[n].is("military") || T[n].is("air") || T[n].is("naval"))) ++n;
    return n < b && (T[n].lx.actorNoun() || T[n].lx.unit == lex::UnitClass::Aircraft ||
                     T[n].lx.unit == lex::UnitClass::Ship);
}


// "59 Tomahawk cruise missiles" -> "Tomahawk cruise missile"; the munition nearest the trigger.
std::string munitionNear(const Context& ctx, size_t t, size_t a, size_t b) {
    const auto& T = ctx.toks;
    size_t best = SIZE_MAX;
    size_t bestDist = SIZE_MAX;
    // "struck 85 targets ..., retaliation for last Sunday's drone attack": the cause's munitions are not the event's.
    const auto other = [&](size_t k) { return !ctx.otherIncident.empty() && ctx.otherIncident[k]; };
    for (size_t k = a; k < b; ++k) {
        if (!munitionToken(ctx, k) || elidedMunitionCount(ctx, k)) continue; // a bare count names no munition
        if (other(k) && !other(t)) continue;
        if (T[k].lx.munitionModifier() &&
            ((k + 1 < b && T[k + 1].lx.munitionHead()) || (k + 2 < b && T[k + 2].lx.munitionHead())))
            continue;
        // "Tomahawk land attack missiles": the weapon's name modifies the head after the spaced "land attack".
        if (k + 3 < b && spacedAttack(ctx, k + 1, b) && T[k + 3].lx.munitionHead()) continue;
        const size_t d = k > t ? k - t : t - k;
        if (d < bestDist) { bestDist = d; best = k; }
    }
    if (best == SIZE_MAX || bestDist > 12) return {};
    if (!T[best].lx.munitionHead()) return "drone"; // "unmanned aerial systems"
    size_t s = best;
    while (s > a) {
        const Tok& p = T[s - 1];
        if (!p.word) {
            if (p.text == "-" && s - 1 > a) { --s; continue; }
            break;
        }
        if (spacedCompound(ctx, s - 1, a)) { s -= 3; continue; }
        if (spacedAttack(ctx, s - 1, b)) { --s; continue; }
        // "cruise and ballistic missiles": two kinds of the one munition noun.
        if ((p.is("and") || p.is("or")) && s >= a + 2 && T[s - 2].lx.munitionModifier() && T[s].lx.munitionModifier()) {
            --s;
            continue;
        }
        // "North Korean missile": a demonym of two words is no part of the munition's name.
        const bool demonymPair = s >= a + 2 && T[s - 2].cap &&
                                 ctx.atlas.countryByDemonym(ctx.doc.slice(T[s - 2].start, p.end)).has_value();
        if (p.lx.munitionModifier() ||
            (p.cap && !p.sentenceInitial && !lex::isArmedGroupName(p.lower) && !ctx.demonymOf(s - 1) && !demonymPair &&
             !p.lx.stopWord() && ctx.mentionAtToken(s - 1) < 0)) {
            --s;
            continue;
        }
        break;
    }
    std::string out;
    for (size_t k = s; k <= best; ++k) {
        if (!T[k].word) { out += "-"; continue; }
        if (k + 2 < best && spacedCompound(ctx, k + 2, a)) { // written as the hyphenated modifier it stands for
            if (!out.empty() && out.back() != '-') out += ' ';
            out.append(T[k].lower).append("-to-").append(T[k + 2].lower);
            k += 2;
            continue;
        }
        if (!out.empty() && out.back() != '-') out += ' ';
        if (k + 1 < best && spacedAttack(ctx, k, b)) {
            out.append(T[k].lower).append("-attack");
            ++k;
            continue;
        }
        if (k == best) out += lex::singular(T[k].lower);
        else out += T[k].cap && !T[k].lx.munitionModifier() ? std::string(T[k].text) : std::string(T[k].lower);
    }
    return out;
}

namespace {

// The munitions told last before token t, in its sentence or the one before ("A drone ... . Officials said it had
// been launched from Yemen"): their name, or "" when none.
std::string munitionToldBefore(const Context& ctx, size_t t) {
    const int s = ctx.toks[t].sentence;
    const size_t first = ctx.sentenceTokens(s > 0 ? s - 1 : s).first;
    for (size_t k = t; k > first;) {
        if (!munitionToken(ctx, --k)) continue;
        const auto [ka, kb] = ctx.sentenceTokens(ctx.toks[k].sentence);
        return munitionNear(ctx, k, ka, kb);
    }
    return {};
}

// "its air defenses shot down", "their forces struck": the trigger's subject is owned by a pronoun, which names the
// side of whoever speaks.
bool possessiveSubject(const Context& ctx, size_t a, size_t trig) {
    const auto& T = ctx.toks;
    for (size_t q = trig; q > a && trig - q < 5;) {
        --q;
        if (T[q].is("its") || T[q].is("their") || T[q].is("our")) return q + 1 < trig;
        if (!T[q].word || T[q].cap || T[q].number || isVerbLike(T[q]) || T[q].lx.preposition() ||
            T[q].lx.determiner() || T[q].is("that") || T[q].is("and"))
            return false;
    }
    return false;
}

} // namespace

void attachActorsAndTimes(Context& ctx, int s, std::vector<EventFrame>& frames, std::vector<int>& datedTimes) {
    const auto [a, b] = ctx.sentenceTokens(s);
    std::vector<int> mentions;
    const auto [m0, m1] = ctx.sentenceMentions(s);
    for (size_t m = m0; m < m1; ++m)
        if (ctx.mentions[m].sentence == s && !ctx.mentions[m].dropped) mentions.push_back(static_cast<int>(m));
    for (auto& e : frames) {
        attachActor(ctx, mentions, std::max(a, e.actorStart), b, e);
        // A frame cut off by a temporal clause ("struck Sanaa on Saturday, a day after a Houthi drone struck Tel
        // Aviv") takes no munition of the other incident.
        const size_t ma = e.temporalClause ? std::max(a, e.scopeStart) : a;
        const size_t mb = e.beforeTemporalClause ? std::min(b, e.scopeEnd) : b;
        e.munition = e.kind == Trig::Airspace ? std::string{}
                     : munitionNear(ctx, e.sharedCountHead != SIZE_MAX ? e.sharedCountHead : e.trig, ma, mb);
        // "Thirteen more were fired": the munitions the bare count leaves out, named before.
        for (int k : e.claims)
            if (const size_t h = ctx.claimInfo[k].elidedHead; e.munition.empty() && h != SIZE_MAX) {
                const auto [ha, hb] = ctx.sentenceTokens(ctx.toks[h].sentence);
                e.munition = munitionNear(ctx, h, ha, hb);
            }
        if (e.munition.empty() && e.pronounMunitions) e.munition = munitionToldBefore(ctx, e.trig);
        attachTime(ctx, s, a, b, e);
        attachSpeaker(ctx, s, e);
        // "..., Ukraine's air force said, adding that its air defenses shot down 76": the speaker's own side.
        if (!e.actorStrong && !e.speaker.empty() && possessiveSubject(ctx, std::max(a, e.actorStart), e.trig)) {
            e.actor = countryOfActorText(ctx, e.speaker); // a group speaking ("Hamas said its fighters") is settled
            e.speakerPronoun = true;                     // with the discourse, as "Hamas said it fired"
            // The speaker told of its own forces: no guess, and no victim's side ("Hezbollah fired rockets at
            // northern Israel. The Israeli army said its fighter jets later struck launchers in Lebanon").
            e.actorStrong = !e.actor.empty();
        }
        // "Air defenses shot down 386 of the drones, Ukraine's air force said": defenses of no side named, told by a
        // side's body that is no observer, are that side's (a weak side: the discourse may still settle it).
        if (e.kind == Trig::Intercept && e.actor.empty() && !e.speaker.empty() && !observerHead(e.speaker) &&
            bareDefensesSubject(ctx, std::max(a, e.actorStart), e.trig))
            e.actor = countryOfActorText(ctx, e.speaker);
    }
    // The sentence dates its events by the times its frames took, then by any other event-dating time.
    for (const auto& e : frames)
        if (e.time >= 0 && std::find(datedTimes.begin(), datedTimes.end(), e.time) == datedTimes.end() &&
            !startsTally(ctx, ctx.doc.times[static_cast<size_t>(e.time)]))
            datedTimes.push_back(e.time);
    addDatingTimes(ctx, s, datedTimes);
}

bool startsTally(const Context& ctx, const text::TimeExpr& t) {
    const auto [a, b] = ctx.sentenceTokens(t.sentence);
    const size_t tk = tokenAt(ctx, t.start, a, b);
    for (size_t q = tk; q > a && tk - q < 6;) {
        --q;
        if (ctx.toks[q].is("since")) return true;
        if (ctx.toks[q].text == "," || ctx.toks[q].text == ";") break;
    }
    return false;
}

void addDatingTimes(const Context& ctx, int s, std::vector<int>& datedTimes) {
    const auto [a, b] = ctx.sentenceTokens(s);
    for (size_t ti = 0; ti < ctx.doc.times.size(); ++ti) {
        const auto& t = ctx.doc.times[ti];
        if (t.sentence == s && eventDating(ctx, t, a, b, false) && !startsTally(ctx, t) && !t.labelsIncident &&
            std::find(datedTimes.begin(), datedTimes.end(), static_cast<int>(ti)) == datedTimes.end())
            datedTimes.push_back(static_cast<int>(ti));
    }
}

} // namespace salvo::extract::detail
