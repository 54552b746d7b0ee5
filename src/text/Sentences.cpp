// Normalisation, tokens, sentences and quote spans.
// Edge cases: "U.S." is one token (an initialism keeps its dots) and ends a sentence only when a typical sentence
// starter follows ("... in the U.S. The ..."), never before "Defense"; titles ("Gen.", "Lt.", "No. 5") never end one;
// "1.5" and "40,000" are single numbers; "Russia's" and "al-Assad" single words, but "ministers'" leaves its
// apostrophe as punctuation; a closing quote glued to the final period belongs to the sentence it closes.
#include "core/Utf8.hpp"
#include "text/Lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace salvo::text::detail {

// [SECTION] Normalisation
namespace {
// Are the eight bytes at p all printable ASCII (0x20..0x7E)? Word-wide tests (each exact for "any byte"): a top bit
// set, a byte below 0x20, a byte equal to 0x7F. Lets normalise copy an article's plain runs without a test per byte.
bool plainAscii8(const char* p) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull;
    uint64_t x;
    std::memcpy(&x, p, 8);
    const uint64_t below20 = (x - 0x20 * kOnes) & ~x & kTop;
    const uint64_t del = ((x ^ 0x7F * kOnes) - kOnes) & ~(x ^ 0x7F * kOnes) & kTop;
    return ((x & kTop) | below20 | del) == 0;
}
} // namespace

std::string normalise(std::string_view in) {
    std::string out;
    out.reserve(in.size() + 16);
    size_t i = 0;
    const auto lastIsSpace = [&] { return out.empty() || out.back() == ' ' || out.back() == '\n'; };
    while (i < in.size()) {
        // Plain printable ASCII runs are copied in one go.
        size_t run = i;
        while (run < in.size()) {
            if (run + 8 <= in.size() && plainAscii8(in.data() + run)) { run += 8; continue; }
            const unsigned char b = static_cast<unsigned char>(in[run]);
            if (b >= 0x80 || (b < 0x20 && b != '\n') || b == 0x7F) break;
            ++run;
        }
        if (run > i) {
            out.append(in.substr(i, run - i));
            i = run;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            if (c == '\r') {
                out.push_back('\n');
                i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            out.push_back((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? ' ' : static_cast<char>(c));
            ++i;
            continue;
        }
        const size_t at = i;
        const char32_t cp = decodeUtf8(in, i);
        switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
            out.push_back('\'');
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            out.push_back('"');
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2212: case 0xFE63: case 0xFF0D:
            out.push_back('-');
            break;
        case 0x2013: case 0x2014: case 0x2015: {
            // A dash between digits is a range ("1990-95"); between words it separates clauses, so give it spaces.
            const bool digitBefore = !out.empty() && isAsciiDigit(out.back());
            const bool digitAfter = i < in.size() && isAsciiDigit(in[i]);
            if (digitBefore && digitAfter) { out.push_back('-'); break; }
            if (!lastIsSpace()) out.push_back(' ');
            out.push_back('-');
            if (i < in.size() && in[i] != ' ' && in[i] != '\n') out.push_back(' ');
            break;
        }
        case 0x2026: out.append("..."); break;
        case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
        case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
            out.push_back(' ');
            break;
        case 0x2028: case 0x2029: case 0x0085: out.push_back('\n'); break;
        case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD: break;
        default: out.append(in.substr(at, i - at)); break;
        }
    }
    return out;
}

// [SECTION] Tokens
namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Whether the word text[start, end) (no trailing period) keeps a following '.' as part of itself.
bool absorbsPeriod(std::string_view text, size_t start, size_t end) {
    const size_t n = end - start;
    if (n == 1 && isAsciiUpper(text[start])) return true; // an initial: "J. Smith"
    if (n > 8) return false;
    char buf[12];
    for (size_t k = 0; k < n; ++k) buf[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[start + k])));
    const std::string_view w(buf, n);
    const uint32_t f = flagsOf(w);
    if (w == "no" || w == "nos") { // "No. 5" but not "said no."
        size_t k = end + 1;
        while (k < text.size() && text[k] == ' ') ++k;
        return isAsciiUpper(text[start]) && k < text.size() && isAsciiDigit(text[k]);
    }
    if (f & kTitleAbbrev) return isAsciiUpper(text[start]) || w == "gen" || w == "lt";
    if (f & kEndAbbrev) return w != "may";
    return false;
}

size_t addressEnd(std::string_view text, size_t i, size_t end);

