// Page layout: which lines are furniture (banners, share buttons, copyright), which is the headline, the byline and
// date line, a wire-service dateline ("WASHINGTON, Oct 8 (Reuters) -"), the section headings, and the body paragraphs.
// The rules are about the shape of a line (length, final punctuation, capitals, call-to-action words), not about any
// site: a banner is recognised by an all-capitals call to action ("... - JOIN NOW"), a share button by being a short
// line that starts with a stock phrase.
#include "text/Lexicon.hpp"

#include <cstdint>
#include <cstring>

namespace salvo::text::detail {

namespace {

int countWords(std::string_view s) {
    // Word starts: a byte that is no space after one that is (or at the start). Every line of the article passes
    // through here, so eight bytes at a time: exact per-byte equality masks (the top bit of each byte; no carry
    // crosses bytes), the previous byte's flag by a shift, and a sum of the start flags by one multiplication.
    constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full, kTop = 0x8080808080808080ull;
    const auto equalTo = [&](uint64_t x, unsigned char b) {
        const uint64_t t = x ^ (b * kOnes);
        return ~(((t & kLow7) + kLow7) | t) & kTop;
    };
    int n = 0;
    uint64_t spaceBefore = 0x80; // before the first byte: as after a space
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const uint64_t space = equalTo(x, ' ') | equalTo(x, '\t');
        const uint64_t starts = ~space & kTop & ((space << 8) | spaceBefore);
        n += static_cast<int>((((starts >> 7) * kOnes) >> 56) & 0xFF);
        spaceBefore = (space >> 56) & 0x80;
    }
    bool in = spaceBefore == 0;
    for (; i < s.size(); ++i) {
        const bool w = (s[i] != ' ') & (s[i] != '\t');
        n += static_cast<int>(w & !in);
        in = w;
    }
    return n;
}

bool startsWithWord(std::string_view lowerLine, std::string_view phrase) {
    if (!lowerLine.starts_with(phrase)) return false;
    if (lowerLine.size() == phrase.size()) return true;
    const char c = lowerLine[phrase.size()];
    return !isWordByte(c) || !isWordByte(phrase.back());
}

// The last visible character, looking through closing quotes and brackets.
char finalPunct(std::string_view s) {
    size_t e = s.size();
    while (e > 0 && std::strchr("'\")]", s[e - 1]) != nullptr) --e;
    return e > 0 ? s[e - 1] : '\0';
}

// Where a trailing dash starts ("-", "--", an en or em dash), looking through spaces; npos when the line ends
// otherwise. "WASHINGTON, April 14, 2018 \u2014" and "CAMP H.M. SMITH, Hawaii -" end in one.
size_t trailingDash(std::string_view s) {
    size_t e = s.size();
    bool dash = false;
    for (;;) {
        if (e > 0 && s[e - 1] == '-') { --e; dash = true; continue; }
        if (e >= 3 && s.substr(e - 3, 2) == "\xE2\x80" && (s[e - 1] == '\x93' || s[e - 1] == '\x94')) {
            e -= 3;
            dash = true;
            continue;
        }
        break;
    }
    if (!dash) return std::string_view::npos;
    while (e > 0 && s[e - 1] == ' ') --e;
    return e;
}

bool endsSentence(std::string_view s) {
    const char c = finalPunct(s);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

constexpr std::string_view kCallToAction[] = {"JOIN",  "SUBSCRIBE", "SIGN",   "REGISTER", "DOWNLOAD", "CLICK",
                                              "APPLY", "LEARN",     "READ",   "SHOP",     "BUY",      "DONATE",
                                              "FOLLOW", "WATCH",    "LISTEN", "GET",      "TRY",      "START",
                                              "NOW",   "HERE",      "FREE",   "TODAY",    "LOGIN",    "SUPPORT"};

// An all-capitals run of at least two words (letters only, two or more each) holding a call-to-action word.
bool hasCallToAction(std::string_view line) {
    int runWords = 0;
    bool runHasCta = false;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && !isWordByte(line[i])) {
            if (line[i] != ' ' && line[i] != '!') { runWords = 0; runHasCta = false; }
            ++i;
        }
        const size_t s = i;
        while (i < line.size() && isWordByte(line[i])) ++i;
        const std::string_view w = line.substr(s, i - s);
        if (w.empty()) break;
        bool caps = w.size() >= 2;
        for (char c : w) caps = caps && isAsciiUpper(c);
        if (!caps) { runWords = 0; runHasCta = false; continue; }
        ++runWords;
        for (auto cta : kCallToAction) runHasCta = runHasCta || w == cta;
        if (runWords >= 2 && runHasCta) return true;
    }
    return false;
}

