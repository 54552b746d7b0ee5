#include "text/Lexicon.hpp"

#include "core/Hash.hpp"

#include <string>
#include <unordered_map>

namespace salvo::text::detail {

namespace {

constexpr std::string_view kSpeechLemmas[] = {"said", "told", "confirmed", "announced", "denied", "stated", "added",
                                              "claimed", "insisted", "warned", "noted", "reported", "wrote",
                                              "tweeted", "acknowledged", "admitted", "asserted", "alleged",
                                              "according to", "quoted", "vowed", "disclosed", "estimated", "cited"};

class Table {
public:
    Table() {
        const auto add = [&](std::initializer_list<std::string_view> words, uint32_t flags, double value = 0) {
            for (auto w : words) {
                auto& e = m_map[w];
                e.flags |= flags;
                if (value != 0 || (flags & (kWeekday | kSpeechVerb))) e.value = value;
            }
        };
        // Months: full names and the AP/Reuters abbreviations, with and without the period (the lookup of "Oct."
        // also tries "oct").
        const std::string_view months[12][3] = {
            {"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""}, {"april", "apr", ""},
            {"may", "", ""},        {"june", "jun", ""},     {"july", "jul", ""},  {"august", "aug", ""},
            {"september", "sept", "sep"}, {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""}};
        for (int m = 0; m < 12; ++m)
            for (auto w : months[m])
                if (!w.empty()) add({w}, kMonth, m + 1);
        add({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}, kEndAbbrev);
        const std::string_view days[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; ++d) add({days[d]}, kWeekday, d);

        const std::string_view ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                         "seventeen", "eighteen", "nineteen"};
        for (int v = 1; v < 20; ++v) add({ones[v]}, kNumberWord, v);
        const std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < 8; ++k) add({tens[k]}, kNumberWord, 20 + 10 * k);
        add({"dozen"}, kNumberWord, 12);
        add({"hundred"}, kMultiplier, 100);
        add({"thousand"}, kMultiplier, 1e3);
        add({"million"}, kMultiplier, 1e6);
        add({"billion"}, kMultiplier, 1e9);
        add({"dozens"}, kVagueQuantity, 24);
        add({"hundreds"}, kVagueQuantity, 200);
        add({"thousands"}, kVagueQuantity, 2000);
        add({"millions"}, kVagueQuantity, 2e6);