// The end of a URL starting at i ("https://...", "www.centcom.mil/..."), or i when none starts there. Closing
// punctuation at its end belongs to the sentence, not to the address.
size_t linkEnd(std::string_view text, size_t i, size_t end) {
    const auto startsWith = [&](std::string_view p) {
        if (end - i < p.size()) return false;
        for (size_t k = 0; k < p.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(text[i + k])) != p[k]) return false;
        return true;
    };
    if (!(startsWith("http://") || startsWith("https://") || startsWith("www."))) return i;
    return addressEnd(text, i, end);
}

// One past the last character of an address (URL or e-mail) running from i to the next space.
size_t addressEnd(std::string_view text, size_t i, size_t end) {
    size_t j = i;
    while (j < end && !isSpace(text[j])) ++j;
    while (j > i && std::strchr(".,;:!?)]}\"'", text[j - 1]) != nullptr) --j;
    return j;
}

} // namespace

void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out) {
    size_t i = begin;
    const auto at = [&](size_t k) { return k < end ? text[k] : '\0'; };
    while (i < end) {
        const char c = text[i];
        if (isSpace(c)) { ++i; continue; }
        Token t;
        t.start = i;
        if (isAsciiDigit(c)) {
            while (isAsciiDigit(at(i))) ++i;
            for (;;) {
                const char d = at(i);
                if (d == ',' && isAsciiDigit(at(i + 1)) && isAsciiDigit(at(i + 2)) && isAsciiDigit(at(i + 3)) &&
                    !isAsciiDigit(at(i + 4))) {
                    i += 4;
                } else if ((d == '.' || d == ':' || d == '-') && isAsciiDigit(at(i + 1))) {
                    i += 1;
                    while (isAsciiDigit(at(i))) ++i;
                } else {
                    break;
                }
            }
            t.kind = TokenKind::Number;
            // "1st", "22nd", "7th": ordinals are words. "12-year-old": a compound word. "30km": the unit stays apart.
            const auto lower2 = [&](size_t k) {
                return std::string{static_cast<char>(std::tolower(static_cast<unsigned char>(at(k)))),
                                   static_cast<char>(std::tolower(static_cast<unsigned char>(at(k + 1))))};
            };
            if (isAsciiAlpha(at(i)) && isAsciiAlpha(at(i + 1)) && !isWordByte(at(i + 2))) {
                const std::string suf = lower2(i);
                if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
                    i += 2;
                    t.kind = TokenKind::Word;
                }
            } else if (at(i) == '-' && isAsciiAlpha(at(i + 1))) {
                while (isWordByte(at(i)) || (at(i) == '-' && isWordByte(at(i + 1)))) ++i;
                t.kind = TokenKind::Word;
            }
        } else if (const size_t link = (c == 'h' || c == 'H' || c == 'w' || c == 'W') ? linkEnd(text, i, end) : i;
                   link > i) {
            i = link; // a URL: its dots, slashes and digits are neither sentence ends nor numbers
            t.kind = TokenKind::Symbol;
        } else if (isWordByte(c)) {
            size_t segStart = i;
            bool hasInnerDot = false;
            for (;;) {
                while (isWordByte(at(i))) ++i;
                const char d = at(i);
                if ((d == '\'' || d == '-') && isWordByte(at(i + 1))) {
                    i += 1;
                    segStart = i;
                    continue;
                }
                if (d == '.') {
                    const bool single = i - segStart == 1 && isAsciiAlpha(text[segStart]);
                    if (single && isAsciiAlpha(at(i + 1)) && (at(i + 2) == '.' || !isWordByte(at(i + 2)))) {
                        hasInnerDot = true; // U.S., a.m., D.C.
                        i += 1;
                        segStart = i;
                        continue;
                    }
                    if (hasInnerDot && single) {
                        // "U.S.-led": an initialism glued to a hyphenated word.
                        if (at(i + 1) == '-' && isWordByte(at(i + 2))) { i += 2; segStart = i; continue; }
                        i += 1; // the final dot of "U.S."
                        break;
                    }
                    if (!hasInnerDot && absorbsPeriod(text, t.start, i)) { i += 1; break; }
                }
                break;
            }
            t.kind = TokenKind::Word;
            if (at(i) == '@' && isWordByte(at(i + 1))) { // an e-mail address
                i = addressEnd(text, i, end);
                t.kind = TokenKind::Symbol;
            }
            // ASCII capitals and the Latin-1 capitals (U+00C0..U+00DE, lead byte 0xC3) count as capitalised.
            const unsigned char f = static_cast<unsigned char>(c);
            const unsigned char f2 = static_cast<unsigned char>(at(t.start + 1));
            t.capitalized = isAsciiUpper(c) || (f == 0xC3 && f2 >= 0x80 && f2 <= 0x9E && f2 != 0x97);
        } else if (c == '.') {
            while (at(i) == '.') ++i;
            t.kind = TokenKind::Punct;
        } else if (c == '-') {
            while (at(i) == '-') ++i;
            t.kind = TokenKind::Punct;
        } else if (std::strchr(",;:!?()[]{}\"'", c) != nullptr) {
            ++i;
            t.kind = TokenKind::Punct;
        } else {
            ++i;
            t.kind = TokenKind::Symbol;
        }
        t.end = i;
        out.push_back(t);
    }
}