constexpr std::string_view kFurniturePhrases[] = {
    "join the", "subscribe", "sign up", "sign in", "log in", "share this", "share on", "share:", "share",
    "advertisement", "sponsored", "related", "read more", "more from", "follow us", "follow @", "click here",
    "email this", "comments", "leave a comment", "skip to", "newsletter", "download the", "get the app", "tweet",
    "watch:", "watch live", "listen", "image:", "photo:", "video:", "file photo", "back to top", "top stories",
    "most read", "most popular", "trending", "recommended", "you may also like", "see also", "tags:", "filed under",
    "cookie", "privacy policy", "terms of", "previous article", "next article", "continue reading", "support our",
    "donate", "facebook", "twitter", "whatsapp", "linkedin", "reddit", "telegram", "print this", "print", "home",
    "menu", "search", "loading", "embed", "permalink"};

// `lower` is the line lower-cased (same length).
bool isFurniture(std::string_view line, std::string_view lower, int words) {
    if (words > 30) return !endsSentence(line) && hasCallToAction(line);
    if (words <= 30 && (line.find("\xC2\xA9") != std::string_view::npos || lower.starts_with("copyright") ||
                        lower.find("all rights reserved") != std::string_view::npos || lower.starts_with("(c) ")))
        return true;
    // Credit lines: "Reporting by ...; Editing by ...", "Additional reporting by ...".
    if (words <= 30 && (lower.starts_with("reporting by") || lower.starts_with("additional reporting") ||
                        lower.starts_with("editing by") || lower.starts_with("writing by") ||
                        lower.starts_with("compiled by") || lower.starts_with("produced by")))
        return true;
    if (words == 1 && (lower.starts_with("http") || lower.starts_with("www.")))
        return true;
    if (!endsSentence(line) && hasCallToAction(line)) return true;
    if (words <= 8 && finalPunct(line) != '.') {
        for (auto p : kFurniturePhrases) {
            if (!startsWithWord(lower, p)) continue;
            // One-word phrases ("print", "home", "share") only as a line of their own or nearly so.
            if (p.find(' ') == std::string_view::npos && p.back() != ':' && words > 3) continue;
            return true;
        }
    }
    return false;
}


UtcTime dayOf(const DateParts& p) { return utcFromParts(p.year, p.month, p.day); }

bool startsWithWordCI(std::string_view lower, std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases)
        if (startsWithWord(lower, p)) return true;
    return false;
}

// Words that label a date line rather than name who published it: "Posted November 10th, 2011", "Press Release |
// April 6, 2017", "Updated: 2015-10-08".
bool genericLabel(std::string_view lower) {
    return startsWithWordCI(lower, {"posted", "updated", "published", "last updated", "released", "press release",
                                    "news release", "release", "date", "dated", "for immediate release",
                                    "immediate release", "statement", "first published", "modified"});
}

// A word that qualifies a statement without naming who made it: "Joint Statement on ...", "Press statement".
bool genericStatementWord(std::string_view lower) {
    static constexpr std::string_view kWords[] = {"joint", "press", "official", "final", "full", "updated", "new",
                                                  "latest", "brief", "written", "opening", "closing", "public"};
    for (auto w : kWords)
        if (lower == w) return true;
    return false;
}

// Markers that open a photo caption or a section the way a wire dateline opens a story ("FILE - The Iron Dome ...").
bool captionMarker(std::string_view word) {
    static constexpr std::string_view kMarkers[] = {"FILE",     "PHOTO",    "UPDATE",     "UPDATED",   "BREAKING",
                                                    "WATCH",    "VIDEO",    "EXCLUSIVE",  "ANALYSIS",  "OPINION",
                                                    "EDITORIAL", "CORRECTION", "REPORT",  "LIVE",      "AUDIO"};
    for (auto m : kMarkers)
        if (word == m) return true;
    return false;
}

