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
std::string munitionVerb(const Context& ctx, size_t numberTok, size_t headTok, size_t a, size_t b) {
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
    std::string first;
    bool firstIsReduced = false;
    for (size_t k = headTok + 1; k < b && k < headTok + 14; ++k) {
        const auto w = T[k].lower;
        if (w == "," || w == ";" || w == "." || T[k].number) break;
        if (w == "shot" && k + 1 < b && T[k + 1].lower == "down") return "intercepted";
        const auto v = classify(w);
        if (v.empty()) continue;
        if (first.empty()) {
            first = v;
            const auto n = k + 1 < b ? T[k + 1].lower : std::string_view{};
            firstIsReduced = (n == "from" || n == "by") && !(k > 0 && (T[k - 1].lower == "were" ||
                                                                        T[k - 1].lower == "was" ||
                                                                        T[k - 1].lower == "been"));
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
        if (k + 1 < b && w == "shot" && T[k + 1].lower == "down") return "intercepted";
        const auto v = classify(w);
        if (!v.empty()) return v;
    }
    return {};
}

} // namespace

void findClaims(Context& ctx, scenario::Scenario& out) {
    const auto& doc = ctx.doc;
    const auto& T = ctx.toks;
    for (const auto& n : doc.numbers) {
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
            while (k < b && (T[k].number || isNumberWord(T[k].lower) || T[k].lower == ",") && T[k].start < n.end &&
                   T[k].lx.unit == lex::UnitClass::None)
                ++k;
        }
        size_t head = numberTok;
        lex::UnitClass unit = lex::UnitClass::None;
        for (size_t q = k; q < b && q < k + 5; ++q) {
            const Tok& t = T[q];
            if (!t.word && t.text != "-") break;
            const auto u = t.lx.unit;
            if (u != lex::UnitClass::None) {
                // "59 Tomahawk cruise missiles": the head is the last noun of the run.
                while (u == lex::UnitClass::Munition && q + 1 < b &&
                       (T[q + 1].lx.munitionHead() || T[q + 1].lx.munitionModifier()))
                    ++q;
                while (q > k && !T[q].lx.munitionHead() && T[q].lx.unit == lex::UnitClass::None)
                    --q;
                head = q;
                unit = T[q].lx.unit != lex::UnitClass::None ? T[q].lx.unit : u;
                break;
            }
            if (t.cap || t.lx.munitionModifier() || t.lower.find('-') != std::string_view::npos ||
                ctx.demonymOf(q) || t.lower == "oil" || t.lower == "military" || t.lower == "air" ||
                t.lower == "naval" || t.lower == "enemy" || t.lower == "rebel" || t.lower == "terrorist" ||
                t.lower == "civilian" || t.lower == "government" || t.lower == "new" || t.lower == "more" ||
                t.lower == "additional" || t.lower == "separate" || t.lower == "different")
                continue;
            break;
        }
        if (unit == lex::UnitClass::Time) continue;
        std::string unitText = head != numberTok ? lex::singular(T[head].lower) : std::string{};
        if (unit == lex::UnitClass::None && !n.unit.empty()) {
            unit = lex::unitClass(n.unit);
            if (unit == lex::UnitClass::Time) continue;
            unitText = n.unit;
        }
        // Years and other bare numbers that are not counts.
        if (unit == lex::UnitClass::None && n.value >= 1900 && n.value <= 2100 && std::floor(n.value) == n.value)
            continue;
        int anaphor = -1;
        if (unit == lex::UnitClass::None && unitText.empty()) {
            // Elliptical: "18 strikes against the group in Iraq and two in Syria".
            for (size_t c = ctx.claimInfo.size(); c-- > 0;) {
                if (out.claims[c].sentence != n.sentence) break;
                unit = ctx.claimInfo[c].unit;
                unitText = out.claims[c].unit;
                break;
            }
            if (unit == lex::UnitClass::None && unitText.empty()) {
                // A bare number with no noun: still a claim, but only if it is not a time of day or a list index.
                if (n.value >= 1900 && n.value <= 2100) continue;
            }
        }

        scenario::Claim c;
        c.id = "c" + std::to_string(out.claims.size() + 1);
        c.value = n.value;
        c.op = n.op.empty() ? "=" : n.op;
        c.unit = unitText;
        c.sentence = n.sentence;
        c.start = n.start;
        c.end = std::max(n.end, head != numberTok ? T[head].end : n.end);
        c.text = std::string(doc.slice(c.start, c.end));
        c.quantity = quantityOf(unit);
        if (unit == lex::UnitClass::Munition) {
            const auto v = munitionVerb(ctx, numberTok, head, a, b);
            c.quantity = v.empty() ? "munitions" : v;
        }
        if (unit == lex::UnitClass::None && !unitText.empty()) c.quantity = unitText;

        ClaimInfo info;
        info.numberTok = numberTok;
        info.headTok = head;
        info.unit = unit;

        const text::Attribution* at = doc.attributionAt(n.start);
        if (!at)
            for (const auto& x : doc.attributions)
                if (x.sentence == n.sentence && !x.speaker.empty()) { at = &x; break; }
        if (at && !at->speaker.empty()) {
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
        // "the two strikes": a definite repeat of an earlier count takes its speaker.
        if (numberTok > a && T[numberTok - 1].lower == "the") {
            for (size_t p = out.claims.size(); p-- > 0;) {
                if (out.claims[p].sentence < n.sentence - 3) break;
                if (out.claims[p].value == c.value &&
                    (ctx.claimInfo[p].unit == unit || out.claims[p].unit == c.unit)) {
                    anaphor = static_cast<int>(p);
                    if (c.speaker.empty()) {
                        c.speaker = out.claims[p].speaker;
                        info.speakerCountry = ctx.claimInfo[p].speakerCountry;
                    }
                    break;
                }
            }
        }
        info.anaphorOf = anaphor;
        if (!info.verbStance) c.stance = "reported"; // settled against the event's actor later
        out.claims.push_back(std::move(c));
        ctx.claimInfo.push_back(std::move(info));
    }
}

} // namespace salvo::extract::detail
