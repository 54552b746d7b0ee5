// Outcome statements. Cues are matched in lower case on word boundaries, longest first, and a cue never reuses words
// another has taken ("without causing any civilian casualties" is one "no casualties", not also "casualties").
// Edge cases: a positive cue right after a negation ("were not destroyed") states nothing; "no one was killed" is
// "no casualties"; a crash told by a crash event is not read a second time from its sentence. The object of a
// passive cue ("11 targets, which were destroyed") is the count written before it, of an active one ("destroyed
// seven stills, five tanks") the counts after it up to the end of the clause.
#include "sim/Outcomes.hpp"

#include "core/Utf8.hpp"
#include "text/Document.hpp"

#include <algorithm>
#include <cctype>

namespace salvo::sim {

namespace {

struct Cue {
    const char* words;
    const char* outcome;
    bool passive;  // the object is written before the cue
    bool positive; // a negation right before it cancels it
};

// Longest first within each outcome family, so that the longer phrase takes the words.
const Cue kCues[] = {
    {"without causing any civilian casualties", "no casualties", true, false},
    {"without causing any casualties", "no casualties", true, false},
    {"without civilian casualties", "no casualties", true, false},
    {"no civilian casualties", "no casualties", true, false},
    {"no casualties", "no casualties", true, false},
    {"no one was killed", "no casualties", true, false},
    {"no one was injured", "no casualties", true, false},
    {"no information on damage", "no information on damage", true, false},
    {"no information about damage", "no information on damage", true, false},
    {"no damage", "no damage", true, false},
    {"were destroyed", "destroyed", true, true},
    {"was destroyed", "destroyed", true, true},
    {"destroyed", "destroyed", false, true},
    {"were damaged", "damaged", true, true},
    {"was damaged", "damaged", true, true},
    {"damaged", "damaged", false, true},
    {"were intercepted", "intercepted", true, true},
    {"was intercepted", "intercepted", true, true},
    {"intercepted", "intercepted", false, true},
    {"shot down", "shot down", true, true},
    {"crashed", "crashed", true, true},
    {"killed", "casualties", true, true},
    {"wounded", "casualties", true, true},
    {"injured", "casualties", true, true},
};


bool wordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

bool negatedBefore(const std::string& l, size_t pos) {
    const std::string before = " " + l.substr(pos >= 16 ? pos - 16 : 0, pos >= 16 ? 16 : pos);
    return before.find(" not ") != std::string::npos || before.find("n't ") != std::string::npos ||
           before.find(" never ") != std::string::npos;
}

// The speaker of each sentence, from the text module's attributions over the sentences joined as paragraphs.
std::vector<std::string> sentenceSpeakers(const scenario::Scenario& sc) {
    std::string joined;
    std::vector<size_t> at;
    for (const auto& s : sc.sentences) {
        at.push_back(joined.size());
        joined += s.text + "\n\n";
    }
    std::vector<std::string> out(sc.sentences.size());
    auto doc = text::parseDocument(joined);
    if (!doc) return out;
    for (size_t i = 0; i < sc.sentences.size(); ++i) {
        const size_t mid = at[i] + sc.sentences[i].text.size() / 2;
        if (const text::Attribution* a = doc->attributionAt(mid); a && !a->implicit)
            out[i] = a->resolvedSpeaker.empty() ? a->speaker : a->resolvedSpeaker;
    }
    return out;
}

// The event a statement in sentence `si` is about: one that lists the sentence (crash and intercept events for the
// outcomes of a flight, launches and strikes for the rest), else one that lists one of the two sentences before.
std::string eventFor(const scenario::Scenario& sc, int si, bool flightOutcome) {
    for (int back = 0; back <= 2 && si - back >= 0; ++back) {
        std::string any;
        for (const auto& e : sc.events) {
            if (std::find(e.sentences.begin(), e.sentences.end(), si - back) == e.sentences.end()) continue;
            const bool crashLike = e.kind == "crash" || e.kind == "intercept";
            if (crashLike == flightOutcome) return e.id;
            if (any.empty()) any = e.id;
        }
        if (!any.empty()) return any;
    }
    return {};
}

// The object of a cue at [pos, end) of sentence `s`: the claims written before it (passive) or after it in the
// same clause (active), as their text; the count when there is exactly one.
void objectOf(const scenario::Scenario& sc, const scenario::Sentence& s, size_t pos, size_t end, bool passive,
              OutcomeStatement& o) {
    const size_t cueStart = s.start + pos, cueEnd = s.start + end;
    // An active cue's object ends with its clause, or where the next cue begins ("destroyed an ISIS headquarters and
    // damaged two supply routes": the routes were damaged).
    size_t stop = std::min(s.text.find(';', end), s.text.size());
    const std::string l = asciiLower(s.text);
    for (const Cue& other : kCues)
        if (other.positive)
            for (size_t p = l.find(other.words, end); p != std::string::npos && p < stop; p = l.find(other.words, p + 1))
                if (!wordChar(l[p - 1])) { stop = p; break; }
    const size_t clauseEnd = s.start + stop;
    std::vector<const scenario::Claim*> found;
    for (const auto& c : sc.claims) {
        if (c.sentence != s.index) continue;
        if (passive && c.end <= cueStart) found.assign(1, &c); // the nearest before
        if (!passive && c.start >= cueEnd && c.end <= clauseEnd) found.push_back(&c);
    }
    for (const auto* c : found) o.object += (o.object.empty() ? "" : ", ") + c->text;
    if (found.size() == 1) o.count = static_cast<int>(found.front()->value);
}

void readSentence(const scenario::Scenario& sc, const scenario::Sentence& s, const std::string& speaker,
                  std::vector<OutcomeStatement>& out) {
    const std::string l = asciiLower(s.text);
    std::vector<bool> taken(l.size(), false);
    for (const Cue& cue : kCues) {
        const std::string w = cue.words;
        for (size_t pos = l.find(w); pos != std::string::npos; pos = l.find(w, pos + 1)) {
            const size_t end = pos + w.size();
            if ((pos > 0 && wordChar(l[pos - 1])) || (end < l.size() && wordChar(l[end]))) continue;
            if (std::any_of(taken.begin() + static_cast<long>(pos), taken.begin() + static_cast<long>(end),
                            [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + static_cast<long>(pos), taken.begin() + static_cast<long>(end), true);
            if (cue.positive && negatedBefore(l, pos)) continue;
            const std::string outcome = cue.outcome;
            const bool flightOutcome = outcome == "crashed" || outcome == "intercepted" || outcome == "shot down";
            bool told = false; // a crash or intercept event of this sentence already states it
            for (const auto& e : sc.events)
                told |= flightOutcome && (e.kind == "crash" || e.kind == "intercept") &&
                        std::find(e.sentences.begin(), e.sentences.end(), s.index) != e.sentences.end();
            if (told) continue;
            OutcomeStatement o;
            o.eventId = eventFor(sc, s.index, flightOutcome);
            o.outcome = outcome;
            o.speaker = speaker;
            o.sentence = s.index;
            o.text = s.text.substr(pos, end - pos);
            if (cue.positive) objectOf(sc, s, pos, end, cue.passive, o); // "no casualties" befalls no object
            out.push_back(std::move(o));
        }
    }
}

} // namespace

std::vector<OutcomeStatement> readOutcomes(const scenario::Scenario& sc) {
    std::vector<OutcomeStatement> out;
    for (const auto& e : sc.events) {
        if (e.kind != "crash" && e.kind != "intercept") continue;
        OutcomeStatement o;
        o.eventId = e.id;
        o.outcome = e.kind == "crash" ? "crashed" : "intercepted";
        o.count = e.count;
        o.speaker = e.speaker;
        for (const auto& id : e.to)
            if (const scenario::Place* p = sc.place(id))
                o.object += (o.object.empty() ? (e.kind == "crash" ? "in " : "over ") : ", ") + p->name;
        if (!e.sentences.empty()) o.sentence = e.sentences.front();
        out.push_back(std::move(o));
    }
    const auto speakers = sentenceSpeakers(sc);
    for (size_t i = 0; i < sc.sentences.size(); ++i) {
        std::string speaker = speakers[i];
        if (speaker.empty())
            for (const auto& c : sc.claims)
                if (c.sentence == sc.sentences[i].index && !c.speaker.empty()) { speaker = c.speaker; break; }
        readSentence(sc, sc.sentences[i], speaker, out);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OutcomeStatement& a, const OutcomeStatement& b) { return a.sentence < b.sentence; });
    return out;
}

} // namespace salvo::sim