// A word in capitals: "TAMPA", "H.M.", "SOUTHWEST"; at least two letters, or one with a period ("U.").
bool allCapsWord(std::string_view w) {
    int letters = 0;
    for (char c : w) {
        if (isAsciiLower(c)) return false;
        letters += isAsciiUpper(c) ? 1 : 0;
    }
    return letters >= 2 || (letters == 1 && w.find('.') != std::string_view::npos);
}

bool glueWord(std::string_view lower) {
    return lower == "of" || lower == "the" || lower == "a" || lower == "an" || lower == "for" || lower == "and" ||
           lower == "from" || lower == "in" || lower == "on" || lower == "at" || lower == "by" || lower == "to" ||
           lower == "&" || lower == "-" || lower == "|";
}

struct Line {
    size_t start = 0, end = 0; // trimmed
    int words = 0;
    // Aside: not prose, not page furniture: release numbers, credit lines ("American Forces Press Service"), a
    // closing signature ("- Capt. Bill Urban, USN, ..."). Credit lines become body when nothing else does.
    enum Kind { Blank, Furniture, Headline, Byline, Heading, Body, Aside, Credit } kind = Blank;
};

class LayoutReader {
public:
    LayoutReader(Document& doc, const Scratch& s, bool datelineFixed)
        : m_doc(doc), m_s(s), m_text(doc.text), m_datelineFixed(datelineFixed) {}

    std::vector<Block> run() {
        splitLines();
        size_t li = readTop();
        if (li >= m_lines.size()) li = noBodyFallback();
        size_t bodyStart = std::string_view::npos;
        if (li < m_lines.size() && m_doc.datelinePlaceSpan.second == 0) bodyStart = wireDateline(m_lines[li]);
        readSignature(li);
        markHeadings(li);
        readIssuer();
        return blocks(li, bodyStart);
    }

private:
    Document& m_doc;
    const Scratch& m_s;
    std::string_view m_text;
    bool m_datelineFixed;
    std::vector<Line> m_lines;
    std::vector<Token> m_toks; // scratch: the tokens of the line being read

    std::string_view str(const Line& l) const { return m_text.substr(l.start, l.end - l.start); }
    std::string_view lowerOf(size_t a, size_t b) const { return std::string_view(m_s.lower).substr(a, b - a); }
    std::string_view tok(size_t k) const { return m_text.substr(m_toks[k].start, m_toks[k].end - m_toks[k].start); }
    void tokens(size_t a, size_t b) {
        m_toks.clear();
        tokenize(m_text, a, b, m_toks);
    }
    void setDateline(const DateParts& d) {
        if (!m_datelineFixed && !m_doc.dateline) m_doc.dateline = dayOf(d);
    }
    // A full date (day and year) among the current tokens; sets dateTok to its first token.
    std::optional<DateParts> findDate(size_t& dateTok) const {
        for (size_t k = 0; k < m_toks.size(); ++k) {
            if (auto d = parseDate(m_text, m_s.lower, m_toks, k, m_toks.size()); d && d->year && d->day) {
                dateTok = k;
                return d;
            }
        }
        return std::nullopt;
    }

    void splitLines();
    size_t readTop();
    bool bylineLine(Line& l);
    bool dateLine(Line& l);
    bool dateLineShape(const Line& l);
    bool releaseLine(const Line& l);
    bool creditLine(const Line& l) const;
    bool headlineLine(size_t li);
    bool titleAboveDateLine(size_t li);
    bool innerSentenceEnd(const Line& l);
    bool datelineOnlyLine(Line& l);
    size_t noBodyFallback();
    bool acceptDateline(size_t start, size_t cut, size_t prefixEnd);
    size_t wireDateline(const Line& l);
    void readSignature(size_t li);
    void markHeadings(size_t li);
    void readIssuer();
    void creditIssuer();
    std::vector<Block> blocks(size_t li, size_t bodyStart);
};

