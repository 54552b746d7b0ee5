#include "eval/Report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace salvo::eval {

namespace {

std::string tally(const Tally& t) { return std::to_string(t.hits) + "/" + std::to_string(t.total); }

Figure ratio(std::string name, const Tally& t) {
    Figure f{std::move(name), std::nullopt, true, tally(t)};
    if (t.total > 0) f.value = static_cast<double>(t.hits) / t.total;
    return f;
}

Figure count(std::string name, int value, std::string detail) {
    return {std::move(name), static_cast<double>(value), false, std::move(detail)};
}

std::string formatValue(const Figure& f) {
    if (!f.value) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, f.isRatio ? "%.3f" : "%.0f", *f.value);
    return buf;
}

std::string articleName(const ArticleResult& r) { return std::filesystem::path(r.article).stem().string(); }

std::string cell(const Tally& t) { return t.total == 0 && t.hits == 0 ? "-" : tally(t); }

std::string pad(std::string s, size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string row(const std::string& name, size_t nameWidth, const ArticleScore& s) {
    const auto& e = s.events;
    const std::string events = std::to_string(e.full) + "/" + std::to_string(e.part) + "/" + std::to_string(e.gold);
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-8s %-8s %-7s %4d  %-9s %-9s %-7s %4d", cell(s.places.recall).c_str(),
                  cell(s.places.precision).c_str(), cell(s.counts.recall).c_str(), s.counts.inventedNumbers,
                  events.c_str(), cell(e.launches).c_str(), cell(e.times).c_str(), e.inventedOrigins);
    return pad(name, nameWidth) + "  " + buf + "\n";
}

const char* sectionTitle(Finding::Section s) {
    switch (s) {
    case Finding::Section::PlaceMissed: return "place missed";
    case Finding::Section::PlaceUnmatched: return "place unmatched";
    case Finding::Section::PlaceKind: return "place kind";
    case Finding::Section::CountMissed: return "count missed";
    case Finding::Section::NumberInvented: return "number invented";
    case Finding::Section::Event: return "event";
    case Finding::Section::EventUnmatched: return "event unmatched";
    case Finding::Section::EventExtra: return "event extra";
    case Finding::Section::OriginInvented: return "origin invented";
    case Finding::Section::Launch: return "launch";
    case Finding::Section::Time: return "time";
    }
    return "?";
}

constexpr Finding::Section kSections[] = {
    Finding::Section::PlaceMissed, Finding::Section::PlaceUnmatched, Finding::Section::PlaceKind,
    Finding::Section::CountMissed, Finding::Section::NumberInvented, Finding::Section::Event,
    Finding::Section::EventUnmatched, Finding::Section::EventExtra, Finding::Section::OriginInvented, Finding::Section::Launch,
    Finding::Section::Time};

nlohmann::json tallyJson(const Tally& t, const char* hitsKey) { return {{hitsKey, t.hits}, {"gold", t.total}}; }

nlohmann::json scoreJson(const ArticleScore& s) {
    const auto& p = s.places;
    return {
        {"places", {{"found", p.recall.hits}, {"gold", p.recall.total}, {"found_all", p.recallAll.hits},
                    {"gold_all", p.recallAll.total}, {"matched", p.precision.hits}, {"scenario", p.precision.total},
                    {"kind_mismatches", p.kindMismatches}}},
        {"counts", {{"found", s.counts.recall.hits}, {"gold", s.counts.recall.total}, {"claims", s.counts.claims}}},
        {"numbers", {{"invented", s.counts.inventedNumbers}}},
        {"events", {{"full", s.events.full}, {"part", s.events.part}, {"gold", s.events.gold},
                    {"scenario", s.events.scenario}}},
        {"launches", tallyJson(s.events.launches, "replayed")},
        {"times", tallyJson(s.events.times, "ok")},
        {"origins", {{"invented", s.events.inventedOrigins}}}};
}

} // namespace

ArticleScore sumScores(const std::vector<ArticleResult>& results) {
    ArticleScore t;
    for (const auto& r : results) {
        if (!r.error.empty()) continue;
        const auto& s = r.score;
        t.places.recall += s.places.recall;
        t.places.recallAll += s.places.recallAll;
        t.places.precision += s.places.precision;
        t.places.kindMismatches += s.places.kindMismatches;
        t.counts.recall += s.counts.recall;
        t.counts.inventedNumbers += s.counts.inventedNumbers;
        t.counts.claims += s.counts.claims;
        t.events.full += s.events.full;
        t.events.part += s.events.part;
        t.events.gold += s.events.gold;
        t.events.scenario += s.events.scenario;
        t.events.launches += s.events.launches;
        t.events.times += s.events.times;
        t.events.inventedOrigins += s.events.inventedOrigins;
    }
    return t;
}

