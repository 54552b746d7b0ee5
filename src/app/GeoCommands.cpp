#include "app/GeoCommands.hpp"

#include "app/Messages.hpp"
#include "core/Error.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <future>
#include <iostream>
#include <thread>
#include <unistd.h>

namespace salvo::app {

using nlohmann::json;

namespace {
constexpr long long kMaxGeocodeLimit = 1000; // candidates one look-up lists; a name has a few dozen at most
constexpr size_t kMaxLineBytes = 4096;       // a stream line longer than this is a bad line (cut, reported)
constexpr size_t kOutFlushBytes = 1 << 20;   // stream output is written in blocks of about this size

// [stream] Lines of standard input, read in large blocks (a million points is 20 MB). The terminator ("\n", or
// "\r\n") is not part of the line; a last line without one still counts.
class LineReader {
public:
    explicit LineReader(int fd) : m_fd(fd), m_buf(kMaxLineBytes + (1 << 20)) {}

    // False at the end of input. A line over kMaxLineBytes comes back cut to that length with tooLong set.
    bool next(std::string_view& line, bool& tooLong) {
        tooLong = false;
        for (;;) {
            const char* nl = static_cast<const char*>(std::memchr(m_buf.data() + m_begin, '\n', m_end - m_begin));
            if (nl) return take(static_cast<size_t>(nl - m_buf.data()), 1, line);
            if (m_end - m_begin > kMaxLineBytes) return skipLongLine(line, tooLong);
            if (m_eof) return m_begin < m_end && take(m_end, 0, line);
            fill();
        }
    }

private:
    bool take(size_t stop, size_t terminator, std::string_view& line) {
        line = std::string_view(m_buf.data() + m_begin, stop - m_begin);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        m_begin = stop + terminator;
        return true;
    }
    bool skipLongLine(std::string_view& line, bool& tooLong) {
        m_long.assign(m_buf.data() + m_begin, kMaxLineBytes);
        tooLong = true;
        for (;;) {
            const char* nl = static_cast<const char*>(std::memchr(m_buf.data() + m_begin, '\n', m_end - m_begin));
            if (nl) { m_begin = static_cast<size_t>(nl - m_buf.data()) + 1; break; }
            m_begin = m_end;
            if (m_eof) break;
            fill();
        }
        line = m_long;
        return true;
    }
    void fill() {
        std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
        for (;;) {
            const ssize_t n = ::read(m_fd, m_buf.data() + m_end, m_buf.size() - m_end);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw Error(std::string("standard input: read failed: ") + std::strerror(errno));
            if (n == 0) m_eof = true;
            m_end += static_cast<size_t>(n);
            return;
        }
    }
    int m_fd;
    std::vector<char> m_buf;
    size_t m_begin = 0, m_end = 0;
    bool m_eof = false;
    std::string m_long;
};

// Stream output: appended to a block, written to stdout when the block is full. A failed write (a full disk,
// /dev/full) ends the stream at once with an error instead of computing answers nobody receives.
class OutBlock {
public:
    std::string text;
    void lineDone() {
        text.push_back('\n');
        if (text.size() >= kOutFlushBytes) flush();
    }
    void append(const std::string& lines) {
        text += lines;
        if (text.size() >= kOutFlushBytes) flush();
    }
    void flush() {
        if (!text.empty() && std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) fail();
        text.clear();
        if (std::fflush(stdout) != 0) fail();
    }

private:
    [[noreturn]] static void fail() {
        throw Error(std::string("standard output: write failed: ") + std::strerror(errno ? errno : EIO));
    }
};

// Bad lines: counted, the first one kept for the closing error.
struct BadLines {
    long long lines = 0, bad = 0;
    std::string first;
    void add(const std::string& message) {
        if (bad++ == 0) first = message;
    }
    // The tally of the lines that follow these.
    void merge(const BadLines& later) {
        if (bad == 0) first = later.first;
        bad += later.bad;
        lines += later.lines;
    }
    // After the stream: one error line when any input line was bad.
    void finish(const char* command) const {
        if (bad > 0)
            throw Error(std::string(command) + ": standard input: " + std::to_string(bad) + " of " +
                        std::to_string(lines) + " lines could not be answered (first: " + first + ")");
    }
};

void appendJsonString(std::string& out, std::string_view s) {
    out.push_back('"');
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') { out.push_back('\\'); out.push_back(c); }
        else if (u < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", u);
            out += esc;
        } else out.push_back(c);
    }
    out.push_back('"');
}

// Shortest text that reads back as the same double (as nlohmann::json writes numbers).
void appendNumber(std::string& out, double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}
void appendInteger(std::string& out, long long v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}
void appendFixed(std::string& out, double v, const char* format) {
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, format, v);
    out.append(buf, static_cast<size_t>(std::clamp(n, 0, static_cast<int>(sizeof buf) - 1)));
}