// [SECTION] Sentences
namespace {

bool isQuoteChar(char c) { return c == '\'' || c == '"'; }

// A run of more tokens than this without a sentence end is not prose (a 10 MB line with no full stop): it is cut into
// pieces of this size so that the per-sentence work downstream (places, claims, attributions) stays linear in the
// article's length. News sentences run to a few dozen words.
constexpr size_t kMaxSentenceTokens = 1000;

} // namespace

void splitSentences(Document& doc, const std::vector<Block>& blocks, Scratch& s) {
    const std::string_view text = doc.text;
    int paragraph = 0;
    for (const Block& b : blocks) {
        const size_t first = doc.tokens.size();
        tokenize(text, b.start, b.end, doc.tokens);
        const size_t last = doc.tokens.size();
        if (first == last) continue;
        const std::string heading = [&] {
            if (b.heading < 0) return std::string();
            auto [hs, he] = doc.headings[static_cast<size_t>(b.heading)];
            while (hs < he && isQuoteChar(text[hs])) ++hs;
            while (he > hs && isQuoteChar(text[he - 1])) --he;
            return std::string(text.substr(hs, he - hs));
        }();
        const auto& tk = doc.tokens;
        size_t sStart = first;
        bool hasWord = false;
        const auto emit = [&](size_t endTok) {
            Sentence sn;
            sn.firstToken = sStart;
            sn.tokenCount = endTok - sStart;
            sn.start = tk[sStart].start;
            sn.end = tk[endTok - 1].end;
            sn.paragraph = paragraph;
            sn.heading = heading;
            doc.sentences.push_back(std::move(sn));
            sStart = endTok;
            hasWord = false;
        };
        for (size_t i = first; i < last; ++i) {
            if (i - sStart >= kMaxSentenceTokens) emit(i);
            const Token& t = tk[i];
            if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) hasWord = true;
            const std::string_view w = text.substr(t.start, t.end - t.start);
            bool terminal = false;
            bool weak = false; // an abbreviation or ellipsis: ends a sentence only before a likely sentence start
            if (t.kind == TokenKind::Punct && (w[0] == '.' || w == "!" || w == "?")) {
                terminal = true;
                weak = w.size() > 1; // "..."
            } else if (t.kind == TokenKind::Word && w.size() > 1 && w.back() == '.') {
                const std::string_view lw = std::string_view(s.lower).substr(t.start, t.end - t.start);
                const uint32_t f = flagsOf(lw) | flagsOf(lw.substr(0, lw.size() - 1));
                const bool initialism = w.find('.') < w.size() - 1;
                terminal = !(f & kTitleAbbrev) && (initialism || (f & kEndAbbrev)) && !(w.size() == 2);
                weak = true;
            }
            if (!terminal || !hasWord) continue;
            // Closing quotes and brackets glued to the terminal belong to this sentence.
            size_t j = i + 1;
            while (j < last && tk[j].start == tk[j - 1].end && tk[j].kind == TokenKind::Punct &&
                   (isQuoteChar(text[tk[j].start]) || text[tk[j].start] == ')' || text[tk[j].start] == ']' ||
                    text[tk[j].start] == '.' || text[tk[j].start] == '!' || text[tk[j].start] == '?'))
                ++j;
            if (j >= last) break;
            const Token& n = tk[j];
            const char nc = text[n.start];
            if (isAsciiLower(nc)) continue; // "?' he asked", "approx. five"
            if (nc == ',' || nc == ';' || nc == ':') continue; // "Whiteman Air Force Base, Mo., and dropped"
            if (weak) {
                if (n.kind == TokenKind::Word) {
                    const std::string_view nl = std::string_view(s.lower).substr(n.start, n.end - n.start);
                    if (!(flagsOf(nl) & kSentenceStarter)) continue;
                } else if (!(n.kind == TokenKind::Punct && isQuoteChar(nc))) {
                    continue;
                }
            }
            emit(j);
            i = j - 1;
        }
        if (sStart < last) {
            if (!hasWord && !doc.sentences.empty() && doc.sentences.back().paragraph == paragraph) {
                // Trailing punctuation only: fold it into the previous sentence.
                auto& prev = doc.sentences.back();
                prev.tokenCount = last - prev.firstToken;
                prev.end = tk[last - 1].end;
            } else {
                emit(last);
            }
        }
        ++paragraph;
    }
    for (const Sentence& sn : doc.sentences) {
        for (size_t k = sn.firstToken; k < sn.firstToken + sn.tokenCount; ++k) {
            if (doc.tokens[k].kind == TokenKind::Word || doc.tokens[k].kind == TokenKind::Number) {
                doc.tokens[k].sentenceInitial = true;
                break;
            }
        }
    }
}

