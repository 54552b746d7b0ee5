// Place names: recognition, then resolution, then the places of the scenario.
//
// Recognition scans each sentence for the longest window of tokens whose folded text is an atlas name, starting only
// at capitalised tokens that are not inside an organisation ("Islamic State in Iraq and Syria", "Center for Strategic
// and International Studies") or a person's name ("Defense Secretary Lloyd Austin", "Jane Doe contributed", a surname
// seen before). Single words that are common English ("Worse", "Now", "Military") or only tiny hamlets without a
// locative context are dropped. Demonyms become modifier mentions of their country.
//
// Resolution scores each candidate: the atlas prior, the kind (countries and seas first), the place-type cue around
// the name ("Hama and Idlib provinces", "near six cities: A, B", "the city of X"), the document's focus countries,
// the countries named in the same sentence, coherence inside a coordination list, and one sense per discourse (the
// "Washington" after "Washington, D.C." is the same place). Scores become probabilities (softmax); the best five are
// kept as the place's candidates so the viewer can offer the runners-up.
#include "extract/Context.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace salvo::extract::detail {
namespace {

using atlas::Kind;

bool isPunct(const Tok& t, std::string_view p) { return !t.word && t.text == p; }

std::string_view stripPossessive(std::string_view w) {
    if (w.ends_with("'s")) w.remove_suffix(2);
    return w;
}

bool allLowerAlpha(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!(c >= 'a' && c <= 'z')) return false;
    return true;
}

// [organisations] Capitalised chunks with connectors, blocked when they contain an organisation head.
void blockOrganisations(Context& ctx, size_t a, size_t b) {
    auto& T = ctx.toks;
    size_t i = a;
    while (i < b) {
        if (!T[i].word || !T[i].cap) { ++i; continue; }
        size_t j = i;      // last token of the chunk
        bool org = lex::isOrgHead(stripPossessive(T[i].lower)) && !T[i].lower.ends_with("'s");
        bool group = T[i].lx.groupHead();
        size_t k = i + 1;
        while (k < b) {
            if (T[j].lower.ends_with("'s")) break;
            if (T[k].word && T[k].cap) { j = k; }
            else if (T[k].word && (T[k].lower == "of" || T[k].lower == "for" || T[k].lower == "and" ||
                                   T[k].lower == "the" || T[k].lower == "on" || T[k].lower == "de") &&
                     k + 1 < b && T[k + 1].word && T[k + 1].cap) { j = k + 1; ++k; }
            else if (T[k].word && T[k].lower == "in" && group && k + 1 < b) {
                // "Islamic State in Iraq and Syria", "al-Qaeda in Iraq and the Levant": a group name, not a location,
                // when "in" is followed by a coordination of two capitalised names.
                size_t m = k + 1;
                if (m < b && T[m].lower == "the") ++m;
                if (m < b && T[m].cap && m + 1 < b && T[m + 1].lower == "and") {
                    size_t n = m + 2;
                    if (n < b && T[n].lower == "the") ++n;
                    if (n < b && T[n].cap) { j = n; k = n; }
                    else break;
                } else break;
            }
            else if (!T[k].word && (T[k].text == "-" || T[k].text == ".") && k + 1 < b && T[k + 1].word &&
                     T[k + 1].start == T[k].end) { ++k; continue; }
            else break;
            if (T[j].word) {
                const auto w = stripPossessive(T[j].lower);
                if (T[j].cap && lex::isOrgHead(w)) org = true;
                if (lex::isGroupHead(w)) group = true;
            }
            ++k;
        }
        if (org && j > i) {
            // A chunk that is itself a place name, or ends in a base word ("Shaw Air Force Base"), is a place.
            const auto& key = ctx.fold(T[i].start, T[j].end);
            const bool place = ctx.atlas.hasKey(key) || T[j].lx.cue == lex::Cue::Base;
            if (!place) {
                // "U.S. Navy", "Syrian Army": the country before the organisation stays visible as its modifier,
                // also after a sentence-initial article ("A U.S. Navy destroyer fired ...").
                size_t head = i;
                while (head < j && T[head].lx.determiner()) ++head;
                size_t from = head;
                const auto& first = ctx.fold(T[head].start, T[head].end);
                if (ctx.atlas.hasKey(first))
                    for (const auto& c : ctx.candidates(first))
                        if (c.kind == Kind::Country) { from = head + 1; break; }
                for (size_t t = i; t <= j; ++t)
                    if (t < head || t >= from) ctx.blocked[t] = 1;
            }
        }
        i = j + 1;
    }
}