        add({"in", "on", "at", "to", "from", "for", "with", "by", "about", "against", "after", "before", "during",
             "over", "under", "into", "through", "near", "of", "off", "across", "toward", "towards", "since", "until",
             "within", "without", "between", "among", "amid", "around", "along", "behind", "beyond", "despite",
             "inside", "outside", "upon", "via", "per", "than", "like", "including", "following", "targeting"},
            kPreposition);
        add({"and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "while", "as", "because", "if", "when",
             "where", "so", "though", "although", "whether", "unless", "yet", "however", "meanwhile", "also", "what",
             "how", "why", "whatever"},
            kConjunction);
        add({"had", "has", "have", "was", "also", "later", "earlier", "previously", "again", "then", "further",
             "separately", "reportedly", "repeatedly", "publicly", "privately", "initially", "first", "last", "did",
             "not", "would", "will", "could", "may", "might", "has", "is", "are", "were", "already", "recently",
             "officially", "subsequently", "once", "flatly", "strongly", "quickly", "immediately", "firmly", "never",
             "ever"},
            kAux);
        add({"is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "shall", "should",
             "must", "might", "do", "does", "did", "have", "has", "had", "said", "says", "told", "not",
             // irregular past forms that end a subject ("The army gave different figures, saying ...")
             "gave", "gives", "made", "took", "put", "sent", "issued", "released", "offered", "provided"},
            kVerbLike);
        add({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
             "some", "any", "each", "every", "no", "another", "other", "such"},
            kDeterminer);
        add({"its", "their", "his", "her", "our", "my", "your"}, kPossessivePronoun);
        add({"today", "yesterday", "tomorrow", "tonight", "overnight", "ago", "earlier", "later", "now", "recently",
             "daily", "weekly", "monthly", "annually", "morning", "afternoon", "evening", "night", "each", "apiece",
             "altogether", "total", "respectively", "so", "too", "more", "less", "fewer", "instead", "still", "again"},
            kTimeWord);
        add({"gen", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "mr", "mrs", "ms",
             "dr", "prof", "rev", "sen", "rep", "gov", "st", "no", "nos", "vs", "pres", "gens", "sens", "reps", "fig",
             "vol", "approx", "dept", "gen", "sec", "amb", "lt.-col", "lt.-gen", "maj.-gen", "brig.-gen"},
            kTitleAbbrev);
        add({"etc", "corp", "inc", "ltd", "co", "jr", "sr", "a.m.", "p.m.", "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "u.s.a."}, kEndAbbrev);
        // Besides months, weekdays, number and time words, a time phrase may open with these (Times.cpp).
        add({"noon", "midday", "midnight", "today", "yesterday", "tomorrow", "last", "next", "this", "that", "the",
             "a", "one", "tonight", "overnight", "previous", "past", "since", "early", "late", "morning", "afternoon",
             "evening", "night"},
            kTimeOpener);
        add({"he", "she"}, kPronoun, 1);
        add({"they", "it", "we", "i", "you"}, kPronoun);
        add({"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
             "there", "his", "her", "its", "their", "our", "after", "before", "when", "while", "however", "meanwhile",
             "some", "many", "most", "both", "one", "two", "three", "four", "five", "officials", "russia", "if", "as",
             "for", "with", "according", "earlier", "later", "what", "no", "so", "yet", "since", "during"},
            kSentenceStarter);
        add({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
             "commander", "general", "colonel", "admiral", "officer", "spokesmen", "chief", "director", "ambassador",
             "envoy", "adviser", "advisor", "analyst", "fellow", "source", "sources", "diplomat", "governor", "mayor",
             "senator", "lawmaker", "prime", "premier", "king", "emir", "leader", "head", "chairman", "witness",
             "resident", "activist", "activists", "expert", "professor", "researcher", "correspondent", "reporter",
             "lieutenant", "major", "captain", "sergeant", "mr.", "mrs.", "ms.", "dr.", "journalist", "photographer",
             "doctor", "medic", "pilot", "soldier", "deputy", "representative"},
            kRoleNoun);
        add({"kilometers", "kilometres", "kilometer", "kilometre", "km", "miles", "mile", "meters", "metres", "meter",
             "metre", "feet", "foot", "ft", "nautical", "kilograms", "kilogram", "kg", "tons", "tonnes", "ton", "tonne",
             "percent", "mph", "knots", "knot", "m"},
            kUnitOfMeasure);

        // Speech verbs: the value is the index of the lemma above.
        const auto verb = [&](int lemma, std::initializer_list<std::string_view> forms) {
            for (auto w : forms) {
                auto& e = m_map[w];
                e.flags |= kSpeechVerb;
                e.value = lemma;
            }
        };
        verb(0, {"said", "says", "say", "saying"}); // "..., saying": the clause's subject speaks
        verb(1, {"told", "tells"});
        verb(2, {"confirmed", "confirms"});
        verb(3, {"announced", "announces"});
        verb(4, {"denied", "denies", "denying"});
        verb(5, {"stated", "stating"});
        verb(6, {"added", "adds", "adding"});
        verb(7, {"claimed", "claiming"});
        verb(8, {"insisted", "insists"});
        verb(9, {"warned", "warns"});
        verb(10, {"noted"});
        verb(11, {"reported"});
        verb(12, {"wrote"});
        verb(13, {"tweeted"});
        verb(14, {"acknowledged", "acknowledges"});
        verb(15, {"admitted", "admits"});
        verb(16, {"asserted"});
        verb(17, {"alleged"});
        verb(18, {"according"});
        verb(19, {"quoted"});
        verb(20, {"vowed"});
        verb(21, {"disclosed"});
        verb(22, {"estimated"});
        verb(23, {"cited"});
        // Freeze into an open-addressing table: one FNV-1a hash and usually one probe per token, no allocation.
        for (const auto& [k, v] : m_map) {
            if (k.size() > m_maxLen) m_maxLen = k.size();
            size_t h = hash(k) & (kSlots - 1);
            while (!m_keys[h].empty()) h = (h + 1) & (kSlots - 1);
            m_keys[h] = k;
            m_vals[h] = v;
        }
    }
    const LexEntry* find(std::string_view w) const {
        if (w.empty() || w.size() > m_maxLen) return nullptr;
        size_t h = hash(w) & (kSlots - 1);
        while (!m_keys[h].empty()) {
            if (sameWord(m_keys[h], w)) return &m_vals[h];
            h = (h + 1) & (kSlots - 1);
        }
        return nullptr;
    }

private:
    static constexpr size_t kSlots = 2048; // power of two, over 3x the number of words
    static size_t hash(std::string_view w) { return fnv1a(w); }
    std::unordered_map<std::string_view, LexEntry> m_map; // the build-time form
    std::string_view m_keys[kSlots];
    LexEntry m_vals[kSlots];
    size_t m_maxLen = 0;
};

const Table& table() {
    static const Table t;
    return t;
}

} // namespace

const LexEntry* lookup(std::string_view lowerWord) { return table().find(lowerWord); }

std::string_view speechVerbLemma(int index) {
    if (index < 0 || index >= static_cast<int>(std::size(kSpeechLemmas))) return {};
    return kSpeechLemmas[index];
}

std::string_view unitName(std::string_view w) {
    if (w == "kilometers" || w == "kilometres" || w == "kilometer" || w == "kilometre" || w == "km") return "km";
    if (w == "meters" || w == "metres" || w == "meter" || w == "metre" || w == "m") return "m";
    if (w == "miles" || w == "mile") return "mile";
    if (w == "feet" || w == "foot" || w == "ft") return "ft";
    if (w == "kilograms" || w == "kilogram" || w == "kg") return "kg";
    if (w == "tons" || w == "tonnes" || w == "ton" || w == "tonne") return "t";
    if (w == "percent") return "percent";
    if (w == "mph") return "mph";
    if (w == "knots" || w == "knot") return "kn";
    return {};
}

std::string singularNoun(std::string_view w) {
    std::string s(w);
    if (auto u = unitName(w); !u.empty()) return std::string(u);
    static constexpr std::string_view kSame[] = {"aircraft", "personnel", "series", "species", "police", "people",
                                                 "news"};
    for (auto x : kSame)
        if (w == x) return s;
    if (w == "men") return "man";
    if (w == "sorties") return "sortie";
    if (w == "women") return "woman";
    if (w == "children") return "child";
    if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
    if (s.size() > 4 && (s.ends_with("ches") || s.ends_with("shes") || s.ends_with("sses") || s.ends_with("xes")))
        return s.substr(0, s.size() - 2);
    if (s.size() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is"))
        return s.substr(0, s.size() - 1);
    return s;
}

} // namespace salvo::text::detail
