// Attribution: who said what. For each speech verb outside a direct quote, the speaker noun phrase is found:
//  - after the verb when a comma or closing quote precedes it ("..., said Gen. Smith.");
//  - "according to X"; "X quoted Y as saying" (speaker Y, intermediary X);
//  - otherwise before it, skipping auxiliaries ("had said", "has also said"). When the phrase right before the verb
//    sits in a post-modifier ("The coalition conducting airstrikes against the group said"), the subject is the noun
//    phrase at the start of the clause, cut at the participle or preposition ("The coalition"). When a comma is right
//    before the verb, the phrase before it is an appositive and the subject opens the sentence ("Carl Nilsson, a
//    fellow at ..., told VOA").
// The clause covers the verb's sentence; for a direct quote, every sentence from the quote's opening to its close,
// extended over following or preceding quote-only sentences of the same paragraph.
// "he"/"she" resolve to the most recent person-like speaker of an earlier sentence: one with a role noun
// ("secretary", "official"), a name of two or more capitalised words, or a surname already seen in such a name;
// "it"/"they" to the most recent other speaker ("The army said ... It said ...").
#include "text/Lexicon.hpp"

#include <tuple>
#include <unordered_set>

namespace salvo::text::detail {

namespace {

class AttributionScanner {
public:
    AttributionScanner(Document& doc, const Scratch& s) : m_doc(doc), m_s(s), m_text(doc.text), m_lower(s.lower) {}

    void run() {
        collectSurnames();
        for (size_t si = 0; si < m_doc.sentences.size(); ++si) {
            const Sentence& sn = m_doc.sentences[si];
            m_first = sn.firstToken;
            m_last = sn.firstToken + sn.tokenCount;
            m_sentence = static_cast<int>(si);
            m_sentenceFirstAttribution = m_doc.attributions.size();
            for (size_t k = m_first; k < m_last; ++k) {
                if (!(f(k) & kSpeechVerb) || m_s.inQuote[k] || t(k).kind != TokenKind::Word) continue;
                const size_t before = m_doc.attributions.size();
                scanVerb(k);
                // Noted at once: "U.S. officials have never acknowledged ..., but privately they have confirmed".
                for (size_t a = before; a < m_doc.attributions.size(); ++a) notePerson(a);
            }
        }
        extendOverQuoteSentences();
        addImplicit();
    }

private:
    Document& m_doc;
    const Scratch& m_s;
    std::string_view m_text, m_lower;
    size_t m_first = 0, m_last = 0;
    int m_sentence = -1;
    size_t m_sentenceFirstAttribution = 0;
    std::string m_lastPerson; // the most recent single person speaking: antecedent of "he"/"she"
    std::string m_lastOther;  // the most recent other speaker (a ministry, an army): antecedent of "it"/"they"
    std::string m_lastGroup;  // the most recent plural speaker ("officials", "City leaders"): antecedent of "they"
    bool m_groupLatest = false; // m_lastGroup is more recent than m_lastOther
    std::unordered_set<std::string> m_surnames;

