// Events: launch, strike, crash, intercept, airspace violation and flight, each with actor, munition, count, origin,
// targets, time, the claims behind it and the sentences that mention it.
//
// Per sentence: triggers (verbs and nouns from the lexicon) become event mentions. A launch needs a munition in reach
// ("launched 18 strikes" is a strike); a strike needs a count or a named target below country level (so "Russia's
// military activities in Syria" is no event); "cruise missile strikes launched from" is the launch itself.
// Places attach by their preposition: "from X" (and "from warships in X") is the origin, "targets in X", "aimed at X"
// the launch's intended target, anything else the location of the nearest trigger. Several counts of strikes in one
// sentence ("18 strikes in Iraq and two in Syria") make one event each, with the places after each count.
// Across sentences, mentions merge when compatible: same kind, no conflicting actor, munition or origin, and for
// strikes a shared target country, count or place within a few sentences. Nothing is filled in that the text does not
// give: no origin, target, count or time without words for it.
#include "extract/Context.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace salvo::extract::detail {
namespace {

using Trig = lex::Trigger;

struct EventMention {
    Trig kind = Trig::None;
    size_t trig = 0;          // trigger token
    int sentence = -1;
    std::string actor;
    bool actorStrong = false;
    std::string munition;
    std::vector<int> claims;  // indices into Scenario::claims
    std::optional<int> count;
    int from = -1;            // place index
    std::vector<int> to;
    int time = -1;            // index into Document::times
    size_t scopeStart = 0, scopeEnd = 0; // token range the event owns (for split strikes)
    std::string speaker;
};

const char* kindName(Trig t) {
    switch (t) {
    case Trig::Launch: return "launch";
    case Trig::Strike: return "strike";
    case Trig::Crash: return "crash";
    case Trig::Intercept: return "intercept";
    case Trig::Airspace: return "airspace_violation";
    case Trig::Flight: return "flight";
    default: return "strike";
    }
}

bool isMunition(const lex::Word& w) { return w.munitionHead(); }

bool near(const Context& ctx, size_t t, size_t a, size_t b, int before, int after, bool (*pred)(const lex::Word&)) {
    const size_t lo = t >= a + before ? t - before : a;
    const size_t hi = std::min(b, t + after + 1);
    for (size_t k = lo; k < hi; ++k)
        if (k != t && pred(ctx.toks[k].lx)) return true;
    return false;
}

// "59 Tomahawk cruise missiles" -> "Tomahawk cruise missile"; the munition nearest the trigger.
std::string munitionNear(const Context& ctx, size_t t, size_t a, size_t b, size_t* headOut = nullptr) {
    const auto& T = ctx.toks;
    size_t best = SIZE_MAX;
    size_t bestDist = SIZE_MAX;
    for (size_t k = a; k < b; ++k) {
        if (!T[k].lx.munitionHead()) continue;
        if (T[k].lx.munitionModifier() &&
            ((k + 1 < b && T[k + 1].lx.munitionHead()) || (k + 2 < b && T[k + 2].lx.munitionHead())))
            continue;
        const size_t d = k > t ? k - t : t - k;
        if (d < bestDist) { bestDist = d; best = k; }
    }
    if (best == SIZE_MAX || bestDist > 12) return {};
    if (headOut) *headOut = best;
    size_t s = best;
    while (s > a) {
        const Tok& p = T[s - 1];
        if (!p.word) {
            if (p.text == "-" && s - 1 > a) { --s; continue; }
            break;
        }
        if (p.lx.munitionModifier() ||
            (p.cap && !p.sentenceInitial && !ctx.demonymOf(s - 1) && !p.lx.stopWord() &&
             ctx.mentionAtToken(s - 1) < 0)) {
            --s;
            continue;
        }
        break;
    }
    std::string out;
    for (size_t k = s; k <= best; ++k) {
        if (!T[k].word) { out += "-"; continue; }
        if (!out.empty() && out.back() != '-') out += ' ';
        if (k == best) out += lex::singular(T[k].lower);
        else out += T[k].cap && !T[k].lx.munitionModifier() ? std::string(T[k].text) : std::string(T[k].lower);
    }
    return out;
}

bool compatible(const std::string& x, const std::string& y) {
    return x.empty() || y.empty() || x == y || x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

// The IANA zone for a place: its own (populated places) or that of the most populous place of its country.
std::string zoneOf(const Context& ctx, const scenario::Place& p) {
    const auto& places = ctx.atlas.places();
    if (p.geonamesId)
        for (const auto& q : places)
            if (q.geonameId == *p.geonamesId) return q.timezone;
    if (p.country.empty()) return {};
    long long bestPop = -1;
    std::string zone;
    for (const auto& q : places)
        if (q.iso2 == p.country && q.population > bestPop && !q.timezone.empty()) { bestPop = q.population; zone = q.timezone; }
    return zone;
}

} // namespace

void findEvents(Context& ctx, scenario::Scenario& out) {
    const auto& doc = ctx.doc;
    const auto& T = ctx.toks;
    const int nSent = static_cast<int>(doc.sentences.size());
    std::vector<EventMention> all;

    // Place of a country by ISO2, created from a demonym if needed ("Turkish airspace", "at Syrian targets").
    const auto countryPlace = [&](const PlaceMention& m) -> int {
        if (m.place >= 0) return m.place;
        const auto* c = m.best();
        if (!c) return -1;
        for (size_t p = 0; p < out.places.size(); ++p)
            if (out.places[p].kind == "country" && out.places[p].country == c->iso2) return static_cast<int>(p);
        scenario::Place p;
        p.id = "p" + std::to_string(out.places.size() + 1);
        p.name = c->name;
        p.kind = "country";
        p.pos = c->pos;
        p.country = c->iso2;
        p.precision = "country";
        p.radiusMeters = c->radiusKm * 1000.0;
        p.candidates.push_back({c->name, "country", c->pos, c->iso2, {}, 1.0, 0});
        p.mentions.push_back({m.start, m.end, m.sentence, std::string(doc.slice(m.start, m.end)), "modifier"});
        out.places.push_back(std::move(p));
        return static_cast<int>(out.places.size() - 1);
    };

    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        std::vector<EventMention> here;
        bool hasLaunch = false;
        // [triggers]
        for (size_t i = a; i < b; ++i) {
            const auto w = T[i].lower;
            Trig k = T[i].lx.trigger;
            if (k == Trig::None || k == Trig::ViolationVerb) continue;
            if (ctx.blocked[i] && T[i].cap) continue; // inside an organisation's name
            const bool munitionClose = near(ctx, i, a, b, 8, 6, isMunition);
            if (w == "shot" || w == "shoot" || w == "shooting") {
                if (i + 1 < b && T[i + 1].lower == "down") k = Trig::Intercept;
                else if (!munitionClose) continue;
            }
            if (k == Trig::Launch) {
                // "launched 18 strikes", "launched an attack": a strike, not a missile launch.
                bool strikeObject = false;
                for (size_t q = i + 1; q < b && q < i + 4; ++q)
                    if (T[q].lx.unit == lex::UnitClass::Strike) strikeObject = true;
                if (strikeObject) k = Trig::Strike;
                else if (!munitionClose) continue;
                else if (w == "fire" && i > a && (T[i - 1].lower == "under" || T[i - 1].lower == "open")) continue;
            }
            if (k == Trig::Crash) {
                if (!near(ctx, i, a, b, 10, 3, isMunition) &&
                    !near(ctx, i, a, b, 6, 0, [](const lex::Word& x) {
                        return x.unit == lex::UnitClass::Aircraft;
                    }))
                    continue;
            }
            if (k == Trig::Airspace) {
                bool violation = false;
                for (size_t q = i >= a + 5 ? i - 5 : a; q < std::min(b, i + 3); ++q)
                    if (T[q].lx.trigger == Trig::ViolationVerb) violation = true;
                if (!violation) continue;
            }
            if (k == Trig::Flight) {
                // "flew over Iraq": only for munitions or aircraft, and only with "over"/"across".
                const bool over = i + 1 < b && (T[i + 1].lower == "over" || T[i + 1].lower == "across");
                if (!over || !munitionClose) continue;
            }
            if (k == Trig::Strike && (w == "strike" || w == "strikes") && i > a &&
                T[i - 1].lx.munitionHead()) {
                // "cruise missile strikes launched from ...": the launch itself when one follows.
                bool launchAfter = false;
                for (size_t q = i + 1; q < b && q < i + 4; ++q) launchAfter |= T[q].lx.trigger == Trig::Launch;
                if (launchAfter) continue;
            }
            // One mention per kind per sentence, except strikes split by counts below.
            bool dup = false;
            for (auto& e : here) dup |= e.kind == k;
            if (dup) continue;
            EventMention e;
            e.kind = k;
            e.trig = i;
            e.sentence = s;
            e.scopeStart = a;
            e.scopeEnd = b;
            here.push_back(e);
            hasLaunch |= k == Trig::Launch;
        }
        if (here.empty()) continue;
        // "The missiles were launched ... and targeted X": with a launch in the sentence, an uncounted strike verb is
        // the launch reaching its target, not a second event.
        if (hasLaunch) {
            std::vector<EventMention> kept;
            for (auto& e : here) {
                bool counted = false;
                for (size_t c = 0; c < out.claims.size(); ++c)
                    if (out.claims[c].sentence == s && ctx.claimInfo[c].unit == lex::UnitClass::Strike) counted = true;
                if (e.kind == Trig::Strike && !counted) continue;
                kept.push_back(e);
            }
            here = std::move(kept);
        }

        // [claims] Claims of this sentence; strike counts split the sentence into one strike event each.
        std::vector<int> claimsHere;
        for (size_t c = 0; c < out.claims.size(); ++c)
            if (out.claims[c].sentence == s) claimsHere.push_back(static_cast<int>(c));
        std::vector<int> strikeCounts;
        for (int c : claimsHere)
            if (ctx.claimInfo[c].unit == lex::UnitClass::Strike) strikeCounts.push_back(c);
        if (strikeCounts.size() > 1) {
            auto it = std::find_if(here.begin(), here.end(), [](auto& e) { return e.kind == Trig::Strike; });
            if (it != here.end()) {
                EventMention base = *it;
                here.erase(it);
                for (size_t q = 0; q < strikeCounts.size(); ++q) {
                    EventMention e = base;
                    e.scopeStart = q == 0 ? a : ctx.claimInfo[strikeCounts[q]].numberTok;
                    e.scopeEnd = q + 1 < strikeCounts.size() ? ctx.claimInfo[strikeCounts[q + 1]].numberTok : b;
                    e.trig = ctx.claimInfo[strikeCounts[q]].numberTok;
                    here.push_back(e);
                }
            }
        }
        // A speech verb or a quote mark between trigger and token ends the event's reach ("..., Carter said after
        // talks in Brussels").
        const auto separated = [&](size_t x, size_t y) {
            if (x > y) std::swap(x, y);
            for (size_t q = x + 1; q < y; ++q)
                if (T[q].lx.speechVerb() || T[q].text == "\"" || (T[q].text == "'" && !T[q].word)) return true;
            return false;
        };
        const auto owner = [&](size_t tok, bool preferLaunch) -> EventMention* {
            EventMention* best = nullptr;
            long bestD = LONG_MAX;
            for (auto& e : here) {
                if (tok < e.scopeStart || tok >= e.scopeEnd) continue;
                if (separated(e.trig, tok)) continue;
                if (preferLaunch && e.kind == Trig::Launch) return &e;
                // Prefer the trigger before the token; one after counts double the distance.
                const long d = tok >= e.trig ? long(tok - e.trig) : 2 * long(e.trig - tok);
                if (d < bestD) { bestD = d; best = &e; }
            }
            return best;
        };
        for (int c : claimsHere) {
            const auto& cl = out.claims[c];
            const auto& info = ctx.claimInfo[c];
            Trig want = Trig::None;
            if (cl.quantity == "launched") want = Trig::Launch;
            else if (cl.quantity == "crashed") want = Trig::Crash;
            else if (cl.quantity == "intercepted") want = Trig::Intercept;
            else if (cl.quantity == "strikes") want = Trig::Strike;
            EventMention* e = nullptr;
            for (auto& x : here)
                if (x.kind == want && info.numberTok >= x.scopeStart && info.numberTok < x.scopeEnd) { e = &x; break; }
            if (!e && info.unit != lex::UnitClass::Troop && info.unit != lex::UnitClass::None) e = owner(info.numberTok, false);
            if (!e && info.unit == lex::UnitClass::None && info.anaphorOf >= 0) e = owner(info.numberTok, false);
            if (!e) continue;
            e->claims.push_back(c);
            if (!e->count && ((e->kind == Trig::Launch && cl.quantity == "launched") ||
                              (e->kind == Trig::Crash && cl.quantity == "crashed") ||
                              (e->kind == Trig::Intercept && cl.quantity == "intercepted") ||
                              (e->kind == Trig::Strike && cl.quantity == "strikes")))
                e->count = static_cast<int>(std::lround(cl.value));
        }
        // A strike needs a count or a named target below country level.
        std::vector<int> sentenceMentions;
        for (size_t m = 0; m < ctx.mentions.size(); ++m)
            if (ctx.mentions[m].sentence == s && !ctx.mentions[m].dropped) sentenceMentions.push_back(static_cast<int>(m));

        // [places]
        for (int mi : sentenceMentions) {
            const auto& m = ctx.mentions[mi];
            if (m.role == "metonymic" || (m.role == "modifier" && !m.demonym) || m.ranked.empty()) continue;
            // The preposition chain before the name: "from warships in the Caspian Sea", "targets in Syria".
            bool from = false, intended = false, located = false, aimed = false;
            size_t k = m.first;
            int steps = 0;
            while (k > a && steps < 10) {
                --k;
                ++steps;
                const auto w = T[k].lower;
                const auto& lw = T[k].lx;
                if (lw.trigger == Trig::Strike && steps <= 6) { located = aimed = true; break; } // "targeted X"
                if (lw.trigger != Trig::None && lw.trigger != Trig::ViolationVerb) break;
                if (w == "from") { from = true; located = true; break; }
                if (w == "aimed" || w == "bound" || w == "targeting" || w == "intended" ||
                    lw.unit == lex::UnitClass::Target) {
                    if (located) intended = true;
                    break;
                }
                if (lw.preposition() || w == ":") located = true;
                if (w == "at" || w == "on" || w == "against" || w == "toward" || w == "towards" || w == "into" ||
                    w == "near" || w == ":")
                    aimed = true;
                if (w == "," || w == ";") {
                    // Lists continue through commas ("near six cities: A, B, C"); other commas end the chain.
                    const int prev = ctx.mentionAtToken(k > a ? k - 1 : k);
                    if (prev < 0) break;
                    k = ctx.mentions[prev].first;
                    continue;
                }
                if (w == "and" || w == "or") {
                    const int prev = ctx.mentionAtToken(k > a ? k - 1 : k);
                    if (prev >= 0) { k = ctx.mentions[prev].first; continue; }
                }
                if (isVerbLike(T[k]) && !lw.preposition()) break;
            }
            int place = m.place;
            if (m.demonym) {
                // Only "Turkish airspace", "Syrian targets", "Iranian territory" make a demonym a location.
                const auto n = m.last + 1 < b ? T[m.last + 1].lower : std::string_view{};
                if (!(n == "airspace" || n == "targets" || n == "territory" || n == "soil" || n == "positions" ||
                      n == "waters" || n == "coast" || n == "border"))
                    continue;
                place = countryPlace(ctx.mentions[mi]);
                if (place < 0) continue;
                located = true;
                if (n == "targets" || n == "positions") intended = true;
            }
            if (place < 0 || !located) continue;
            if (from) {
                // Origin of the launch, and of the crash or intercept said to come from it in the same breath.
                for (auto& e : here)
                    if ((e.kind == Trig::Launch || e.kind == Trig::Crash || e.kind == Trig::Intercept ||
                         e.kind == Trig::Flight) && e.from < 0)
                        e.from = place;
                continue;
            }
            // A sea named before the launch trigger is where the launchers were ("destroyers in the eastern
            // Mediterranean fired ...").
            if (!intended && m.best()->kind == atlas::Kind::Sea) {
                bool placed = false;
                for (auto& e : here)
                    if (e.kind == Trig::Launch && e.from < 0 && m.last < e.trig && !separated(m.last, e.trig)) {
                        e.from = place;
                        placed = true;
                    }
                if (placed) continue;
            }
            // "close to the border with Iraq", "along the frontier of Turkey", "bordering Jordan": a landmark that
            // says where the targets were, not a target.
            {
                const size_t start = a; // clang 14 cannot capture a structured binding
                size_t q = m.first;
                if (q > start && T[q - 1].lower == "the") --q;
                const auto before = [&](size_t back) {
                    return q >= start + back ? T[q - back].lower : std::string_view{};
                };
                const bool landmark = before(1) == "bordering" ||
                                      ((before(1) == "with" || before(1) == "of") &&
                                       (before(2) == "border" || before(2) == "borders" || before(2) == "frontier"));
                if (landmark) continue;
            }
            EventMention* e = owner(m.first, intended && hasLaunch);
            if (!e) continue;
            // A launch's target needs "at/on/against/toward/into X" or "targets in X"; "in X" alone is a setting.
            if (e->kind == Trig::Launch && !intended && !aimed) continue;
            if (e->kind == Trig::Airspace) {
                // Only the airspace's owner: "Turkish airspace", "the airspace of Turkey", "Turkey's airspace".
                const auto nx = m.last + 1 < b ? T[m.last + 1].lower : std::string_view{};
                const bool owns = (m.demonym && nx == "airspace") ||
                                  (T[m.last].lower.ends_with("'s") && nx == "airspace") ||
                                  (nx == "'s" && m.last + 2 < b && T[m.last + 2].lower == "airspace") ||
                                  (m.first >= a + 2 && T[m.first - 1].lower == "of" &&
                                   (T[m.first - 2].lower == "airspace" ||
                                    (T[m.first - 2].lower == "the" && m.first >= a + 3 &&
                                     T[m.first - 3].lower == "airspace")));
                if (!owns) continue;
            }
            if (intended && !hasLaunch && e->kind != Trig::Strike) continue; // "aimed at Syria" but crashed elsewhere
            if (std::find(e->to.begin(), e->to.end(), place) == e->to.end()) e->to.push_back(place);
        }

        // [actors] Strong: a country or demonym heading an actor noun ("Russian jets", "Russia's air force",
        // "U.S.-led coalition") or a bare country as subject ("Russia on Wednesday ramped up"); weak: the speaker's
        // country ("Russian officials said").
        for (auto& e : here) {
            std::string strong, weak, direct;
            int strongLevel = 0;
            for (int mi : sentenceMentions) {
                const auto& m = ctx.mentions[mi];
                if (m.last >= e.trig || m.ranked.empty()) continue;
                const auto* c = m.best();
                std::string iso = c->kind == atlas::Kind::Country ? c->iso2 : (ctx.isCapital(*c) ? c->iso2 : "");
                if (iso.empty()) continue;
                size_t pv = m.first;
                while (pv > a && (T[pv - 1].lx.determiner() || T[pv - 1].lx.munitionModifier())) --pv;
                const auto prev = pv > a ? T[pv - 1].lower : std::string_view{};
                if (lex::isPreposition(prev) && prev != "by") continue; // "in Syria", "in the Syrian air raids"
                // "Turkish airspace", "Turkey's airspace": the owner of the airspace, never the violator.
                if (e.kind == Trig::Airspace && m.last + 3 >= e.trig) continue;
                // Directly before the trigger: the subject itself ("Russia firing", "Iran fired", "Russia's air
                // force hit"), whatever came earlier in the sentence.
                {
                    size_t q = m.last + 1;
                    if (q < b && (T[q].lower == "'s" || T[q].lower == "'")) ++q;
                    while (q < e.trig && q < b && (T[q].lx.actorNoun() || T[q].lower == "air" ||
                                                   T[q].lower == "has" || T[q].lower == "had" || T[q].lower == "have" ||
                                                   T[q].lower == "was" || T[q].lower == "were" ||
                                                   T[q].lx.munitionModifier()))
                        ++q;
                    if (q == e.trig) { direct = iso; continue; }
                }
                size_t n = m.last + 1;
                while (n < b && T[n].text == "." && T[n].start == T[n - 1].end) ++n; // "U.S." split as "U.S" "."
                if (n < b && (T[n].lower == "'s" || T[n].lower == "'")) ++n;
                while (n < b && (T[n].lower == "air" || T[n].lower == "naval" || T[n].lower == "armed" ||
                                 T[n].lower == "-" || T[n].lower == "led" || T[n].lower == "backed"))
                    ++n;
                const auto next = n < b ? T[n].lower : std::string_view{};
                if (m.hyphenModifier || (n < b && (T[m.last].lower.ends_with("-led") || T[n - 1].lower == "led"))) {
                    const bool led = T[m.last].lower.ends_with("-led") || T[m.last].lower.ends_with("-backed") ||
                                     (n > 0 && (T[n - 1].lower == "led" || T[n - 1].lower == "backed"));
                    if (led && (next == "coalition" || next == "forces" || next == "alliance" || next == "task")) {
                        if (strongLevel < 3) { strong = iso + "-led coalition"; strongLevel = 3; }
                        continue;
                    }
                }
                // Levels: an actor noun ("Russian jets", "U.S. Navy") beats a bare subject ("Turkey summoned");
                // among equals the leftmost, the clause's subject, wins.
                int level = 0;
                if (lex::isActorNoun(next) && !lex::isSpeakerNoun(next)) level = 2;
                else if (lex::isSpeakerNoun(next)) { if (weak.empty()) weak = iso; }
                else if (!m.demonym && (isVerbLike(next) || next == "on" || next == "has" || next == "had" ||
                                        lex::isTimeWord(next) || next == "," || next == "and" || next == "now"))
                    level = 1;
                else if (m.demonym && lex::isMunitionModifier(next)) level = 2; // "Russian cruise missiles"
                if (level > strongLevel) { strong = iso; strongLevel = level; }
            }
            // Group actors: "the coalition", "Houthi rebels".
            if (strong.empty()) {
                for (size_t q = a; q < e.trig; ++q) {
                    if (T[q].lower == "coalition" && !ctx.blocked[q]) { strong = "coalition"; }
                    if (T[q].lx.groupNoun() && q > a && T[q - 1].cap && !ctx.blocked[q - 1] &&
                        !ctx.demonymOf(q - 1) && ctx.mentionAtToken(q - 1) < 0 &&
                        !T[q - 1].sentenceInitial)
                        strong = std::string(T[q - 1].text) + " " + std::string(T[q].lower);
                }
            }
            // Passive agent after the trigger: "were launched by Russian warships".
            if (strong.empty() && weak.empty())
                for (int mi : sentenceMentions) {
                    const auto& m = ctx.mentions[mi];
                    if (m.first <= e.trig || m.ranked.empty() || m.first < 2) continue;
                    const auto p = T[m.first - 1].lower;
                    if (p == "by" && m.best()->kind == atlas::Kind::Country) { strong = m.best()->iso2; break; }
                }
            if (!direct.empty() && strong.find("-led") == std::string::npos) strong = direct;
            e.actor = !strong.empty() ? strong : weak;
            e.actorStrong = !strong.empty();
            e.munition = e.kind == Trig::Strike || e.kind == Trig::Airspace ? std::string{} : munitionNear(ctx, e.trig, a, b);
            if (e.kind == Trig::Strike) {
                // Strikes by missiles say so ("missile strikes"); air strikes leave the munition empty.
                const std::string mu = munitionNear(ctx, e.trig, a, b);
                if (!mu.empty() && std::abs(long(e.trig) - long(a)) >= 0) e.munition = mu;
            }
            // [time] The nearest time expression in the sentence that does not date the speech ("said Thursday").
            long bestD = LONG_MAX;
            for (size_t ti = 0; ti < doc.times.size(); ++ti) {
                const auto& t = doc.times[ti];
                if (t.sentence != s) continue;
                size_t tk = a;
                while (tk < b && T[tk].end <= t.start) ++tk;
                bool speech = false;
                for (size_t q = tk >= a + 3 ? tk - 3 : a; q < tk; ++q)
                    if (T[q].lx.speechVerb() || T[q].lower == "statement" || T[q].lower == "released" ||
                        T[q].lower == "saying")
                        speech = true;
                if (speech) continue;
                const long d = std::abs(long(tk) - long(e.trig));
                if (d < bestD) { bestD = d; e.time = static_cast<int>(ti); }
            }
            const text::Attribution* at = doc.attributionAt(T[e.trig].start);
            if (!at)
                for (const auto& x : doc.attributions)
                    if (x.sentence == s) { at = &x; break; }
            if (at) e.speaker = at->resolvedSpeaker.empty() ? at->speaker : at->resolvedSpeaker;
        }
        // Filters: a strike needs a count or a target below country level; a violation needs its target.
        for (auto& e : here) {
            if (e.kind == Trig::Strike) {
                bool specific = false;
                for (int p : e.to) specific |= out.places[p].kind != "country";
                bool counted = false;
                for (int c : e.claims) {
                    const auto u = ctx.claimInfo[c].unit;
                    counted |= u == lex::UnitClass::Strike || u == lex::UnitClass::Target ||
                               u == lex::UnitClass::Munition || ctx.claimInfo[c].anaphorOf >= 0;
                }
                if (!specific && !counted) continue;
            }
            if (e.kind == Trig::Crash && e.to.empty() && !e.count) continue;
            if (e.kind == Trig::Flight && e.to.empty()) continue;
            if (e.kind == Trig::Airspace && e.to.empty()) continue; // "any further violation of its airspace"
            all.push_back(std::move(e));
        }
    }