void LayoutReader::splitLines() {
    for (size_t i = 0; i <= m_text.size();) {
        size_t e = m_text.find('\n', i);
        if (e == std::string_view::npos) e = m_text.size();
        Line l;
        l.start = i;
        l.end = e;
        while (l.start < l.end && (m_text[l.start] == ' ' || m_text[l.start] == '\t')) ++l.start;
        while (l.end > l.start && (m_text[l.end - 1] == ' ' || m_text[l.end - 1] == '\t')) --l.end;
        if (l.end > l.start) {
            l.words = countWords(str(l));
            l.kind = isFurniture(str(l), lowerOf(l.start, l.end), l.words) ? Line::Furniture : Line::Body;
        }
        m_lines.push_back(l);
        i = e + 1;
    }
}

// The top region: headline, byline, source and date lines, release numbers, credits and a dateline of its own,
// until the first line that reads like prose. Returns that line's index (lines.size() when there is none).
size_t LayoutReader::readTop() {
    bool header = false; // a headline, byline or date line seen: credit lines may follow
    size_t li = 0;
    for (; li < m_lines.size(); ++li) {
        Line& l = m_lines[li];
        if (l.kind != Line::Body) continue;
        if (!header && titleAboveDateLine(li)) { header = true; continue; }
        if (bylineLine(l)) { header = true; continue; }
        // "WASHINGTON, April 14, 2018 -": a dateline with its date, not a source line published by WASHINGTON.
        if (datelineOnlyLine(l)) continue;
        if (dateLine(l)) { header = true; continue; }
        if (releaseLine(l)) { l.kind = Line::Aside; continue; }
        if (m_doc.headline.empty() && headlineLine(li)) { header = true; continue; }
        if (header && creditLine(l)) { l.kind = Line::Credit; continue; }
        break;
    }
    return li;
}

// "By Jane Roe", "by Wire Desk March 03, 2019": the name runs from after "by" to a date, without separators.
bool LayoutReader::bylineLine(Line& l) {
    const std::string_view low = lowerOf(l.start, std::min(l.end, l.start + 3));
    if (low != "by " || l.words > 20) return false;
    l.kind = Line::Byline;
    m_doc.bylineSpan = {l.start, l.end};
    tokens(l.start, l.end);
    size_t dateTok = m_toks.size();
    if (auto d = findDate(dateTok)) setDateline(*d);
    size_t a = 1, b = dateTok;
    const auto sep = [&](size_t k) {
        return m_toks[k].kind != TokenKind::Word && m_toks[k].kind != TokenKind::Number && tok(k) != ".";
    };
    while (a < b && sep(a)) ++a;
    while (b > a && sep(b - 1)) --b;
    if (a < b) m_doc.byline = std::string(m_text.substr(m_toks[a].start, m_toks[b - 1].end - m_toks[a].start));
    return true;
}

// A line shaped like a date line (see dateLine), without taking anything from it.
bool LayoutReader::dateLineShape(const Line& l) {
    if (l.kind != Line::Body || l.words > 14 || endsSentence(str(l))) return false;
    tokens(l.start, l.end);
    size_t dateTok = 0;
    return findDate(dateTok).has_value();
}

// A date line: "October 08, 2015", "Updated: 2015-10-08 10:30", "Posted November 10th, 2011 at 11:40 am (UTC-5)",
// or a source line naming who published the text: "U.S. Central Command, 2023-12-16" (optionally with a URL).
bool LayoutReader::dateLine(Line& l) {
    if (l.words > 14 || endsSentence(str(l))) return false;
    tokens(l.start, l.end);
    size_t dateTok = 0;
    auto d = findDate(dateTok);
    if (!d) return false;
    l.kind = Line::Byline;
    if (m_doc.bylineSpan.second == 0) m_doc.bylineSpan = {l.start, l.end};
    setDateline(*d);
    if (dateTok == 0 || !m_doc.publisher.empty()) return true;
    size_t a = l.start, b = m_toks[dateTok].start;
    while (b > a && std::strchr(" ,|:-\t", m_text[b - 1]) != nullptr) --b;
    const std::string_view org = m_text.substr(a, b - a);
    // "Story Number: NNS161016-01 Release Date": labelled fields, not who published the text.
    const std::string_view lowerOrg = lowerOf(a, b);
    if (org.empty() || !isAsciiUpper(org[0]) || countWords(org) > 8 || genericLabel(lowerOrg) ||
        org.find(':') != std::string_view::npos || lowerOrg.ends_with(" date") || lowerOrg.ends_with(" posted"))
        return true;
    m_doc.publisher = std::string(org);
    m_doc.publisherSpan = {a, b};
    if (m_doc.byline.empty()) m_doc.byline = m_doc.publisher;
    return true;
}

