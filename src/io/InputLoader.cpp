#include "io/InputLoader.hpp"

#include "core/Error.hpp"
#include "extract/Extractor.hpp"
#include "extract/Sha256.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "sim/DefaultOrigins.hpp"
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

InputDefaults loadInputDefaults(const std::filesystem::path& dataDir) {
    InputDefaults d;
    d.munitions = loadCatalogue(dataDir);
    d.launchAreas = loadLaunchAreas(dataDir, *d.munitions);
    return d;
}

LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas,
                           const InputDefaults& defaults) {
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
    // Extraction weighs each number, time and attribution against the others around it; past this many of one kind
    // it runs for minutes (a 10 MB line of "fired 26 missiles ..., officials said" took over five): refuse in one
    // line instead. A news report has dozens; the bundled sample has under a hundred of each.
    constexpr size_t kMaxExpressions = 20000;
    for (const auto& [what, n] : {std::pair<const char*, size_t>{"number expressions", doc->numbers.size()},
                                  {"time expressions", doc->times.size()}, {"attributions", doc->attributions.size()}})
        if (n > kMaxExpressions)
            throw Error(name + ": " + std::to_string(n) + " " + what + ", more than the " +
                        std::to_string(kMaxExpressions) + " Salvo extracts from one article");
    out.scenario = extract::extractScenario(*doc, atlas, {.sourcePath = name, .sha256 = extract::sha256Hex(bytes)});
    // The limits a scenario file has hold for an article's scenario too: what extract writes, simulate must read
    // ("1,000,000,000 cruise missiles" was once extracted into a file that simulate then refused).
    const auto refusePastLimits = [&] {
        if (const auto past = scenario::pastLimits(out.scenario))
            throw Error(name + ": Salvo cannot simulate what the article yields: " + *past);
    };
    refusePastLimits();
    // What the text does not give: a catalogued launch area as an assumption, never as the event's origin. Here and
    // nowhere else, so that every command and the viewer see the same scenario for the same article.
    if (defaults.launchAreas && defaults.munitions) {
        sim::addDefaultOrigins(out.scenario, *defaults.launchAreas, *defaults.munitions, &atlas);
        refusePastLimits();
    }
    // And whatever else no scenario file may hold, an article's scenario may not either: it is read back through the
    // one scenario reader.
    if (auto back = scenario::fromJson(scenario::toJson(out.scenario)); !back)
        throw Error(name + ": the article yields a scenario Salvo cannot simulate: " +
                    (back.error().where.empty() ? "" : back.error().where + ": ") + back.error().message);
    out.kind = InputKind::Article;
    return out;
}

LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas) {
    return loadInputBytes(bytes, name, atlas, InputDefaults{});
}

LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas, const InputDefaults& defaults) {
    const std::string name = path == "-" ? std::string("standard input") : path.string();
    const std::string bytes = readFile(path, kMaxInputBytes);
    if (bytes.empty()) throw Error(name + ": empty input");
    return loadInputBytes(bytes, name, atlas, defaults);
}

LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas) {
    return loadInput(path, atlas, InputDefaults{});
}

Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas) {
    return tryLoadInput(path, atlas, InputDefaults{});
}

Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas,
                                        const InputDefaults& defaults) {
    try {
        return loadInput(path, atlas, defaults).scenario;
    } catch (const Error& e) {
        return makeError("input", e.what(), path.string());
    } catch (const std::exception& e) {
        return makeError("input", path.string() + ": " + e.what(), path.string());
    }
}

} // namespace salvo::io