    // [merge] In text order; each mention joins the first compatible event or starts one.
    struct Built {
        EventMention e;
        std::vector<int> sentences;
        int lastSentence = -1;
    };
    std::vector<Built> events;
    const auto countryOf = [&](int p) { return out.places[p].country; };
    // "The strikes hit radar installations ...": an uncounted definite strike noun that merges with no strike refers
    // back to the launch or strike just told (same actor or none), and adds its targets to it rather than starting an
    // event of its own.
    const auto refersBack = [&](const EventMention& m) {
        if (m.kind != Trig::Strike || m.count || m.trig == 0 || T[m.trig].lx.unit != lex::UnitClass::Strike) return false;
        const auto d = T[m.trig - 1].lower;
        return (d == "the" || d == "these" || d == "those") && T[m.trig - 1].sentence == m.sentence;
    };
    for (auto& m : all) {
        Built* target = nullptr;
        double bestScore = -1e9;
        for (auto& ev : events) {
            auto& e = ev.e;
            if (e.kind != m.kind) continue;
            if (!compatible(e.actor, m.actor) || !compatible(e.munition, m.munition)) continue;
            if (e.from >= 0 && m.from >= 0 && e.from != m.from) continue;
            if (m.kind == Trig::Strike && e.count && m.count && *e.count != *m.count) {
                // A definite repeat ("the two strikes") must agree; different counts are different events.
                continue;
            }
            if (m.kind == Trig::Strike) {
                if (m.sentence - ev.lastSentence > 2) continue;
                bool shared = m.to.empty() && e.to.empty();
                for (int p : m.to)
                    for (int q : e.to) shared |= p == q || (!countryOf(p).empty() && countryOf(p) == countryOf(q));
                bool anaphor = false;
                for (int c : m.claims)
                    if (ctx.claimInfo[c].anaphorOf >= 0)
                        anaphor |= std::find(e.claims.begin(), e.claims.end(), ctx.claimInfo[c].anaphorOf) != e.claims.end();
                if (!(shared || anaphor)) continue;
            }
            if (m.kind == Trig::Crash || m.kind == Trig::Airspace || m.kind == Trig::Intercept) {
                bool overlap = m.to.empty() || e.to.empty();
                for (int p : m.to)
                    for (int q : e.to) overlap |= p == q;
                if (!overlap) continue;
            }
            // Best match: shared places, then shared countries, a repeated count, then the nearest in the text.
            double score = -0.1 * (m.sentence - ev.lastSentence);
            for (int p : m.to)
                for (int q : e.to) score += p == q ? 2.0 : (countryOf(p) == countryOf(q) ? 0.5 : 0.0);
            for (int c : m.claims)
                if (ctx.claimInfo[c].anaphorOf >= 0 &&
                    std::find(e.claims.begin(), e.claims.end(), ctx.claimInfo[c].anaphorOf) != e.claims.end())
                    score += 3.0;
            if (score > bestScore) { bestScore = score; target = &ev; }
        }
        if (!target && refersBack(m)) {
            for (auto& ev : events)
                if ((ev.e.kind == Trig::Launch || ev.e.kind == Trig::Strike) && m.sentence - ev.lastSentence <= 2 &&
                    compatible(ev.e.actor, m.actor) && (!target || ev.lastSentence >= target->lastSentence))
                    target = &ev;
            if (target) {
                // The launch's own origin is not among what it hit ("from the Red Sea" ... "on the Red Sea coast").
                std::erase(m.to, target->e.from);
            }
        }
        if (!target) {
            events.push_back({m, {m.sentence}, m.sentence});
            continue;
        }
        auto& e = target->e;
        if (e.actor.empty() || (!e.actorStrong && m.actorStrong)) { e.actor = m.actor; e.actorStrong = m.actorStrong; }
        if (m.munition.size() > e.munition.size()) e.munition = m.munition;
        if (!e.count && m.count) e.count = m.count;
        if (e.from < 0) e.from = m.from;
        for (int p : m.to)
            if (std::find(e.to.begin(), e.to.end(), p) == e.to.end()) e.to.push_back(p);
        for (int c : m.claims) e.claims.push_back(c);
        if (m.time >= 0) {
            const auto prec = [&](int ti) { return static_cast<int>(doc.times[ti].interval.precision); };
            if (e.time < 0 || prec(m.time) < prec(e.time)) e.time = m.time;
        }
        if (e.speaker.empty()) e.speaker = m.speaker;
        if (std::find(target->sentences.begin(), target->sentences.end(), m.sentence) == target->sentences.end())
            target->sentences.push_back(m.sentence);
        target->lastSentence = m.sentence;
    }

