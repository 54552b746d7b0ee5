#pragma once
// Extractor: a parsed article and the atlas in, a Scenario out — places (resolved with their runner-up candidates and
// every mention's role), claims (each numeric assertion with quantity, value, speaker and stance) and events (launch,
// strike, crash, intercept, airspace violation, flight; with actor, munition, count, origin, targets and time).
// Rule-based and English-only; nothing in it is specific to one article. Unresolved or ambiguous names become
// diagnostics with their span. Deterministic: the same document and atlas give the same scenario.
//   auto doc = salvo::text::parseDocument(bytes);
//   auto sc = salvo::extract::extractScenario(*doc, atlas, {.sourcePath = "article.txt", .sha256 = sha256Hex(bytes)});
#include "atlas/Atlas.hpp"
#include "scenario/Scenario.hpp"
#include "text/Document.hpp"

#include <string>

namespace salvo::extract {

struct ExtractOptions {
    std::string sourcePath; // recorded as Scenario::source.path; may be empty
    std::string sha256;     // of the article's raw bytes (sha256Hex); computed from Document::text when empty
};

scenario::Scenario extractScenario(const text::Document& doc, const atlas::Atlas& atlas,
                                   const ExtractOptions& opt = {});

} // namespace salvo::extract