// A release number on a line of its own: "No. 275-M,", "Release Number 20170111-01", "Release No. 17-010", "17-010".
bool LayoutReader::releaseLine(const Line& l) {
    if (l.words > 6) return false;
    tokens(l.start, l.end);
    bool code = false;
    for (size_t k = 0; k < m_toks.size(); ++k) {
        const std::string_view w = tok(k);
        const std::string_view lw = lowerOf(m_toks[k].start, m_toks[k].end);
        const bool digits = w.find_first_of("0123456789") != std::string_view::npos;
        if (digits && (m_toks[k].kind == TokenKind::Number || m_toks[k].kind == TokenKind::Word)) { code = true; continue; }
        if (m_toks[k].kind == TokenKind::Punct || w == "#") continue;
        if (lw == "no." || lw == "no" || lw == "nr." || lw == "nr" || lw == "number" || lw == "release" ||
            lw == "news" || lw == "press" || lw == "ref." || lw == "ref" || lw == "reference")
            continue;
        return false;
    }
    return code;
}

// A credit line under the headline: "American Forces Press Service", "DOD News", "From a Combined Joint Task Force
// Operation Inherent Resolve News Release": short, no final punctuation, (nearly) every word capitalised.
bool LayoutReader::creditLine(const Line& l) const {
    const std::string_view ls = str(l);
    if (l.words > 12 || endsSentence(ls)) return false;
    int caps = 0, words = 0;
    size_t i = 0;
    while (i < ls.size()) {
        while (i < ls.size() && ls[i] == ' ') ++i;
        const size_t s = i;
        while (i < ls.size() && ls[i] != ' ') ++i;
        if (i == s) break;
        ++words;
        const char c = ls[s];
        if (isAsciiUpper(c) || isAsciiDigit(c) || glueWord(lowerOf(l.start + s, l.start + i))) ++caps;
    }
    return words > 0 && caps * 5 >= words * 4 && caps > 0;
}

// A sentence end inside the line ("Missiles hit Kyiv. Officials say ..."): two sentences are prose, not a title.
bool LayoutReader::innerSentenceEnd(const Line& l) {
    tokens(l.start, l.end);
    for (size_t k = 0; k + 1 < m_toks.size(); ++k) {
        const std::string_view w = tok(k);
        if (m_toks[k].kind != TokenKind::Punct || (w != "." && w != "!" && w != "?")) continue;
        size_t n = k + 1;
        while (n < m_toks.size() && m_toks[n].kind == TokenKind::Punct && (tok(n) == "\"" || tok(n) == "'")) ++n;
        if (n < m_toks.size() && m_toks[n].kind == TokenKind::Word && m_toks[n].capitalized) return true;
    }
    return false;
}

// A title stands alone (a hard-wrapped first paragraph has a long line right below its first line), has no final
// period and holds one sentence at most.
bool LayoutReader::headlineLine(size_t li) {
    Line& l = m_lines[li];
    const std::string_view ls = str(l);
    const bool standsAlone = li + 1 >= m_lines.size() || m_lines[li + 1].kind != Line::Body ||
                             m_lines[li + 1].words <= 12;
    if (l.words > 30 || finalPunct(ls) == '.' || !standsAlone || innerSentenceEnd(l)) return false;
    // One word is a title only above a date line ("Report" over "Test Desk, 2017-02-15").
    if (l.words < 2 && !(li + 1 < m_lines.size() && dateLineShape(m_lines[li + 1]))) return false;
    l.kind = Line::Headline;
    m_doc.headline = std::string(ls);
    m_doc.headlineSpan = {l.start, l.end};
    return true;
}

// The first line right above a date or source line is the title, whatever its punctuation ("U.S. strikes ISIS
// in Syria." / "Missiles hit Kyiv. Ukraine says 20 dead" / "Statement on the strikes of April 6, 2017" over
// "U.S. Department of Defense, 2017-04-07"), unless it is a byline or a short date line itself.
bool LayoutReader::titleAboveDateLine(size_t li) {
    Line& l = m_lines[li];
    if (!m_doc.headline.empty() || li + 1 >= m_lines.size() || !dateLineShape(m_lines[li + 1]) || l.words > 40)
        return false;
    if (lowerOf(l.start, std::min(l.end, l.start + 3)) == "by ") return false;
    if (l.words <= 6 && dateLineShape(l)) return false;
    l.kind = Line::Headline;
    m_doc.headline = std::string(str(l));
    m_doc.headlineSpan = {l.start, l.end};
    return true;
}