// The error a bad line gets in place: text "error: line N: ...", or a JSON object with the line number.
void appendLineError(std::string& out, bool json, long long line, std::string_view input, const std::string& message) {
    if (json) {
        out += "{\"line\":";
        appendInteger(out, line);
        out += ",\"input\":";
        appendJsonString(out, printable(input, 200));
        out += ",\"error\":";
        appendJsonString(out, message);
        out.push_back('}');
    } else {
        out += "error: line " + std::to_string(line) + ": " + message;
    }
}

// `where -` and `geocode -`: one answer line per input line (below).
int runWhereStream(Context& ctx, const WhereArgs& args);
int runGeocodeStream(Context& ctx, const GeocodeArgs& args, const atlas::LookupOptions& opt);
} // namespace

int runWhere(Context& ctx, const WhereArgs& args) {
    if (args.lat == "-" && args.lon.empty()) return runWhereStream(ctx, args);
    if (args.lon.empty()) throw UsageError("where: LON is missing (or give - alone to read points from standard input)");
    const LatLon p{parseCoordinate(args.lat, "latitude", 90), parseCoordinate(args.lon, "longitude", 180)};
    const auto& atlas = ctx.atlas();
    const auto info = atlas.locate(p);
    json j{{"lat", p.lat}, {"lon", p.lon}};
    if (info.country) {
        const auto& c = atlas.countries()[*info.country];
        j["country"] = {{"name", c.name}, {"iso2", c.iso2}};
    } else {
        j["country"] = nullptr;
    }
    if (info.admin1) {
        const auto& a = atlas.admin1()[*info.admin1];
        j["admin1"] = {{"name", a.name}, {"code", a.code}, {"type", a.typeName}};
    } else {
        j["admin1"] = nullptr;
    }
    j["sea"] = info.sea ? json(atlas.features()[*info.sea].name) : json(nullptr);
    if (info.nearest) {
        const auto& pl = atlas.places()[info.nearest->index];
        j["nearest"] = {{"name", pl.asciiName.empty() ? pl.name : pl.asciiName}, {"name_local", pl.name},
                        {"country", pl.iso2}, {"lat", pl.pos.lat}, {"lon", pl.pos.lon},
                        {"distance_km", std::round(info.nearest->distanceMeters / 100) / 10},
                        {"population", pl.population}, {"geonames_id", pl.geonameId}};
    } else {
        j["nearest"] = nullptr;
    }
    if (args.json) {
        std::cout << j.dump(2) << '\n';
        return 0;
    }
    std::printf("position:  %.5f, %.5f\n", p.lat, p.lon);
    std::printf("country:   %s\n", info.country ? (j["country"]["name"].get<std::string>() + " (" +
                                                    j["country"]["iso2"].get<std::string>() + ")").c_str()
                                                : "none");
    std::printf("admin1:    %s\n", info.admin1 ? j["admin1"]["name"].get<std::string>().c_str() : "none");
    if (info.sea) std::printf("sea:       %s\n", j["sea"].get<std::string>().c_str());
    if (info.nearest)
        std::printf("nearest:   %s (%s), %.1f km\n", j["nearest"]["name"].get<std::string>().c_str(),
                    j["nearest"]["country"].get<std::string>().c_str(), info.nearest->distanceMeters / 1000);
    else
        std::printf("nearest:   no populated place within 200 km\n");
    return 0;
}

