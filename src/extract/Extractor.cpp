// The passes in order: tokens, places, claims, events; then the source block and sentences of the scenario.
// Diagnostics of the document (text) and of extraction are both kept, so the Problems panel sees one list.
#include "extract/Extractor.hpp"

#include "extract/Context.hpp"
#include "extract/Sha256.hpp"

namespace salvo::extract {

scenario::Scenario extractScenario(const text::Document& doc, const atlas::Atlas& atlas, const ExtractOptions& opt) {
    scenario::Scenario out;
    out.source.title = doc.headline;
    out.source.publisher = doc.byline;
    if (doc.dateline) out.source.published = formatIsoDate(*doc.dateline);
    out.source.sha256 = opt.sha256.empty() ? sha256Hex(doc.text) : opt.sha256;
    out.source.path = opt.sourcePath;
    out.sentences.reserve(doc.sentences.size());
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
        const auto& s = doc.sentences[i];
        out.sentences.push_back({static_cast<int>(i), s.start, s.end, std::string(doc.slice(s.start, s.end)), s.heading});
    }

    detail::Context ctx(doc, atlas);
    detail::prepareTokens(ctx);
    detail::findPlaces(ctx, out);
    detail::quietVerbsInsideNames(ctx);
    detail::findClaims(ctx, out);
    detail::findEvents(ctx, out);

    out.diagnostics = doc.diagnostics;
    for (auto& d : ctx.diagnostics) out.diagnostics.push_back(std::move(d));
    return out;
}

} // namespace salvo::extract
