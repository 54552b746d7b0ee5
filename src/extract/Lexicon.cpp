// The word lists live in one hash table keyed by the lower-case word; each entry carries bit flags and the enum values
// that apply. Built once, on first use (function-local static, thread-safe), then frozen into an open-addressing
// table (FNV-1a, linear probing, load <= 1/4): extraction asks it tens of thousands of times per article, and
// std::unordered_map's node chasing and std::hash's murmur cost more than the rest of a look-up.
// Plural and inflected forms are listed explicitly rather than stemmed: a stemmer would turn "states" into "state" but
// also "news" into "new".
#include "extract/Lexicon.hpp"

#include "core/Hash.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace salvo::extract::lex {
namespace {

constexpr uint32_t kOrg = Word::kOrg, kGroupHead = Word::kGroupHead, kTitle = Word::kTitle, kGiven = Word::kGiven,
                   kStop = Word::kStop, kConnector = Word::kConnector, kTime = Word::kTime, kSpeech = Word::kSpeech,
                   kSubjectVerb = Word::kSubjectVerb, kActor = Word::kActor, kSpeaker = Word::kSpeaker,
                   kGroupNoun = Word::kGroupNoun, kPrep = Word::kPrep, kDet = Word::kDet, kMunition = Word::kMunition,
                   kMunitionMod = Word::kMunitionMod, kStandoff = Word::kStandoff, kDebris = Word::kDebris;

using Entry = Word;
using Words = std::initializer_list<std::string_view>;

class Table {
public:
    explicit Table(const std::unordered_map<std::string_view, Entry>& m) {
        size_t cap = 16;
        while (cap < 4 * m.size()) cap *= 2;
        m_mask = cap - 1;
        m_slots.resize(cap);
        for (const auto& [w, e] : m) {
            const uint32_t h = fnv1a(w);
            size_t i = h & m_mask;
            while (!m_slots[i].key.empty()) i = (i + 1) & m_mask;
            m_slots[i] = {w, h, e};
        }
    }
    const Entry* find(std::string_view w) const {
        if (w.empty()) return nullptr;
        const uint32_t h = fnv1a(w);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.key.empty()) return nullptr;
            if (s.hash == h && sameWord(s.key, w)) return &s.entry;
        }
    }