// A text with no prose below its title (one line, a pasted caption or post without a final period) is all body.
size_t LayoutReader::noBodyFallback() {
    size_t first = m_lines.size();
    for (size_t k = 0; k < m_lines.size(); ++k) {
        Line& l = m_lines[k];
        if (l.kind != Line::Headline && l.kind != Line::Credit) continue;
        l.kind = Line::Body;
        first = std::min(first, k);
    }
    if (first < m_lines.size()) {
        m_doc.headline.clear();
        m_doc.headlineSpan = {0, 0};
    }
    return first;
}

// A dateline on a line of its own, ending in a dash: "CAMP H.M. SMITH, Hawaii -".
bool LayoutReader::datelineOnlyLine(Line& l) {
    const std::string_view ls = str(l);
    const size_t cut = trailingDash(ls);
    if (cut == std::string_view::npos || cut == 0 || cut == ls.size() || ls[cut] != ' ') return false;
    if (!acceptDateline(l.start, l.start + cut, l.end)) return false;
    l.kind = Line::Byline;
    return true;
}

// A wire-service dateline in text[start, cut) followed by its dash ending at prefixEnd: "WASHINGTON, Oct 8
// (Reuters)", "MOSCOW (AP)", "TAMPA, Fla.", "KABUL, Afghanistan, April 13, 2017", "SOUTHWEST ASIA, Feb. 15, 2017".
// It needs an agency, a date, or a place in capitals; the place is every word before the date or agency.
bool LayoutReader::acceptDateline(size_t start, size_t cut, size_t prefixEnd) {
    const std::string_view prefix = m_text.substr(start, cut - start);
    if (prefix.empty() || !isAsciiUpper(prefix[0]) || countWords(prefix) > 10) return false;
    tokens(start, cut);
    if (m_toks.empty() || captionMarker(tok(0))) return false;
    std::optional<DateParts> d;
    size_t dateTok = m_toks.size();
    for (size_t k = 0; k < m_toks.size() && !d; ++k)
        if ((d = parseDate(m_text, m_s.lower, m_toks, k, m_toks.size()))) dateTok = k;
    const bool agency = prefix.back() == ')' && prefix.find('(') != std::string_view::npos;
    const bool caps = m_toks[0].kind == TokenKind::Word && allCapsWord(tok(0));
    if (!(agency || d || caps)) return false;
    size_t placeEnd = d ? m_toks[dateTok].start : agency ? start + prefix.rfind('(') : cut;
    while (placeEnd > start && (m_text[placeEnd - 1] == ' ' || m_text[placeEnd - 1] == ',')) --placeEnd;
    // Every word of the place is capitalised: "U.S. and coalition forces - ..." opens a sentence, not a dateline.
    for (size_t k = 0; k < m_toks.size() && m_toks[k].start < placeEnd; ++k)
        if (m_toks[k].kind == TokenKind::Word && !m_toks[k].capitalized) return false;
    if (placeEnd <= start || countWords(m_text.substr(start, placeEnd - start)) > 6) return false;
    m_doc.datelinePlaceSpan = {start, placeEnd};
    if (m_doc.bylineSpan.second == 0 || m_doc.bylineSpan.first < start) m_doc.bylineSpan = {start, prefixEnd};
    if (d && d->year && d->day) setDateline(*d);
    if (d && !d->year && !m_doc.dateline)
        m_doc.diagnostics.push_back({Severity::Warning, "text.dateline_no_year",
                                     "the wire dateline gives no year; relative times stay unresolved",
                                     {start, cut}, {}});
    return true;
}

// A dateline at the start of the first body line; returns where the body starts after its dash, or npos.
size_t LayoutReader::wireDateline(const Line& l) {
    const std::string_view ls = str(l);
    const std::string_view head = ls.substr(0, std::min<size_t>(ls.size(), 160));
    const size_t dash = head.find(" - "), dash2 = head.find(" -- ");
    const size_t cut = std::min(dash, dash2);
    if (cut == std::string_view::npos || cut == 0) return std::string_view::npos;
    const size_t after = cut + (cut == dash ? 3 : 4);
    if (!acceptDateline(l.start, l.start + cut, l.start + after - 1)) return std::string_view::npos;
    return l.start + after;
}

