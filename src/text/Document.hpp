#pragma once
// Document: an article turned into sentences, tokens, numbers, times and attributions, every item carrying byte
// offsets into `text` (the validated, normalised article). Knows nothing of places: that is extract's job.
//   auto r = salvo::text::parseDocument(bytes);          // Result<Document>; invalid UTF-8 names the byte offset
//   for (const auto& s : r->sentences) ...
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
};

// A time expression resolved against the dateline.
struct TimeExpr {
    size_t start = 0, end = 0;
    TimeInterval interval;      // UTC
    std::string text;
    std::string zone;           // IANA zone or abbreviation used, empty when none
    int sentence = -1;
    bool relative = false;      // "on Wednesday", "overnight", "last week" (resolved from the dateline)
};

// Who said a stretch of text: "X said", "X told reporters", "according to X", "X confirmed to VOA",
// "quoted X as saying". The speaker span is the noun phrase naming the source.
struct Attribution {
    size_t speakerStart = 0, speakerEnd = 0; // the speaker noun phrase
    std::string speaker;        // its text
    std::string verb;           // said | told | confirmed | according to | quoted | denied | ...
    size_t clauseStart = 0, clauseEnd = 0;   // the text the attribution covers (may span sentences for quotes)
    int sentence = -1;          // sentence of the speech verb
    bool viaIntermediary = false; // "Interfax quoted the ministry as saying": speaker is the ministry, via Interfax
    std::string intermediary;
};

struct Document {
    std::string text;           // validated UTF-8, quotes and dashes normalised to ASCII, boilerplate kept in place
    std::string headline;
    std::string byline;         // "VOA News"
    std::optional<UtcTime> dateline; // publication date (00:00 UTC of that day) when found
    std::vector<std::pair<size_t, size_t>> boilerplate; // spans set aside (banners, "Join the mailing list")
    std::vector<std::pair<size_t, size_t>> headings;    // section headings
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

} // namespace salvo::text
