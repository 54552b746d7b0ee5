#pragma once
// Outcomes: what the report says became of the munitions and their targets, beside the numeric claims: crashes and
// intercepts (the scenario's own events), and statements read from the sentences the scenario keeps — targets
// destroyed or damaged, casualties or none ("without causing any civilian casualties"), "no information on damage".
// Each statement keeps its speaker (the sentence's attribution, found by the text module), its sentence and the event
// it is about (an event that lists the sentence, else the one told just before it). A statement is a finding in the
// report, never a verdict: the ledger sets it beside the others.
//   for (const auto& o : salvo::sim::readOutcomes(scenario)) std::cout << o.outcome << " " << o.object << "\n";
#include "scenario/Scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace salvo::sim {

struct OutcomeStatement {
    std::string eventId;          // the event it is about; empty when no event is near
    std::string outcome;          // "crashed", "intercepted", "destroyed", "damaged", "no casualties", "casualties",
                                  //   "no damage", "no information on damage", "shot down"
    std::string object;           // what it befell, as written ("11 Islamic State targets"); may be empty
    std::optional<int> count;     // a count the statement gives ("Four" crashed), when it gives one
    std::string speaker;          // empty: unattributed
    int sentence = -1;            // -1 for an event with no sentence
    std::string text;             // the words that state it ("were destroyed"); empty for an event
};

std::vector<OutcomeStatement> readOutcomes(const scenario::Scenario& scenario);

} // namespace salvo::sim