// The closing line of a signed statement: "- Attributable to Lt. Gen. Joseph Guastella, Commander, ...",
// "- Capt. Bill Urban, USN, U.S. Central Command Spokesman". The signatory is the name before the first comma.
void LayoutReader::readSignature(size_t li) {
    size_t k = m_lines.size();
    while (k > li + 1 && m_lines[k - 1].kind != Line::Body) {
        if (m_lines[k - 1].kind != Line::Blank && m_lines[k - 1].kind != Line::Furniture) return;
        --k;
    }
    if (k <= li + 1) return;
    Line& l = m_lines[k - 1];
    const std::string_view ls = str(l);
    size_t a = 0;
    while (a < ls.size() && (ls[a] == '-' || ls[a] == ' ')) ++a;
    const bool dash = a > 0;
    const std::string_view low = lowerOf(l.start + a, l.end);
    const bool attributable = startsWithWord(low, "attributable to") || startsWithWord(low, "attributed to");
    if (attributable) a += std::string_view("attributable to").size() - (low.starts_with("attributed") ? 1 : 0);
    while (a < ls.size() && ls[a] == ' ') ++a;
    if (!(dash || attributable) || l.words > 25 || a >= ls.size() || !isAsciiUpper(ls[a])) return;
    if (!attributable && std::strchr(".!?", finalPunct(ls)) != nullptr) return;
    size_t b = ls.find(',', a);
    if (b == std::string_view::npos) b = ls.size();
    while (b > a && ls[b - 1] == ' ') --b;
    tokens(l.start + a, l.start + b);
    // A name of two to eight words ("- Russia, Iran and Turkey" closing a list is no signature).
    if (m_toks.size() < 2 || m_toks.size() > 8 || (flagsOf(lowerOf(m_toks[0].start, m_toks[0].end)) &
                                                   (kPreposition | kDeterminer | kConjunction)))
        return;
    for (const Token& t : m_toks)
        if (t.kind == TokenKind::Word && !t.capitalized) return;
    l.kind = Line::Aside;
    m_doc.signatory = std::string(ls.substr(a, b - a));
    m_doc.signatorySpan = {l.start + a, l.start + b};
}

// Section headings: a short line of its own, without final punctuation, after a paragraph break and followed by
// body text.
void LayoutReader::markHeadings(size_t li) {
    const auto nextNonBlank = [&](size_t k) {
        for (++k; k < m_lines.size(); ++k)
            if (m_lines[k].kind != Line::Blank) return k;
        return m_lines.size();
    };
    for (size_t k = li + 1; k < m_lines.size(); ++k) {
        Line& l = m_lines[k];
        if (l.kind != Line::Body) continue;
        const std::string_view ls = str(l);
        const char c0 = ls[0];
        if (l.words > 10 || ls.size() > 80 || endsSentence(ls)) continue;
        if (!(isAsciiUpper(c0) || isAsciiDigit(c0) || c0 == '\'' || c0 == '"')) continue;
        const size_t n = nextNonBlank(k);
        if (n >= m_lines.size() || m_lines[n].kind != Line::Body) continue;
        const bool prevBreak = m_lines[k - 1].kind == Line::Blank || endsSentence(str(m_lines[k - 1]));
        if (!prevBreak) continue;
        l.kind = Line::Heading;
    }
}

