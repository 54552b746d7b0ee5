// Token pre-digestion and the small services every extraction pass uses. Folding goes through core's foldKeyInto
// into one reused buffer, so keys match the atlas's exactly and the hot path (every capitalised token window) does
// not allocate.
#include "extract/Context.hpp"

#include "core/Hash.hpp"
#include "core/Utf8.hpp"

#include <algorithm>

namespace salvo::extract::detail {

const std::vector<atlas::Candidate>& Context::candidates(const std::string& key) {
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    atlas::LookupOptions opt;
    opt.limit = 25;
    auto found = atlas.lookup(key, opt);
    // A country named exactly so leaves no room for a place that only lists the name among its alternates: "Iraq" is
    // never Arak (Iran), whose GeoNames alternate names include it.
    std::string folded; // one buffer for the candidates' folded names
    const auto namedSo = [&](const atlas::Candidate& c) {
        foldKeyInto(folded, c.name);
        return folded == key;
    };
    const bool country = std::any_of(found.begin(), found.end(), [&](const atlas::Candidate& c) {
        return c.kind == atlas::Kind::Country && namedSo(c);
    });
    if (country)
        std::erase_if(found, [&](const atlas::Candidate& c) {
            return c.kind != atlas::Kind::Country && c.kind != atlas::Kind::Admin1 && !namedSo(c);
        });
    return cache.emplace(key, std::move(found)).first->second;
}

const std::string& Context::fold(size_t start, size_t end) {
    foldKeyInto(keyBuf, std::string_view(names).substr(start, end - start)); // reuses keyBuf: no allocation
    return keyBuf;
}

std::pair<size_t, size_t> Context::sentenceTokens(int s) const {
    const auto& sen = doc.sentences[static_cast<size_t>(s)];
    const size_t a = std::min(sen.firstToken, toks.size());
    return {a, std::min(a + sen.tokenCount, toks.size())};
}

std::pair<size_t, size_t> Context::sentenceMentions(int s) const {
    const auto [a, b] = sentenceTokens(s);
    const auto byFirst = [](const PlaceMention& m, size_t v) { return m.first < v; };
    const auto lo = std::lower_bound(mentions.begin(), mentions.end(), a, byFirst);
    const auto hi = std::lower_bound(lo, mentions.end(), b, byFirst);
    return {static_cast<size_t>(lo - mentions.begin()), static_cast<size_t>(hi - mentions.begin())};
}

namespace {
// The mention covering token t, or -1. Mentions are few (tens) and sorted by token: a binary search.
int findMentionAt(const std::vector<PlaceMention>& mentions, size_t t) {
    auto it = std::upper_bound(mentions.begin(), mentions.end(), t,
                               [](size_t v, const PlaceMention& m) { return v < m.first; });
    while (it != mentions.begin()) {
        --it;
        if (!it->dropped && it->first <= t && t <= it->last) return static_cast<int>(it - mentions.begin());
        if (it->last < t && it->first + 8 < t) break;
    }
    return -1;
}
} // namespace

int Context::mentionAtToken(size_t t) const {
    if (t >= mentionAtCache.size()) return findMentionAt(mentions, t);
    if (mentionAtCache[t] == -2) mentionAtCache[t] = findMentionAt(mentions, t);
    return mentionAtCache[t];
}

namespace {
// The slot of `word` in an open-addressing table: its own, or the free one where it belongs.
size_t slotOf(const std::vector<std::pair<std::string_view, int32_t>>& slots, std::string_view word) {
    const size_t mask = slots.size() - 1;
    size_t i = fnv1a(word) & mask;
    while (!slots[i].first.empty() && slots[i].first != word) i = (i + 1) & mask;
    return i;
}

// The atlas folds its argument, so the answer depends only on the lower-case word: ask once per distinct word.
std::optional<uint32_t> cachedDemonym(const Context& ctx, std::vector<int32_t>& cache, size_t t, std::string_view text,
                                      std::string_view lower) {
    if (t >= cache.size() || lower.empty()) return ctx.atlas.countryByDemonym(text);
    if (cache[t] == -2) {
        auto& slots = ctx.demonymByWord;
        if (2 * (ctx.demonymWords + 1) > slots.size()) {
            std::vector<std::pair<std::string_view, int32_t>> grown(std::max<size_t>(256, 2 * slots.size()));
            for (const auto& e : slots)
                if (!e.first.empty()) grown[slotOf(grown, e.first)] = e;
            slots.swap(grown);
        }
        auto& e = slots[slotOf(slots, lower)];
        if (e.first.empty()) {
            const auto c = ctx.atlas.countryByDemonym(text);
            e = {lower, c ? static_cast<int32_t>(*c) : -1};
            ++ctx.demonymWords;
        }
        cache[t] = e.second;
    }
    if (cache[t] < 0) return std::nullopt;
    return static_cast<uint32_t>(cache[t]);
}
} // namespace

std::optional<uint32_t> Context::demonymOf(size_t t) const {
    return cachedDemonym(*this, demonymCache, t, toks[t].text, toks[t].lower);
}

std::optional<uint32_t> Context::demonymOfBare(size_t t) const {
    return cachedDemonym(*this, demonymBareCache, t, stripPossessive(toks[t].text), stripPossessive(toks[t].lower));
}

bool Context::isCapital(const atlas::Candidate& c) const {
    if (c.ref.table != atlas::EntryRef::Table::Place) return false;
    const auto& places = atlas.places();
    return c.ref.index < places.size() && places[c.ref.index].featureCode == "PPLC";
}

bool Context::isShipName(size_t t) const {
    if (!shipWordsRead) {
        shipWordsRead = true;
        for (size_t k = 0; k + 1 < toks.size(); ++k)
            if (toks[k + 1].cap && toks[k + 1].word && !lex::navyOfShipPrefix(toks[k].lower).empty() &&
                std::find(shipWords.begin(), shipWords.end(), toks[k + 1].lower) == shipWords.end())
                shipWords.push_back(toks[k + 1].lower);
    }
    if (t >= toks.size() || !toks[t].cap || !toks[t].word) return false;
    if (t > 0 && !lex::navyOfShipPrefix(toks[t - 1].lower).empty()) return true;
    return std::find(shipWords.begin(), shipWords.end(), toks[t].lower) != shipWords.end();
}

// A military aircraft's designation: "RQ-4", "MQ-9", "F-15s", "B-52", "Su-24", "Tu-22M3", "MiG-29", "Mi-24". The
// prefixes of missiles written the same way ("C-802", "P-800", "S-300", "Kh-22") are not among them.
bool aircraftDesignation(std::string_view w) {
    static constexpr std::string_view kPrefixes[] = {"f", "b", "a", "mq", "rq", "su", "tu", "mig", "mi", "ka",
                                                     "ah", "uh", "mh", "ch", "hh", "kc", "ea", "fa", "av", "ac",
                                                     "sr", "ov", "j", "il", "an", "yak"};
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size() || w[dash + 1] < '0' || w[dash + 1] > '9')
        return false;
    if (std::find(std::begin(kPrefixes), std::end(kPrefixes), w.substr(0, dash)) == std::end(kPrefixes)) return false;
    size_t q = dash + 1;
    while (q < w.size() && w[q] >= '0' && w[q] <= '9') ++q;
    while (q < w.size() && w[q] >= 'a' && w[q] <= 'z') ++q; // "Tu-22M3", "F-15E", "F-15s"
    while (q < w.size() && w[q] >= '0' && w[q] <= '9') ++q;
    if (q < w.size() && w[q] == 's') ++q;
    return q == w.size();
}

