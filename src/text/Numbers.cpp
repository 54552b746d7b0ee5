// Number expressions: a value (digits, number words, "a dozen", "1.5 million", "dozens"), an optional hedge before it
// ("more than", "at least", "nearly") and the head noun after it as the unit.
// Not counts, and skipped: years ("in 2015"), days of month ("April 7", "8 October"), clock times ("8:40", "0340 GMT",
// "8 p.m."), ordinals ("first", "7th"), ranges and ISO dates ("2015-10-08"), numbers in names ("Resolution 2254",
// "Su-24", "F-16"), "one" used as a pronoun ("one of our drones", "the one that") and vague "a few"/"several".
// The unit: the first plural noun among the next few words, skipping modifiers, capitalised ones included ("11
// Islamic State targets" -> target); for a singular ("one missile") the last noun before a verb or preposition.
#include "text/Lexicon.hpp"

#include <charconv>

namespace salvo::text::detail {

namespace {

struct Ctx {
    const Document& doc;
    const Scratch& s;
    std::string_view text, lower;
    std::string_view w(size_t k) const { return text.substr(doc.tokens[k].start, doc.tokens[k].end - doc.tokens[k].start); }
    std::string_view lw(size_t k) const {
        return lower.substr(doc.tokens[k].start, doc.tokens[k].end - doc.tokens[k].start);
    }
    uint32_t f(size_t k) const { return s.lex[k] ? s.lex[k]->flags : 0; }
    double v(size_t k) const { return s.lex[k] ? s.lex[k]->value : 0; }
    const Token& t(size_t k) const { return doc.tokens[k]; }
};

std::optional<double> parseDigits(std::string_view w) {
    std::string clean;
    clean.reserve(w.size());
    for (char c : w) {
        if (c == ',') continue;
        if (c == ':' || c == '-') return std::nullopt;
        clean.push_back(c);
    }
    double v = 0;
    auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
    if (ec != std::errc() || p != clean.data() + clean.size()) return std::nullopt;
    return v;
}

bool isClockWord(std::string_view lw) {
    return lw == "a.m." || lw == "p.m." || lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m" || lw == "gmt" ||
           lw == "utc" || lw == "hours" || lw == "hrs" || lw == "local" || lw == "z" || lw == "o'clock";
}

// A word that makes the number after it a reference, not a count: "No. 275", "Number 20170111", "#4", "tel 555".
bool isReferenceWord(std::string_view lw, std::string_view w) {
    return w == "#" || lw == "no." || lw == "nos." || lw == "nr." || lw == "number" || lw == "tel" || lw == "tel." ||
           lw == "phone" || lw == "fax" || lw == "ext." || lw == "ext" || lw == "ref." || lw == "release" ||
           lw == "+";
}

// A part of a telephone number: "(703) 697-5131", "+1 703 697 5131": a number in brackets before a hyphenated
// number, or a run of numbers after a '+'.
bool isPhonePart(const Ctx& c, size_t first, size_t last, size_t k) {
    const bool bracketed = k > first && c.w(k - 1) == "(" && k + 2 < last && c.w(k + 1) == ")" &&
                           c.t(k + 2).kind == TokenKind::Number && c.w(k + 2).find('-') != std::string_view::npos;
    if (bracketed) return true;
    size_t j = k;
    while (j > first && (c.t(j - 1).kind == TokenKind::Number || c.w(j - 1) == "(" || c.w(j - 1) == ")")) --j;
    return j > first && c.w(j - 1) == "+" && c.t(j - 1).end == c.t(j).start;
}

// A plural-looking noun: "missiles", "troops", "casualties"; also the invariant plurals.
bool looksPlural(std::string_view lw) {
    if (lw == "people" || lw == "aircraft" || lw == "personnel" || lw == "men" || lw == "women" || lw == "children" ||
        lw == "police" || lw == "feet")
        return true;
    return lw.size() > 3 && lw.back() == 's' && !lw.ends_with("ss") && !lw.ends_with("us") && !lw.ends_with("'s") &&
           !lw.ends_with("is");
}

bool isNumeral(const Ctx& c, size_t k) { return c.t(k).kind == TokenKind::Number || (c.f(k) & kNumberWord); }

// Token k opens a range "k or|to end" of two numerals written the same way ("one or two", "20 to 30").
bool isRangeStart(const Ctx& c, size_t k, size_t end) {
    return isNumeral(c, k) && isNumeral(c, end) && c.t(k).kind == c.t(end).kind &&
           (c.lw(k + 1) == "or" || c.lw(k + 1) == "to") && k + 2 == end;
}

// The hedge ending right before token k (exclusive): sets op and returns its first token, or k when none.
size_t findHedge(const Ctx& c, size_t first, size_t k, std::string& op) {
    const auto is = [&](size_t back, std::string_view word) { return k >= first + back && c.lw(k - back) == word; };
    // "one or two strikes", "20 to 30 missiles": a range is at most its upper end (the lower one is skipped below).
    if ((is(1, "or") || is(1, "to")) && k >= first + 2 && isRangeStart(c, k - 2, k)) { op = "<="; return k - 2; }
    if (is(3, "no") && is(2, "more") && is(1, "than")) { op = "<="; return k - 3; }
    if (is(3, "as") && is(2, "many") && is(1, "as")) { op = "<="; return k - 3; }
    if (is(3, "as") && is(2, "much") && is(1, "as")) { op = "<="; return k - 3; }
    if (is(2, "more") && is(1, "than")) { op = ">"; return is(3, "just") ? k - 3 : k - 2; }
    if (is(2, "at") && is(1, "least")) { op = ">="; return k - 2; }
    if (is(2, "at") && is(1, "most")) { op = "<="; return k - 2; }
    if (is(2, "up") && is(1, "to")) { op = "<="; return k - 2; }
    if (is(2, "fewer") && is(1, "than")) { op = "<"; return k - 2; }
    if (is(2, "less") && is(1, "than")) { op = "<"; return k - 2; }
    if (is(2, "upwards") && is(1, "of")) { op = ">="; return k - 2; }
    if (is(2, "close") && is(1, "to")) { op = "~"; return k - 2; }
    if (is(2, "an") && is(1, "estimated")) { op = "~"; return k - 2; }
    if (is(1, "over")) { op = ">"; return is(2, "just") ? k - 2 : k - 1; }
    if (is(1, "under")) { op = "<"; return is(2, "just") ? k - 2 : k - 1; }
    for (auto h : {"nearly", "almost", "about", "around", "some", "roughly", "approximately", "approx.", "estimated",
                   "circa", "perhaps"}) {
        if (is(1, h)) { op = "~"; return k - 1; }
    }
    return k;
}

// Digits at token k, unless they are a day of month, a clock time, a reference, part of a phone number, a year or part
// of a name.
std::optional<double> digitValue(const Ctx& c, size_t first, size_t last, size_t k) {
    auto v = parseDigits(c.w(k));
    if (!v) return std::nullopt;
    const double value = *v;
    const std::string_view w = c.w(k);
    const bool prevMonth = k > first && (c.f(k - 1) & kMonth) && c.t(k - 1).capitalized;
    const bool nextMonth = k + 1 < last && (c.f(k + 1) & kMonth) && c.t(k + 1).capitalized;
    if (prevMonth || nextMonth) return std::nullopt; // a day of month or a year after a month
    if (k + 1 < last && isClockWord(c.lw(k + 1))) return std::nullopt;
    if (k + 1 < last && c.w(k + 1) == "(" && k + 2 < last && isClockWord(c.lw(k + 2))) return std::nullopt;
    if (k > first && isReferenceWord(c.lw(k - 1), c.w(k - 1))) return std::nullopt; // "No. 5", "Release 17"
    if (isPhonePart(c, first, last, k)) return std::nullopt;
    const bool integer4 = w.size() == 4 && w.find_first_of(".,") == std::string_view::npos;
    if (integer4 && value >= 1900 && value <= 2100) {
        const bool prevPrep = k > first && (c.f(k - 1) & (kPreposition | kDeterminer));
        const bool nextPlural = k + 1 < last && c.t(k + 1).kind == TokenKind::Word &&
                                !c.t(k + 1).capitalized && looksPlural(c.lw(k + 1));
        if (prevPrep || !nextPlural) return std::nullopt; // a year
    }
    // A number inside a name: "Resolution 2254", "Flight 17". A closed-class word before it is no name; that a word
    // may open a time phrase ("Late", "Next") does not make it one.
    if (k > first && c.t(k - 1).kind == TokenKind::Word && c.t(k - 1).capitalized &&
        !c.t(k - 1).sentenceInitial && !(c.f(k - 1) & ~kTimeOpener) && !c.lw(k - 1).ends_with("'s") &&
        !(k + 1 < last && c.t(k + 1).kind == TokenKind::Word && !c.t(k + 1).capitalized))
        return std::nullopt;
    return value;
}

// A number word at token k, hyphenated ones included ("twenty-six"), unless it is part of a name or "one" used as a
// pronoun.
std::optional<double> wordValue(const Ctx& c, size_t first, size_t last, size_t k) {
    const Token& t = c.t(k);
    const std::string_view lw = c.lw(k);
    double value = 0;
    if (c.f(k) & kNumberWord) {
        value = c.v(k);
    } else if (const size_t h = lw.find('-'); h != std::string_view::npos) {
        const LexEntry* a = lookup(lw.substr(0, h));
        const LexEntry* b = lookup(lw.substr(h + 1));
        if (!a || !b || !(a->flags & kNumberWord) || !(b->flags & kNumberWord) || a->value < 20 || b->value >= 10)
            return std::nullopt;
        value = a->value + b->value;
    } else {
        return std::nullopt;
    }
    // Capitalised mid-sentence number words are names ("Four Seasons", "Two Sigma").
    if (t.capitalized && !t.sentenceInitial) return std::nullopt;
    if (lw == "one") {
        if (k + 1 < last && (c.lw(k + 1) == "of" || c.lw(k + 1) == "another" || c.lw(k + 1) == "by"))
            return std::nullopt;
        if (k > first && (c.f(k - 1) & kDeterminer)) return std::nullopt; // "the one", "no one", "any one"
    }
    return value;
}

// Can token k start a value at all? What readValue accepts, tested first: a number, a number or vague-quantity word,
// "a"/"an" ("a dozen"), a hyphenated word of at least nine bytes (the shortest tens-and-unit word is "forty-one").
// Nine tokens in ten are none, and are passed over without building a ValueRead.
bool mayStartValue(const Ctx& c, size_t k) {
    const Token& t = c.t(k);
    if (t.kind == TokenKind::Number) return true;
    if (t.kind != TokenKind::Word) return false;
    const std::string_view lw = c.lw(k);
    return (c.f(k) & (kNumberWord | kVagueQuantity)) || lw == "a" || lw == "an" ||
           (lw.size() >= 9 && lw.find('-') != std::string_view::npos);
}

// The value starting at token k.
struct ValueRead {
    double value = 0;
    size_t vEnd = 0;     // one past the value tokens
    bool vague = false;  // "dozens", "hundreds": a lower bound
    std::string op = "=";
};

// The value starting at token k with its multipliers ("1.5 million", "two dozen"); nullopt when k starts none.
std::optional<ValueRead> readValue(const Ctx& c, size_t first, size_t last, size_t k) {
    const Token& t = c.t(k);
    ValueRead r;
    r.vEnd = k + 1;
    const uint32_t fk = c.f(k);
    if (k + 2 < last && isRangeStart(c, k, k + 2)) return std::nullopt; // read with the range's upper end
    if (t.kind == TokenKind::Number) {
        const auto v = digitValue(c, first, last, k);
        if (!v) return std::nullopt;
        r.value = *v;
    } else if (t.kind == TokenKind::Word && (fk & kVagueQuantity)) {
        r.value = c.v(k);
        r.vague = true;
        r.op = ">=";
    } else if (t.kind == TokenKind::Word && (c.lw(k) == "a" || c.lw(k) == "an") && k + 1 < last &&
               (c.f(k + 1) & (kNumberWord | kMultiplier)) && c.v(k + 1) >= 12) {
        r.value = c.v(k + 1); // "a dozen", "a hundred", "a thousand"
        r.vEnd = k + 2;
        if (k > first && c.lw(k - 1) == "half") { r.value /= 2; }
    } else if (t.kind == TokenKind::Word) {
        const auto v = wordValue(c, first, last, k);
        if (!v) return std::nullopt;
        r.value = *v;
        // "several dozen", "a few hundred": a multiple told only roughly is a lower bound, not the number.
        const auto w = c.lw(k);
        if (k > first && (w == "dozen" || w == "hundred" || w == "thousand") &&
            (c.lw(k - 1) == "several" || c.lw(k - 1) == "few" || c.lw(k - 1) == "many" || c.lw(k - 1) == "some")) {
            r.vague = true;
            r.op = ">=";
        }
    } else {
        return std::nullopt;
    }
    // Multipliers and "dozen" after the value: "1.5 million", "two hundred", "two dozen".
    while (r.vEnd < last && (c.f(r.vEnd) & (kMultiplier | kNumberWord)) && !r.vague) {
        const double m = c.v(r.vEnd);
        if (c.f(r.vEnd) & kMultiplier) r.value *= m;
        else if (c.lw(r.vEnd) == "dozen") r.value *= 12;
        else if (r.value >= 100 && m < 100) r.value += m; // "two hundred fifty"
        else break;
        ++r.vEnd;
    }
    return r;
}

// The unit after a value: its first token, its head noun (SIZE_MAX when none) and the head's singular.
struct UnitRead {
    size_t unitFirst = 0;
    size_t head = SIZE_MAX;
    std::string unit;
};

// Unit: the head noun of the words after the value (which ends before token vEnd).
UnitRead readUnit(const Ctx& c, size_t last, const ValueRead& val) {
    const double value = val.value;
    size_t u = val.vEnd;
    if (u < last && val.vague && c.lw(u) == "of") ++u;
    // "24 other ships", "two more missiles", "three additional strikes": the unit comes after.
    if (u + 1 < last && (c.lw(u) == "other" || c.lw(u) == "more" || c.lw(u) == "additional" ||
                         c.lw(u) == "further") && c.t(u + 1).kind == TokenKind::Word)
        ++u;
    UnitRead r;
    r.unitFirst = u;
    size_t& head = r.head;
    if (u < last && c.w(u) == "%") {
        r.unit = "percent";
        head = u;
        return r;
    }
    size_t lastNoun = SIZE_MAX, lastCap = SIZE_MAX;
    for (size_t j = u; j < last && j < u + 5; ++j) {
        const Token& tj = c.t(j);
        if (tj.kind != TokenKind::Word) break;
        const uint32_t fj = c.f(j);
        if (fj & (kPreposition | kConjunction | kVerbLike | kAux | kTimeWord | kDeterminer | kWeekday |
                  kPronoun | kSpeechVerb | kNumberWord | kMultiplier))
            break;
        if ((fj & kMonth) && tj.capitalized) break;
        const std::string_view lj = c.lw(j);
        if (tj.capitalized) { lastCap = j; continue; } // a modifier: "Islamic State", "Tomahawk"
        if ((fj & kUnitOfMeasure) || looksPlural(lj)) {
            // "50 nautical miles": the unit runs to "miles".
            const bool nautical = lj == "nautical" && j + 1 < last && (c.lw(j + 1) == "miles" || c.lw(j + 1) == "mile");
            head = nautical ? j + 1 : j;
            break;
        }
        // "one strike killed two", "One focused on": a verb ends the phrase and is never its unit.
        const bool verbish = lj.size() > 4 && (lj.ends_with("ed") || lj.ends_with("ing")) &&
                             (j + 1 >= last || c.t(j + 1).kind != TokenKind::Word ||
                              (c.f(j + 1) & (kDeterminer | kPreposition | kNumberWord)));
        if (verbish) break;
        lastNoun = j;
    }
    if (head == SIZE_MAX && value <= 1 && lastNoun != SIZE_MAX) head = lastNoun;
    // Only capitalised words: a plural one ends the phrase ("two Syrians", "59 Tomahawks").
    if (head == SIZE_MAX && lastNoun == SIZE_MAX && lastCap != SIZE_MAX && looksPlural(c.lw(lastCap)) &&
        (lastCap + 1 >= last || c.t(lastCap + 1).kind != TokenKind::Word ||
         (c.f(lastCap + 1) & (kPreposition | kConjunction | kVerbLike))))
        head = lastCap;
    if (head != SIZE_MAX) {
        const std::string_view lh = c.lw(head);
        if ((lh == "miles" || lh == "mile") && head > u && c.lw(head - 1) == "nautical") r.unit = "nmi";
        else r.unit = singularNoun(lh);
    }
    return r;
}

// "one" alone is a pronoun, unless it opens a clause of "was" and a participle: "One was intercepted", "and one
// was shot down" count one of what the text told (the extractor decides what); "One was a fisherman" counts nothing.
bool oneCountsHere(const Ctx& c, size_t first, size_t last, size_t k) {
    const bool opensClause = k == first || c.lw(k - 1) == "," || c.lw(k - 1) == "and" || c.lw(k - 1) == "but";
    if (!opensClause || k + 2 >= last || c.lw(k + 1) != "was") return false;
    const std::string_view w = c.lw(k + 2);
    return (w.size() > 3 && w.ends_with("ed")) || w == "shot" || w == "hit" || w == "struck" || w == "brought" ||
           w == "taken" || w == "thrown";
}

} // namespace

void findNumbers(Document& doc, const Scratch& s) {
    const Ctx c{doc, s, doc.text, s.lower};
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
        const Sentence& sn = doc.sentences[si];
        const size_t first = sn.firstToken, last = sn.firstToken + sn.tokenCount;
        for (size_t k = first; k < last; ++k) {
            if (!mayStartValue(c, k)) continue;
            const Token& t = c.t(k);
            const auto val = readValue(c, first, last, k);
            if (!val) continue;
            const size_t vEnd = val->vEnd;
            std::string op = val->op;
            const size_t hedgeStart = findHedge(c, first, k, op);
            if (op == "=" && val->vague) op = ">=";
            UnitRead unit = readUnit(c, last, *val);
            const size_t head = unit.head;
            if (c.lw(k) == "one" && head == SIZE_MAX && !oneCountsHere(c, first, last, k)) continue;
            NumberExpr n;
            n.value = val->value;
            n.op = op;
            n.vague = val->vague;
            n.valueStart = t.start;
            n.valueEnd = c.t(vEnd - 1).end;
            n.start = c.t(hedgeStart).start;
            n.end = n.valueEnd;
            n.sentence = static_cast<int>(si);
            if (head != SIZE_MAX) {
                n.unit = std::move(unit.unit);
                n.unitStart = c.t(unit.unitFirst).start;
                n.unitEnd = c.t(head).end;
                n.end = n.unitEnd;
                if (head + 2 < last && c.lw(head + 1) == "or" && c.lw(head + 2) == "more" && op == "=") {
                    n.op = ">=";
                    n.end = c.t(head + 2).end;
                }
            }
            doc.numbers.push_back(std::move(n));
            k = std::max(k, (head != SIZE_MAX ? head : vEnd - 1));
        }
    }
}

} // namespace salvo::text::detail

namespace salvo::text {

double metresPerUnit(std::string_view unit) {
    if (unit == "km" || unit == "kms" || unit.starts_with("kilomet")) return 1000;
    if (unit == "nmi" || unit == "nm" || unit.starts_with("nautical")) return 1852;
    if (unit == "mile" || unit == "miles" || unit == "mi") return 1609.344;
    if (unit == "m" || unit == "meter" || unit == "meters" || unit == "metre" || unit == "metres") return 1;
    return 0;
}

} // namespace salvo::text