// [SECTION] Quotes
void findQuotes(const Document& doc, Scratch& s) {
    const std::string_view text = doc.text;
    const auto& tk = doc.tokens;
    s.inQuote.assign(tk.size(), false);
    s.quotes.clear();
    const auto charAt = [&](size_t k) { return k < text.size() ? text[k] : '\n'; };
    size_t si = 0;
    while (si < doc.sentences.size()) {
        // One paragraph at a time: an unclosed quote at the paragraph's end is dropped.
        const int para = doc.sentences[si].paragraph;
        const size_t ft = doc.sentences[si].firstToken;
        size_t sj = si;
        while (sj < doc.sentences.size() && doc.sentences[sj].paragraph == para) ++sj;
        const size_t lt = doc.sentences[sj - 1].firstToken + doc.sentences[sj - 1].tokenCount;
        long openAt[2] = {-1, -1}; // per quote char (' and "), the token index of the open mark
        for (size_t k = ft; k < lt; ++k) {
            const Token& t = tk[k];
            if (t.kind != TokenKind::Punct || !isQuoteChar(text[t.start])) continue;
            const int q = text[t.start] == '"' ? 1 : 0;
            const char before = t.start > 0 ? text[t.start - 1] : '\n';
            const char after = charAt(t.end);
            const bool spaceBefore = isSpace(before) || before == '(' || before == '[' || before == '-';
            const bool spaceAfter = isSpace(after) || std::strchr(".,;:!?)]-", after) != nullptr;
            const bool opens = spaceBefore && !spaceAfter;
            bool closes = !spaceBefore && spaceAfter;
            // "ministers' meeting": a plural possessive, not a closing quote.
            if (closes && q == 0 && (before == 's' || before == 'S') && after == ' ' &&
                isAsciiLower(charAt(t.end + 1)))
                closes = false;
            if (opens) {
                openAt[q] = static_cast<long>(k);
            } else if (closes && openAt[q] >= 0) {
                Scratch::Quote qu;
                qu.openToken = static_cast<size_t>(openAt[q]);
                qu.closeToken = k;
                qu.open = tk[qu.openToken].start;
                qu.close = t.end;
                for (size_t m = qu.openToken + 1; m < k; ++m) s.inQuote[m] = true;
                s.quotes.push_back(qu);
                openAt[q] = -1;
            }
        }
        si = sj;
    }
}

// [SECTION] Dates
int writtenYear(std::string_view w) {
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), isAsciiDigit)) return 0;
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return y >= 1900 && y <= 2100 ? y : 0;
}