private:
    struct Slot {
        std::string_view key; // empty: free
        uint32_t hash = 0;    // of key: a probe past another word compares this, not the bytes
        Entry entry;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

const Table& table() {
    static const Table t = [] {
        std::unordered_map<std::string_view, Entry> m;
        m.reserve(2048);
        const auto flag = [&](Words ws, uint32_t f) { for (auto w : ws) m[w].flags |= f; };
        const auto cue = [&](Words ws, Cue c) { for (auto w : ws) m[w].cue = c; };
        const auto trig = [&](Words ws, Trigger tr) { for (auto w : ws) m[w].trigger = tr; };
        const auto unit = [&](Words ws, UnitClass u) { for (auto w : ws) m[w].unit = u; };
        const auto stance = [&](Words ws, Stance s) { for (auto w : ws) m[w].stance = s; };

        flag({"state", "center", "centre", "institute", "agency", "ministry", "council", "force", "forces", "army",
              "party", "front", "brigade", "brigades", "university", "news", "service", "services", "organization",
              "organisation", "command", "corps", "navy", "guard", "guards", "committee", "union", "company", "group",
              "airlines", "airways", "times", "post", "press", "network", "studies", "foundation", "department",
              "office", "bank", "movement", "coalition", "alliance", "association", "commission", "assembly",
              "parliament", "congress", "senate", "court", "tribune", "journal", "herald", "television", "radio",
              "broadcasting", "observatory", "club", "league", "federation", "corporation", "inc", "ltd", "academy",
              "school", "college", "hospital", "museum", "embassy", "consulate", "fund", "program", "programme",
              "project", "initiative", "authority", "administration", "police", "directorate", "bureau", "society",
              "daily", "gazette", "review", "monitor", "watch", "courier", "telegraph", "guardian", "express",
              "mirror", "reuters", "agence", "institution", "caliphate", "regiment", "battalion", "division",
              "squadron", "fleet", "flotilla", "militia", "cabinet", "secretariat", "headquarters", "industries",
              "operations", "systems", "technologies", "holdings", "group's", "tv", "channel", "pentagon's",
              "government", "taliban", "shabaab", "al-shabaab", "hezbollah"},
             kOrg);
        flag({"state", "qaeda", "qaida", "caliphate", "front"}, kGroupHead);
        flag({"gen", "general", "secretary", "minister", "president", "premier", "prime", "chancellor", "sen",
              "senator", "rep", "representative", "mr", "mrs", "ms", "dr", "col", "colonel", "maj", "major", "lt",
              "lieutenant", "adm", "admiral", "capt", "captain", "sgt", "sergeant", "gov", "governor", "spokesman",
              "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "sheikh", "sheik", "emir",
              "ayatollah", "commander", "chief", "ambassador", "director", "chairman", "chairwoman", "pope", "mayor",
              "envoy", "brig", "brigadier", "marshal", "cmdr", "cdr", "officer", "correspondent", "reporter",
              "professor", "prof", "judge", "vice", "deputy", "foreign", "defense",
              "defence", "interior", "attorney", "leader", "cleric", "imam", "rev",
              "analyst", "pilot", "adviser", "advisor", "lawmaker", "mp", "hon", "sir", "lord", "lady", "dame",
              "sgt", "cpl", "pvt", "vice-admiral", "lt-gen", "maj-gen"},
             kTitle);
        flag({"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
              "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
              "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "jeff",
              "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
              "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
              "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter",
              "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
              "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "billy",
              "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
              "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mary", "patricia",
              "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
              "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
              "carla", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
              "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
              "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
              "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
              "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline",
              "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
              "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
              "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla",
              "jens", "ash", "bashar", "hafez", "vladimir", "sergei", "sergey", "dmitry", "dmitri", "igor", "ivan",
              "alexei", "alexey", "nikolai", "mikhail", "yuri", "andrei", "oleg", "boris", "viktor", "valery",
              "ali", "mohammed", "muhammad", "mohammad", "mohamed", "ahmed", "ahmad", "hassan", "hussein", "hossein",
              "omar", "umar", "abdullah", "abdul", "abdel", "khalid", "khaled", "mahmoud", "mustafa", "ibrahim",
              "youssef", "yusuf", "salman", "qassem", "qasem", "javad", "hassan", "hamid", "saeed", "reza",
              "mahmud", "recep", "mevlut", "hulusi", "benjamin", "benny", "avigdor", "naftali", "yair", "moshe",
              "emmanuel", "angela", "boris", "theresa", "jean-yves", "francois", "emmanuel", "olaf", "ursula",
              "volodymyr", "petro", "dmytro", "oleksii", "kim", "xi", "li", "wang", "narendra", "imran", "recep",
              "nouri", "haider", "nasser", "lloyd", "mike", "mitch", "chuck",
              "nancy", "barack", "hillary", "rex", "jim", "tom", "bill", "bob", "dan", "tim", "ben", "ed",
              "fred", "ted", "tony", "nick", "pete", "steve", "matt", "chris", "josh", "jon", "ron", "ken", "greg",
              "jake", "jay", "rick", "ray", "luke", "max", "hans", "karl", "klaus", "jurgen", "pierre", "jacques",
              "michel", "luis", "carlos", "antonio", "manuel", "miguel", "pedro", "giuseppe", "marco", "sven", "lars",
              "anders", "erik", "nils", "mehmet", "ahmet", "mustafa", "fatih", "rajab", "ayman", "osama", "hamza",
              "yahya", "abdulmalik", "abdel-malek", "mohsen", "ebrahim", "hossein", "amir", "ali-akbar", "kamal"},
             kGiven);
        flag({"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "our", "his",
              "her", "their", "there", "here", "now", "then", "worse", "better", "still", "also", "after", "before",
              "while", "when", "where", "why", "how", "what", "who", "which", "all", "some", "many", "most", "more",
              "less", "much", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "military", "defense", "defence", "army", "war", "peace", "cold", "hot", "victory", "liberty", "union",
              "independence", "hope", "paradise", "unity", "friendship", "progress", "freedom", "justice", "mission",
              "major", "general", "president", "minister", "officials", "official", "activists", "following",
              "weakened", "defensive", "end", "join", "local", "central", "north", "south", "east", "west",
              "northern", "southern", "eastern", "western", "middle", "upper", "lower", "new", "old", "great",
              "little", "big", "long", "high", "low", "good", "bad", "best", "last", "first", "next", "only", "early",
              "late", "soon", "again", "even", "just", "well", "back", "about", "over", "under", "against", "without",
              "within", "during", "since", "until", "like", "said", "says", "told", "according", "report", "reports",
              "news", "press", "media", "time", "day", "week", "month", "year", "today", "tomorrow", "yesterday",
              "tonight", "morning", "evening", "night", "but", "and", "or", "if", "so", "yet", "as", "at", "by", "for",
              "from", "in", "into", "of", "on", "to", "with", "us", "you", "i", "me", "my", "your", "not", "no", "yes",
              "every", "each", "any", "both", "either", "neither", "other", "another", "same", "different", "strike",
              "strikes", "attack", "attacks", "missile", "missiles", "defensive", "moves", "move", "risks", "risk",
              "security", "intelligence", "forces", "force", "command", "navy", "air", "airport", "base", "border",
              "government", "state", "city", "town", "village", "province", "region", "capital", "coast", "island",
              "islands", "gulf", "sea", "lake", "river", "mount", "mountain", "valley", "desert", "plain", "field",
              "fields", "camp", "center", "centre", "square", "park", "bridge", "port", "harbor", "harbour", "bay",
              "point", "cape", "rock", "hill", "hills", "springs", "falls", "beach", "crossing", "junction", "station",
              "church", "temple", "mosque", "castle", "palace", "tower", "market", "school", "college", "university",
              "hospital", "prison", "police", "fire", "water", "oil", "gas", "energy", "power", "trade", "union",
              "commerce", "industry", "labor", "labour", "reform", "republic", "kingdom", "empire", "federation",
              "democracy", "democratic", "socialist", "national", "international", "global", "world", "earth",
              "sun", "moon", "star", "stars", "sky", "heaven", "hell", "god", "allah", "christ", "saint", "mercy",
              "grace", "faith", "charity", "patience", "prudence", "constance", "felicity", "harmony", "concord",
              "concordia", "providence", "enterprise", "eureka", "success", "triumph", "glory", "honor", "honour",
              "welcome", "goodbye", "hello", "please", "thanks", "sorry", "okay", "ok", "fine", "nice", "split",
              "reading", "mobile", "bath", "wells", "deal", "sale", "hull", "batman", "eagle", "hawk", "falcon",
              "tomahawk", "patriot", "buffalo", "phoenix", "orlando", "lincoln", "jackson", "carter", "clinton",
              "truman", "kennedy", "hamilton", "franklin", "marion", "warren", "taylor", "wilson", "bush", "obama",
              "trump", "biden", "putin", "stalin", "lenin", "mao", "king", "queen", "prince", "duke", "earl",
              "bishop", "pope", "guard", "guards", "marine", "marines", "ranger", "rangers", "scout", "pilot", "crew",
              "flight", "airline", "embassy", "consulate", "ministry", "agency", "office", "council", "committee",
              "party", "front", "brigade", "battalion", "regiment", "division", "corps", "fleet", "coalition",
              "alliance", "activist", "analyst", "analysts", "experts", "sources", "source", "witnesses", "residents",
              "authorities", "spokesman", "statement", "video", "photos", "images", "satellite", "radar", "drone",
              "drones", "rocket", "rockets", "bomb", "bombs", "shell", "shells", "jets", "jet", "planes", "plane",
              "aircraft", "ships", "ship", "warship", "warships", "submarine", "destroyer", "destroyers", "frigate",
              "cruiser", "carrier", "tank", "tanks", "troops", "soldiers", "civilians", "people", "children", "women",
              "men", "families", "victims", "casualties", "damage", "losses", "loss", "operation", "operations",
              "campaign", "offensive", "retaliation", "response", "escalation", "crisis", "conflict", "fighting",
              "clashes", "violence", "terror", "terrorism", "terrorist", "terrorists", "extremists", "jihadists",
              "rebels", "militants", "insurgents", "fighters", "militia", "regime", "opposition", "officials",
              "leaders", "leader", "chief", "head", "director", "commander", "secretary", "ambassador", "envoy",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "eid", "islamic",
              "islamist", "christian", "jewish", "muslim", "sunni", "shia", "shiite", "kurdish", "arab", "western",
              "eastern", "african", "asian", "european", "american", "soviet", "ottoman", "roman", "greek", "latin",
              "english", "french", "german", "spanish", "british", "iranian", "russian", "syrian", "turkish",
              "some", "material", "contributed", "meanwhile", "however", "therefore", "moreover", "although",
              "because", "despite", "though", "whether", "unless", "once", "twice", "never", "always", "often",
              "sometimes", "already", "almost", "nearly", "around", "near", "far", "close", "away", "ahead", "behind",
              "above", "below", "between", "among", "across", "along", "beyond", "inside", "outside", "toward",
              "towards", "upon", "via", "per", "plus", "minus", "versus", "vs", "etc", "eg", "ie", "am", "pm", "gmt",
              "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "ast", "idt", "eet", "eest", "cet", "cest", "bst",
              "msk", "irst", "pkt", "ist", "jst", "kst", "sat", "sun", "mon", "tue", "wed", "thu", "fri", "jan",
              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "st", "ft", "no",
              "ap", "afp", "bbc", "cnn", "voa", "abc", "cbs", "nbc", "fox", "irna", "tass", "ria", "sana", "wam",
              "spa", "dpa", "upi", "nato", "un", "eu", "isis", "isil", "is", "ira", "hamas", "idf", "irgc", "cia",
              "taliban", "hezbollah", "shabaab", "al-shabaab",
              "fbi", "nsa", "dod", "kremlin", "sputnik", "rt", "xinhua", "yonhap", "kcna",
              "aljazeera", "reuters", "bloomberg", "twitter", "facebook", "telegram", "youtube", "google"},
             kStop);
        flag({"debris", "fragments", "fragment", "wreckage", "shrapnel", "remnants", "pieces", "parts"}, kDebris);
        flag({"al", "el", "ad", "ar", "as", "az", "ash", "at", "an", "ad-", "de", "del", "della", "di", "da", "do",
              "ez", "er", "en", "esh", "ech", "adh", "ath", // the Arabic article assimilated: "Deir ez-Zor"
              "dos", "das", "du", "des", "la", "le", "les", "los", "las", "of", "the", "bin", "ibn", "bint", "ben",
              "von", "van", "der", "den", "ul", "ud", "ed", "es", "et", "y", "e", "and", "sur", "upon", "on", "am",
              "im", "an", "bei", "sidi", "abu", "umm", "ain", "tel", "tell", "kafr", "jabal", "jebel", "wadi"},
             kConnector);
        flag({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "today", "tonight", "yesterday", "tomorrow", "overnight", "morning", "evening", "afternoon", "night",
              "week", "weekend", "month", "year", "hour", "hours", "minute", "minutes", "day", "days", "weeks",
              "months", "years", "decade", "decades", "century", "second", "seconds"},
             kTime);
        flag({"said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "announced",
              "announces", "confirmed", "confirms", "denied", "denies", "insisted", "insists", "warned", "warns",
              "vowed", "vows", "claimed", "claims", "reported", "reports", "wrote", "writes", "contributed",
              "explained", "noted", "notes", "urged", "urges", "accused", "accuses", "argued", "argues", "according",
              "quoted", "quoting", "acknowledged", "admitted", "alleged", "asserted", "declared", "described",
              "estimated", "believes", "believe", "believed", "assessed", "stressed", "emphasized", "commented",
              "replied", "responded", "tweeted", "posted", "briefed", "disclosed", "revealed", "indicated",
              "suggested", "maintained", "rejected", "dismissed", "spoke", "speaking", "saying"},
             kSpeech);
        flag({"said", "says", "say", "told", "added", "stated", "announced", "confirmed", "denied", "insisted",
              "insists", "warned", "warns", "vowed", "vows", "claimed", "claims", "is", "was", "will", "would", "has",
              "had", "have", "does", "did", "can", "could", "may", "might", "must", "should", "shall", "sees", "see",
              "saw", "wants", "wanted", "believes", "considers", "considered", "rejected", "rejects", "accused",
              "accuses", "threatened", "threatens", "responded", "responds", "agreed", "agrees", "decided", "decides",
              "refused", "refuses", "demanded", "demands", "called", "calls", "asked", "asks", "condemned",
              "condemns", "welcomed", "welcomes", "risks", "risked", "blamed", "blames", "hopes", "hoped", "fears",
              "feared", "insisted", "argued", "argues", "criticized", "criticised", "urged", "urges", "denies",
              "announces", "confirms", "acknowledged", "admitted", "sent", "sends", "ordered", "orders", "approved",
              "approves", "plans", "planned", "intends", "expects", "expected", "supports", "supported", "backs",
              "backed", "opposes", "opposed", "sees", "regards", "views", "viewed", "needs", "seeks", "sought",
              "tried", "tries", "pledged", "pledges", "promised", "promises", "retaliated", "retaliates",
              "responded", "struck", "strikes", "launched", "launches", "fired", "fires", "deployed", "deploys"},
             kSubjectVerb);
        flag({"forces", "force", "military", "militaries", "jets", "jet", "warplanes", "warplane", "planes", "plane",
              "aircraft", "bombers", "bomber", "fighters", "fighter", "navy", "navies", "army", "armies", "missiles", "missile",
              "ships", "ship", "warships", "warship", "vessels", "vessel", "troops", "troop", "drones", "drone",
              "coalition", "fleet", "flotilla", "destroyers", "destroyer", "submarines", "submarine", "frigates",
              "frigate", "corvettes", "helicopters", "helicopter", "rockets", "rocket", "artillery", "batteries",
              "battery", "units", "unit", "soldiers", "marines", "airstrikes", "airstrike", "strikes", "strike",
              "raids", "raid", "air", "armed", "guard", "guards", "corps", "militia", "militias", "rebels", "units",
              "government", "regime", "command", "defenses", "defences"},
             kActor);
        flag({"officials", "official", "ministry", "ministries", "spokesman", "spokeswoman", "spokesperson",
              "media", "sources", "source", "officers", "diplomats", "diplomat", "authorities", "agency", "television",
              "tv", "press", "embassy", "envoy", "ambassador", "statement", "state-run", "analysts", "experts",
              "leaders", "leader", "president", "minister", "secretary", "commander", "general", "generals"},
             kSpeaker);
        flag({"rebels", "rebel", "militants", "militant", "fighters", "insurgents", "insurgent", "militia",
              "militias", "forces", "movement", "group", "guerrillas", "separatists", "jihadists", "terrorists",
              "extremists"},
             kGroupNoun);
        flag({"in", "at", "on", "from", "to", "into", "onto", "near", "of", "against", "toward", "towards", "over",
              "across", "through", "off", "outside", "inside", "around", "by", "with", "within", "along", "between",
              "above", "below", "beyond", "under", "for", "via", "throughout", "past", "north", "south", "east",
              "west", "northeast", "northwest", "southeast", "southwest"},
             kPrep);
        flag({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some",
              "several", "many", "all", "both", "each", "every", "other", "another", "any", "no"},
             kDet);
        flag({"missile", "missiles", "rocket", "rockets", "drone", "drones", "tomahawk", "tomahawks", "bomb", "bombs",
              "projectile", "projectiles", "munition", "munitions", "warhead", "warheads", "kalibr", "kalibrs",
              "scud", "scuds", "shahed", "shaheds", "interceptor", "interceptors", "torpedo", "torpedoes", "uav",
              "uavs", "uas", "shells", "mortars", "mortar", "grad", "ordnance", "weapons", "tlam", "tlams", "atacms",
              "jassm", "jassms"},
             kMunition);
        flag({"cruise", "ballistic", "guided", "anti-ship", "antiship", "hypersonic", "supersonic", "subsonic",
              "short-range", "medium-range", "long-range", "intermediate-range", "intercontinental", "precision",
              "precision-guided", "surface-to-surface", "surface-to-air", "air-to-surface", "air-to-ground",
              "ground-to-ground", "land-attack", "anti-aircraft", "anti-radiation", "kamikaze", "suicide",
              "attack", "explosive", "armed", "unmanned", "loitering", "smart", "laser-guided", "gps-guided",
              "tomahawk", "kalibr", "scud", "shahed", "iskander", "kinzhal", "fateh", "qiam", "zolfaghar",
              "storm", "shadow", "hellfire", "jdam", "air-launched", "sea-launched", "ship-launched",
              "submarine-launched", "tactical", "strategic", "nuclear", "conventional", "standoff", "stand-off"},
             kMunitionMod);
        flag({"cruise", "air-launched", "standoff", "stand-off", "jassm", "jassms", "jassm-er", "alcm", "alcms", "calcm", "calcms", "kh-101",
              "kh-555", "kh-55", "kh-22", "kh-32", "kh-47m2", "kinzhal", "kinzhals", "scalp", "shadow", "tomahawk",
              "tomahawks", "tlam", "tlams"},
             kStandoff);

        cue({"province", "provinces", "governorate", "governorates", "region", "regions", "oblast", "oblasts",
             "prefecture", "prefectures", "emirate", "canton", "cantons", "territory", "state", "states"},
            Cue::Admin1);
        cue({"city", "cities", "town", "towns", "village", "villages", "capital", "port", "suburb", "suburbs",
             "outskirts", "hamlet", "settlement", "neighborhood", "neighbourhood", "district", "districts"},
            Cue::City);
        cue({"base", "bases", "airbase", "airbases", "airfield", "airfields", "airport", "airports", "air-base"},
            Cue::Base);
        cue({"sea", "seas", "gulf", "strait", "straits", "ocean", "coast", "waters"}, Cue::Sea);

        trig({"launch", "launched", "launches", "launching", "fired", "fire", "fires", "firing", "shot", "shoot",
              "shooting", "salvo", "salvos", "volley", "sent", "send", "sends", "dropped", "drop", "drops", "dropping",
              "wave", "waves", "barrage", "barrages"},
             Trigger::Launch);
        trig({"strike", "strikes", "struck", "striking", "airstrike", "airstrikes", "hit", "hits", "hitting", "bombed",
              "bombing", "bombings", "bombardment", "bombardments", "pounded", "targeted", "targeting", "raid",
              "raids", "attacked", "shelled", "shelling", "bombarded", "attack", "attacks", "impacted", "impact",
              "aimed", "aiming", "slammed", "slams", "slamming", "smashed", "pummeled", "pummelled", "explosion",
              "explosions", "blast", "blasts"},
             Trigger::Strike);
        trig({"crash", "crashed", "crashes", "crashing", "fell", "fall", "falls", "falling", "landed"},
             Trigger::Crash);
        trig({"intercepted", "intercept", "intercepts", "intercepting", "interception", "interceptions", "downed",
              "repelled", "engaged", "engage", "engages", "engaging"},
             Trigger::Intercept);
        trig({"airspace", "air-space"}, Trigger::Airspace);
        trig({"flew", "flown", "overflew", "flying", "flight", "flights", "overflight", "passed", "passing"},
             Trigger::Flight);
        trig({"violated", "violating", "violates", "violate", "violation", "violations", "breached", "breaching",
              "breach", "breaches", "infringed", "infringing", "entered", "entering", "intruded", "intrusion",
              "incursion", "incursions", "crossed", "penetrated"},
             Trigger::ViolationVerb);

        unit({"missile", "missiles", "rocket", "rockets", "drone", "drones", "tomahawk", "tomahawks", "bomb",
              "bombs", "projectile", "projectiles", "munition", "munitions", "warhead", "warheads", "kalibr",
              "kalibrs", "scud", "scuds", "shahed", "shaheds", "uav", "uavs", "uas", "torpedo", "torpedoes", "shells",
              "mortars", "interceptors", "interceptor", "ordnance", "weapons", "tlam", "tlams", "atacms", "jassm",
              "jassms"},
             UnitClass::Munition);
        unit({"target", "targets", "site", "sites", "position", "positions", "facility", "facilities", "installation",
              "installations", "depot", "depots", "command", "posts", "post", "camps", "camp", "objects", "object",
              "buildings", "building", "bunkers", "hideouts", "locations", "radars", "radar", "launchers",
              "launcher", "systems", "compound", "compounds", "complex", "headquarters", "warehouse", "warehouses",
              "bunker", "hideout", "base", "bases"},
             UnitClass::Target);
        unit({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "bombings",
              "missions", "mission"},
             UnitClass::Strike);
        unit({"troop", "troops", "soldier", "soldiers", "personnel", "servicemen", "service", "marines", "sailors",
              "reservists", "reinforcements"},
             UnitClass::Troop);
        unit({"people", "person", "persons", "civilian", "civilians", "casualty", "casualties", "dead", "killed",
              "wounded", "injured", "deaths", "victims", "children", "women", "militants", "fighters", "members"},
             UnitClass::Casualty);
        unit({"km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters",
              "metre", "metres", "nautical", "nm", "feet", "ft", "yards"},
             UnitClass::Distance);
        unit({"aircraft", "jet", "jets", "plane", "planes", "warplane", "warplanes", "bomber", "bombers",
              "helicopter", "helicopters", "fighter-jets", "sortie", "sorties"}, // a sortie is one aircraft's flight
             UnitClass::Aircraft);
        unit({"ship", "ships", "warship", "warships", "vessel", "vessels", "destroyer", "destroyers", "frigate",
              "frigates", "corvette", "corvettes", "submarine", "submarines", "boat", "boats", "cruiser", "cruisers"},
             UnitClass::Ship);
        unit({"city", "cities", "town", "towns", "village", "villages", "area", "areas", "province", "provinces",
              "place", "places", "country", "countries", "region", "regions"},
             UnitClass::Place);
        unit({"year", "years", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "minute",
              "minutes", "second", "seconds", "decade", "decades", "am", "pm", "a.m", "p.m", "time", "times",
              "o'clock", "century", "centuries"},
             UnitClass::Time);

        stance({"confirmed", "confirms", "confirm", "verified", "acknowledged", "admitted"}, Stance::Confirmed);
        stance({"denied", "denies", "deny", "rejected", "dismissed", "refuted", "disputed"}, Stance::Denied);
        stance({"believe", "believes", "believed", "estimate", "estimates", "estimated", "assessed", "assess",
                "assesses", "think", "thinks", "suspect", "suspects", "suspected", "likely", "probably",
                "indicated", "indications", "appear", "appears", "appeared", "may", "might"},
               Stance::Assessed);
        return Table(m);
    }();
    return t;
}

const Entry* find(std::string_view w) { return table().find(w); }
bool has(std::string_view w, uint32_t f) {
    const Entry* e = find(w);
    return e && (e->flags & f);
}

} // namespace