// [persons] Titles, given names, "X Y said", appositions; returns the name tokens found (lower-case).
void blockPersons(Context& ctx, size_t a, size_t b, std::vector<std::string_view>& names) {
    auto& T = ctx.toks;
    const auto markName = [&](size_t from, size_t to) { // inclusive
        for (size_t t = from; t <= to; ++t) {
            if (!T[t].word) continue;
            ctx.blocked[t] = 1;
            if (T[t].cap && !T[t].lx.title()) names.push_back(stripPossessive(T[t].lower));
        }
    };
    // Extends over capitalised words and particles ("al-Assad", "bin", "de") from i; returns the last index.
    const auto nameRun = [&](size_t i) {
        size_t j = i;
        for (size_t k = i; k < b; ++k) {
            const Tok& t = T[k];
            if (t.word && t.cap && !t.lx.speechVerb()) { j = k; if (t.lower.ends_with("'s")) break; continue; }
            if (t.word && (t.lower.starts_with("al-") || t.lower.starts_with("el-") || t.lower == "bin" ||
                           t.lower == "ibn" || t.lower == "al" || t.lower == "de" || t.lower == "van" ||
                           t.lower == "von") && k + 1 < b) { j = k; continue; }
            if (!t.word && (t.text == "." || t.text == "-") && k > i && T[k - 1].text.size() <= 4 &&
                k + 1 < b && T[k + 1].cap) continue; // initials "J. R."
            break;
        }
        return j;
    };
    for (size_t i = a; i < b; ++i) {
        const Tok& t = T[i];
        if (!t.word || !t.cap) continue;
        // Title + capitalised name: "Gen. Mark Milley", "Secretary General Mark Rutte".
        if (t.lx.title()) {
            size_t k = i + 1;
            if (k < b && isPunct(T[k], ".")) ++k;
            while (k < b && T[k].word && T[k].cap && T[k].lx.title()) {
                ++k;
                if (k < b && isPunct(T[k], ".")) ++k;
            }
            if (k < b && T[k].word && T[k].cap && !T[k].lx.orgHead()) {
                const size_t j = nameRun(k);
                // "President Obama" is a person; "King Khalid Air Base" and "President Putin" differ in whether the
                // words (with or without the title) form a known name that is not a lone country or demonym.
                bool place = false;
                for (size_t from : {i, k})
                    for (size_t to = j + 1; to-- > k && !place;) {
                        if (to == k && from == k) break; // a single word after a title is a surname
                        if (ctx.atlas.hasKey(ctx.fold(T[from].start, T[to].end))) place = true;
                    }
                if (!place) markName(k, j);
                i = j;
            }
            continue;
        }
        // Given name + capitalised word: "Carla Babb", "Jeff Sedlin".
        if (t.lx.givenName() && i + 1 < b && T[i + 1].word && T[i + 1].cap &&
            !T[i + 1].lx.orgHead()) {
            const size_t j = nameRun(i);
            const auto& key = ctx.fold(t.start, T[j].end);
            if (!ctx.atlas.hasKey(key)) { markName(i, j); i = j; continue; }
        }
        // Two to four capitalised words followed by a speech verb or an apposition: "John Quincy Public, a".
        if (!ctx.demonymOf(i)) {
            const size_t j = nameRun(i);
            const size_t words = j - i + 1;
            if (words >= 2 && words <= 4 && j + 1 < b) {
                const Tok& n = T[j + 1];
                bool follows = n.word && n.lx.speechVerb();
                if (isPunct(n, ",") && j + 2 < b && (T[j + 2].lower == "a" || T[j + 2].lower == "an"))
                    follows = true;
                bool anyCountry = false;
                for (size_t q = i; q <= j; ++q)
                    if (ctx.demonymOf(q)) anyCountry = true;
                if (follows && !anyCountry && !ctx.atlas.hasKey(ctx.fold(t.start, T[j].end)) &&
                    !T[j].lx.orgHead()) {
                    markName(i, j);
                    i = j;
                    continue;
                }
            }
        }
    }
}

struct Window {
    size_t last = 0;
    size_t end = 0;
    bool hyphen = false;
};