namespace {
// "an anti-ship ballistic missile (ASBM)", "unmanned aerial vehicles (UAV)": an abbreviation the text defines in
// parentheses after a munition noun is that munition wherever it recurs ("the fifth ASBM", "three UAVs").
void defineMunitionAbbreviations(Context& ctx) {
    auto& T = ctx.toks;
    std::vector<std::pair<std::string_view, lex::Word>> defined;
    for (size_t i = 1; i + 2 < T.size(); ++i) {
        const Tok& abbr = T[i + 1];
        if (T[i].text != "(" || T[i + 2].text != ")" || abbr.text.size() < 2 || abbr.text.size() > 6 ||
            !std::all_of(abbr.text.begin(), abbr.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            continue;
        const Tok& head = T[i - 1];
        const bool drone = (head.lower.starts_with("vehicle") || head.lower.starts_with("system")) && i >= 2 &&
                           (T[i - 2].lower == "aerial" || T[i - 2].lower == "unmanned");
        if (!head.lx.munitionHead() && !drone) continue;
        defined.emplace_back(abbr.lower, drone ? lex::word("drone") : head.lx);
    }
    if (defined.empty()) return;
    for (auto& t : T) {
        if (!t.word || !t.cap || t.lx.flags != 0) continue;
        for (const auto& [lower, lx] : defined) {
            const bool plural = t.lower.size() == lower.size() + 1 && t.lower.back() == 's';
            if (t.lower == lower || (plural && t.lower.starts_with(lower))) {
                t.lx = lx;
                break;
            }
        }
    }
}
} // namespace

void quietVerbsInsideNames(Context& ctx) {
    constexpr uint32_t kVerbs = lex::Word::kSpeech | lex::Word::kSubjectVerb;
    for (const auto& m : ctx.mentions)
        for (size_t k = m.first + 1; k <= m.last && k < ctx.toks.size(); ++k) ctx.toks[k].lx.flags &= ~kVerbs;
}

void prepareTokens(Context& ctx) {
    const auto& doc = ctx.doc;
    ctx.lower = asciiLower(doc.text);
    ctx.names = doc.text;
    ctx.toks.resize(doc.tokens.size());
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const auto& t = doc.tokens[i];
        Tok& k = ctx.toks[i];
        k.start = t.start;
        k.end = std::max(t.start, std::min(t.end, doc.text.size()));
        k.text = std::string_view(doc.text).substr(k.start, k.end - k.start);
        k.lower = std::string_view(ctx.lower).substr(k.start, k.end - k.start);
        k.word = t.kind == text::TokenKind::Word || t.kind == text::TokenKind::Number;
        k.number = t.kind == text::TokenKind::Number;
        k.cap = !k.text.empty() && k.text[0] >= 'A' && k.text[0] <= 'Z';
        k.sentenceInitial = t.sentenceInitial;
        // "AI-Mandeb", "AI-Asad": a capital I for the l of the Arabic article, a common slip in typed releases.
        if (k.text.size() > 3 && k.text.starts_with("AI-") && k.text[3] >= 'A' && k.text[3] <= 'Z') {
            ctx.names[k.start + 1] = 'l';
            ctx.lower[k.start + 1] = 'l';
        }
        if (k.word) {
            // Punctuation and symbols are in no list. The tokenizer keeps an abbreviation's period ("Gen.", "Jan.",
            // "Fla."); the lists hold the bare word.
            k.lx = lex::word(k.lower);
            if (k.lx.flags == 0 && k.lx.cue == lex::Cue::None && k.lower.size() > 1 && k.lower.back() == '.')
                k.lx = lex::word(k.lower.substr(0, k.lower.size() - 1));
            if (k.lx.unit == lex::UnitClass::None && k.cap && aircraftDesignation(k.lower))
                k.lx.unit = lex::UnitClass::Aircraft;
        }
    }
    defineMunitionAbbreviations(ctx);
    // "F-16 fighter jets", "B-2 Spirit bombers": a designation before more of a noun phrase is a modifier; it names the
    // aircraft only at the phrase's end ("a U.S. Navy RQ-4 was flying", "Two F-15s took part").
    for (size_t i = 0; i + 1 < ctx.toks.size(); ++i) {
        Tok& d = ctx.toks[i];
        if (d.lx.unit != lex::UnitClass::Aircraft || d.lower.find('-') == std::string_view::npos) continue;
        const Tok& n = ctx.toks[i + 1];
        const bool phraseEnds = !n.word || n.lx.preposition() || n.lx.determiner() || isVerbLike(n) ||
                                n.lower == "and" || n.lower == "or" || n.lower == "was" || n.lower == "were" ||
                                n.lower == "is" || n.lower == "has" || n.lower == "had" || n.lower == "that" ||
                                // irregular past tenses: "Turkish F-16s shot down a Russian Su-24"
                                n.lower == "shot" || n.lower == "struck" || n.lower == "hit" || n.lower == "flew";
        if (phraseEnds) continue;
        // "an F-15E Strike Eagle crashed", "B-2 Spirit bombers": a type name after the designation. Ending the phrase,
        // it names the aircraft (and "Strike" in it opens no strike); before more of the phrase, all is a modifier.
        size_t j = i + 1;
        while (j < ctx.toks.size() && j < i + 4 && ctx.toks[j].word && ctx.toks[j].cap &&
               !ctx.toks[j].lx.munitionHead() && ctx.toks[j].lx.unit != lex::UnitClass::Aircraft)
            ++j;
        const bool typeName = j > i + 1 && (j >= ctx.toks.size() || !ctx.toks[j].word || ctx.toks[j].lx.preposition() ||
                                            isVerbLike(ctx.toks[j]) || ctx.toks[j].is("was") ||
                                            ctx.toks[j].is("were") || ctx.toks[j].is("and"));
        if (!typeName) {
            d.lx.unit = lex::UnitClass::None;
            continue;
        }
        for (size_t k = i + 1; k < j; ++k) ctx.toks[k].lx.trigger = lex::Trigger::None;
        ctx.toks[j - 1].lx.unit = lex::UnitClass::Aircraft;
    }
    ctx.skipSentence.assign(doc.sentences.size(), 0);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
        const auto& sen = doc.sentences[s];
        for (size_t i = sen.firstToken; i < sen.firstToken + sen.tokenCount && i < ctx.toks.size(); ++i)
            ctx.toks[i].sentence = static_cast<int>(s);
        for (const auto& [a, b] : doc.boilerplate)
            if (sen.start >= a && sen.end <= b) ctx.skipSentence[s] = 1;
    }
    ctx.blocked.assign(ctx.toks.size(), 0);
    ctx.demonymCache.assign(ctx.toks.size(), -2);
    ctx.demonymBareCache.assign(ctx.toks.size(), -2);
    ctx.demonymByWord.clear();
    ctx.demonymWords = 0;
}