bool isOrgHead(std::string_view w) { return has(w, kOrg); }

bool isMedium(std::string_view w) {
    static constexpr std::array<std::string_view, 7> kMedia{"surface", "air", "ground", "sea", "ship", "land", "sub"};
    return std::find(kMedia.begin(), kMedia.end(), w) != kMedia.end();
}
bool isGroupHead(std::string_view w) { return has(w, kGroupHead); }
bool isTitle(std::string_view w) { return has(w, kTitle); }
bool isGivenName(std::string_view w) { return has(w, kGiven); }
bool isStopWord(std::string_view w) { return has(w, kStop); }
bool isNameConnector(std::string_view w) { return has(w, kConnector); }
bool isTimeWord(std::string_view w) { return has(w, kTime); }
bool isSpeechVerb(std::string_view w) { return has(w, kSpeech); }
bool isSubjectVerb(std::string_view w) { return has(w, kSubjectVerb); }
bool isActorNoun(std::string_view w) { return has(w, kActor); }
bool isSpeakerNoun(std::string_view w) { return has(w, kSpeaker); }
bool isArmedGroupName(std::string_view w) {
    static constexpr std::string_view kGroups[] = {"hezbollah", "hamas", "houthi", "houthis", "taliban", "shabaab",
                                                   "al-shabaab", "isis", "isil", "pkk", "ypg", "wagner"};
    return std::find(std::begin(kGroups), std::end(kGroups), w) != std::end(kGroups);
}

