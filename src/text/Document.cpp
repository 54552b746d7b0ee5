// parseDocument: validation, normalisation, then the stages of Lexicon.hpp in order. Also the Document look-ups.
#include "core/Utf8.hpp"
#include "text/Lexicon.hpp"

#include <cstring>

namespace salvo::text {

int Document::sentenceAt(size_t pos) const {
    // Sentences are sorted by start: binary search for the last one starting at or before pos.
    size_t lo = 0, hi = sentences.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (sentences[mid].start <= pos) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    const Sentence& s = sentences[lo - 1];
    return pos < s.end ? static_cast<int>(lo - 1) : -1;
}

const Attribution* Document::attributionAt(size_t pos) const {
    const Attribution* best = nullptr;
    for (const Attribution& a : attributions) {
        if (pos < a.clauseStart || pos >= a.clauseEnd) continue;
        if (!best || a.clauseEnd - a.clauseStart < best->clauseEnd - best->clauseStart) best = &a;
    }
    return best;
}

Result<Document> parseDocument(std::string_view bytes, const ParseOptions& opt) {
    if (bytes.empty()) return makeError("text.empty", "the article is empty");
    if (bytes.size() > opt.maxBytes)
        return makeError("text.too_large", "the article is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                               std::to_string(opt.maxBytes) + " bytes");
    if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size()))
        return makeError("text.nul_byte", "the article contains a NUL byte at byte offset " +
                                              std::to_string(static_cast<const char*>(nul) - bytes.data()) +
                                              " (binary file?)");
    if (auto bad = findInvalidUtf8(bytes))
        return makeError("text.invalid_utf8", "the article is not valid UTF-8: invalid byte sequence at byte offset " +
                                                  std::to_string(*bad));

    Document doc;
    doc.text = detail::normalise(bytes);
    detail::Scratch s;
    s.lower = asciiLower(doc.text);
    if (opt.dateline) doc.dateline = *opt.dateline;
    const auto blocks = detail::layout(doc, s, opt.dateline.has_value());
    if (blocks.empty())
        doc.diagnostics.push_back({Severity::Warning, "text.no_body", "no body text found (only headline or furniture)",
                                   {}, {}});
    doc.tokens.reserve(doc.text.size() / 5);
    detail::splitSentences(doc, blocks, s);

    // Per-token lexicon entries: the lower-case word, or, for "Oct." and "Thursday's", the word without the period
    // or the possessive.
    s.lex.resize(doc.tokens.size());
    for (size_t k = 0; k < doc.tokens.size(); ++k) {
        const Token& t = doc.tokens[k];
        if (t.kind != TokenKind::Word) continue;
        std::string_view w = std::string_view(s.lower).substr(t.start, t.end - t.start);
        const detail::LexEntry* e = detail::lookup(w);
        if (!e && w.size() > 2 && w.back() == '.') e = detail::lookup(w.substr(0, w.size() - 1));
        if (!e && w.size() > 3 && w.ends_with("'s")) e = detail::lookup(w.substr(0, w.size() - 2));
        s.lex[k] = e;
    }
    detail::findQuotes(doc, s);
    detail::findNumbers(doc, s);
    detail::findTimes(doc, s);
    detail::findAttributions(doc, s);
    if (!doc.dateline)
        doc.diagnostics.push_back({Severity::Warning, "text.no_dateline",
                                   "no publication date found; relative times (\"Wednesday\", \"overnight\") stay "
                                   "unresolved",
                                   {}, {}});
    return doc;
}

} // namespace salvo::text