// "-ing" words that news uses as nouns or noun modifiers: "a terrorist training complex", "a parking lot", "a
// shopping mall", "a border crossing", "a nursing home".
bool ingNoun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {
        "training", "housing",  "building",  "shipping", "wedding",   "meeting",  "parking",  "processing",
        "staging",  "landing",  "manufacturing", "engineering", "mooring", "boarding", "refining", "shopping",
        "ceiling",  "morning",  "evening",   "crossing", "opening",   "clothing", "dwelling", "gathering",
        "listening", "nursing", "dining",    "living",   "sporting",  "printing", "mining",   "heating",
        "filling",  "recycling", "teaching", "banking",  "farming",   "swimming", "pumping",  "bottling"};
    return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

bool possessiveMention(const Context& ctx, const PlaceMention& m) {
    const auto& T = ctx.toks;
    return T[m.last].lower.ends_with("'s") || (m.last + 1 < T.size() && T[m.last + 1].is("'s"));
}

bool isVerbLike(std::string_view w) {
    if (lex::isSubjectVerb(w) || lex::isSpeechVerb(w)) return true;
    if (w.size() > 4 && (w.ends_with("ed") || (w.ends_with("ing") && !ingNoun(w)))) return true;
    return false;
}

bool platformParticiple(const Context& ctx, size_t k) {
    if (k == 0 || ctx.toks[k - 1].sentence != ctx.toks[k].sentence) return false;
    const auto w = ctx.toks[k].lower;
    if (w != "flying" && w != "operating" && w != "sailing" && w != "patrolling" && w != "positioned" &&
        w != "loitering" && w != "orbiting" && w != "cruising")
        return false;
    // "destroyers, operating in ...", "USS Porter and USS Ross, operating in ...": after the ships, or their names.
    size_t j = k - 1;
    if (ctx.toks[j].text == "," && j > 0 && ctx.toks[j - 1].sentence == ctx.toks[k].sentence) --j;
    const auto unit = ctx.toks[j].lx.unit;
    if (unit == lex::UnitClass::Aircraft || unit == lex::UnitClass::Ship) return true;
    for (size_t q = j + 1; q-- > 0 && j - q < 4 && ctx.toks[q].sentence == ctx.toks[k].sentence && ctx.toks[q].cap;)
        if (!lex::navyOfShipPrefix(ctx.toks[q].lower).empty()) return true;
    return false;
}