// The issuing office: the one named by a statement headline ("U.S. Central Command statement: ...", "Statement by
// Secretary of Defense Lloyd J. Austin III on ...", "UPDATE: U.S. Central Command statement on ..."), else the
// publisher of the source line.
void LayoutReader::readIssuer() {
    const auto [hs, he] = m_doc.headlineSpan;
    if (he > hs) {
        tokens(hs, he);
        const auto lw = [&](size_t k) { return lowerOf(m_toks[k].start, m_toks[k].end); };
        size_t a = SIZE_MAX, b = SIZE_MAX;
        for (size_t k = 0; k < m_toks.size() && a == SIZE_MAX; ++k) {
            if (lw(k) != "statement") continue;
            if (k + 1 < m_toks.size() && (lw(k + 1) == "by" || lw(k + 1) == "from" || lw(k + 1) == "of")) {
                a = k + 2; // "Statement by X on Y", "Statement by the Department of Defense"
                if (a + 1 < m_toks.size() && lw(a) == "the" && m_toks[a + 1].capitalized) ++a;
                for (b = a; b < m_toks.size(); ++b)
                    if (lw(b) == "on" || lw(b) == "regarding" || lw(b) == "about" || lw(b) == "concerning" ||
                        lw(b) == "following" || tok(b) == ":" || tok(b) == "-")
                        break;
            } else if (k > 0) {
                b = k; // "X statement on Y", "UPDATE: X statement"
                a = 0;
                for (size_t q = 0; q < k; ++q)
                    if (tok(q) == ":" || tok(q) == "-") a = q + 1;
            }
        }
        bool ok = a < b && b <= m_toks.size() && b - a <= 10 && m_toks[a].capitalized &&
                  !(b - a == 1 && genericStatementWord(lw(a)));
        for (size_t q = a; ok && q < b; ++q)
            ok = m_toks[q].kind != TokenKind::Word || m_toks[q].capitalized || glueWord(lw(q));
        if (ok) {
            size_t end = m_toks[b - 1].end;
            if (m_text.substr(m_toks[b - 1].start, end - m_toks[b - 1].start).ends_with("'s")) end -= 2;
            m_doc.issuer = std::string(m_text.substr(m_toks[a].start, end - m_toks[a].start));
            m_doc.issuerSpan = {m_toks[a].start, end};
            return;
        }
    }
    m_doc.issuer = m_doc.publisher;
    m_doc.issuerSpan = m_doc.publisherSpan;
    if (m_doc.issuer.empty()) creditIssuer();
}

// "From U.S. Naval Forces Central Command Public Affairs": a credit line naming who sends the release is its issuer
// when no headline or source line names one (the office, without "Public Affairs" or "News Release").
void LayoutReader::creditIssuer() {
    for (const auto& l : m_lines) {
        if (l.kind != Line::Credit) continue;
        const std::string_view lower = lowerOf(l.start, l.end);
        if (!lower.starts_with("from ")) continue;
        size_t a = l.start + 5, b = l.end;
        while (b > a && m_text[b - 1] == ' ') --b;
        for (std::string_view tail : {" public affairs", " news release", " press release", " news service"})
            if (lowerOf(a, b).ends_with(tail)) b -= tail.size();
        if (lowerOf(a, b).starts_with("the ")) a += 4;
        if (b <= a || !isAsciiUpper(m_text[a])) continue;
        m_doc.issuer = std::string(m_text.substr(a, b - a));
        m_doc.issuerSpan = {a, b};
        return;
    }
}

// Blocks: runs of body lines between blank lines, headings, furniture and lines set aside.
std::vector<Block> LayoutReader::blocks(size_t li, size_t bodyStart) {
    std::vector<Block> out;
    int heading = -1;
    Block cur;
    bool open = false;
    const auto close = [&] {
        if (open) out.push_back(cur);
        open = false;
    };
    for (size_t k = 0; k < m_lines.size(); ++k) {
        const Line& l = m_lines[k];
        switch (l.kind) {
        case Line::Furniture:
        case Line::Aside:
        case Line::Credit:
            close();
            m_doc.boilerplate.emplace_back(l.start, l.end);
            break;
        case Line::Heading:
            close();
            m_doc.headings.emplace_back(l.start, l.end);
            heading = static_cast<int>(m_doc.headings.size()) - 1;
            break;
        case Line::Body:
            if (k < li) break; // the top region holds no prose
            if (!open) {
                cur = Block{l.start, l.end, heading};
                if (k == li && bodyStart != std::string_view::npos) cur.start = bodyStart;
                open = cur.start < cur.end;
            } else {
                cur.end = l.end;
            }
            break;
        default: close(); break;
        }
    }
    close();
    return out;
}

} // namespace

std::vector<Block> layout(Document& doc, const Scratch& s, bool datelineFixed) {
    return LayoutReader(doc, s, datelineFixed).run();
}

} // namespace salvo::text::detail