int runGeocode(Context& ctx, const GeocodeArgs& args) {
    if (args.name.empty()) throw UsageError("geocode: NAME is empty");
    if (args.limit < 1 || args.limit > kMaxGeocodeLimit)
        throw UsageError("geocode: --limit " + std::to_string(args.limit) + " is outside 1.." +
                         std::to_string(kMaxGeocodeLimit));
    if (!args.country.empty() && args.country.size() != 2) throw UsageError("geocode: --country takes an ISO 3166-1 alpha-2 code");
    atlas::LookupOptions opt;
    opt.country = args.country;
    for (auto& ch : opt.country) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    opt.limit = static_cast<size_t>(args.limit);
    if (args.name == "-") return runGeocodeStream(ctx, args, opt);
    const auto hits = ctx.atlas().lookup(args.name, opt);
    if (args.json) {
        json out = json::array();
        for (const auto& c : hits)
            out.push_back({{"name", c.name}, {"kind", std::string(atlas::toString(c.kind))}, {"lat", c.pos.lat},
                           {"lon", c.pos.lon}, {"country", c.iso2}, {"admin1", c.admin1Name},
                           {"population", c.population}, {"radius_km", c.radiusKm}, {"score", c.score},
                           {"geonames_id", c.geonameId}});
        std::cout << out.dump(2) << '\n';
    } else {
        for (const auto& c : hits)
            std::printf("%s\t%s\t%.5f\t%.5f\t%s\t%s\t%.3f\n", c.name.c_str(), std::string(atlas::toString(c.kind)).c_str(),
                        c.pos.lat, c.pos.lon, c.iso2.empty() ? "-" : c.iso2.c_str(),
                        c.admin1Name.empty() ? "-" : c.admin1Name.c_str(), c.score);
    }
    if (hits.empty()) {
        std::fprintf(stderr, "salvo: no match for '%s'%s\n", printable(args.name, 200).c_str(),
                     args.country.empty() ? "" : (" in " + printable(opt.country, 16)).c_str());
        return 1;
    }
    return 0;
}

} // namespace salvo::app

namespace salvo::app {

namespace {

bool isSeparator(char c) { return c == ' ' || c == '\t' || c == ','; }

// One coordinate of a stream line; the message says what is wrong (same words as the single query's usage errors).
std::optional<double> parseStreamCoordinate(std::string_view token, const char* what, double limit,
                                            std::string& why) {
    std::string_view digits = token;
    if (digits.size() > 1 && digits[0] == '+' && digits[1] != '-') digits.remove_prefix(1);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size()) {
        why = std::string(what) + " '" + printable(token, 80) + "' is not a number";
        return std::nullopt;
    }
    if (!std::isfinite(v) || std::fabs(v) > limit) {
        why = std::string(what) + " " + printable(token, 80) + " is outside -" +
              std::to_string(static_cast<int>(limit)) + ".." + std::to_string(static_cast<int>(limit));
        return std::nullopt;
    }
    return v;
}

// "LAT LON", "LAT,LON" or "LAT, LON" (tabs too); anything else is a bad line with the reason in `why`.
std::optional<LatLon> parsePointLine(std::string_view line, std::string& why) {
    std::string_view tokens[3];
    int n = 0;
    size_t i = 0;
    while (i < line.size() && n < 3) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (n > 0 && i < line.size() && line[i] == ',') ++i;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const size_t start = i;
        while (i < line.size() && !isSeparator(line[i])) ++i;
        if (i > start) tokens[n++] = line.substr(start, i - start);
        else if (i < line.size()) { n = 3; break; } // two commas in a row
    }
    if (n != 2) {
        why = line.find_first_not_of(" \t") == std::string_view::npos ? "empty line, expected LAT LON"
                                                                       : "expected LAT LON, found '" + printable(line, 80) + "'";
        return std::nullopt;
    }
    const auto lat = parseStreamCoordinate(tokens[0], "latitude", 90, why);
    if (!lat) return std::nullopt;
    const auto lon = parseStreamCoordinate(tokens[1], "longitude", 180, why);
    if (!lon) return std::nullopt;
    return LatLon{*lat, *lon};
}

const char* orDash(const std::string& s) { return s.empty() ? "-" : s.c_str(); }