// [scan] Longest atlas name starting at token i.
std::optional<Window> longestName(Context& ctx, size_t i, size_t b, int maxWords) {
    auto& T = ctx.toks;
    std::optional<Window> best;
    int words = 0;
    for (size_t j = i; j < b; ++j) {
        const Tok& t = T[j];
        if (ctx.blocked[j]) break;
        if (t.word) {
            if (++words > maxWords) break;
            const auto dash = t.lower.find('-');
            const bool particle = dash != std::string_view::npos && dash > 0 &&
                                  lex::isNameConnector(t.lower.substr(0, dash)); // "al-Asad", "el-Mandeb"
            const bool hasUpper = std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (!t.cap && !t.number && j > i && !t.lx.nameConnector() && t.text.size() > 1 && !particle) {
                // Lower-case words inside names are particles ("Dayr az Zawr"); anything else ends the window.
                break;
            }
            if (t.cap || hasUpper || (t.text.size() == 1 && j > i)) {
                size_t end = t.end;
                bool hyphen = false;
                std::string_view w = t.text;
                if (w.ends_with("'s")) end -= 2;
                else if (auto h = w.rfind('-'); h != std::string_view::npos && h > 0 &&
                                                 allLowerAlpha(w.substr(h + 1))) {
                    end = t.start + h; // "U.S.-led", "Iranian-backed"
                    hyphen = true;
                }
                const auto& key = ctx.fold(T[i].start, end);
                if (!key.empty() && ctx.atlas.hasKey(key)) best = Window{j, end, hyphen};
                if (hyphen || w.ends_with("'s")) break;
            }
        } else {
            // Punctuation inside names: "Washington, D.C.", "Ain al-Asad", "Sana'a". Anything else ends the window.
            if (!(t.text == "," || t.text == "." || t.text == "-" || t.text == "'")) break;
            if (t.text == "," && words > 1) break;
        }
    }
    return best;
}

bool locativeBefore(const Context& ctx, size_t first, size_t a) {
    for (size_t k = first; k > a && first - k < 4;) {
        --k;
        const auto w = ctx.toks[k].lower;
        if (w == "in" || w == "near" || w == "at" || w == "outside" || w == "from" || w == "to" || w == "into" ||
            w == "of" || w == "on" || w == "toward" || w == "towards" || w == "over" || w == "across")
            return true;
        if (!ctx.toks[k].lx.determiner() && ctx.toks[k].word) return false;
    }
    return false;
}

double kindPrior(const atlas::Candidate& c) {
    switch (c.kind) {
    case Kind::Country: return 1.0;
    case Kind::Sea: return 0.6;
    case Kind::Admin1: return 0.15;
    case Kind::Base: return 0.35;
    case Kind::Region: return 0.2;
    case Kind::City: return 0.8 * std::log10(double(c.population) + 10.0) / 7.0;
    case Kind::Point: return 0.05;
    }
    return 0;
}

double cueScore(const PlaceMention& m, const atlas::Candidate& c) {
    const double w = m.cueWeak ? 0.35 : 1.0;
    switch (m.cue) {
    case lex::Cue::Admin1:
        return c.kind == Kind::Admin1 ? 1.2 * w : (c.kind == Kind::City ? -0.4 * w : 0.0);
    case lex::Cue::City:
        return c.kind == Kind::City ? 0.6 * w : (c.kind == Kind::Admin1 || c.kind == Kind::Country ? -0.6 * w : 0.0);
    case lex::Cue::Base:
        return c.kind == Kind::Base ? 1.2 * w : 0.0;
    case lex::Cue::Sea:
        return c.kind == Kind::Sea ? 1.0 * w : 0.0;
    case lex::Cue::None: break;
    }
    return 0;
}

// Place-type cues: after the name ("Latakia province"), after a list ("Hama and Idlib provinces"), before it ("the
// city of X", "the provinces of A, B and C", "near six cities: A, B"), or "near" as a weak hint.
void assignCues(Context& ctx) {
    auto& M = ctx.mentions;
    auto& T = ctx.toks;
    // Coordination lists: mentions joined by ",", "and", "or" in one sentence.
    int lists = 0;
    for (size_t i = 0; i + 1 < M.size(); ++i) {
        if (M[i].dropped || M[i].demonym) continue;
        size_t n = i + 1;
        while (n < M.size() && M[n].dropped) ++n;
        if (n >= M.size() || M[n].sentence != M[i].sentence || M[n].demonym) continue;
        bool joined = M[n].first > M[i].last;
        for (size_t k = M[i].last + 1; k < M[n].first && joined; ++k) {
            const auto w = T[k].lower;
            joined = w == "," || w == "and" || w == "or";
        }
        if (!joined || M[n].first - M[i].last > 3) continue;
        if (M[i].list < 0) M[i].list = lists++;
        M[n].list = M[i].list;
    }
    for (auto& m : M) {
        if (m.dropped || m.demonym) continue;
        const auto [a, b] = ctx.sentenceTokens(m.sentence);
        if (m.last + 1 < b) {
            const auto c = T[m.last + 1].lx.cue;
            if (c != lex::Cue::None) m.cue = c;
        }
        if (m.cue == lex::Cue::None && m.first > a) {
            size_t k = m.first - 1;
            if ((T[k].lower == "of" || T[k].lower == ":") && k > a) {
                --k;
                if (T[k].number && k > a) --k; // "six cities:"
                const auto c = T[k].lx.cue;
                if (c != lex::Cue::None && c != lex::Cue::Sea) m.cue = c;
            } else if (T[k].lower == "near" || T[k].lower == "outside") {
                m.cue = lex::Cue::City;
                m.cueWeak = true;
            }
        }
    }
    // Distribute a strong cue over the list (the last strong cue in the list wins). One pass to find each list's cue
    // and one to apply it: a loop over lists × mentions was quadratic on a 10 MB line of "X and Y" clauses.
    std::vector<lex::Cue> listCue(static_cast<size_t>(lists), lex::Cue::None);
    for (const auto& m : M)
        if (m.list >= 0 && !m.dropped && m.cue != lex::Cue::None && !m.cueWeak) listCue[static_cast<size_t>(m.list)] = m.cue;
    for (auto& m : M) {
        if (m.list < 0 || m.dropped) continue;
        const lex::Cue cue = listCue[static_cast<size_t>(m.list)];
        if (cue != lex::Cue::None && (m.cue == lex::Cue::None || m.cueWeak)) { m.cue = cue; m.cueWeak = false; }
    }
}