std::string_view armedGroupHome(std::string_view w) {
    if (w == "houthi" || w == "houthis") return "YE";
    if (w == "hezbollah") return "LB";
    if (w == "taliban") return "AF";
    if (w == "shabaab" || w == "al-shabaab") return "SO";
    return {};
}

bool isDefenceSystemName(std::string_view run) {
    static constexpr std::string_view kSystems[] = {"iron dome", "david's sling", "iron beam", "arrow 3", "arrow 2",
                                                    "thaad", "nasams", "iris-t", "pantsir", "s-300", "s-400"};
    return std::find(std::begin(kSystems), std::end(kSystems), run) != std::end(kSystems);
}

bool isGroupNoun(std::string_view w) { return has(w, kGroupNoun); }
bool isPreposition(std::string_view w) { return has(w, kPrep); }
bool isDeterminer(std::string_view w) { return has(w, kDet); }
bool isMunitionHead(std::string_view w) { return has(w, kMunition); }
bool isVehicleBomb(std::string_view before, std::string_view head) {
    return (head == "bomb" || head == "bombs") && (before == "vehicle" || before == "car" || before == "truck");
}
bool isMunitionModifier(std::string_view w) { return has(w, kMunitionMod); }

Cue placeCue(std::string_view w) {
    const Entry* e = find(w);
    return e ? e->cue : Cue::None;
}
Trigger trigger(std::string_view w) {
    const Entry* e = find(w);
    return e ? e->trigger : Trigger::None;
}
UnitClass unitClass(std::string_view w) {
    const Entry* e = find(w);
    return e ? e->unit : UnitClass::None;
}
Stance stanceOfVerb(std::string_view w) {
    const Entry* e = find(w);
    return e ? e->stance : Stance::None;
}
Word word(std::string_view w) {
    const Entry* e = find(w);
    return e ? *e : Word{};
}

