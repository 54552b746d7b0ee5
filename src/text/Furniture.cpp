// Page layout: which lines are furniture (banners, share buttons, copyright), which is the headline, the byline and
// date line, a wire-service dateline ("WASHINGTON, Oct 8 (Reuters) -"), the section headings, and the body paragraphs.
// The rules are about the shape of a line (length, final punctuation, capitals, call-to-action words), not about any
// site: a banner is recognised by an all-capitals call to action ("... - JOIN NOW"), a share button by being a short
// line that starts with a stock phrase.
#include "text/Lexicon.hpp"

#include <cstring>

namespace salvo::text::detail {

namespace {

struct Line {
    size_t start = 0, end = 0; // trimmed
    int words = 0;
    enum Kind { Blank, Furniture, Headline, Byline, Heading, Body } kind = Blank;
};

int countWords(std::string_view s) {
    int n = 0;
    bool in = false;
    for (char c : s) {
        const bool w = c != ' ' && c != '\t';
        if (w && !in) ++n;
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

} // namespace

std::vector<Block> layout(Document& doc, const Scratch& s, bool datelineFixed) {
    const std::string_view text = doc.text;
    std::vector<Line> lines;
    for (size_t i = 0; i <= text.size();) {
        size_t e = text.find('\n', i);
        if (e == std::string_view::npos) e = text.size();
        Line l;
        l.start = i;
        l.end = e;
        while (l.start < l.end && (text[l.start] == ' ' || text[l.start] == '\t')) ++l.start;
        while (l.end > l.start && (text[l.end - 1] == ' ' || text[l.end - 1] == '\t')) --l.end;
        if (l.end > l.start) {
            l.words = countWords(text.substr(l.start, l.end - l.start));
            l.kind = isFurniture(text.substr(l.start, l.end - l.start),
                                 std::string_view(s.lower).substr(l.start, l.end - l.start), l.words)
                         ? Line::Furniture
                         : Line::Body;
        }
        lines.push_back(l);
        i = e + 1;
    }
    const auto str = [&](const Line& l) { return text.substr(l.start, l.end - l.start); };
    std::vector<Token> toks;
    // A date written somewhere in the line, and the token where it starts.
    const auto findDate = [&](const Line& l, size_t& dateStartTok) -> std::optional<DateParts> {
        toks.clear();
        tokenize(text, l.start, l.end, toks);
        for (size_t k = 0; k < toks.size(); ++k) {
            if (auto d = parseDate(text, s.lower, toks, k, toks.size()); d && d->year && d->day) {
                dateStartTok = k;
                return d;
            }
        }
        return std::nullopt;
    };
    const auto setDateline = [&](const DateParts& d) {
        if (!datelineFixed && !doc.dateline) doc.dateline = dayOf(d);
    };

    // Top region: headline, byline and date lines, until the first line that reads like body text.
    size_t li = 0;
    for (; li < lines.size(); ++li) {
        Line& l = lines[li];
        if (l.kind != Line::Body) continue;
        const std::string_view ls = str(l);
        std::string low(ls.substr(0, 3));
        for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        size_t dateTok = 0;
        if (low == "by " && l.words <= 20) {
            l.kind = Line::Byline;
            doc.bylineSpan = {l.start, l.end};
            auto d = findDate(l, dateTok);
            if (!d) {
                toks.clear();
                tokenize(text, l.start, l.end, toks);
                dateTok = toks.size();
            } else {
                setDateline(*d);
            }
            // The name runs from after "by" to the date, without separators at either end.
            size_t a = 1, b = dateTok;
            const auto sep = [&](size_t k) {
                const std::string_view w = text.substr(toks[k].start, toks[k].end - toks[k].start);
                return toks[k].kind != TokenKind::Word && toks[k].kind != TokenKind::Number && w != "." ;
            };
            while (a < b && sep(a)) ++a;
            while (b > a && sep(b - 1)) --b;
            if (a < b) doc.byline = std::string(text.substr(toks[a].start, toks[b - 1].end - toks[a].start));
            continue;
        }
        if (l.words <= 12 && !endsSentence(ls)) {
            if (auto d = findDate(l, dateTok)) { // a date line: "October 08, 2015", "Updated: 2015-10-08 10:30"
                l.kind = Line::Byline;
                if (doc.bylineSpan.second == 0) doc.bylineSpan = {l.start, l.end};
                setDateline(*d);
                continue;
            }
        }
        // A title stands alone: a hard-wrapped first paragraph has a long line right below its first line.
        const bool standsAlone = li + 1 >= lines.size() || lines[li + 1].kind != Line::Body ||
                                 lines[li + 1].words <= 12;
        if (doc.headline.empty() && l.words >= 2 && l.words <= 30 && finalPunct(ls) != '.' && standsAlone) {
            l.kind = Line::Headline;
            doc.headline = std::string(ls);
            doc.headlineSpan = {l.start, l.end};
            continue;
        }
        break;
    }

    // Wire-service dateline at the start of the first body line: "WASHINGTON, Oct 8 (Reuters) -", "MOSCOW (AP) -".
    size_t bodyStartOverride = std::string_view::npos;
    if (li < lines.size()) {
        const Line& l = lines[li];
        const std::string_view ls = str(l);
        const size_t dash = ls.substr(0, std::min<size_t>(ls.size(), 120)).find(" - ");
        const size_t dash2 = ls.substr(0, std::min<size_t>(ls.size(), 120)).find(" -- ");
        const size_t cut = std::min(dash, dash2);
        if (cut != std::string_view::npos && cut > 0 && isAsciiUpper(ls[0])) {
            const std::string_view prefix = ls.substr(0, cut);
            toks.clear();
            tokenize(text, l.start, l.start + cut, toks);
            std::optional<DateParts> d;
            for (size_t k = 0; k < toks.size() && !d; ++k) d = parseDate(text, s.lower, toks, k, toks.size());
            const bool agency = prefix.back() == ')' && prefix.find('(') != std::string_view::npos;
            // The place: leading words up to a comma or bracket, in capitals or title case.
            size_t placeEnd = prefix.find_first_of(",(");
            if (placeEnd == std::string_view::npos) placeEnd = prefix.size();
            while (placeEnd > 0 && prefix[placeEnd - 1] == ' ') --placeEnd;
            const bool placeOk = placeEnd > 0 && countWords(prefix.substr(0, placeEnd)) <= 4;
            if ((agency || d) && placeOk && countWords(prefix) <= 10) {
                doc.datelinePlaceSpan = {l.start, l.start + placeEnd};
                if (doc.bylineSpan.second == 0 || doc.bylineSpan.first < l.start)
                    doc.bylineSpan = {l.start, l.start + cut + (cut == dash ? 2 : 3)};
                if (d && d->year && d->day) setDateline(*d);
                if (d && !d->year && !doc.dateline)
                    doc.diagnostics.push_back({Severity::Warning, "text.dateline_no_year",
                                               "the wire dateline gives no year; relative times stay unresolved",
                                               {l.start, l.start + cut}, {}});
                bodyStartOverride = l.start + cut + (cut == dash ? 3 : 4);
            }
        }
    }

    // Section headings: a short line of its own, without final punctuation, followed by body text.
    const auto nextNonBlank = [&](size_t k) {
        for (++k; k < lines.size(); ++k)
            if (lines[k].kind != Line::Blank) return k;
        return lines.size();
    };
    for (size_t k = li; k < lines.size(); ++k) {
        Line& l = lines[k];
        if (l.kind != Line::Body || k == li) continue;
        const std::string_view ls = str(l);
        const char c0 = ls[0];
        if (l.words > 10 || ls.size() > 80 || endsSentence(ls)) continue;
        if (!(isAsciiUpper(c0) || isAsciiDigit(c0) || c0 == '\'' || c0 == '"')) continue;
        const size_t n = nextNonBlank(k);
        if (n >= lines.size() || lines[n].kind != Line::Body) continue;
        // The line before must be a paragraph boundary: a blank line, or a line that ends a sentence.
        const bool prevBreak = lines[k - 1].kind == Line::Blank || endsSentence(str(lines[k - 1]));
        if (!prevBreak) continue;
        l.kind = Line::Heading;
    }

    // Blocks: runs of body lines between blank lines, headings and furniture.
    std::vector<Block> blocks;
    int heading = -1;
    Block cur;
    bool open = false;
    const auto close = [&] {
        if (open) blocks.push_back(cur);
        open = false;
    };
    for (size_t k = 0; k < lines.size(); ++k) {
        const Line& l = lines[k];
        switch (l.kind) {
        case Line::Furniture:
            close();
            doc.boilerplate.emplace_back(l.start, l.end);
            break;
        case Line::Heading:
            close();
            doc.headings.emplace_back(l.start, l.end);
            heading = static_cast<int>(doc.headings.size()) - 1;
            break;
        case Line::Body:
            if (k < li) break; // a line in the top region that is neither headline nor byline: not prose
            if (!open) {
                cur = Block{l.start, l.end, heading};
                if (k == li && bodyStartOverride != std::string_view::npos) cur.start = bodyStartOverride;
                open = true;
            } else {
                cur.end = l.end;
            }
            break;
        default: close(); break;
        }
    }
    close();
    return blocks;
}

} // namespace salvo::text::detail
