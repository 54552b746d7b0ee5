#pragma once
// Lexicon: the closed-class English words the text scanners reason with (months, weekdays, number words, hedges,
// prepositions, speech verbs ...), looked up once per token through one hash table, and the per-document scratch the
// scanners share (a lower-cased copy of the text and one flag word per token), so no scanner lowercases or allocates
// per token. Internal to the text module.
#include "text/Document.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace salvo::text::detail {

enum LexFlag : uint32_t {
    kMonth = 1u << 0,        // value 1..12 ("jan", "jan.", "sept", "october")
    kWeekday = 1u << 1,      // value 0..6, Monday = 0
    kNumberWord = 1u << 2,   // value ("four" 4, "twenty" 20, "dozen" 12)
    kMultiplier = 1u << 3,   // hundred, thousand, million, billion (value)
    kPreposition = 1u << 4,
    kConjunction = 1u << 5,  // and, but, or, that, which, who, while ...
    kAux = 1u << 6,          // had, has, have, was, also, later ... (may sit between subject and speech verb)
    kVerbLike = 1u << 7,     // finite verbs that end a noun phrase (is, are, were, will ...)
    kSpeechVerb = 1u << 8,   // said, told, confirmed ... (value: index into speechVerbLemma)
    kDeterminer = 1u << 9,   // the, a, an, this, its ...
    kTimeWord = 1u << 10,    // today, yesterday, overnight, tonight, ago, earlier ... (never a unit head)
    kTitleAbbrev = 1u << 11, // "gen", "lt", "mr" ...: keeps its period and never ends a sentence
    kEndAbbrev = 1u << 12,   // "etc", "jan", "a.m." ...: keeps its period, may end a sentence
    kPronoun = 1u << 13,     // he, she, they, it, we ... (he/she value 1)
    kSentenceStarter = 1u << 14, // words that begin a sentence after an abbreviation ("The", "He", "But")
    kRoleNoun = 1u << 15,    // official, spokesman, minister, secretary ...: marks a person-like speaker
    kVagueQuantity = 1u << 16, // dozens, hundreds, thousands, millions (value: lower bound)
    kUnitOfMeasure = 1u << 17, // kilometers, miles ... (the canonical unit comes from unitName())
    kPossessivePronoun = 1u << 18,
    kTimeOpener = 1u << 19,  // words a time phrase may open with besides months, weekdays and time words ("the",
                             // "last", "since", "noon" ...): Times.cpp tests this flag before the words themselves
};

struct LexEntry {
    uint32_t flags = 0;
    double value = 0;
};

// The entry for a lower-case word (nullptr when unknown). Thread-safe, built on first use.
const LexEntry* lookup(std::string_view lowerWord);
inline uint32_t flagsOf(std::string_view lowerWord) {
    const LexEntry* e = lookup(lowerWord);
    return e ? e->flags : 0;
}
// "said" for said/says/say, "told" for told/tells, "according to" for according ...
std::string_view speechVerbLemma(int index);
// Canonical unit for a unit-of-measure word ("kilometers" -> "km"), else empty.
std::string_view unitName(std::string_view lowerWord);
// Lower-case singular of a plural noun ("missiles" -> "missile", "casualties" -> "casualty", "troops" -> "troop").
std::string singularNoun(std::string_view lowerWord);

inline bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAsciiAlpha(char c) { return isAsciiUpper(c) || isAsciiLower(c); }
// Letters of any script count as word characters (every byte >= 0x80 after normalisation belongs to one).
inline bool isWordByte(char c) { return isAsciiAlpha(c) || isAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80; }

// Per-document scratch shared by the scanners.
struct Scratch {
    std::string lower;               // ASCII-lower-cased copy of Document::text (same offsets)
    std::vector<const LexEntry*> lex; // per token, the lexicon entry of its lower-case text (with a trailing '.' of an
                                      // abbreviation also tried without it), or nullptr
    std::vector<bool> inQuote;       // per token: inside a direct quote span
    struct Quote { size_t open = 0, close = 0; size_t openToken = 0, closeToken = 0; }; // token indices of the marks
    std::vector<Quote> quotes;
};

// [SECTION] Stages, in the order parseDocument runs them.
std::string normalise(std::string_view bytes);
// Appends the tokens of text[begin, end) to out.
void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out);
struct Block {
    size_t start = 0, end = 0; // a run of body lines (one paragraph)
    int heading = -1;          // index into Document::headings of the heading above it
};
std::vector<Block> layout(Document& doc, const Scratch& s, bool datelineFixed);
void splitSentences(Document& doc, const std::vector<Block>& blocks, Scratch& s);
void findQuotes(const Document& doc, Scratch& s);
void findNumbers(Document& doc, const Scratch& s);
void findTimes(Document& doc, const Scratch& s);
void findAttributions(Document& doc, const Scratch& s);

// A calendar date written over tokens [i, end) of `toks` (in `text`): "October 8, 2015", "Oct. 8", "8 October 2015",
// "2015-10-08". year is 0 when not written; day 0 when only "October 2015". `next` is the token after the date.
struct DateParts {
    int year = 0, month = 0, day = 0;
    int lastDay = 0; // of a range of days, "March 9-10", "22-23 May"; 0 for one day
    size_t next = 0;
};
std::optional<DateParts> parseDate(std::string_view text, std::string_view lower, const std::vector<Token>& toks,
                                   size_t i, size_t end);
// The year a word of four digits names when a news text may date by it (1900..2100), else 0.
int writtenYear(std::string_view w);

} // namespace salvo::text::detail