    // [output]
    for (size_t i = 0; i < events.size(); ++i) {
        auto& e = events[i].e;
        scenario::Event ev;
        ev.id = "e" + std::to_string(i + 1);
        ev.kind = kindName(e.kind);
        ev.actor = e.actor;
        ev.munition = e.munition;
        ev.count = e.count;
        if (e.from >= 0) ev.from = out.places[e.from].id;
        // A country next to named places inside it adds nothing: "in Iraq ... near Mosul" targets Mosul.
        for (int p : e.to) {
            const auto& pl = out.places[p];
            if (pl.kind == "country") {
                bool inner = false;
                for (int q : e.to) inner |= q != p && out.places[q].country == pl.country;
                if (inner) continue;
            }
            ev.to.push_back(pl.id);
        }
        if (e.time >= 0) {
            const auto& t = doc.times[e.time];
            std::optional<TimeInterval> iv;
            if (t.resolved) iv = t.interval;
            if (t.needsZone) {
                // "4:40 a.m. local time in Syria": the zone of the named place, else of the event's target.
                std::string zone;
                for (const auto& p : out.places)
                    for (const auto& mn : p.mentions)
                        if (zone.empty() && t.localPlaceEnd > t.localPlaceStart && mn.start < t.localPlaceEnd &&
                            mn.end > t.localPlaceStart)
                            zone = zoneOf(ctx, p);
                if (zone.empty() && !e.to.empty()) zone = zoneOf(ctx, out.places[e.to.front()]);
                if (!zone.empty()) iv = text::resolveInZone(t, zone);
                if (!iv) {
                    ctx.diagnostics.push_back({Severity::Warning, "time.zone_unknown",
                                               "no time zone for '" + t.text + "'", {t.start, t.end}, ev.id});
                    if (t.interval.precision != TimePrecision::Unknown) iv = t.interval;
                }
            }
            if (iv && iv->precision != TimePrecision::Unknown)
                ev.time = scenario::EventTime{iv->start, iv->end, iv->precision, t.text};
        }
        for (int c : e.claims) {
            ev.claims.push_back(out.claims[c].id);
            out.claims[c].event = ev.id;
        }
        for (int c : e.claims)
            if (ev.count && out.claims[c].value == *ev.count && !out.claims[c].speaker.empty()) {
                ev.speaker = out.claims[c].speaker;
                break;
            }
        ev.sentences = events[i].sentences;
        std::sort(ev.sentences.begin(), ev.sentences.end());
        if (ev.speaker.empty()) ev.speaker = e.speaker;
        out.events.push_back(std::move(ev));
    }
    // Related: a crash or intercept belongs to the launch it came from (same actor and munition, or only one launch).
    for (auto& ev : out.events) {
        if (ev.kind != "crash" && ev.kind != "intercept" && ev.kind != "flight") continue;
        for (const auto& l : out.events)
            if (l.kind == "launch" && compatible(l.actor, ev.actor) && compatible(l.munition, ev.munition)) {
                ev.related = l.id;
                break;
            }
    }
    // Stances: stated when the speaker is the acting party, reported otherwise (confirmed/denied/assessed kept).
    for (size_t c = 0; c < out.claims.size(); ++c) {
        auto& cl = out.claims[c];
        if (ctx.claimInfo[c].verbStance || cl.speaker.empty()) continue;
        const auto* ev = out.event(cl.event);
        std::string actor = ev ? ev->actor : std::string{};
        const auto& sc = ctx.claimInfo[c].speakerCountry;
        const std::string spk = asciiLower(cl.speaker);
        const bool coalitionSpeaker = spk.find("coalition") != std::string::npos ||
                                      spk.find("task force") != std::string::npos;
        if ((!sc.empty() && actor.rfind(sc, 0) == 0) ||
            (coalitionSpeaker && actor.find("coalition") != std::string::npos))
            cl.stance = "stated";
        else
            cl.stance = "reported";
    }
}

} // namespace salvo::extract::detail