    const Token& t(size_t k) const { return m_doc.tokens[k]; }
    std::string_view w(size_t k) const {
        return k < m_last ? m_text.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    std::string_view lw(size_t k) const {
        return k < m_last ? m_lower.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    uint32_t f(size_t k) const { return k < m_last && m_s.lex[k] ? m_s.lex[k]->flags : 0; }
    bool isWord(size_t k) const { return k < m_last && t(k).kind == TokenKind::Word; }
    bool isCap(size_t k) const { return isWord(k) && t(k).capitalized; }
    bool closingQuote(size_t k) const {
        for (const auto& q : m_s.quotes)
            if (q.closeToken == k) return true;
        return false;
    }
    bool participle(size_t k) const {
        const std::string_view l = lw(k);
        return isWord(k) && !t(k).capitalized && l.size() > 4 && l.ends_with("ing");
    }

    // A past-tense verb rather than an -ed adjective: "offered a", "launched from" (but "armed forces").
    bool verbEd(size_t k) const {
        const std::string_view l = lw(k);
        if (!isWord(k) || t(k).capitalized || l.size() <= 4 || !l.ends_with("ed")) return false;
        return k + 1 >= m_last || t(k + 1).kind != TokenKind::Word || (f(k + 1) & (kDeterminer | kPreposition));
    }
    // Can token k be part of a speaker noun phrase? Capitalised words always can (names, titles, "U.S."); lower-case
    // ones unless closed-class (verbs, prepositions, conjunctions, pronouns, time words).
    bool npToken(size_t k) const {
        if (!isWord(k)) return false;
        const uint32_t fl = f(k);
        if (fl & (kSpeechVerb | kWeekday)) return false;
        if (t(k).capitalized) // "But", "On", "However" open a sentence without being part of its subject
            return !(t(k).sentenceInitial && (fl & (kConjunction | kPreposition | kAux)) && !(fl & kDeterminer));
        if (fl & (kVerbLike | kConjunction | kPreposition | kAux | kTimeWord | kSpeechVerb)) return false;
        if (fl & kPronoun) return lw(k) == "he" || lw(k) == "she" || lw(k) == "it" || lw(k) == "they";
        return true;
    }
    // "of"/"for"/"and" joining capitalised words inside a name ("Center for Strategic and International Studies").
    bool nameGlue(size_t k) const {
        const std::string_view l = lw(k);
        return (l == "of" || l == "for" || l == "and" || l == "on") && isCap(k + 1) && k > m_first && isCap(k - 1);
    }
    // "of the" inside a name: "Department of the Army", "Ministry of the Interior".
    bool nameGlueThe(size_t k) const {
        return lw(k) == "of" && lw(k + 1) == "the" && isCap(k + 2) && k > m_first && isCap(k - 1);
    }
    // A finite verb after a common noun inside a would-be subject: "news media carried reports", "officials based
    // in". Not an adjective after a determiner ("the armed forces") or an adverb ("newly elected").
    bool verbAfterNoun(size_t k, size_t phraseStart) const {
        const std::string_view l = lw(k);
        if (k <= phraseStart + 1 || !isWord(k) || t(k).capitalized || l.size() <= 4 || !l.ends_with("ed")) return false;
        const size_t p = k - 1;
        return isWord(p) && !t(p).capitalized && !(f(p) & kDeterminer) && !lw(p).ends_with("ly");
    }

    // The noun phrase ending at j (inclusive), collected backwards; returns its first token (j + 1 when empty).
    size_t npBackward(size_t j) const {
        size_t m = j + 1;
        int n = 0;
        while (m > m_first && n < 12) {
            const size_t c = m - 1;
            if (c >= m_first + 2 && lw(c) == "the" && nameGlueThe(c - 1)) { // "Department of the Army"
                m = c - 1;
                n += 2;
                continue;
            }
            if (npToken(c) || nameGlue(c)) {
                const bool det = (f(c) & kDeterminer) && !t(c).capitalized;
                const bool detCap = (f(c) & kDeterminer) && t(c).capitalized;
                m = c;
                ++n;
                if (det || detCap) break; // a determiner opens the phrase
                continue;
            }
            break;
        }
        // Sentence-initial connectives are not part of it: "But the U.S.".
        while (m <= j && (f(m) & kConjunction) && !(f(m) & kDeterminer)) ++m;
        return m;
    }
    // The noun phrase starting at a, collected forwards; returns one past its end. Stops at a participle, a
    // preposition (except inside names), a verb or punctuation.
    size_t npForward(size_t a, std::string_view stopWord = {}) const {
        size_t e = a;
        int n = 0;
        while (e < m_last && n < 12) {
            if (!stopWord.empty() && lw(e) == stopWord) break;
            if (participle(e) || verbEd(e) || verbAfterNoun(e, a)) break;
            if (nameGlueThe(e)) { e += 2; n += 2; continue; }
            if (nameGlue(e)) { ++e; ++n; continue; }
            if (!npToken(e)) break;
            if (e > a && (f(e) & kDeterminer) && !(f(e) & kPossessivePronoun)) break;
            ++e;
            ++n;
        }
        return e;
    }
    // The subject at the start of the clause containing token j: after the last comma/semicolon/quote before j, or
    // the sentence start, skipping connectives and a leading adverbial ("On Wednesday,").
    std::pair<size_t, size_t> clauseSubject(size_t j, bool sentenceStart) const {
        size_t a = m_first;
        if (!sentenceStart) {
            for (size_t c = j; c > m_first; --c) {
                const std::string_view p = w(c - 1);
                if (p == "," || p == ";" || p == ":" || closingQuote(c - 1)) { a = c; break; }
            }
        }
        while (a < j && (f(a) & kConjunction) && !(f(a) & kDeterminer)) ++a;
        if (a < j && w(a) == ",") ++a;
        if (a < j && (f(a) & kPreposition)) { // "On Wednesday, U.S. Defense Secretary Carter ..."
            size_t c = a;
            while (c < j && w(c) != ",") ++c;
            if (c < j) a = c + 1;
        }
        if (a < m_last && t(a).kind == TokenKind::Punct && (w(a) == "'" || w(a) == "\"")) return {a, a};
        return {a, npForward(a)};
    }

    std::pair<size_t, size_t> subjectOf(size_t verb) {
        size_t j = verb;
        while (j > m_first && isWord(j - 1) && (f(j - 1) & kAux) && !t(j - 1).capitalized) --j;
        // "has also said": kAux covers "also"; a stray -ly adverb too ("had repeatedly said").
        while (j > m_first && isWord(j - 1) && !t(j - 1).capitalized && lw(j - 1).ends_with("ly") &&
               lw(j - 1).size() > 4)
            --j;
        if (j == m_first) return {0, 0};
        const size_t p = j - 1;
        if (w(p) == ",") { // an appositive before the verb
            if (auto name = nameBeforeAppositive(p); name.second > name.first) return name;
            auto subject = clauseSubject(p, true);
            // "The former head of the agency, Amnon Sofin, says": the name, not the description, speaks.
            if (auto name = appositiveName(p); name.second > name.first && subject.second > subject.first &&
                                               (f(subject.first) & kDeterminer) && !isCap(subject.second - 1))
                return name;
            return subject;
        }
        if (!isWord(p)) return {0, 0};
        if (lw(p) == "and" || lw(p) == "but") { // "Activists have reported ... and said ..."
            if (m_doc.attributions.size() > m_sentenceFirstAttribution) return {SIZE_MAX, SIZE_MAX};
            return clauseSubject(p, true);
        }
        // "A defense official who asked not to be named said": the phrase before the relative clause speaks.
        for (size_t k = p; k > m_first && p - k < 10 && w(k) != ","; --k)
            if (lw(k) == "who" && !(f(k - 1) & kSpeechVerb)) {
                const size_t start = npBackward(k - 1);
                if (start < k) return {listStart(start, k - 1), k};
                break;
            }
        size_t m = npBackward(p);
        if (m > p) return {0, 0};
        m = listStart(m, p);
        if (m > m_first) {
            const size_t before = m - 1;
            if ((isWord(before) && (f(before) & kPreposition)) || participle(before) ||
                lw(before) == "who" || lw(before) == "which") {
                auto cs = clauseSubject(before, false);
                if (cs.second > cs.first) return cs;
            }
        }
        return {m, p + 1};
    }

    void add(size_t verb, std::string_view lemma, std::pair<size_t, size_t> sp, std::pair<size_t, size_t> via = {0, 0}) {
        Attribution a;
        a.speakerStart = t(sp.first).start;
        a.speakerEnd = t(sp.second - 1).end;
        a.speaker = std::string(m_text.substr(a.speakerStart, a.speakerEnd - a.speakerStart));
        a.verb = std::string(lemma);
        a.sentence = m_sentence;
        if (via.second > via.first) {
            a.viaIntermediary = true;
            a.intermediaryStart = t(via.first).start;
            a.intermediaryEnd = t(via.second - 1).end;
            a.intermediary = std::string(m_text.substr(a.intermediaryStart, a.intermediaryEnd - a.intermediaryStart));
        }
        a.resolvedSpeaker = a.speaker;
        if (sp.second - sp.first == 1 && (f(sp.first) & kPronoun)) {
            a.pronoun = true;
            const bool person = m_s.lex[sp.first]->value == 1; // he, she
            const std::string_view p = lw(sp.first);
            if (person) a.resolvedSpeaker = m_lastPerson;
            else if (p == "they") a.resolvedSpeaker = m_groupLatest || m_lastOther.empty() ? m_lastGroup : m_lastOther;
            else if (p == "it") a.resolvedSpeaker = m_lastOther;
            else a.resolvedSpeaker.clear();
        }
        setClause(a, verb, sp.first);
        m_doc.attributions.push_back(std::move(a));
    }

    void setClause(Attribution& a, size_t verb, size_t speakerToken) {
        const Sentence& sn = m_doc.sentences[static_cast<size_t>(m_sentence)];
        a.clauseStart = sn.start;
        a.clauseEnd = sn.end;
        // A semicolon before the speaker and its verb closes a clause someone else told: in "X launched 40
        // drones; the air force said 35 were shot down" the air force speaks only after the ';'.
        const size_t speakerFirst = std::min(verb, speakerToken);
        for (size_t k = speakerFirst; k > m_first; --k)
            if (w(k - 1) == ";") { a.clauseStart = t(k - 1).end; break; }
        // Quotes touching this sentence: one that closes in it (opened here or earlier) or opens in it after the verb.
        for (const auto& q : m_s.quotes) {
            const bool closesHere = q.closeToken >= m_first && q.closeToken < m_last;
            const bool opensHere = q.openToken >= m_first && q.openToken < m_last;
            if (!closesHere && !(opensHere && q.openToken > verb)) continue;
            a.quote = true;
            const int so = m_doc.sentenceAt(q.open), sc = m_doc.sentenceAt(q.close - 1);
            if (so >= 0) a.clauseStart = std::min(a.clauseStart, m_doc.sentences[static_cast<size_t>(so)].start);
            if (sc >= 0) a.clauseEnd = std::max(a.clauseEnd, m_doc.sentences[static_cast<size_t>(sc)].end);
        }
    }

    // Passives and infinitives are not attributions: "troops were told", "explosions were also reported", "to say".
    bool passiveOrInfinitive(size_t k) const {
        size_t q = k - 1;
        // adverbs between the auxiliary and the verb ("were also reported", "was later confirmed")
        while (q > m_first && isWord(q) && !t(q).capitalized &&
               (lw(q) == "also" || lw(q) == "later" || lw(q) == "earlier" || lw(q) == "first" || lw(q) == "not" ||
                (lw(q).ends_with("ly") && lw(q).size() > 4)))
            --q;
        const std::string_view prev = lw(q);
        return prev == "was" || prev == "were" || prev == "been" || prev == "being" || prev == "be" || prev == "is" ||
               prev == "are" || (prev == "to" && q + 1 == k);
    }

    void scanVerb(size_t k) {
        const auto lemma = speechVerbLemma(static_cast<int>(m_s.lex[k]->value));
        if (k > m_first && passiveOrInfinitive(k)) return;
        if (lemma == "according to") {
            if (lw(k + 1) != "to") return;
            size_t a = k + 2;
            const size_t e = npForward(a);
            if (e > a) add(k, lemma, {a, e});
            return;
        }
        if (lemma == "quoted" || lemma == "cited") { // "TASS quoted the ministry as saying"
            const size_t a = k + 1;
            const size_t e = npForward(a, "as");
            if (e == a) return;
            auto via = subjectOf(k);
            if (via.first == SIZE_MAX) via = {0, 0};
            if (lw(e) != "as" && lemma == "cited") return;
            add(k, lemma, {a, e}, via);
            return;
        }
        // "..., said Gen. Smith." / "'...,' said the official."
        if (k > m_first && (w(k - 1) == "," || closingQuote(k - 1))) {
            const size_t a = k + 1;
            if (a < m_last && (isCap(a) || (f(a) & kDeterminer)) && !(f(a) & (kWeekday | kMonth | kTimeWord))) {
                const size_t e = npForward(a);
                // The phrase must end the clause ("..., said Carter." / "said Carter, adding") and not open a
                // reported clause ("..., said Russia will ...", "..., told VOA's service that ...").
                const bool endsClause = e >= m_last || t(e).kind == TokenKind::Punct ||
                                        (f(e) & (kPreposition | kWeekday | kTimeWord)) || (f(e) & kMonth);
                if (e > a && endsClause && lw(e) != "that") { add(k, lemma, {a, e}); return; }
            }
        }
        auto sp = subjectOf(k);
        if (sp.first == SIZE_MAX) { // coordinated verb: reuse the sentence's previous speaker
            Attribution copy = m_doc.attributions.back();
            copy.verb = std::string(lemma);
            m_doc.attributions.push_back(std::move(copy));
            return;
        }
        if (sp.second <= sp.first) return;
        add(k, lemma, sp);
    }

    // Person-like speakers feed pronoun resolution.
    void notePerson(size_t ai) {
        const Attribution& a = m_doc.attributions[ai];
        if (a.pronoun) return;
        const auto toks = [&] {
            std::pair<size_t, size_t> r{0, 0};
            for (size_t k = m_first; k < m_last; ++k) {
                if (t(k).start == a.speakerStart) r.first = k;
                if (t(k).end == a.speakerEnd) r.second = k + 1;
            }
            return r;
        }();
        if (toks.second <= toks.first) return;
        bool role = false;
        int caps = 0;
        for (size_t k = toks.first; k < toks.second; ++k) {
            role = role || (f(k) & kRoleNoun);
            caps += isCap(k) ? 1 : 0;
        }
        const size_t lastTok = toks.second - 1;
        const std::string_view lastWord = w(lastTok);
        bool acronym = true;
        for (char c : lastWord) acronym = acronym && !isAsciiLower(c);
        const bool startsThe = lw(toks.first) == "the";
        const bool named = caps >= 2 && isCap(lastTok) && !acronym && !startsThe;
        const bool knownSurname = caps == 1 && isCap(lastTok) && m_surnames.count(std::string(lastWord)) > 0;
        if (named) m_surnames.insert(std::string(lastWord));
        const std::string_view lastLower = lw(lastTok);
        const bool plural = !isCap(lastTok) && lastLower.size() > 3 &&
                            ((lastLower.back() == 's' && !lastLower.ends_with("ss") && !lastLower.ends_with("us")) ||
                             lastLower == "media" || lastLower == "people" || lastLower == "police");
        if (plural && !named) { m_lastGroup = a.speaker; m_groupLatest = true; }
        else if (role || named || knownSurname) m_lastPerson = a.speaker;
        else { m_lastOther = a.speaker; m_groupLatest = false; }
    }

    // "The United Kingdom, France, Italy and Canada have announced": a coordinated list of names (the phrase
    // [m, p] joins capitalised words with "and") extends back over its comma-separated capitalised items.
    size_t listStart(size_t m, size_t p) const {
        bool coordinated = false;
        for (size_t k = m; k <= p; ++k) coordinated = coordinated || (lw(k) == "and" && nameGlue(k));
        if (!coordinated) return m;
        while (m >= m_first + 2 && w(m - 1) == ",") {
            size_t a = m - 1;
            const auto itemWord = [&](size_t k) { // "France", "the United Kingdom"
                return isCap(k) || (lw(k) == "the" && (k == m_first || w(k - 1) == ","));
            };
            while (a > m_first && itemWord(a - 1)) --a;
            if (a == m - 1) break;
            // "operating in the Red Sea, Navy and Pentagon officials said": a name after a preposition ends
            // another phrase; the list opens the clause or follows a comma.
            if (a > m_first && w(a - 1) != "," && !(f(a - 1) & kConjunction)) break;
            m = a;
        }
        return m;
    }

    // "The former head of the agency Mossad, Amnon Sofin, says": the two to four capitalised words between the comma
    // at p and the comma before it, when they are a name (no role noun, title or closed-class word among them).
    std::pair<size_t, size_t> appositiveName(size_t p) const {
        size_t q = p;
        while (q > m_first && w(q - 1) != ",") --q;
        if (q == m_first || p - q < 2 || p - q > 4) return {0, 0};
        for (size_t k = q; k < p; ++k)
            if (!isCap(k) || (f(k) & (kRoleNoun | kTitleAbbrev | kDeterminer | kPreposition | kMonth | kWeekday)))
                return {0, 0};
        return {q, p};
    }

    // "Seven B-2 bombers dropped 14 bombs on Fordow, Gen. Dan Caine, chairman of the Joint Chiefs, told reporters": a
    // name between two commas, after the reported clause and before a description that ends at the comma at p,
    // speaks. The name holds two capitalised words that are neither a title nor a role ("Dan Caine").
    std::pair<size_t, size_t> nameBeforeAppositive(size_t p) const {
        size_t q = p;
        while (q > m_first && w(q - 1) != ",") --q;
        if (q <= m_first + 1 || q == p || (isCap(q) && !(f(q) & kDeterminer))) return {0, 0};
        const size_t end = q - 1; // the description's opening comma
        size_t r = end;
        while (r > m_first && w(r - 1) != ",") --r;
        if (r == m_first || end - r > 8) return {0, 0};
        int nameWords = 0;
        for (size_t k = r; k < end; ++k) {
            if (w(k) == ".") continue;
            if (!isCap(k) || (f(k) & (kDeterminer | kPreposition | kMonth | kWeekday))) return {0, 0};
            if (!(f(k) & (kRoleNoun | kTitleAbbrev | kEndAbbrev))) ++nameWords;
        }
        return nameWords >= 2 ? std::pair<size_t, size_t>{r, end} : std::pair<size_t, size_t>{0, 0};
    }

    // Surnames of people named with a title or role anywhere in the text ("Defense Secretary William S. Cohen",
    // "Army Maj. Michael N. Meyer", "Secretary of Defense Lloyd J. Austin III"), so that "Cohen said" is a person.
    void collectSurnames() {
        const auto& tk = m_doc.tokens;
        for (const Sentence& sn : m_doc.sentences) {
            m_first = sn.firstToken;
            m_last = sn.firstToken + sn.tokenCount;
            for (size_t k = m_first; k + 2 < m_last; ++k) {
                if (!isCap(k) || !(f(k) & (kRoleNoun | kTitleAbbrev))) continue;
                size_t j = k + 1;
                while (j + 1 < m_last && lw(j) == "of" && isCap(j + 1)) j += 2; // "Secretary of Defense"
                const size_t a = j;
                while (j < m_last && isCap(j) && !(f(j) & (kRoleNoun | kTitleAbbrev | kWeekday | kMonth))) ++j;
                size_t e = j;
                while (e > a && (lw(e - 1) == "jr." || lw(e - 1) == "sr." || lw(e - 1) == "ii" || lw(e - 1) == "iii" ||
                                 lw(e - 1) == "iv"))
                    --e;
                if (e - a < 2) continue;
                const std::string_view last = m_text.substr(tk[e - 1].start, tk[e - 1].end - tk[e - 1].start);
                if (last.size() > 2 && !last.ends_with(".") && !last.ends_with("'s")) m_surnames.insert(std::string(last));
            }
        }
    }

    // The issuer's default attribution over the whole body: the signatory via the issuer, or the issuer.
    void addImplicit() {
        if (m_doc.sentences.empty() || (m_doc.issuer.empty() && m_doc.signatory.empty())) return;
        Attribution a;
        const bool signed_ = !m_doc.signatory.empty();
        a.speaker = signed_ ? m_doc.signatory : m_doc.issuer;
        std::tie(a.speakerStart, a.speakerEnd) = signed_ ? m_doc.signatorySpan : m_doc.issuerSpan;
        a.resolvedSpeaker = a.speaker;
        a.verb = "issued";
        a.clauseStart = m_doc.sentences.front().start;
        a.clauseEnd = m_doc.sentences.back().end;
        a.implicit = true;
        if (signed_ && !m_doc.issuer.empty() && m_doc.issuer != m_doc.signatory) {
            a.viaIntermediary = true;
            a.intermediary = m_doc.issuer;
            std::tie(a.intermediaryStart, a.intermediaryEnd) = m_doc.issuerSpan;
        }
        m_doc.attributions.push_back(std::move(a));
    }

    // Quote-only sentences next to a quoted attribution belong to it ("'...,' Austin said. 'We have ...'").
    void extendOverQuoteSentences() {
        const auto& ss = m_doc.sentences;
        const auto startsWithQuote = [&](size_t si) {
            const Token& t0 = m_doc.tokens[ss[si].firstToken];
            if (t0.kind != TokenKind::Punct || (m_text[t0.start] != '\'' && m_text[t0.start] != '"')) return false;
            for (const auto& q : m_s.quotes)
                if (q.openToken == ss[si].firstToken) return true;
            return false;
        };
        std::vector<char> attributed(ss.size(), 0);
        for (const auto& a : m_doc.attributions) attributed[static_cast<size_t>(a.sentence)] = 1;
        for (auto& a : m_doc.attributions) {
            if (!a.quote) continue;
            int last = m_doc.sentenceAt(a.clauseEnd - 1);
            while (last >= 0 && static_cast<size_t>(last) + 1 < ss.size()) {
                const size_t n = static_cast<size_t>(last) + 1;
                if (ss[n].paragraph != ss[static_cast<size_t>(last)].paragraph || attributed[n] || !startsWithQuote(n))
                    break;
                a.clauseEnd = ss[n].end;
                last = static_cast<int>(n);
            }
            int firstS = m_doc.sentenceAt(a.clauseStart);
            while (firstS > 0) {
                const size_t p = static_cast<size_t>(firstS) - 1;
                if (ss[p].paragraph != ss[static_cast<size_t>(firstS)].paragraph || attributed[p] ||
                    !startsWithQuote(p))
                    break;
                a.clauseStart = ss[p].start;
                firstS = static_cast<int>(p);
            }
        }
    }
};

} // namespace

void findAttributions(Document& doc, const Scratch& s) { AttributionScanner(doc, s).run(); }

} // namespace salvo::text::detail