// Weights by country code, for the handful of countries one article or sentence names: a short list searched
// linearly. Resolution asks it for every candidate of every mention, twice; a hash map of std::string keys spent more
// time hashing two-letter codes than scoring.
class CountryWeights {
public:
    // The weight of `iso2`, or nullptr when it has none. An empty code never has one.
    const double* find(std::string_view iso2) const {
        if (iso2.empty()) return nullptr;
        const uint64_t k = code(iso2);
        for (const auto& [c, w] : m_items)
            if (c == k) return &w;
        return nullptr;
    }
    double& operator[](std::string_view iso2) {
        const uint64_t k = code(iso2);
        for (auto& [c, w] : m_items)
            if (c == k) return w;
        return m_items.emplace_back(k, 0.0).second;
    }
    auto begin() { return m_items.begin(); }
    auto end() { return m_items.end(); }

private:
    // Country codes are two or three ASCII letters; any string up to 7 bytes packs exactly, with its length on top.
    static uint64_t code(std::string_view s) {
        uint64_t k = static_cast<uint64_t>(std::min<size_t>(s.size(), 255)) << 56;
        for (size_t i = 0; i < s.size() && i < 7; ++i) k |= static_cast<uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
        return k;
    }
    std::vector<std::pair<uint64_t, double>> m_items;
};

// sentenceCountries minus `ownCountry` (a country name does not support its own cities) are the sentence's countries.
void rankMention(const Context& ctx, PlaceMention& m, const CountryWeights& focus,
                 const CountryWeights& sentenceCountries, std::string_view ownCountry,
                 const std::string& listCountry,
                 const std::vector<atlas::EntryRef>& discourse,
                 const std::vector<std::pair<atlas::EntryRef, double>>* keyVotes) {
    const auto& cs = *m.cands;
    if (m.countryNamed.size() != cs.size()) {
        // Computed once per mention (both passes use it): folding allocates.
        m.countryNamed.assign(cs.size(), 0);
        for (size_t i = 0; i < cs.size(); ++i)
            if (cs[i].kind == Kind::Country && foldKey(cs[i].name) == m.key) m.countryNamed[i] = 1;
    }
    auto& s = m.ranked; // the second pass reuses the first pass's buffer
    s.clear();
    s.reserve(cs.size());
    for (size_t i = 0; i < cs.size(); ++i) {
        const auto& c = cs[i];
        double v = 0.8 * c.score + kindPrior(c) + cueScore(m, c);
        if (m.countryNamed[i]) v += 1.0; // "Iraq" is the country, not Arak
        if (const double* f = focus.find(c.iso2)) v += 0.5 * *f;
        if (c.kind != Kind::Country && c.iso2 != ownCountry)
            if (const double* f = sentenceCountries.find(c.iso2)) v += 0.6 * *f;
        if (!listCountry.empty() && c.iso2 == listCountry) v += 0.5;
        if (std::find(discourse.begin(), discourse.end(), c.ref) != discourse.end()) v += 1.0;
        // National capitals are what news text means by a bare capital's name ("Moscow", not Moscow, Idaho).
        if (ctx.isCapital(c)) v += 0.4;
        // One sense per discourse: the other mentions of the same name vote (cues still win).
        if (keyVotes)
            for (const auto& [ref, share] : *keyVotes)
                if (ref == c.ref) v += 0.4 * share;
        s.emplace_back(static_cast<int>(i), v);
    }
    std::stable_sort(s.begin(), s.end(), [](auto& x, auto& y) { return x.second > y.second; });
    // Softmax with a temperature that makes a 0.5 lead worth about 88%.
    const double T = 0.25;
    const double top = s.empty() ? 0.0 : s[0].second;
    double sum = 0;
    for (auto& [i, v] : s) {
        v = std::exp((v - top) / T);
        sum += v;
    }
    for (auto& [i, v] : s) v /= sum;
    if (s.size() > 5) s.resize(5);
}

