#include "io/InputLoader.hpp"

#include "core/Error.hpp"
#include "extract/Extractor.hpp"
#include "extract/Sha256.hpp"
#include "io/Files.hpp"
#include "text/Document.hpp"

namespace salvo::io {

namespace {
bool looksLikeJson(const std::string& bytes, const std::string& name) {
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) return true;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) return false;
    for (char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        return c == '{' || c == '[';
    }
    return false;
}
} // namespace

LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas) {
    LoadedInput out;
    if (looksLikeJson(bytes, name)) {
        auto r = scenario::fromJsonText(bytes);
        if (!r) {
            const auto& e = r.error();
            throw Error(name + ": " + (e.where.empty() ? "" : e.where + ": ") + e.message);
        }
        out.scenario = std::move(*r);
        out.kind = InputKind::Scenario;
        return out;
    }
    auto doc = text::parseDocument(bytes, {.dateline = std::nullopt, .maxBytes = kMaxInputBytes});
    if (!doc) throw Error(name + ": " + doc.error().message);
    out.scenario = extract::extractScenario(*doc, atlas, {.sourcePath = name, .sha256 = extract::sha256Hex(bytes)});
    out.kind = InputKind::Article;
    return out;
}

LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas) {
    const std::string name = path == "-" ? std::string("standard input") : path.string();
    const std::string bytes = readFile(path, kMaxInputBytes);
    if (bytes.empty()) throw Error(name + ": empty input");
    return loadInputBytes(bytes, name, atlas);
}

Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas) {
    try {
        return loadInput(path, atlas).scenario;
    } catch (const Error& e) {
        return makeError("input", e.what(), path.string());
    } catch (const std::exception& e) {
        return makeError("input", path.string() + ": " + e.what(), path.string());
    }
}

} // namespace salvo::io