bool isVerbLike(const Tok& t) {
    if (t.lx.subjectVerb() || t.lx.speechVerb()) return true;
    const auto w = t.lower;
    return w.size() > 4 && (w.ends_with("ed") || (w.ends_with("ing") && !ingNoun(w)));
}

bool spacedAttack(const Context& ctx, size_t k, size_t b) {
    return k + 1 < b && ctx.toks[k].word && lex::isMedium(ctx.toks[k].lower) && ctx.toks[k + 1].lower == "attack";
}

bool sponsorSuffix(std::string_view w) {
    static constexpr std::string_view kWords[] = {"backed", "supported", "sponsored", "aligned", "allied",
                                                  "affiliated", "funded", "trained", "made", "built", "supplied",
                                                  "designed", "armed"};
    for (auto k : kWords)
        if (w.size() >= k.size() && w.substr(0, k.size()) == k &&
            (w.size() == k.size() || !((w[k.size()] | 0x20) >= 'a' && (w[k.size()] | 0x20) <= 'z')))
            return true;
    return false;
}

bool sponsorOnly(const Context& ctx, const PlaceMention& m) {
    const std::string_view rest = std::string_view(ctx.doc.text).substr(std::min(m.end, ctx.doc.text.size()));
    return rest.size() > 1 && rest[0] == '-' && sponsorSuffix(rest.substr(1));
}

std::string countryOfActorText(const Context& ctx, std::string_view text) {
    // "the U.S.-led task force" -> "US"; "Russian officials" -> "RU"; "Russia's defense ministry" -> "RU".
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !(text[i] >= 'A' && text[i] <= 'Z')) ++i;
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != ',') ++j;
        if (j > i) {
            std::string_view w = text.substr(i, j - i);
            if (auto h = w.find("-"); h != std::string_view::npos && h > 0) {
                // "the Iran-backed Houthi rebels", "Iranian-made drones": a sponsor or maker, not the actor.
                if (sponsorSuffix(w.substr(h + 1))) { i = j; continue; }
                w = w.substr(0, h);
            }
            w = stripPossessive(w);
            while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
            if (auto c = ctx.atlas.countryByDemonym(w)) return ctx.atlas.countries()[*c].iso2;
            const std::string key = foldKey(w);
            if (!key.empty() && ctx.atlas.hasKey(key)) {
                for (const auto& c : ctx.atlas.lookup(key, {{}, 3, false}))
                    if (c.kind == atlas::Kind::Country) return c.iso2;
            }
        }
        i = j;
    }
    return {};
}

} // namespace salvo::extract::detail