std::string kindName(Kind k) { return std::string(atlas::toString(k)); }

const char* precisionOf(Kind k) {
    switch (k) {
    case Kind::Country: return "country";
    case Kind::Admin1: return "admin1";
    case Kind::Sea: return "sea";
    case Kind::Region: return "region";
    default: return "point";
    }
}

std::string admin1Of(const atlas::Candidate& c) {
    if (c.kind == Kind::Admin1) return c.name;
    return c.admin1Name;
}

} // namespace

void findPlaces(Context& ctx, scenario::Scenario& out) {
    auto& T = ctx.toks;
    const auto& doc = ctx.doc;
    const int maxWords = std::max(1, std::min(ctx.atlas.maxNameWords(), 8));
    const int nSent = static_cast<int>(doc.sentences.size());

    // Pass 1: organisations and persons, document-wide, so a surname blocks its later bare uses ("Carter said").
    std::vector<std::string_view> personNames; // sorted and deduplicated once complete
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        blockOrganisations(ctx, a, b);
        blockPersons(ctx, a, b, personNames);
    }
    std::sort(personNames.begin(), personNames.end());
    personNames.erase(std::unique(personNames.begin(), personNames.end()), personNames.end());
    for (size_t i = 0; i < T.size(); ++i)
        if (T[i].word && T[i].cap && !ctx.blocked[i] &&
            std::binary_search(personNames.begin(), personNames.end(), stripPossessive(T[i].lower))) {
            // A bare surname seen in a person's name; a longer place name starting here still wins below.
            const bool nextCap = i + 1 < T.size() && T[i + 1].cap && T[i + 1].sentence == T[i].sentence;
            if (!nextCap) ctx.blocked[i] = 1;
        }

    // Pass 2: longest atlas names and demonyms.
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        for (size_t i = a; i < b; ++i) {
            const Tok& t = T[i];
            if (!t.word || !t.cap || ctx.blocked[i]) continue;
            if (auto w = longestName(ctx, i, b, maxWords)) {
                PlaceMention m;
                m.first = i;
                m.last = w->last;
                m.start = t.start;
                m.end = w->end;
                // "Washington, D.C." keeps its final period.
                if (m.last + 1 < b && isPunct(T[m.last + 1], ".") && T[m.last].text.size() == 1 &&
                    T[m.last + 1].start == T[m.last].end) m.end = T[m.last + 1].end;
                m.sentence = s;
                m.key = ctx.fold(t.start, w->end);
                // A lower-case compass word before the name belongs to it when the atlas knows the whole phrase
                // ("the eastern Mediterranean", "the south Caspian"): a narrower area than the bare name.
                if (i > a && T[i - 1].word && !T[i - 1].cap && !ctx.blocked[i - 1] &&
                    lex::isCompassWord(T[i - 1].lower)) {
                    const auto& wider = ctx.fold(T[i - 1].start, w->end);
                    if (ctx.atlas.hasKey(wider)) {
                        m.first = i - 1;
                        m.start = T[i - 1].start;
                        m.key = wider;
                    }
                }
                m.hyphenModifier = w->hyphen;
                m.cands = &ctx.candidates(m.key);
                const bool single = w->last == i || (m.key.find(' ') == std::string::npos);
                bool drop = m.cands->empty();
                if (!drop && single && lex::isStopWord(stripPossessive(t.lower))) drop = true;
                if (!drop && single && t.lx.timeWord()) drop = true;
                if (!drop && single && t.text.size() <= 4 &&
                    std::all_of(t.text.begin(), t.text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; })) {
                    // Acronyms ("USS", "IS", "AP") are places only as country abbreviations ("UK", "UAE").
                    bool country = false;
                    for (const auto& k : *m.cands) country |= k.kind == Kind::Country;
                    if (!country) drop = true;
                }
                if (!drop && single) {
                    // Only small villages and hamlets: keep them only where the text says it is a place.
                    bool anyMajor = false;
                    for (const auto& c : *m.cands)
                        if (c.kind != Kind::City || c.population >= 20000) anyMajor = true;
                    if (!anyMajor && !locativeBefore(ctx, i, a)) drop = true;
                }
                if (!drop) {
                    // A demonym reading wins over a place of the same spelling ("Iranian" the village? no: the adjective).
                    if (auto c = ctx.demonymOfBare(i); c && single) {
                        bool country = false;
                        for (const auto& k : *m.cands) country |= k.kind == Kind::Country;
                        if (!country) drop = true;
                    }
                }
                if (!drop) {
                    ctx.mentions.push_back(std::move(m));
                    i = w->last;
                    continue;
                }
            }
            // Demonyms: "Russian", "Syrian", "Iranians".
            std::string_view word = stripPossessive(t.text);
            std::optional<uint32_t> c;
            if (auto h = word.find('-'); h != std::string_view::npos && h > 0) {
                word = word.substr(0, h);
                c = ctx.atlas.countryByDemonym(word);
            } else {
                c = ctx.demonymOfBare(i);
            }
            if (c) {
                PlaceMention m;
                m.first = m.last = i;
                m.start = t.start;
                m.end = t.start + word.size();
                m.sentence = s;
                m.demonym = true;
                m.role = "modifier";
                m.key = "\x01" + ctx.atlas.countries()[*c].iso2; // cache slot for the country reading
                auto& slot = ctx.cache[m.key];
                if (slot.empty()) slot.push_back(ctx.atlas.candidate({atlas::EntryRef::Table::Country, *c}));
                m.cands = &slot;
                ctx.mentions.push_back(std::move(m));
            }
        }
    }
    // Blocked organisations may still carry a demonym ("Syrian Army"): actors need it, places do not.
    for (size_t i = 0; i < T.size(); ++i) {
        if (!ctx.blocked[i] || !T[i].cap || T[i].sentence < 0 || ctx.skipSentence[T[i].sentence]) continue;
        std::string_view word = stripPossessive(T[i].text);
        if (auto c = ctx.demonymOfBare(i)) {
            PlaceMention m;
            m.first = m.last = i;
            m.start = T[i].start;
            m.end = T[i].start + word.size();
            m.sentence = T[i].sentence;
            m.demonym = true;
            m.role = "modifier";
            m.key = "\x01" + ctx.atlas.countries()[*c].iso2;
            auto& slot = ctx.cache[m.key];
            if (slot.empty()) slot.push_back(ctx.atlas.candidate({atlas::EntryRef::Table::Country, *c}));
            m.cands = &slot;
            ctx.mentions.push_back(std::move(m));
        }
    }
    std::sort(ctx.mentions.begin(), ctx.mentions.end(),
              [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });

    assignCues(ctx);

    // Focus: how much the document is about each country (names count 1, demonyms 0.5, places of one country 0.5).
    CountryWeights focus;
    std::vector<CountryWeights> sentenceCountries(static_cast<size_t>(nSent));
    std::vector<std::string> ownCountry(ctx.mentions.size()); // a country name does not support its own cities
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        const auto& m = ctx.mentions[mi];
        if (m.dropped || m.cands->empty()) continue;
        const auto& c0 = m.cands->front();
        bool oneCountry = true;
        for (const auto& c : *m.cands) oneCountry &= c.iso2 == c0.iso2;
        if (c0.kind == Kind::Country) {
            focus[c0.iso2] += m.demonym ? 0.5 : 1.0;
            auto& w = sentenceCountries[m.sentence][c0.iso2];
            w = std::max(w, m.demonym ? 0.6 : 1.0);
            ownCountry[mi] = c0.iso2;
        } else if (oneCountry && !c0.iso2.empty()) {
            focus[c0.iso2] += 0.5;
        }
    }
    // Country-name mentions per (sentence, ISO2). Mentions are in text order, so a sentence's are adjacent.
    std::vector<int> ownCountryCount(ctx.mentions.size(), 0);
    for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
        if (ownCountry[mi].empty()) continue;
        const int sen = ctx.mentions[mi].sentence;
        size_t lo = mi, hi = mi + 1;
        while (lo > 0 && ctx.mentions[lo - 1].sentence == sen) --lo;
        while (hi < ctx.mentions.size() && ctx.mentions[hi].sentence == sen) ++hi;
        for (size_t mj = lo; mj < hi; ++mj) ownCountryCount[mi] += ownCountry[mj] == ownCountry[mi];
    }
    double maxFocus = 0;
    for (auto& [k, v] : focus) maxFocus = std::max(maxFocus, v);
    for (auto& [k, v] : focus) v /= std::max(1.0, maxFocus);

    // Resolve: first pass without list coherence and discourse, second pass with them.
    const CountryWeights none;
    std::vector<std::pair<atlas::EntryRef, double>> votes;
    for (int pass = 0; pass < 2; ++pass) {
        std::unordered_map<int, std::unordered_map<std::string, double>> listVotes;
        std::vector<atlas::EntryRef> discourse;
        std::unordered_map<std::string, std::vector<std::pair<atlas::EntryRef, double>>> keyVotes;
        if (pass == 1) {
            for (const auto& m : ctx.mentions) {
                if (m.dropped || m.ranked.empty()) continue;
                auto& kv = keyVotes[m.key];
                auto it = std::find_if(kv.begin(), kv.end(), [&](auto& x) { return x.first == m.best()->ref; });
                if (it == kv.end()) kv.emplace_back(m.best()->ref, m.ranked[0].second);
                else it->second += m.ranked[0].second;
                if (m.list >= 0) listVotes[m.list][m.best()->iso2] += m.ranked[0].second;
                // Longer names settle the sense of their shorter forms ("Washington, D.C." -> "Washington").
                if (m.key.find(' ') != std::string::npos && m.ranked[0].second > 0.5 &&
                    std::find(discourse.begin(), discourse.end(), m.best()->ref) == discourse.end())
                    discourse.push_back(m.best()->ref); // a set: repeats made the look-ups quadratic
            }
        }
        for (size_t mi = 0; mi < ctx.mentions.size(); ++mi) {
            auto& m = ctx.mentions[mi];
            if (m.dropped || m.cands->empty()) continue;
            std::string listCountry;
            if (auto it = listVotes.find(m.list); it != listVotes.end()) {
                double best = 0;
                for (auto& [k, v] : it->second)
                    if (v > best && !k.empty()) { best = v; listCountry = k; }
            }
            const auto& sc = m.sentence >= 0 ? sentenceCountries[m.sentence] : none;
            // Another mention of the same country in the sentence still counts; its own does not.
            std::string_view own;
            if (!ownCountry[mi].empty() && ownCountryCount[mi] == 1) own = ownCountry[mi];
            votes.clear();
            if (auto it = keyVotes.find(m.key); it != keyVotes.end()) {
                double total = 0;
                for (auto& [r, v] : it->second) total += v;
                for (auto& [r, v] : it->second) votes.emplace_back(r, total > 0 ? v / total : 0.0);
            }
            rankMention(ctx, m, focus, sc, own, listCountry, discourse, pass == 1 ? &votes : nullptr);
        }
    }

    // Roles: modifiers ("U.S.-led", "U.S. official") and metonymic capitals ("Moscow is risking", "from Ankara that").
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.ranked.empty() || m.demonym) continue;
        const auto* c = m.best();
        const auto [a, b] = ctx.sentenceTokens(m.sentence);
        const Tok* next = m.last + 1 < b ? &T[m.last + 1] : nullptr;
        const Tok* prev = m.first > a ? &T[m.first - 1] : nullptr;
        if (m.hyphenModifier) { m.role = "modifier"; continue; }
        if (c->kind == Kind::Country && next && next->word && !T[m.last].lower.ends_with("'s") &&
            (next->lx.speakerNoun() || next->lx.title() || next->lx.orgHead() ||
             (next->lx.actorNoun() && !next->lx.subjectVerb()))) {
            m.role = "modifier";
            continue;
        }
        if (ctx.isCapital(*c)) {
            const bool subject = next && next->word && next->lx.subjectVerb() &&
                                 !(prev && prev->word && prev->lx.preposition() && prev->lower != "by");
            const bool fromThat = prev && prev->lower == "from" && next && next->lower == "that";
            const bool agent = prev && prev->lower == "by";
            if (subject || fromThat || agent) m.role = "metonymic";
        }
    }

    // Places: one per resolved entry; demonym-only countries stay out unless events need them (Events adds them).
    for (auto& m : ctx.mentions) {
        if (m.dropped || m.ranked.empty() || m.demonym) continue;
        const auto* c = m.best();
        int found = -1;
        for (size_t p = 0; p < out.places.size(); ++p)
            if (out.places[p].geonamesId.value_or(-1) == (c->geonameId ? c->geonameId : -1) && c->geonameId &&
                out.places[p].name == c->name) found = static_cast<int>(p);
        if (found < 0)
            for (size_t p = 0; p < out.places.size(); ++p) {
                const auto& q = out.places[p];
                if (q.name == c->name && q.kind == kindName(c->kind) && q.country == c->iso2 &&
                    std::abs(q.pos.lat - c->pos.lat) < 1e-6 && std::abs(q.pos.lon - c->pos.lon) < 1e-6)
                    found = static_cast<int>(p);
            }
        if (found < 0) {
            scenario::Place p;
            p.id = "p" + std::to_string(out.places.size() + 1);
            p.name = c->name;
            p.kind = kindName(c->kind);
            p.pos = c->pos;
            p.country = c->iso2;
            p.admin1 = admin1Of(*c);
            p.precision = precisionOf(c->kind);
            p.radiusMeters = c->radiusKm * 1000.0;
            if (c->geonameId) p.geonamesId = c->geonameId;
            for (const auto& [idx, prob] : m.ranked) {
                const auto& k = (*m.cands)[idx];
                p.candidates.push_back({k.name, kindName(k.kind), k.pos, k.iso2, admin1Of(k), prob, k.geonameId});
            }
            out.places.push_back(std::move(p));
            found = static_cast<int>(out.places.size() - 1);
            // Ambiguity worth a look: a close runner-up in another country or far away.
            if (m.ranked.size() > 1 && m.ranked[0].second < 0.6) {
                const auto& r = (*m.cands)[m.ranked[1].first];
                if (r.iso2 != c->iso2 || std::abs(r.pos.lat - c->pos.lat) + std::abs(r.pos.lon - c->pos.lon) > 1.0)
                    ctx.diagnostics.push_back({Severity::Note, "geocode.ambiguous",
                                               "'" + std::string(doc.slice(m.start, m.end)) + "' read as " + c->name +
                                                   " (" + c->iso2 + "), runner-up " + r.name + " (" + r.iso2 + ")",
                                               {m.start, m.end}, {}});
            }
        }
        m.place = found;
        out.places[found].mentions.push_back(
            {m.start, m.end, m.sentence, std::string(doc.slice(m.start, m.end)), m.role});
    }
    // Demonyms of countries that are places anyway become modifier mentions of them.
    for (auto& m : ctx.mentions) {
        if (!m.demonym || m.ranked.empty()) continue;
        const auto* c = m.best();
        for (size_t p = 0; p < out.places.size(); ++p)
            if (out.places[p].kind == "country" && out.places[p].country == c->iso2) {
                m.place = static_cast<int>(p);
                out.places[p].mentions.push_back(
                    {m.start, m.end, m.sentence, std::string(doc.slice(m.start, m.end)), "modifier"});
            }
    }
    for (auto& p : out.places)
        std::sort(p.mentions.begin(), p.mentions.end(),
                  [](const scenario::Mention& x, const scenario::Mention& y) { return x.start < y.start; });

    // Unresolved names: capitalised words after "in/near/at" or listed next to places, that the atlas does not know.
    for (int s = 0; s < nSent; ++s) {
        if (ctx.skipSentence[s]) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        for (size_t i = a; i < b; ++i) {
            if (!T[i].word || !T[i].cap || ctx.blocked[i] || ctx.mentionAtToken(i) >= 0) continue;
            const auto bare = stripPossessive(T[i].lower);
            if (lex::isStopWord(bare) || lex::isTimeWord(bare) || lex::isTitle(bare)) continue;
            if (ctx.demonymOfBare(i)) continue;
            if (T[i].sentenceInitial) continue;
            size_t j = i;
            while (j + 1 < b && T[j + 1].word && (T[j + 1].cap || T[j + 1].lx.nameConnector()) &&
                   !ctx.blocked[j + 1] && ctx.mentionAtToken(j + 1) < 0)
                ++j;
            while (j > i && !T[j].cap) --j;
            bool listed = false;
            if (i > a) {
                const auto p = T[i - 1].lower;
                listed = (p == "," || p == "and") && i >= 2 && ctx.mentionAtToken(i - 2) >= 0;
            }
            if (j + 1 < b && (T[j + 1].lower == "," || T[j + 1].lower == "and") && j + 2 < b &&
                ctx.mentionAtToken(j + 2) >= 0)
                listed = true;
            const bool loc = i > a && (T[i - 1].lower == "near" || T[i - 1].lower == "in" || T[i - 1].lower == "at" ||
                                       T[i - 1].lower == "outside");
            if ((listed || loc) && !T[j].lx.orgHead()) {
                ctx.diagnostics.push_back({Severity::Warning, "geocode.not_found",
                                           "no place called '" + std::string(doc.slice(T[i].start, T[j].end)) +
                                               "' in the atlas",
                                           {T[i].start, T[j].end}, {}});
            }
            i = j;
        }
    }
}

} // namespace salvo::extract::detail