std::string_view navyOfShipPrefix(std::string_view w) {
    static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
        {"uss", "US"},  {"usns", "US"}, {"hms", "GB"}, {"hmcs", "CA"}, {"hmas", "AU"},  {"hmnzs", "NZ"},
        {"ins", "IN"},  {"rfs", "RU"},  {"roks", "KR"}, {"jds", "JP"}, {"js", "JP"},    {"fs", "FR"},
        {"hnlms", "NL"}, {"fgs", "DE"}, {"tcg", "TR"}, {"irins", "IR"}};
    if (w.size() < 2 || w.size() > 5) return {};
    // The first byte first: asked of most capitalised words, which match none.
    for (const auto& [prefix, navy] : kPrefixes)
        if (w[0] == prefix[0] && w == prefix) return navy;
    return {};
}

bool isOrdinal(std::string_view w) {
    static constexpr std::string_view kWords[] = {"second", "third", "fourth", "fifth", "sixth",
                                                  "seventh", "eighth", "ninth", "tenth"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool isCompassWord(std::string_view w) {
    static constexpr std::string_view kWords[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                                  "western", "central", "northeastern", "northwestern", "southeastern",
                                                  "southwestern", "upper", "lower"};
    if (w.empty()) return false;
    for (std::string_view k : kWords)
        if (w[0] == k[0] && w == k) return true;
    return false;
}

std::string singular(std::string_view w) {
    std::string s(w);
    if (s.size() > 3 && s.ends_with("ies")) s = s.substr(0, s.size() - 3) + "y";
    else if (s.size() > 3 && s.ends_with("s") && !s.ends_with("ss")) s.pop_back();
    return s;
}

} // namespace salvo::extract::lex