std::vector<Figure> computeFigures(const ArticleScore& t) {
    const auto& e = t.events;
    return {ratio("places.recall", t.places.recall),
            ratio("places.recall_all", t.places.recallAll),
            ratio("places.precision", t.places.precision),
            count("places.kind_mismatches", t.places.kindMismatches, "found places of another kind"),
            ratio("counts.recall", t.counts.recall),
            count("numbers.invented", t.counts.inventedNumbers, "event counts; " + std::to_string(t.counts.claims) + " claims read"),
            ratio("events.full", {e.full, e.gold}),
            ratio("events.part", {e.part, e.gold}),
            ratio("launches.replayed", e.launches),
            ratio("times.ok", e.times),
            count("origins.invented", e.inventedOrigins, "of " + std::to_string(e.scenario) + " events read")};
}

const Figure* findFigure(const std::vector<Figure>& figures, std::string_view name) {
    for (const auto& f : figures)
        if (f.name == name) return &f;
    return nullptr;
}

Result<Bound> parseBound(std::string_view text, bool isMax) {
    const char* option = isMax ? "--max" : "--min";
    const size_t eq = text.find('=');
    std::string names;
    for (const auto& f : computeFigures({})) names += (names.empty() ? "" : "|") + f.name;
    if (eq == std::string_view::npos)
        return makeError("eval.bound", std::string(option) + " '" + std::string(text) + "': expected FIGURE=VALUE (" + names + ")");
    Bound b{std::string(text.substr(0, eq)), 0, isMax};
    if (!findFigure(computeFigures({}), b.figure))
        return makeError("eval.bound", std::string(option) + ": unknown figure '" + b.figure + "' (" + names + ")");
    const std::string value(text.substr(eq + 1));
    char* end = nullptr;
    b.value = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !std::isfinite(b.value))
        return makeError("eval.bound", std::string(option) + " " + b.figure + ": '" + value + "' is not a number");
    return b;
}

std::vector<std::string> brokenBounds(const std::vector<Figure>& figures, const std::vector<Bound>& bounds) {
    std::vector<std::string> out;
    for (const auto& b : bounds) {
        const Figure* f = findFigure(figures, b.figure);
        if (!f || !f->value) continue;
        const bool broken = b.isMax ? *f->value > b.value + 1e-12 : *f->value < b.value - 1e-12;
        if (!broken) continue;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", b.value);
        out.push_back(b.figure + " is " + formatValue(*f) + " (" + f->detail + "), " +
                      (b.isMax ? "above the maximum " : "below the minimum ") + buf);
    }
    return out;
}

std::string formatTable(const std::vector<ArticleResult>& results, const std::vector<Figure>& figures) {
    size_t width = 7;
    for (const auto& r : results) width = std::max(width, articleName(r).size());
    std::string out = pad("article", width) +
                      "  places   precis.  counts  inv#  events    launches  times   inv.origins\n" +
                      pad("", width) + "  found    matched  found         full/part/gold\n";
    for (const auto& r : results) {
        if (!r.error.empty()) out += pad(articleName(r), width) + "  error: " + r.error + "\n";
        else out += row(articleName(r), width, r.score);
    }
    out += row("total", width, sumScores(results)) + "\n";
    for (const auto& f : figures)
        out += pad(f.name, 24) + pad(formatValue(f), 7) + "(" + f.detail + ")\n";
    return out;
}

std::string formatExplanation(const ArticleResult& r) {
    std::string out = "== " + articleName(r) + "\n";
    if (!r.error.empty()) return out + "  error: " + r.error + "\n";
    for (const auto section : kSections) {
        bool first = true;
        for (const auto& f : r.score.findings) {
            if (f.section != section) continue;
            out += "  " + pad(first ? sectionTitle(section) : "", 16) + "  " + f.text + "\n";
            first = false;
        }
    }
    return out;
}

nlohmann::json toJson(const std::vector<ArticleResult>& results, const std::vector<Figure>& figures,
                      const std::vector<Bound>& bounds, bool withExplanation) {
    nlohmann::json articles = nlohmann::json::array();
    for (const auto& r : results) {
        nlohmann::json a = {{"article", r.article}, {"gold", r.gold}};
        if (!r.error.empty()) a["error"] = r.error;
        else a.update(scoreJson(r.score));
        if (withExplanation && r.error.empty()) {
            nlohmann::json explain = nlohmann::json::object();
            for (const auto& f : r.score.findings) explain[sectionTitle(f.section)].push_back(f.text);
            a["explain"] = std::move(explain);
        }
        articles.push_back(std::move(a));
    }
    nlohmann::json figs = nlohmann::json::object();
    for (const auto& f : figures) figs[f.name] = f.value ? nlohmann::json(*f.value) : nlohmann::json(nullptr);
    nlohmann::json boundList = nlohmann::json::array();
    for (const auto& b : bounds) {
        const Figure* f = findFigure(figures, b.figure);
        const bool ok = brokenBounds(figures, {b}).empty();
        boundList.push_back({{"figure", b.figure}, {b.isMax ? "max" : "min", b.value},
                             {"value", f && f->value ? nlohmann::json(*f->value) : nlohmann::json(nullptr)}, {"ok", ok}});
    }
    return {{"schema", "salvo.eval/1"}, {"articles", std::move(articles)}, {"totals", scoreJson(sumScores(results))},
            {"figures", std::move(figs)}, {"bounds", std::move(boundList)}};
}

} // namespace salvo::eval