std::optional<DateParts> parseDate(std::string_view text, std::string_view lower, const std::vector<Token>& toks,
                                   size_t i, size_t end) {
    const auto word = [&](size_t k) { return text.substr(toks[k].start, toks[k].end - toks[k].start); };
    const auto lw = [&](size_t k) { return lower.substr(toks[k].start, toks[k].end - toks[k].start); };
    const auto monthAt = [&](size_t k) -> int {
        if (k >= end || toks[k].kind != TokenKind::Word || !toks[k].capitalized) return 0;
        std::string_view w = lw(k);
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
        const LexEntry* e = lookup(w);
        return e && (e->flags & kMonth) ? static_cast<int>(e->value) : 0;
    };
    // A day of month: "8", "08", "8th", optionally followed by a comma.
    const auto dayAt = [&](size_t k) -> int {
        if (k >= end) return 0;
        const std::string_view w = word(k);
        size_t n = 0;
        while (n < w.size() && isAsciiDigit(w[n])) ++n;
        if (n == 0 || n > 2) return 0;
        if (n != w.size() && !(toks[k].kind == TokenKind::Word && w.size() == n + 2)) return 0;
        const int d = n == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
        return d >= 1 && d <= 31 ? d : 0;
    };
    const auto yearAt = [&](size_t k) -> int {
        return k < end && toks[k].kind == TokenKind::Number ? writtenYear(word(k)) : 0;
    };
    const auto isComma = [&](size_t k) { return k < end && word(k) == ","; };
    // A range of days in one token, "9-10" (the night of March 9-10): the first and the last day, or {0, 0}.
    const auto dayRangeAt = [&](size_t k) -> std::pair<int, int> {
        if (k >= end || toks[k].kind != TokenKind::Number) return {0, 0};
        const std::string_view w = word(k);
        const size_t dash = w.find('-');
        if (dash == std::string_view::npos || dash == 0 || dash > 2 || w.size() - dash - 1 > 2 || w.size() == dash + 1)
            return {0, 0};
        int d1 = 0, d2 = 0;
        for (size_t q = 0; q < dash; ++q) d1 = d1 * 10 + (w[q] - '0');
        for (size_t q = dash + 1; q < w.size(); ++q) d2 = d2 * 10 + (w[q] - '0');
        return d1 >= 1 && d2 > d1 && d2 <= 31 && d2 - d1 <= 6 ? std::pair{d1, d2} : std::pair{0, 0};
    };
    if (i >= end) return std::nullopt;
    if (toks[i].kind != TokenKind::Number && !(toks[i].kind == TokenKind::Word && toks[i].capitalized) &&
        !(toks[i].kind == TokenKind::Word && isAsciiDigit(text[toks[i].start])))
        return std::nullopt; // only "8", "8th", "Oct." or "2015-10-08" can start a date
    DateParts p;
    // US numeric "10/16/2016" (a Navy release's "Release Date: 10/16/2016 9:45:00 AM"); day first when the first
    // number cannot be a month ("16/10/2016"). Only with a four-digit year: "24/7" is no date.
    if (toks[i].kind == TokenKind::Number && i + 4 < end && word(i + 1) == "/" && word(i + 3) == "/" &&
        toks[i + 2].kind == TokenKind::Number && toks[i + 1].end == toks[i + 2].start) {
        const int a = dayAt(i), b = dayAt(i + 2), y = yearAt(i + 4);
        if (a && b && y) {
            p.year = y;
            p.month = a <= 12 ? a : b;
            p.day = a <= 12 ? b : a;
            if (!isValidDate(p.year, p.month, p.day)) return std::nullopt;
            p.next = i + 5;
            return p;
        }
    }
    // ISO "2015-10-08".
    if (toks[i].kind == TokenKind::Number) {
        const std::string_view w = word(i);
        if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
            const auto num = [&](size_t a, size_t n) {
                int v = 0;
                for (size_t k = a; k < a + n; ++k) v = v * 10 + (w[k] - '0');
                return v;
            };
            p.year = writtenYear(w.substr(0, 4)); // "0454-10-08" is no news date, and Salvo simulates none
            p.month = num(5, 2);
            p.day = num(8, 2);
            if (!p.year || !isValidDate(p.year, p.month, p.day)) return std::nullopt;
            p.next = i + 1;
            return p;
        }
    }
    if (int m = monthAt(i)) { // "October 8, 2015", "Oct. 8", "October 2015", "March 9-10"
        p.month = m;
        const auto [first, last] = dayRangeAt(i + 1);
        p.lastDay = last;
        if (int d = first ? first : dayAt(i + 1)) {
            p.day = d;
            size_t k = i + 2;
            if (int y = yearAt(isComma(k) ? k + 1 : k)) {
                p.year = y;
                k = (isComma(k) ? k + 1 : k) + 1;
            }
            p.next = k;
        } else if (int y = yearAt(i + 1)) {
            p.year = y;
            p.next = i + 2;
        } else {
            return std::nullopt;
        }
    } else if (int d = dayRangeAt(i).first ? dayRangeAt(i).first : dayAt(i)) { // "8 October 2015", "22-23 May"
        const int m2 = monthAt(i + 1);
        if (!m2) return std::nullopt;
        p.day = d;
        p.lastDay = dayRangeAt(i).second;
        p.month = m2;
        p.next = i + 2;
        if (int y = yearAt(i + 2)) {
            p.year = y;
            p.next = i + 3;
        }
    } else {
        return std::nullopt;
    }
    if (p.day && p.year && !isValidDate(p.year, p.month, p.day)) return std::nullopt;
    if (p.day && !p.year && !isValidDate(2000, p.month, p.day)) return std::nullopt;
    return p;
}

} // namespace salvo::text::detail
