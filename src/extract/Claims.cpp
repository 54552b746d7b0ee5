// Claims: every numeric assertion of the article (not times, not years) with what it counts, who said it and how.
//
// The quantity comes from the unit noun after the number ("26 cruise missiles" -> missiles; "27 Islamic State
// targets" -> targets: capitalised names and munition adjectives are skipped) and, for munitions, from the governing
// verb: the main verb after the noun phrase ("Four missiles launched from warships ... crashed in Iran" -> crashed, a
// reduced relative "launched from" gives way to the main verb), else the verb before ("fired 59 missiles").
// An elliptical number ("18 strikes in Iraq and two in Syria") takes the unit of the number before it; a definite
// repeat ("the two strikes") takes over the speaker of the claim it repeats. The speaker is the text attribution
// covering the number; the stance is settled once events know their actors (Events.cpp).
#include "extract/Context.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <cmath>

namespace salvo::extract::detail {
namespace {

bool isNumberWord(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "dozen", "dozens", "score", "scores", "a", "an", "half", "few", "several", "and", "more", "than", "at",
        "least", "most", "nearly", "about", "around", "some", "up", "to", "over", "under", "almost", "roughly",
        "approximately", "less", "fewer", "just", "only", "of", "as", "many", "much", "estimated", "by"};
    for (auto k : kWords)
        if (w == k) return true;
    if (w.find('-') != std::string_view::npos) return true; // "twenty-six"
    return false;
}

bool isNumberValue(std::string_view w) {
    static constexpr std::string_view kWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "eleven", "twelve", "dozen"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

const char* quantityOf(lex::UnitClass u) {
    switch (u) {
    case lex::UnitClass::Munition: return "munitions";
    case lex::UnitClass::Target: return "targets";
    case lex::UnitClass::Strike: return "strikes";
    case lex::UnitClass::Troop: return "troops";
    case lex::UnitClass::Casualty: return "casualties";
    case lex::UnitClass::Distance: return "distance";
    case lex::UnitClass::Aircraft: return "aircraft";
    case lex::UnitClass::Ship: return "ships";
    case lex::UnitClass::Place: return "places";
    default: return "count";
    }
}

// The verb governing a munition count: launched | crashed | intercepted | reached | destroyed, or empty.
std::string munitionVerb(const Context& ctx, size_t numberTok, size_t headTok, size_t a, size_t b, bool partOfSet) {
    const auto& T = ctx.toks;
    const auto classify = [](std::string_view w) -> std::string {
        if (w == "destroyed") return "destroyed";
        if (w == "reached" || w == "hit" || w == "struck") return "reached";
        switch (lex::trigger(w)) {
        case lex::Trigger::Launch: return "launched";
        case lex::Trigger::Crash: return "crashed";
        case lex::Trigger::Intercept: return "intercepted";
        default: return {};
        }
    };
    // The object of the verb right before it: "sent 40 drones toward X and all of them were destroyed" -> launched,
    // "intercepted one of the rockets while the other fell" -> intercepted.
    for (size_t k = numberTok; k > a && numberTok - k <= 2;) {
        --k;
        if (const auto v = classify(T[k].lower); !v.empty()) return v;
        if (T[k].is("down") && k > a && (T[k - 1].is("shot") || T[k - 1].is("brought")))
            return "intercepted"; // "shot down 12 of the 13 drones"
        if (T[k].is("with") && k > a && T[k - 1].lower.starts_with("attack"))
            return "launched"; // "attacked with 57 drones"
        if (!(T[k].lx.determiner() || T[k].is("at") || T[k].is("least") || T[k].is("about"))) break;
    }
    std::string first;
    bool firstIsReduced = false;
    // "12 of the 13 drones Russia launched", "four of the missiles that Russia fired": a verb after a subject of its
    // own is the whole set's, not the part's; "Four of the missiles crashed in Iran": the part's own verb.
    // "13 of those were destroyed": the set told before; the part's verb follows "of those".
    // After the head, or past "of them"/"of the missiles" after the number; a bare count ("Three were shot down")
    // has its verb right after it.
    const bool partitiveAfter = numberTok + 1 < b && T[numberTok + 1].is("of");
    const size_t afterHead = headTok > numberTok ? headTok + 1 : numberTok + (partitiveAfter ? 3 : 1);
    const bool setHasClause = afterHead < b && (T[afterHead].cap || T[afterHead].is("that") ||
                                                T[afterHead].is("which") || T[afterHead].lx.determiner() ||
                                                T[afterHead].is("it") || T[afterHead].is("they") ||
                                                T[afterHead].is("we"));
    const bool ownVerbAfter = !partOfSet || (afterHead < numberTok + 7 && !setHasClause);
    for (size_t k = afterHead; ownVerbAfter && k < b && k < afterHead + 13; ++k) {
        const auto w = T[k].lower;
        if (w == "," || w == ";" || w == "." || T[k].number) break;
        if (w == "shot" && k + 1 < b && T[k + 1].is("down")) return "intercepted";
        const auto v = classify(w);
        if (v.empty()) continue;
        if (first.empty()) {
            first = v;
            const auto n = k + 1 < b ? T[k + 1].lower : std::string_view{};
            firstIsReduced = (n == "from" || n == "by") && !(k > 0 && (T[k - 1].is("were") ||
                                                                        T[k - 1].is("was") ||
                                                                        T[k - 1].is("been")));
            if (!firstIsReduced) return first;
        } else {
            return v; // the main verb after a reduced relative
        }
    }
    if (!first.empty()) return first;
    for (size_t k = numberTok; k > a && numberTok - k < 8;) {
        --k;
        const auto w = T[k].lower;
        if (w == "," || w == ";") break;
        if (k + 1 < b && w == "shot" && T[k + 1].is("down")) return "intercepted";
        const auto v = classify(w);
        if (!v.empty()) return v;
    }
    return {};
}

// Does the noun compound end at token k ("a Scud missile impacted", "a drone strike on")? A lower-case word that is
// not a verb, preposition, determiner or conjunction continues it ("a missile defense system", "a drone wave").
bool compoundEndsAt(const Context& ctx, size_t k, size_t b) {
    if (k + 1 >= b) return true;
    const Tok& n = ctx.toks[k + 1];
    if (!n.word) return n.text != "-";
    return n.lx.preposition() || n.lx.determiner() || isVerbLike(n) || n.is("and") || n.is("or") ||
           n.is("that") || n.is("which") || n.is("was") || n.is("is") || n.is("has") ||
           n.is("had") || n.is("will") || n.is("would") || n.is("could") || n.lx.speechVerb() ||
           // "fired an intercontinental ballistic missile early Wednesday", "a missile overnight"
           n.lx.timeWord() || n.is("early") || n.is("late") || n.is("earlier") || n.is("later") || n.is("last") ||
           // "a missile fell in a field", "a rocket hit a house": past tenses without "-ed"
           n.is("fell") || n.is("hit") || n.is("flew") || n.is("tore") || n.is("sank") || n.is("came") ||
           n.is("went") || n.is("blew") || n.is("broke");
}

// A singular munition or aircraft noun counts one ("a Scud missile", "an aircraft"). A singular strike noun does not:
// "an airstrike" may stand for several sorties, and the hand annotations give it no count as often as one.
bool singularCountable(const Tok& t) {
    return !t.lower.ends_with("s") && (t.lx.munitionHead() || t.lx.unit == lex::UnitClass::Aircraft);
}

// "The missile was shot down by USS Gravely", "The aircraft was over the Strait": a definite singular munition or
// aircraft as the subject of a verb is one. "Aircraft" is also a plural, so it counts only before "was", "is" or
// "has". Returns the head noun's token, or SIZE_MAX.
size_t definiteSingleHead(const Context& ctx, size_t the, size_t b) {
    const auto& T = ctx.toks;
    if (T[the].lower != "the") return SIZE_MAX;
    for (size_t k = the + 1; k + 1 < b && k < the + 5; ++k) {
        const Tok& t = T[k];
        if (t.lower == "ordnance" || t.lower == "artillery" || t.lower == "weaponry") break; // mass nouns
        if (singularCountable(t) && compoundEndsAt(ctx, k, b)) {
            const auto next = T[k + 1].lower;
            const bool singularVerb = next == "was" || next == "is" || next == "has";
            const bool verb = singularVerb || next == "had" || next == "fell" || next == "crashed" ||
                              next == "landed" || next == "exploded" || next == "hit" || next == "struck" ||
                              next == "flew" || next == "impacted";
            return verb && (t.lower != "aircraft" || singularVerb) ? k : SIZE_MAX;
        }
        // "The second missile impacted the water": an ordinal picks one of the set.
        const bool ordinal = k == the + 1 && (lex::isOrdinal(t.lower) || t.is("first") || t.is("last"));
        if (!(t.cap || ordinal || t.lx.munitionModifier() || t.lower.find('-') != std::string_view::npos)) break;
    }
    return SIZE_MAX;
}

bool isImplicitSingle(const Context& ctx, size_t numberTok) {
    const auto& T = ctx.toks;
    const auto w = T[numberTok].lower;
    const auto next = numberTok + 1 < T.size() ? T[numberTok + 1].lower : std::string_view{};
    return w == "a" || w == "an" || w == "both" || (w == "one" && next == "of") || (w == "the" && next == "other") ||
           definiteSingleHead(ctx, numberTok, ctx.sentenceTokens(T[numberTok].sentence).second) != SIZE_MAX;
}

// Counts written without a numeral: "a Scud missile", "a single ballistic missile", "an aircraft", "one of the
// rockets", "both missiles" (two). Each becomes a number expression of value 1 whose value span ends right before the head noun, so the
// claim pass reads the head as its unit. Only munitions and aircraft are counted this way.
std::vector<text::NumberExpr> implicitSingles(const Context& ctx, int s) {
    const auto& T = ctx.toks;
    const auto [a, b] = ctx.sentenceTokens(s);
    std::vector<text::NumberExpr> found;
    // A count of `value` written by the words from token `first` through `last`, the value span ending there.
    const auto add = [&](double value, size_t first, size_t last) -> text::NumberExpr& {
        text::NumberExpr& n = found.emplace_back();
        n.value = value;
        n.start = n.valueStart = T[first].start;
        n.end = n.valueEnd = T[last].end;
        n.sentence = s;
        return n;
    };
    for (size_t i = a; i + 1 < b; ++i) {
        const auto w = T[i].lower;
        size_t head = SIZE_MAX;
        if (w == "a" || w == "an") {
            for (size_t k = i + 1; k < b && k < i + 10; ++k) {
                const Tok& t = T[k];
                // "a drone and missile attack": coordinated modifiers of the attack noun, no count.
                if (singularCountable(t) && k + 3 < b && (T[k + 1].is("and") || T[k + 1].is("or")) &&
                    T[k + 2].lx.munitionHead() && T[k + 3].lx.unit == lex::UnitClass::Strike)
                    break;
                if (singularCountable(t) && compoundEndsAt(ctx, k, b)) { head = k; break; }
                const bool modifier = t.cap || t.lx.munitionModifier() || t.lower.find('-') != std::string_view::npos ||
                                      t.lx.munitionHead() || t.is("single") || t.is("suspected") ||
                                      t.is("lone") || t.is("second") || t.is("surface") ||
                                      t.is("to") || t.is("air") || t.number ||
                                      (!t.word && (t.text == "-" || t.text == "/")) || // "a GBU-43/B bomb"
                                      (!t.word && (t.text == "\"" || t.text == "\u201c")); // a "projectile"
                if (!modifier) break;
            }
        } else if (w == "one" && i + 3 < b && T[i + 1].is("of") && T[i + 2].is("the") &&
                   T[i + 3].lx.munitionHead()) {
            head = i + 3; // "one of the rockets"
        } else if (w == "the") {
            head = definiteSingleHead(ctx, i, b);
        } else if (w == "both" && i + 1 < b) { // "Both missiles were fired from Houthi-controlled territory"
            size_t k = i + 1;
            if (T[k].lower == "of" && k + 1 < b && T[k + 1].lower == "the") k += 2;
            while (k < b && k < i + 5 && !T[k].lx.munitionHead() && (T[k].cap || T[k].lx.munitionModifier())) ++k;
            const auto after = k + 1 < b ? T[k + 1].lower : std::string_view{};
            if (k < b && T[k].lx.munitionHead() && T[k].lower.ends_with("s") &&
                (after == "were" || after == "are" || after == "have" || compoundEndsAt(ctx, k, b))) {
                add(2, i, k - 1);
                i = k;
                continue;
            }
        }
        if (head == SIZE_MAX && w == "other" && i > a && T[i - 1].is("the") && T[i + 1].is("one")) {
            // "intercepted one of the rockets while the other one likely fell": one of the munitions named before.
            for (size_t k = i; k-- > a;)
                if (T[k].lx.munitionHead()) {
                    add(1, i - 1, i + 1).unit = lex::singular(T[k].lower);
                    break;
                }
            continue;
        }
        if (head == SIZE_MAX) continue;
        add(1, i, head - 1);
        i = head;
    }
    return found;
}

// The document's number expressions and the implicit singles, in text order.
std::vector<text::NumberExpr> allNumbers(const Context& ctx) {
    std::vector<text::NumberExpr> all = ctx.doc.numbers;
    for (int s = 0; s < static_cast<int>(ctx.doc.sentences.size()); ++s) {
        if (ctx.skipSentence[s]) continue;
        for (auto& n : implicitSingles(ctx, s)) {
            const bool covered = std::any_of(ctx.doc.numbers.begin(), ctx.doc.numbers.end(), [&](const auto& x) {
                return x.start < n.end + 8 && x.end > n.start;
            });
            if (!covered) all.push_back(std::move(n));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.start < y.start; });
    return all;
}

// The unit noun after the number: the head of the run of modifiers that follows ("26 Kalibr cruise missiles", "11
// Islamic State targets"). A measure written without its unit ("two 30,000 GBU-57 bombs") and quoted words ("bunker
// buster") are skipped; "unmanned aerial systems" are munitions.
void findUnit(const Context& ctx, size_t k, size_t b, size_t& head, lex::UnitClass& unit) {
    const auto& T = ctx.toks;
    bool quoted = false;
    for (size_t q = k; q < b && q < k + 12; ++q) {
        const Tok& t = T[q];
        if (t.text == "\"") { quoted = !quoted; continue; }
        if (!t.word && t.text != "-") break;
        if (q + 1 < b && lex::isVehicleBomb(t.lower, T[q + 1].lower)) { // "two vehicle bombs": targets destroyed
            head = q + 1;
            unit = lex::UnitClass::Target;
            return;
        }
        const auto u = t.lx.unit;
        // "14 unmanned aerial vehicles", "three one-way attack unmanned aerial systems": drones.
        if ((t.lower.starts_with("vehicle") || t.lower.starts_with("system")) && q > k &&
            (T[q - 1].is("aerial") || T[q - 1].is("unmanned"))) {
            head = q;
            unit = lex::UnitClass::Munition;
            return;
        }
        if (u != lex::UnitClass::None) {
            // "59 Tomahawk cruise missiles", "18 one-way attack drones": the head is the last noun of the run.
            // "two land attack cruise missiles": a modifier between the attack word and the munition.
            if (u == lex::UnitClass::Strike && q + 1 < b &&
                (T[q + 1].lx.munitionHead() ||
                 (T[q + 1].lx.munitionModifier() && q + 2 < b && T[q + 2].lx.munitionHead())))
                continue;
            // "600 strike and support sorties", "40 strike aircraft": a singular "strike" modifies the noun after it.
            const size_t after = q + 1 < b && (T[q + 1].is("and") || T[q + 1].is("or")) ? q + 3 : q + 1;
            if (u == lex::UnitClass::Strike && !t.lower.ends_with("s") && after < b &&
                T[after].lx.unit == lex::UnitClass::Aircraft) {
                q = after - 1;
                continue;
            }
            // "three one-way attack unmanned aerial vehicles": the drones, not attacks.
            if (u == lex::UnitClass::Strike && q + 3 < b && T[q + 1].is("unmanned") &&
                (T[q + 2].lx.munitionHead() || T[q + 3].lower.starts_with("vehicle") ||
                 T[q + 3].lower.starts_with("system")))
                continue;
            // "59 Tomahawk land attack missiles": a medium and "attack" written apart are the modifier "land-attack".
            const auto spacedAttackAfter = [&](size_t x) {
                return x + 3 < b && spacedAttack(ctx, x + 1, b) &&
                       (T[x + 3].lx.munitionHead() || T[x + 3].lx.munitionModifier());
            };
            while (u == lex::UnitClass::Munition && q + 1 < b &&
                   (T[q + 1].lx.munitionHead() || T[q + 1].lx.munitionModifier() || spacedAttackAfter(q)))
                q += spacedAttackAfter(q) ? 3 : 1;
            while (q > k && !T[q].lx.munitionHead() && T[q].lx.unit == lex::UnitClass::None) --q;
            head = q;
            unit = T[q].lx.unit != lex::UnitClass::None ? T[q].lx.unit : u;
            const auto h = T[q].lower;
            if (unit == lex::UnitClass::Target && q > k && (h.starts_with("system") || h.starts_with("vehicle")) &&
                (T[q - 1].is("aerial") || T[q - 1].is("unmanned")))
                unit = lex::UnitClass::Munition; // "14 unmanned aerial systems"
            return;
        }
        if (t.number || quoted || t.cap || t.lx.munitionModifier() || t.lower.find('-') != std::string_view::npos ||
            ctx.demonymOf(q) || t.is("oil") || t.is("military") || t.is("air") ||
            t.is("naval") || t.is("enemy") || t.is("rebel") || t.is("terrorist") ||
            t.is("civilian") || t.is("government") || t.is("new") || t.is("more") || t.is("other") || t.is("further") ||
            t.is("additional") || t.is("separate") || t.is("different") || t.is("aerial") || t.is("unmanned") ||
            spacedAttack(ctx, q, b)) // "land attack", the modifier "land-attack" written without its hyphen
            continue;
        // "19 air to surface missiles", "40 surface to air missiles": the hyphenated modifier written with spaces.
        const auto domain = [&](size_t x) { return x < b && T[x].word && lex::isMedium(T[x].lower); };
        if ((t.is("to") && q > k && domain(q - 1) && domain(q + 1)) ||
            (domain(q) && ((q + 1 < b && T[q + 1].is("to") && domain(q + 2)) || (q > k && T[q - 1].is("to") && domain(q - 2)))))
            continue;
        // "20 cruise and ballistic missiles": two kinds of one munition noun.
        if ((t.is("and") || t.is("or")) && q > k && T[q - 1].lx.munitionModifier() && q + 1 < b &&
            T[q + 1].lx.munitionModifier())
            continue;
        return;
    }
}

// The claim's speaker and the stance its speech verb gives ("confirmed", "denied", "assessed").
void attributeClaim(const Context& ctx, const text::NumberExpr& n, scenario::Claim& c, ClaimInfo& info) {
    const auto& doc = ctx.doc;
    const text::Attribution* at = doc.attributionAt(n.start);
    if (!at)
        for (const auto& x : doc.attributions)
            if (x.sentence == n.sentence && !x.speaker.empty() && x.clauseStart <= n.start) { at = &x; break; }
    if (!at || at->speaker.empty()) return;
    c.speaker = at->resolvedSpeaker.empty() ? at->speaker : at->resolvedSpeaker;
    if (at->viaIntermediary && !at->intermediary.empty()) c.speaker += " (via " + at->intermediary + ")";
    info.speakerCountry = countryOfActorText(ctx, c.speaker);
    switch (lex::stanceOfVerb(asciiLower(at->verb))) {
    case lex::Stance::Confirmed: c.stance = "confirmed"; info.verbStance = true; break;
    case lex::Stance::Denied: c.stance = "denied"; info.verbStance = true; break;
    case lex::Stance::Assessed: c.stance = "assessed"; info.verbStance = true; break;
    case lex::Stance::None: break;
    }
}

// The earlier claim (at most three sentences back) a definite count repeats, which lends its speaker; -1 when none.
int repeatedClaim(const Context& ctx, const scenario::Scenario& out, const text::NumberExpr& n, scenario::Claim& c,
                  ClaimInfo& info) {
    for (size_t p = out.claims.size(); p-- > 0;) {
        if (out.claims[p].sentence < n.sentence - 3) break;
        if (out.claims[p].value != c.value || (ctx.claimInfo[p].unit != info.unit && out.claims[p].unit != c.unit))
            continue;
        if (c.speaker.empty()) {
            c.speaker = out.claims[p].speaker;
            info.speakerCountry = ctx.claimInfo[p].speakerCountry;
        }
        return static_cast<int>(p);
    }
    return -1;
}

// "more than 300 drones and missiles", "20 cruise and ballistic missiles", "rockets or mortars": munitions joined to
// the counted ones belong to the count, so the claim's text runs to the last of them. A second count ("two missiles
// and three drones") or a determiner ("and the drones") starts a claim of its own. Returns the end offset.
size_t coordinatedMunitionsEnd(const std::vector<Tok>& T, size_t head, size_t b) {
    size_t end = T[head].end;
    for (size_t k = head + 1; k + 1 < b && (T[k].is("and") || T[k].is("or"));) {
        size_t next = k + 1;
        if (!T[next].lx.munitionHead() && next + 1 < b && !T[next].number && !lex::isDeterminer(T[next].lower) &&
            !isNumberWord(T[next].lower) && T[next + 1].lx.munitionHead())
            ++next; // "and ballistic missiles"
        if (!T[next].lx.munitionHead()) break;
        end = T[next].end;
        k = next + 1;
    }
    return end;
}

// "Three were shot down.", "Two crashed in Iran.", "Air defenses destroyed 12.": a bare count that is the subject or
// the object of a munition verb counts the munitions named in this sentence or the one before (the head of the last
// munition count there, else the last munition noun). Returns that head token, or SIZE_MAX.
size_t ellipticalMunition(const Context& ctx, int sentence, size_t numberTok, size_t k, size_t a, size_t b) {
    const auto& T = ctx.toks;
    const auto munitionVerbWord = [](const Tok& t) {
        const auto kind = lex::trigger(t.lower);
        return kind == lex::Trigger::Launch || kind == lex::Trigger::Crash || kind == lex::Trigger::Intercept ||
               t.is("destroyed") || t.is("hit") || t.is("struck") || t.is("reached");
    };
    // "the remaining nine", "the other four", "another three": the rest of the munitions told.
    size_t lead = numberTok;
    if (lead > a && (T[lead - 1].is("remaining") || T[lead - 1].is("other") || T[lead - 1].is("another"))) {
        --lead;
        if (lead > a && T[lead - 1].is("the")) --lead;
    }
    // "Thirteen more were fired", "Three others fell short": more of them.
    if (k < b && (T[k].is("more") || T[k].is("others") || T[k].is("other"))) ++k;
    const bool opensClause = lead == a || T[lead - 1].is(",") || T[lead - 1].is("but") || T[lead - 1].is("and") ||
                             T[lead - 1].is("only");
    const bool subject = opensClause && k < b &&
                         (T[k].is("were") || T[k].is("was") || T[k].is("had") || T[k].is("have") ||
                          munitionVerbWord(T[k]));
    const bool shotDown = lead >= a + 2 && T[lead - 1].is("down") && T[lead - 2].is("shot");
    const bool object = lead > a && (munitionVerbWord(T[lead - 1]) || shotDown) &&
                        (k >= b || !T[k].word || T[k].lx.preposition()) && !(k < b && T[k].is("of"));
    if (!subject && !object) return SIZE_MAX;
    const size_t from = sentence > 0 ? ctx.sentenceTokens(sentence - 1).first : a;
    for (size_t c = ctx.claimInfo.size(); c-- > 0;) {
        const auto& info = ctx.claimInfo[c];
        if (info.numberTok < from) break;
        if (info.unit != lex::UnitClass::Munition || info.implicit) continue;
        if (info.headTok > info.numberTok) return info.headTok;
        if (info.elided && info.elidedHead != SIZE_MAX) return info.elidedHead; // "fired 14 ... the remaining nine"
    }
    for (size_t q = numberTok; q-- > from;)
        if (T[q].lx.munitionHead()) return q;
    return SIZE_MAX;
}

} // namespace

// A bare count of people hurt: the object of a casualty verb ("killed five", "wounding six") or a part of a group of
// people ("five of the group's fighters").
bool countsCasualties(const std::vector<Tok>& T, size_t numberTok, size_t a, size_t b) {
    if (numberTok > a) {
        const auto& v = T[numberTok - 1];
        if (v.lx.unit == lex::UnitClass::Casualty || v.is("killing") || v.is("wounding") || v.is("injuring"))
            return true;
    }
    if (numberTok + 1 >= b || !T[numberTok + 1].is("of")) return false;
    for (size_t k = numberTok + 2; k < b && k < numberTok + 6; ++k) {
        if (T[k].lx.unit == lex::UnitClass::Casualty) return true;
        if (!T[k].word || T[k].lx.preposition()) return false;
    }
    return false;
}

// "one hit Irbil", "two hit the base": the verb, not "one hit" scored; "Three others fell short": a count of the
// munitions told, not of "others". Then the count has no noun of its own (head and unit reset). Returns whether so.
bool countsNoNounAfter(const std::vector<Tok>& T, size_t numberTok, size_t k, size_t b, size_t& head,
                       lex::UnitClass& unit) {
    // "Two hit Tel Aviv and one struck Haifa": a strike verb with its object, not a noun counted.
    const bool hitVerb =
        k + 1 < b && (T[k].is("hit") || T[k].is("struck")) && (T[k + 1].cap || T[k + 1].lx.determiner());
    const bool others = k < b && (T[k].is("others") || T[k].is("other")) && (head == k || head == numberTok);
    if (!hitVerb && !others) return false;
    if (others || (unit == lex::UnitClass::Strike && head == k)) {
        head = numberTok;
        unit = lex::UnitClass::None;
    }
    return true;
}

// What a count at numberTok counts (k: the token after its number words): its head noun and unit class, and whether
// it is a part of a set of munitions ("12 of the 13 drones", "12 of the drones", "destroyed 43 of them", "the other
// nine", "One of the missiles", "Two of those" after munitions named but not counted).
struct CountedNoun {
    size_t head;
    lex::UnitClass unit;
    bool partOfSet;
};

// "aircraft attacked ISIL targets in northern Iraq three times today": "N times" after a strike verb of its clause
// counts strikes; not a ratio ("three times more", "ten times the range").
bool timesOfStrikeVerb(const std::vector<Tok>& T, size_t numberTok, size_t k, size_t a, size_t b) {
    if (k >= b || !T[k].is("times")) return false;
    if (k + 1 < b && (T[k + 1].is("more") || T[k + 1].is("as") || T[k + 1].is("the") || T[k + 1].is("larger") ||
                      T[k + 1].is("greater") || T[k + 1].is("higher") || T[k + 1].is("fewer") || T[k + 1].is("less")))
        return false;
    for (size_t q = numberTok; q > a && numberTok - q < 10;) {
        --q;
        if (T[q].text == "," || T[q].text == ";") return false;
        if (T[q].lx.trigger == lex::Trigger::Strike && !T[q].lower.ends_with("s") && !T[q].is("strike"))
            return true; // a verb: "attacked", "struck", "hit", not "attacks"
    }
    return false;
}

CountedNoun countedNoun(const Context& ctx, int sentence, size_t numberTok, size_t k, size_t a, size_t b) {
    const auto& T = ctx.toks;
    size_t head = numberTok;
    lex::UnitClass unit = lex::UnitClass::None;
    bool partOfSet = false;
    // "12 of the 13 drones", "26 of 33 missiles"
    const bool countedSet = k + 2 < b && T[k].is("of") && (T[k + 1].number || isNumberWord(T[k + 1].lower));
    if (countedSet || (k + 2 < b && T[k].is("of") && T[k + 1].is("the"))) {
        const size_t set = countedSet ? k + 2 : T[k + 2].number || isNumberWord(T[k + 2].lower) ? k + 3 : k + 2;
        findUnit(ctx, set, b, head, unit);
        partOfSet = unit == lex::UnitClass::Munition;
        // "Three of the targets were in Iraq": a part of a set of something else keeps that unit.
        if (!partOfSet && unit != lex::UnitClass::None && unit != lex::UnitClass::Time) return {head, unit, false};
    }
    // A part, or the rest, of the munitions counted just before, in this sentence or an earlier one.
    const bool ofThem = k + 1 < b && T[k].is("of") && (T[k + 1].is("them") || T[k + 1].is("those"));
    const bool rest = numberTok >= a + 2 && T[numberTok - 1].is("other") && T[numberTok - 2].is("the");
    if (!partOfSet && (ofThem || (rest && !(k < b && T[k].lx.munitionHead()))))
        for (size_t c = ctx.claimInfo.size(); c-- > 0 && !partOfSet;) {
            const auto& told = ctx.claimInfo[c];
            if (told.unit != lex::UnitClass::Munition || told.implicit) continue;
            // the noun of "the missiles" told, or the one a bare count ("One hit Irbil") left out
            const size_t noun = told.headTok > told.numberTok ? told.headTok : told.elidedHead;
            if (noun != SIZE_MAX) return {noun, lex::UnitClass::Munition, true};
        }
    // Munitions named, not counted, in this sentence or the one before ("the fifth ASBM fired ... Two of those").
    if (ofThem) {
        const size_t from = sentence > 0 ? ctx.sentenceTokens(sentence - 1).first : a;
        for (size_t q = numberTok; q-- > from;)
            if (T[q].lx.munitionHead()) return {q, lex::UnitClass::Munition, true};
    }
    if (!partOfSet) {
        head = numberTok;
        unit = lex::UnitClass::None;
        findUnit(ctx, k, b, head, unit);
        partOfSet = rest && unit == lex::UnitClass::Munition; // "the other nine missiles"
        // "One of the missiles": an implicit single whose value span runs to the set's noun.
        partOfSet |= unit == lex::UnitClass::Munition && numberTok + 2 < b && T[numberTok].is("one") &&
                     T[numberTok + 1].is("of") && T[numberTok + 2].is("the");
        const bool noCount = unit == lex::UnitClass::None || unit == lex::UnitClass::Time; // "times" is a time word
        if (noCount && timesOfStrikeVerb(T, numberTok, k, a, b)) {
            head = k;
            unit = lex::UnitClass::Strike;
        }
    }
    return {head, unit, partOfSet};
}

// "Two F-117A stealth fighters each dropped two bombs", "the two destroyers fired 30 missiles each": a count of
// munitions that each of a counted set of aircraft or ships sent. Returns that set's count claim (one of this
// sentence's, before the number), or -1.
int distributiveSet(const Context& ctx, const scenario::Scenario& out, size_t numberTok, size_t head, size_t a,
                    size_t b) {
    const auto& T = ctx.toks;
    const bool eachBefore = numberTok >= a + 2 && T[numberTok - 1].lx.trigger != lex::Trigger::None &&
                            T[numberTok - 2].is("each");
    const bool eachAfter = head + 1 < b && head != numberTok && T[head + 1].is("each");
    if (!eachBefore && !eachAfter) return -1;
    // The set is the subject: a count right before "each" (or before the verb), with nothing between but its noun
    // phrase ("Two Air Force F-117A Nighthawk stealth fighters"; "fighters" is no aircraft word on its own).
    const size_t verb = eachBefore ? numberTok - 2 : numberTok - 1;
    for (size_t c = ctx.claimInfo.size(); c-- > 0;) {
        if (out.claims[c].sentence != T[numberTok].sentence) break;
        const auto& info = ctx.claimInfo[c];
        const auto u = info.unit;
        if (info.numberTok >= verb || verb - info.numberTok > 10 || info.implicit || out.claims[c].op != "=" ||
            u == lex::UnitClass::Munition || u == lex::UnitClass::Casualty || u == lex::UnitClass::Time ||
            u == lex::UnitClass::Distance)
            return -1;
        for (size_t q = info.numberTok + 1; q < verb; ++q)
            if (!T[q].word || T[q].lx.trigger != lex::Trigger::None || T[q].number) return -1;
        return static_cast<int>(c);
    }
    return -1;
}

// The munitions of all of a counted set that each sent some: "Two fighters each dropped two bombs" is four bombs,
// the claim's text running from the set's count.
void multiplyBySet(const Context& ctx, const scenario::Scenario& out, scenario::Claim& c, size_t numberTok,
                   size_t head, size_t a, size_t b) {
    const int set = distributiveSet(ctx, out, numberTok, head, a, b);
    if (set < 0) return;
    c.value *= out.claims[static_cast<size_t>(set)].value;
    c.start = out.claims[static_cast<size_t>(set)].start;
    c.text = std::string(ctx.doc.slice(c.start, c.end));
}

void findClaims(Context& ctx, scenario::Scenario& out) {
    const auto& doc = ctx.doc;
    const auto& T = ctx.toks;
    for (const auto& n : allNumbers(ctx)) {
        if (n.sentence < 0 || n.sentence >= static_cast<int>(doc.sentences.size()) || ctx.skipSentence[n.sentence])
            continue;
        bool inTime = false;
        for (const auto& t : doc.times)
            if (t.sentence == n.sentence && n.start >= t.start && n.start < t.end) inTime = true;
        if (inTime) continue;
        const auto [a, b] = ctx.sentenceTokens(n.sentence);
        // The number's first token, then past the number words to the unit noun.
        size_t k = a;
        const size_t valueStart = n.valueEnd > n.valueStart ? n.valueStart : n.start;
        while (k < b && T[k].end <= valueStart) ++k;
        if (k >= b) continue;
        const size_t numberTok = k;
        if (n.valueEnd > n.valueStart) {
            while (k < b && T[k].start < n.valueEnd) ++k;
        } else {
            while (k < b && (T[k].number || isNumberWord(T[k].lower) || T[k].is(",")) && T[k].start < n.end &&
                   T[k].lx.unit == lex::UnitClass::None)
                ++k;
        }
        // "two 30,000 GBU-57 bombs": a number right after the count is a measure with its unit left out, not a count.
        if (numberTok > a && (T[numberTok - 1].number || isNumberValue(T[numberTok - 1].lower))) continue;
        // "The 107mm Katyusha rockets", "155 mm shells": a calibre, not how many.
        if (numberTok + 1 < b && T[numberTok].number &&
            (T[numberTok + 1].lower == "mm" || T[numberTok + 1].lower == "millimeter" ||
             T[numberTok + 1].lower == "millimetre" || T[numberTok + 1].lower == "-mm" ||
             T[numberTok + 1].lower == "caliber" || T[numberTok + 1].lower == "calibre"))
            continue;
        auto [head, unit, partOfSet] = countedNoun(ctx, n.sentence, numberTok, k, a, b);
        if (unit == lex::UnitClass::Time) continue;
        const bool bareCount = countsNoNounAfter(T, numberTok, k, b, head, unit);
        const bool hitVerb = bareCount && (T[k].is("hit") || T[k].is("struck"));
        std::string unitText = head != numberTok ? lex::singular(T[head].lower) : std::string{};
        if (unit == lex::UnitClass::None && !n.unit.empty() && !bareCount) {
            unit = lex::unitClass(n.unit);
            if (unit == lex::UnitClass::Time) continue;
            unitText = n.unit;
        }
        if (isImplicitSingle(ctx, numberTok) && unit != lex::UnitClass::Munition && unit != lex::UnitClass::Strike &&
            unit != lex::UnitClass::Aircraft)
            continue;
        // Years and other bare numbers that are not counts.
        if (unit == lex::UnitClass::None && n.value >= 1900 && n.value <= 2100 && std::floor(n.value) == n.value)
            continue;
        int anaphor = -1;
        size_t elidedHead = SIZE_MAX; // the munition noun a bare count leaves out
        // "73 strikes had killed five of the group's fighters and wounded six": people hurt, not more strikes.
        if (unit == lex::UnitClass::None && unitText.empty() && countsCasualties(T, numberTok, a, b)) {
            unit = lex::UnitClass::Casualty;
            unitText = "people";
        }
        if (unit == lex::UnitClass::None && unitText.empty()) {
            // Elliptical: "18 strikes against the group in Iraq and two in Syria".
            for (size_t c = ctx.claimInfo.size(); c-- > 0;) {
                if (out.claims[c].sentence != n.sentence || ctx.claimInfo[c].implicit) break;
                unit = ctx.claimInfo[c].unit;
                unitText = out.claims[c].unit;
                // "Eleven hit Al Asad and one hit Irbil": one of the same munitions, left out.
                if (unit == lex::UnitClass::Munition) elidedHead = ctx.claimInfo[c].headTok;
                break;
            }
            if (unit == lex::UnitClass::None && unitText.empty() && !n.vague && n.value < 1900) {
                if (const size_t h = ellipticalMunition(ctx, n.sentence, numberTok, k, a, b); h != SIZE_MAX) {
                    unit = lex::UnitClass::Munition;
                    unitText = lex::singular(T[h].lower);
                    elidedHead = h;
                }
            }
            if (unit == lex::UnitClass::None && unitText.empty()) {
                // A bare number with no noun: still a claim, but only if it is not a time of day or a list index,
                // nor "one" that counts nothing told ("One was a woman").
                if ((n.value >= 1900 && n.value <= 2100) || T[numberTok].is("one")) continue;
            }
        }

        // "and the other three fell into the Persian Gulf": the noun of the rest was told before the count.
        if (unit == lex::UnitClass::Munition && elidedHead == SIZE_MAX && head < numberTok) elidedHead = head;
        scenario::Claim c;
        c.id = "c" + std::to_string(out.claims.size() + 1);
        c.value = n.value;
        c.op = n.op.empty() ? "=" : n.op;
        c.unit = unitText;
        c.sentence = n.sentence;
        c.start = n.start;
        c.end = hitVerb ? T[k - 1].end : std::max(n.end, head != numberTok ? T[head].end : n.end);
        if (unit == lex::UnitClass::Munition && head != numberTok) c.end = std::max(c.end, coordinatedMunitionsEnd(T, head, b));
        c.text = std::string(doc.slice(c.start, c.end));
        c.quantity = quantityOf(unit);
        if (unit == lex::UnitClass::Munition) {
            const auto v = munitionVerb(ctx, numberTok, elidedHead != SIZE_MAX ? elidedHead : head, a, b, partOfSet);
            c.quantity = v.empty() ? "munitions" : v;
        }
        if (unit == lex::UnitClass::None && !unitText.empty()) c.quantity = unitText;

        ClaimInfo info;
        info.numberTok = numberTok;
        info.headTok = head;
        info.unit = unit;
        info.implicit = isImplicitSingle(ctx, numberTok);
        // "More than a dozen rockets", "about a dozen interceptors": a hedge, not twelve.
        info.vague = n.vague || (c.op != "=" && asciiLower(c.text).find("dozen") != std::string::npos);
        info.partOfSet = partOfSet;
        info.elided = elidedHead != SIZE_MAX;
        info.elidedHead = elidedHead;
        // "fired at least 10 other rockets": others than the one told, not "the other nine" of them.
        const bool otherThanTold = k < b && T[k].is("other") && !(numberTok > a && T[numberTok - 1].is("the"));
        info.additional = (k < b && T[k].is("more") && !(k + 1 < b && T[k + 1].is("than"))) ||
                          (numberTok > a && T[numberTok - 1].is("another")) || otherThanTold;

        if (unit == lex::UnitClass::Munition) multiplyBySet(ctx, out, c, numberTok, head, a, b);
        attributeClaim(ctx, n, c, info);
        // "the two strikes": a definite repeat of an earlier count takes its speaker.
        if (numberTok > a && T[numberTok - 1].is("the")) anaphor = repeatedClaim(ctx, out, n, c, info);
        info.anaphorOf = anaphor;
        if (!info.verbStance) c.stance = "reported"; // settled against the event's actor later
        out.claims.push_back(std::move(c));
        ctx.claimInfo.push_back(std::move(info));
    }
}

} // namespace salvo::extract::detail