// Text columns, tab-separated: lat lon iso2 country admin1 sea nearest nearest_iso2 nearest_km ("-" for none).
void appendWhereText(std::string& out, const atlas::Atlas& atlas, LatLon p, const atlas::PointInfo& info) {
    appendFixed(out, p.lat, "%.5f");
    out.push_back('\t');
    appendFixed(out, p.lon, "%.5f");
    const auto column = [&out](std::string_view text) {
        out += '\t';
        out += text.empty() ? std::string_view("-") : text;
    };
    const atlas::Region* c = info.country ? &atlas.countries()[*info.country] : nullptr;
    column(c ? c->iso2 : "");
    column(c ? c->name : "");
    column(info.admin1 ? atlas.admin1()[*info.admin1].name : "");
    column(info.sea ? atlas.features()[*info.sea].name : "");
    if (info.nearest) {
        const auto& pl = atlas.places()[info.nearest->index];
        column(pl.asciiName.empty() ? pl.name : pl.asciiName);
        column(pl.iso2);
        out += '\t';
        appendFixed(out, info.nearest->distanceMeters / 1000, "%.1f");
    } else {
        out += "\t-\t-\t-";
    }
}

// The object `salvo where --json` prints, on one line.
void appendWhereJson(std::string& out, const atlas::Atlas& atlas, LatLon p, const atlas::PointInfo& info) {
    out += "{\"lat\":";
    appendNumber(out, p.lat);
    out += ",\"lon\":";
    appendNumber(out, p.lon);
    out += ",\"country\":";
    if (info.country) {
        const auto& c = atlas.countries()[*info.country];
        out += "{\"name\":"; appendJsonString(out, c.name);
        out += ",\"iso2\":"; appendJsonString(out, c.iso2);
        out += '}';
    } else out += "null";
    out += ",\"admin1\":";
    if (info.admin1) {
        const auto& a = atlas.admin1()[*info.admin1];
        out += "{\"name\":"; appendJsonString(out, a.name);
        out += ",\"code\":"; appendJsonString(out, a.code);
        out += ",\"type\":"; appendJsonString(out, a.typeName);
        out += '}';
    } else out += "null";
    out += ",\"sea\":";
    if (info.sea) appendJsonString(out, atlas.features()[*info.sea].name);
    else out += "null";
    out += ",\"nearest\":";
    if (info.nearest) {
        const auto& pl = atlas.places()[info.nearest->index];
        out += "{\"name\":"; appendJsonString(out, pl.asciiName.empty() ? pl.name : pl.asciiName);
        out += ",\"name_local\":"; appendJsonString(out, pl.name);
        out += ",\"country\":"; appendJsonString(out, pl.iso2);
        out += ",\"lat\":"; appendNumber(out, pl.pos.lat);
        out += ",\"lon\":"; appendNumber(out, pl.pos.lon);
        out += ",\"distance_km\":"; appendNumber(out, std::round(info.nearest->distanceMeters / 100) / 10);
        out += ",\"population\":"; appendInteger(out, pl.population);
        out += ",\"geonames_id\":"; appendInteger(out, pl.geonameId);
        out += '}';
    } else out += "null";
    out += '}';
}

void appendCandidateJson(std::string& out, const atlas::Candidate& c) {
    out += "{\"name\":"; appendJsonString(out, c.name);
    out += ",\"kind\":"; appendJsonString(out, atlas::toString(c.kind));
    out += ",\"lat\":"; appendNumber(out, c.pos.lat);
    out += ",\"lon\":"; appendNumber(out, c.pos.lon);
    out += ",\"country\":"; appendJsonString(out, c.iso2);
    out += ",\"admin1\":"; appendJsonString(out, c.admin1Name);
    out += ",\"population\":"; appendInteger(out, c.population);
    out += ",\"radius_km\":"; appendNumber(out, c.radiusKm);
    out += ",\"score\":"; appendNumber(out, c.score);
    out += ",\"geonames_id\":"; appendInteger(out, c.geonameId);
    out += '}';
}

// The columns of `salvo geocode` text output: name kind lat lon country admin1 score.
void appendCandidateText(std::string& out, const atlas::Candidate& c) {
    out += c.name;
    out += '\t';
    out += atlas::toString(c.kind);
    out += '\t';
    appendFixed(out, c.pos.lat, "%.5f");
    out += '\t';
    appendFixed(out, c.pos.lon, "%.5f");
    out += '\t';
    out += orDash(c.iso2);
    out += '\t';
    out += orDash(c.admin1Name);
    out += '\t';
    appendFixed(out, c.score, "%.3f");
}

// Lines [from, to) of a batch answered into `text`, one line each; firstLine numbers lines[0].
void answerWhereLines(const atlas::Atlas& atlas, bool json, const std::vector<std::string>& lines,
                      const std::vector<char>& tooLong, size_t from, size_t to, long long firstLine,
                      std::string& text, BadLines& bad) {
    std::string why;
    for (size_t k = from; k < to; ++k) {
        const long long lineNo = firstLine + static_cast<long long>(k);
        ++bad.lines;
        const auto p = tooLong[k] ? std::nullopt : parsePointLine(lines[k], why);
        if (!p) {
            if (tooLong[k]) why = "longer than " + std::to_string(kMaxLineBytes) + " bytes";
            appendLineError(text, json, lineNo, lines[k], why);
            text.push_back('\n');
            bad.add("line " + std::to_string(lineNo) + ": " + why);
            continue;
        }
        const auto info = atlas.locate(*p);
        if (json) appendWhereJson(text, atlas, *p, info);
        else appendWhereText(text, atlas, *p, info);
        text.push_back('\n');
    }
}

// Points are answered in batches on all cores: each thread takes one contiguous part of the batch into its own text,
// and the texts are written in input order. (Atlas queries are safe to share: polygon indexes are built once, behind
// a once-flag.)
int runWhereStream(Context& ctx, const WhereArgs& args) {
    const auto& atlas = ctx.atlas();
    constexpr size_t kBatchLines = 1 << 15;
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    LineReader in(STDIN_FILENO);
    OutBlock out;
    BadLines bad;
    std::vector<std::string> lines;
    std::vector<char> tooLong;
    std::vector<std::string> texts(threads);
    std::vector<BadLines> tallies(threads);
    for (bool more = true; more;) {
        lines.clear();
        tooLong.clear();
        std::string_view line;
        bool cut = false;
        while (lines.size() < kBatchLines && (more = in.next(line, cut))) {
            lines.emplace_back(line);
            tooLong.push_back(cut);
        }
        const size_t part = (lines.size() + threads - 1) / threads;
        const auto answerPart = [&](size_t t) {
            texts[t].clear();
            tallies[t] = {};
            answerWhereLines(atlas, args.json, lines, tooLong, std::min(lines.size(), t * part),
                             std::min(lines.size(), (t + 1) * part), bad.lines + 1, texts[t], tallies[t]);
        };
        std::vector<std::future<void>> helpers;
        for (size_t t = 1; t < threads && t * part < lines.size(); ++t)
            helpers.push_back(std::async(std::launch::async, answerPart, t));
        answerPart(0);
        for (auto& h : helpers) h.get();
        for (size_t t = 0; t < threads; ++t) {
            out.append(texts[t]);
            bad.merge(tallies[t]);
            texts[t].clear();
            tallies[t] = {};
        }
    }
    out.flush();
    bad.finish("where");
    return 0;
}

int runGeocodeStream(Context& ctx, const GeocodeArgs& args, const atlas::LookupOptions& opt) {
    const auto& atlas = ctx.atlas();
    LineReader in(STDIN_FILENO);
    OutBlock out;
    BadLines bad;
    std::string_view line;
    bool tooLong = false;
    while (in.next(line, tooLong)) {
        ++bad.lines;
        const size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t");
        const std::string_view name = b == std::string_view::npos ? std::string_view{} : line.substr(b, e - b + 1);
        const auto hits = tooLong || name.empty() ? std::vector<atlas::Candidate>{} : atlas.lookup(name, opt);
        if (hits.empty()) {
            const std::string why = tooLong       ? "longer than " + std::to_string(kMaxLineBytes) + " bytes"
                                    : name.empty() ? std::string("empty name")
                                                   : "no match for '" + printable(name, 200) + "'" +
                                                         (opt.country.empty() ? "" : " in " + opt.country);
            appendLineError(out.text, args.json, bad.lines, line, why);
            out.lineDone();
            bad.add("line " + std::to_string(bad.lines) + ": " + why);
            continue;
        }
        if (args.json) {
            out.text += "{\"query\":";
            appendJsonString(out.text, printable(name, 1000));
            out.text += ",\"candidates\":[";
            for (size_t i = 0; i < hits.size(); ++i) {
                if (i) out.text += ',';
                appendCandidateJson(out.text, hits[i]);
            }
            out.text += "]}";
        } else {
            appendCandidateText(out.text, hits.front());
        }
        out.lineDone();
    }
    out.flush();
    bad.finish("geocode");
    return 0;
}

} // namespace

} // namespace salvo::app
