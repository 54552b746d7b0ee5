// Bad input through the real executable: every case runs `salvo` as a child process and holds it to the command-line
// contract (docs/DESIGN.md): exit 1 when the input cannot be processed, 2 for a usage error, stderr exactly one line
// "salvo: error: ..." naming the file, no output file and no temporary left in the destination directory, never a
// crash, and bounded time and memory. A case named after an input that once broke Salvo is its regression test.
#include "app/BadInputTable.hpp"
#include "render/RouteColours.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>

#include <sys/mount.h>
#include <sys/stat.h>

#include <algorithm>
#include <cassert>
#include <functional>
#include <sstream>

using namespace salvo::testsupport;
using namespace salvo::testsupport::badinput;
namespace fs = std::filesystem;

namespace {

std::string manyEvents(int n) {
    std::string s = R"({"schema": "salvo.scenario/1", "source": {"title": "many events", "published": "2015-10-08"},
  "places": [
    {"id": "caspian", "name": "Caspian Sea", "kind": "sea", "lat": 41.7, "lon": 50.6, "precision": "sea", "radius_m": 600000},
    {"id": "raqqa", "name": "Raqqa", "kind": "admin1", "lat": 35.95, "lon": 39.01, "country": "SY", "precision": "admin1", "radius_m": 60000}],
  "events": [)";
    for (int i = 0; i < n; ++i) {
        s += (i ? ",\n" : "\n");
        s += R"({"id": "e)" + std::to_string(i) +
             R"(", "kind": "launch", "actor": "RU", "munition": "cruise missile", "count": 1, "from": "caspian",
               "to": ["raqqa"], "time": {"start": "2015-10-07T00:00:00Z", "end": "2015-10-07T23:59:59Z", "precision": "day"}})";
    }
    s += "]}\n";
    return s;
}

// A data directory whose geodata/places.gpkg is replaced (or removed when bytes is nullopt); everything else links
// to the real one.
fs::path dataDirWithPlaces(const fs::path& root, const std::optional<std::string>& bytes) {
    const fs::path real = dataDir();
    const fs::path d = root / "data";
    fs::create_directories(d / "geodata");
    for (const char* sub : {"assets", "samples", "shaders"})
        if (fs::exists(real / sub)) fs::create_directory_symlink(real / sub, d / sub);
    for (const auto& e : fs::directory_iterator(real / "geodata")) {
        if (e.path().filename() == "places.gpkg") continue;
        if (e.is_directory()) fs::create_directory_symlink(e.path(), d / "geodata" / e.path().filename());
        else fs::create_symlink(e.path(), d / "geodata" / e.path().filename());
    }
    if (bytes) writeBytes(d / "geodata" / "places.gpkg", *bytes);
    return d;
}

Case geodata(std::string name, std::function<std::optional<std::string>()> placesBytes) {
    return {std::move(name), Expect::Fail, [=](Ctx& ctx) {
                const fs::path d = dataDirWithPlaces(ctx.in, placesBytes());
                ctx.mention = "places.gpkg";
                return std::vector<std::string>{"--data-dir", d.string(), "geocode", "Raqqa"};
            }};
}

// A PNG's pixels as RGB rows, read through GDAL's PNG driver (the core suite links GDAL, not SFML).
struct RgbImage {
    int width = 0, height = 0;
    std::vector<uint8_t> rgb; // row after row, 3 bytes a pixel
    const uint8_t* at(int x, int y) const { return &rgb[3 * (static_cast<size_t>(y) * width + x)]; }
};

RgbImage readPng(const fs::path& p) {
    GDALAllRegister();
    const char* const drivers[] = {"PNG", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(p.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers));
    REQUIRE(ds);
    REQUIRE(ds->GetRasterCount() >= 3);
    RgbImage img{ds->GetRasterXSize(), ds->GetRasterYSize(), {}};
    img.rgb.resize(3 * static_cast<size_t>(img.width) * img.height);
    int bands[] = {1, 2, 3};
    REQUIRE(ds->RasterIO(GF_Read, 0, 0, img.width, img.height, img.rgb.data(), img.width, img.height, GDT_Byte, 3,
                         bands, 3, 3 * img.width, 1, nullptr) == CE_None);
    return img;
}

// The longest horizontal run of route or trail pixels between columns x0 and x1, over rows 0 to y1.
int longestRouteRun(const RgbImage& img, int x0, int x1, int y1) {
    int longest = 0;
    for (int y = 0; y < y1; ++y)
        for (int x = x0, run = 0; x < x1; ++x) {
            const uint8_t* c = img.at(x, y);
            run = isRouteOrTrail(c[0], c[1], c[2]) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    return longest;
}

} // namespace

TEST_CASE("BadInput: articles that cannot be read or are not text fail with one line and no output", "[app][badinput]") {
    runTable({
        article("empty file", "empty.txt", [] { return std::string(); }),
        article("binary file (JPEG header, no NUL byte)", "photo.jpg",
                [] {
                    std::string s = "\xFF\xD8\xFF\xE0\x10\x4A\x46\x49\x46\x01\x01\x01\x48\x48\xFF\xDB\x43\x08";
                    for (int i = 0; i < 4000; ++i) s.push_back(static_cast<char>(0x80 + (i * 37) % 0x7F));
                    return s;
                }),
        article("NUL bytes inside an article", "nul.txt",
                [] { std::string s = sampleArticle(); s.insert(200, std::string("\0\0\0", 3)); return s; }),
        article("invalid UTF-8: a lone continuation byte", "lone.txt",
                [] { return "Missiles struck \x80 Raqqa on Wednesday.\n"; }),
        article("overlong UTF-8: C0 AF for '/'", "overlong.txt", [] { return "Missiles \xC0\xAF hit Raqqa.\n"; }),
        article("overlong UTF-8: a four-byte NUL (F0 80 80 80)", "overlong4.txt",
                [] { return "Missiles \xF0\x80\x80\x80 hit Raqqa.\n"; }),
        article("UTF-8 encoded UTF-16 surrogate (ED A0 80)", "surrogate.txt",
                [] { return "Missiles \xED\xA0\x80 hit Raqqa.\n"; }),
        article("UTF-8 truncated at the end of the file", "truncated.txt",
                [] { return "Missiles hit Raqqa \xE2\x82"; }),
        article("code point above U+10FFFF (F4 90 80 80)", "toohigh.txt",
                [] { return "Missiles \xF4\x90\x80\x80 hit Raqqa.\n"; }),
        {"a missing file", Expect::Fail,
         [](Ctx& ctx) {
             const fs::path p = ctx.in / "no-such-article.txt";
             ctx.mention = p.string();
             return std::vector<std::string>{"extract", p.string(), "-o", (ctx.out / "scenario.json").string()};
         }},
        {"a directory as input", Expect::Fail,
         [](Ctx& ctx) {
             const fs::path p = ctx.in / "articles.txt";
             fs::create_directories(p);
             ctx.mention = p.string();
             return std::vector<std::string>{"extract", p.string(), "-o", (ctx.out / "scenario.json").string()};
         }},
        {"an unreadable file (/proc/self/mem: open succeeds, read fails)", Expect::Fail,
         [](Ctx& ctx) {
             ctx.mention = "/proc/self/mem";
             return std::vector<std::string>{"extract", "/proc/self/mem", "-o", (ctx.out / "scenario.json").string()};
         }},
        {"- with nothing on standard input", Expect::Fail,
         [](Ctx& ctx) {
             ctx.mention = "standard input";
             return std::vector<std::string>{"extract", "-", "-o", (ctx.out / "scenario.json").string()};
         }},
    });
}

TEST_CASE("BadInput: inputs over the 64 MiB limit are refused before they are read whole", "[app][badinput]") {
    // 100 MB: the file is refused by its size, the same bytes on standard input once the limit is crossed.
    const auto bigArticle = [](Ctx& ctx) {
        const fs::path p = ctx.in / "huge.txt";
        const std::string a = sampleArticle();
        std::ofstream out(p, std::ios::binary);
        for (size_t n = 0; n < 100'000'000; n += a.size()) out << a;
        return p;
    };
    runTable({
        {"a 100 MB article", Expect::Fail,
         [&](Ctx& ctx) {
             const fs::path p = bigArticle(ctx);
             ctx.mention = p.string();
             return std::vector<std::string>{"extract", p.string(), "-o", (ctx.out / "scenario.json").string()};
         }},
        {"a 100 MB article on standard input", Expect::Fail,
         [&](Ctx& ctx) {
             ctx.run.stdinFile = bigArticle(ctx);
             ctx.mention = "standard input";
             return std::vector<std::string>{"extract", "-", "-o", (ctx.out / "scenario.json").string()};
         }},
    });
}

TEST_CASE("BadInput: a 10 MB line under the limit finishes or fails cleanly in bounded time", "[app][badinput]") {
    runTable({
        article("a 10 MB line of prose with no line break (regression: quadratic extraction ran for minutes)",
                "one-line.txt",
                [] {
                    // No sentence end either: one 10 MB "sentence" full of places, numbers and speakers.
                    const std::string clause = "Russian warships fired 26 cruise missiles from the Caspian Sea toward "
                                               "Raqqa and Aleppo on Wednesday, officials said, and ";
                    std::string s;
                    s.reserve(10'500'000);
                    while (s.size() < 10'000'000) s += clause;
                    return s + "\n";
                },
                Expect::OkOrFail),
        article("the sample article joined into one 10 MB line", "joined.txt",
                [] {
                    std::string a = sampleArticle();
                    std::replace(a.begin(), a.end(), '\n', ' ');
                    std::string s;
                    s.reserve(10'500'000);
                    while (s.size() < 10'000'000) s += a;
                    return s + "\n";
                },
                Expect::OkOrFail),
    });
}

TEST_CASE("BadInput: an unreadable file (chmod 000) fails with one line", "[app][badinput]") {
    ScratchDir dir("badinput");
    const fs::path p = dir.path / "secret.txt";
    writeBytes(p, sampleArticle());
    fs::permissions(p, fs::perms::none);
    if (::access(p.c_str(), R_OK) == 0) {
        WARN("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not block reads, case skipped");
        return;
    }
    const fs::path out = dir.path / "out";
    fs::create_directories(out);
    const auto r = runSalvo({"extract", p.string(), "-o", (out / "scenario.json").string()}, workingIn(dir.path));
    checkOutcome(Expect::Fail, ctxFor(dir.path, out, p.string()), r);
}

TEST_CASE("BadInput: scenario files that are not valid scenarios fail naming the file and the field", "[app][badinput]") {
    runTable({
        scenarioJson("malformed JSON (cut off inside the places array)",
                     [] { return std::string(R"({"schema": "salvo.scenario/1", "places": [ {"id": "a",)"); }, "line 1"),
        scenarioJson("valid JSON of the wrong schema (a GeoJSON FeatureCollection)",
                     [] { return std::string(R"({"type": "FeatureCollection", "features": []})"); }, "$.schema"),
        scenarioJson("a future scenario version (salvo.scenario/2)",
                     caspianWith("salvo.scenario/1", "salvo.scenario/2"), "salvo.scenario/2"),
        scenarioJson("a JSON array instead of an object", [] { return std::string("[1, 2, 3]\n"); }, "object"),
        scenarioJson("wrong type: latitude as a string", caspianWith(R"("lat": 41.7)", R"("lat": "north")"),
                     "places[0].lat"),
        scenarioJson("wrong type: sentences as an object", caspianWith(R"("sentences": [])", R"("sentences": {})"),
                     "$.sentences"),
        scenarioJson("wrong type: count as a string", caspianWith(R"("count": 26)", R"("count": "26")"),
                     "events[0].count"),
        scenarioJson("an infinite latitude (1e999) (regression: number overflow without the file name)", caspianWith(R"("lat": 41.7)", R"("lat": 1e999)"),
                     "line 7: invalid JSON: number overflow"),
        scenarioJson("an infinite claim value (-1e999)", caspianWith(R"("value": 1500)", R"("value": -1e999)"),
                     "line 31: invalid JSON"),
        scenarioJson("an infinite launch point inside an assumption value (1e999)",
                     caspianWith(R"("value": {"lat": 38.5)", R"("value": {"lat": 1e999)"), "line 45"),
        scenarioJson("latitude 91", caspianWith(R"("lat": 41.7)", R"("lat": 91)"), "places[0].lat"),
        scenarioJson("longitude -180.5", caspianWith(R"("lon": 50.6)", R"("lon": -180.5)"), "places[0].lon"),
        scenarioJson("an event pointing at a missing place", caspianWith(R"("from": "caspian")", R"("from": "atlantis")"),
                     "atlantis"),
        scenarioJson("a duplicate place id", caspianWith(R"("id": "syria")", R"("id": "caspian")"), "duplicate"),
        scenarioJson("a negative count", caspianWith(R"("count": 26)", R"("count": -26)"), "events[0].count"),
        scenarioJson("an event that ends before it starts",
                     caspianWith(R"("end": "2015-10-07T23:59:59Z")", R"("end": "2015-10-06T23:59:59Z")"),
                     "events[0].time.end"),
        scenarioJson("a schema string with a line break in it (regression: the quoted error took three lines)",
                     [] { return std::string(R"({"schema": "salvo\nscenario/1\r\nsecond line"})"); }, "$.schema"),
        scenarioJson("a place id with control characters, quoted by the missing-place error",
                     caspianWith(R"("from": "caspian")", R"("from": "cas\npian\u001b[31m")"), "events[0].from"),
        scenarioJson("100,000 nested arrays",
                     [] { return std::string(100'000, '[') + std::string(100'000, ']'); }, "object"),
        scenarioJson("a scenario with 100,000 events (regression: ran for minutes in gigabytes)",
                     [] { return manyEvents(100'000); }, "$.events", Expect::Fail, "compare"),
        scenarioJson("a scenario with 200 events finishes", [] { return manyEvents(200); }, "", Expect::Ok, "compare"),
    });
}

TEST_CASE("BadInput: command-line mistakes are usage errors (exit 2) in one line", "[app][badinput]") {
    const auto usage = [](std::string name, std::vector<std::string> args, std::string mention) {
        return Case{std::move(name), Expect::Usage, [=](Ctx& ctx) {
                        ctx.mention = mention;
                        return args;
                    }};
    };
    const std::string caspian = fixture("caspian-2015.json").string();
    runTable({
        usage("where 95 10 (latitude out of range)", {"where", "95", "10"}, "95"),
        usage("where abc 10 (not a number)", {"where", "abc", "10"}, "abc"),
        usage("where 10 nan", {"where", "10", "nan"}, "nan"),
        usage("where with one coordinate", {"where", "36.4"}, "LON"),
        usage("geocode \"\" (empty name)", {"geocode", ""}, "NAME"),
        usage("geocode --limit 0", {"geocode", "Raqqa", "--limit", "0"}, "--limit"),
        usage("simulate --format nonsense", {"simulate", caspian, "--format", "nonsense"}, "nonsense"),
        usage("simulate --runs -1", {"simulate", caspian, "--runs", "-1"}, "--runs"),
        usage("simulate --runs abc", {"simulate", caspian, "--runs", "abc"}, "abc"),
        usage("compare --format nonsense", {"compare", caspian, "--format", "nonsense"}, "nonsense"),
        usage("render --size 0x0", {"render", caspian, "--at", "mid", "--out", "/tmp/never.png", "--size", "0x0"},
              "--size"),
        usage("no subcommand", {}, ""),
        usage("an unknown subcommand (regression: the error did not name it)", {"launch", caspian}, "'launch'"),
        usage("an unknown option", {"extract", caspian, "--frobnicate"}, "--frobnicate"),
    });
}

TEST_CASE("BadInput: render and view without an X display say so and suggest xvfb-run", "[app][badinput]") {
    const std::string caspian = fixture("caspian-2015.json").string();
    runTable({
        {"render without DISPLAY", Expect::Fail,
         [=](Ctx& ctx) {
             ctx.mention = "xvfb-run";
             return std::vector<std::string>{"render", caspian, "--at", "mid", "--out", (ctx.out / "frame.png").string()};
         }},
        {"view without DISPLAY", Expect::Fail,
         [=](Ctx& ctx) {
             ctx.mention = "xvfb-run";
             return std::vector<std::string>{"view", caspian};
         }},
    });
}

TEST_CASE("BadInput: broken or missing geodata fails in one line naming the file", "[app][badinput]") {
    runTable({
        geodata("a truncated geodata/places.gpkg (first 64 KiB)",
                [] { return std::optional(slurp(dataDir() / "geodata" / "places.gpkg").substr(0, 65536)); }),
        geodata("a garbage geodata/places.gpkg",
                [] {
                    std::string s(200'000, '\0');
                    for (size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>((i * 131 + 7) % 251);
                    return std::optional(s);
                }),
        geodata("a geodata/places.gpkg whose pages are corrupt after a valid header",
                [] {
                    std::string s = slurp(dataDir() / "geodata" / "places.gpkg");
                    for (size_t i = 4096; i < s.size(); i += 4096) s.replace(i, 64, std::string(64, '\xA5'));
                    return std::optional(s);
                }),
        geodata("an empty geodata/places.gpkg", [] { return std::optional(std::string()); }),
        geodata("a missing geodata/places.gpkg", [] { return std::optional<std::string>(); }),
        {"--data-dir pointing nowhere", Expect::Fail,
         [](Ctx& ctx) {
             const fs::path d = ctx.in / "no-data-here";
             ctx.mention = d.string();
             return std::vector<std::string>{"--data-dir", d.string(), "where", "36.4", "47.1"};
         }},
    });
}

TEST_CASE("BadInput: outputs that cannot be written fail before the work and leave nothing", "[app][badinput]") {
    const std::string caspian = fixture("caspian-2015.json").string();
    runTable({
        {"an output path in a missing directory", Expect::Fail,
         [=](Ctx& ctx) {
             const fs::path o = ctx.out / "missing" / "tracks.geojson";
             ctx.mention = o.string();
             return std::vector<std::string>{"simulate", caspian, "-o", o.string()};
         }},
        {"an output path in a directory nobody may create files in (/proc)", Expect::Fail,
         [=](Ctx& ctx) {
             ctx.mention = "/proc/salvo-tracks.geojson";
             return std::vector<std::string>{"simulate", caspian, "-o", "/proc/salvo-tracks.geojson"};
         }},
        {"a GeoPackage output in /proc (regression: the error named GDAL's temporary)", Expect::Fail,
         [=](Ctx& ctx) {
             ctx.mention = "/proc/salvo-tracks.gpkg";
             return std::vector<std::string>{"simulate", caspian, "-o", "/proc/salvo-tracks.gpkg"};
         }},
        {"an output path that is a directory", Expect::Fail,
         [=](Ctx& ctx) {
             fs::create_directories(ctx.in / "tracks.geojson");
             ctx.mention = (ctx.in / "tracks.geojson").string();
             return std::vector<std::string>{"simulate", caspian, "-o", (ctx.in / "tracks.geojson").string()};
         }},
        {"a GeoPackage to standard output", Expect::Usage,
         [=](Ctx& ctx) {
             ctx.mention = "GeoPackage";
             return std::vector<std::string>{"simulate", caspian, "--format", "gpkg"};
         }},
    });
}

TEST_CASE("BadInput: an output directory that is read-only fails in one line", "[app][badinput]") {
    ScratchDir dir("badinput");
    const fs::path out = dir.path / "readonly";
    fs::create_directories(out);
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
    if (::access(out.c_str(), W_OK) == 0) {
        WARN("running as root: a read-only mode does not stop writes, case skipped (the /proc case covers it)");
        return;
    }
    const auto r = runSalvo({"simulate", fixture("caspian-2015.json").string(), "-o", (out / "t.geojson").string()},
                            workingIn(dir.path));
    checkOutcome(Expect::Fail, ctxFor(dir.path, out, (out / "t.geojson").string()), r);
}

TEST_CASE("BadInput: a full disk fails the write cleanly and removes the temporary", "[app][badinput]") {
    ScratchDir dir("badinput");
    const fs::path out = dir.path / "full";
    fs::create_directories(out);
    if (::mount("tmpfs", out.c_str(), "tmpfs", 0, "size=64k") != 0) {
        WARN("cannot mount a 64 KiB tmpfs here (" << std::strerror(errno) << "): full-disk case skipped");
        return;
    }
    struct Unmount {
        fs::path p;
        ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
    } unmount{out};
    const fs::path o = out / "tracks.geojson";
    const auto r = runSalvo({"simulate", fixture("caspian-2015.json").string(), "--runs", "200", "--step", "1", "-o",
                             o.string()},
                            workingIn(dir.path));
    checkOutcome(Expect::Fail, ctxFor(dir.path, out, o.string()), r);
    CHECK(r.stderrText.find("No space left") != std::string::npos);
}

TEST_CASE("BadInput: -o FIFO writes into it and leaves it a FIFO (regression: -o /dev/null replaced /dev/null)",
          "[app][badinput]") {
    // Renaming the finished temporary over /dev/null swapped the device node for a plain file when run as root.
    // A FIFO in a temp dir stands for any non-regular destination without risking the real /dev/null.
    ScratchDir dir("badinput");
    const fs::path fifo = dir.path / "ledger.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK); // so that the writer's open does not block
    REQUIRE(reader >= 0);
    const auto r = runSalvo({"compare", fixture("caspian-2015.json").string(), "-o", fifo.string()},
                            workingIn(dir.path));
    std::string got;
    char buf[4096];
    for (ssize_t n; (n = ::read(reader, buf, sizeof buf)) > 0;) got.append(buf, static_cast<size_t>(n));
    ::close(reader);
    checkOutcome(Expect::Ok, ctxFor(dir.path, {}, {}), r);
    struct stat st {};
    REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(got.find("launched") != std::string::npos);
    CHECK(listDir(dir.path) == std::vector<std::string>{"ledger.fifo"});
}

TEST_CASE("BadInput: SIGINT or SIGTERM during a long ensemble stops cleanly with nothing written", "[app][badinput]") {
    for (const int sig : {SIGINT, SIGTERM}) {
        for (const double after : {0.5, 2.0}) {
            DYNAMIC_SECTION((sig == SIGINT ? "SIGINT" : "SIGTERM") << " after " << after << " s") {
                ScratchDir dir("badinput");
                const fs::path out = dir.path / "out";
                fs::create_directories(out);
                const fs::path o = out / "OUT.geojson";
                RunOptions opt = workingIn(dir.path);
                opt.signalAfterSeconds = after;
                opt.signal = sig;
                const auto r = runSalvo({"simulate", fixture("caspian-2015.json").string(), "--runs", "1000000", "-o",
                                         o.string()},
                                        opt);
                checkOutcome(Expect::Fail, ctxFor(dir.path, out, "interrupted"), r);
                CHECK(r.wallSeconds < 30);
            }
        }
    }
}

TEST_CASE("BadInput: values past the scenario reader's limits fail naming the field (issue 14)", "[app][badinput]") {
    runTable({
        scenarioJson("60,000 nested objects in an assumption value (regression: stack overflow, signal 11, in compare)",
                     caspianWith(R"("value": {"lat": 38.5)", [] {
                         std::string v;
                         for (int i = 0; i < 60'000; ++i) v += "{\"a\":";
                         v += "1";
                         v += std::string(60'000, '}');
                         return R"("value": )" + v + R"(, "deep": {"lat": 38.5)";
                     }()),
                     "nested deeper than", Expect::Fail, "compare"),
        scenarioJson("an override count of 4294967297 (regression: silently became 1)",
                     caspianWith(R"("overrides": [])",
                                 R"("overrides": [{"target": "launch-1", "field": "count", "value": 4294967297}])"),
                     "$.overrides[0].value"),
        scenarioJson("an override count of 2147483648 (regression: silently became 0)",
                     caspianWith(R"("overrides": [])",
                                 R"("overrides": [{"target": "launch-1", "field": "count", "value": 2147483648}])"),
                     "$.overrides[0].value"),
        scenarioJson("munition.speed_mps = 1e-300 (regression: arrivals in year -219246529)",
                     caspianWith(R"({"key": "airspace.permitted")",
                                 R"({"key": "munition.speed_mps", "value": 1e-300, "unit": "m/s", "source": "t"},
                                    {"key": "airspace.permitted")"),
                     "munition.speed_mps"),
        scenarioJson("a munition.speed_mps range down to 0 m/s",
                     caspianWith(R"({"key": "airspace.permitted")",
                                 R"({"key": "munition.speed_mps", "value": 240, "min": 0, "unit": "m/s", "source": "t"},
                                    {"key": "airspace.permitted")"),
                     "$.assumptions[1].min"),
        scenarioJson("a launch.time offset of -1e308 s",
                     caspianWith(R"({"key": "airspace.permitted")",
                                 R"({"key": "launch.time", "value": "2015-10-07T03:00:00Z", "min": -1e308, "max": 0,
                                     "unit": "s", "source": "t"}, {"key": "airspace.permitted")"),
                     "launch.time"),
        scenarioJson("launch.interval_s = 1e308 (regression: NaN coordinates in every export)",
                     caspianWith(R"({"key": "airspace.permitted")",
                                 R"({"key": "launch.interval_s", "value": 1e308, "unit": "s", "source": "t"},
                                    {"key": "airspace.permitted")"),
                     "launch.interval_s"),
        scenarioJson("an event time offset +99:99 (regression: read as a shift of 100 h 39 min)",
                     caspianWith(R"("start": "2015-10-07T00:00:00Z")", R"("start": "2015-10-07T00:00:00+99:99")"),
                     "events[0].time.start"),
        scenarioJson("an event at 9999-12-31T23:59:59Z (regression: tracks ended in year 10000)",
                     caspianWith(R"("start": "2015-10-07T00:00:00Z", "end": "2015-10-07T23:59:59Z")",
                                 R"("start": "9999-12-31T23:59:59Z", "end": "9999-12-31T23:59:59Z")"),
                     "outside the years"),
        scenarioJson("an event of 1,000,000 munitions (regression: std::bad_alloc, SIGABRT)",
                     caspianWith(R"("count": 26)", R"("count": 1000000)"), "1000000 munitions"),
        scenarioJson("100,000 munitions sampled every 10 s as CSV",
                     caspianWith(R"("count": 26)", R"("count": 100000)"), "one export holds", Expect::Fail,
                     "simulate", {"--format", "csv"}),
        scenarioJson("an event of 1,000 munitions with 100,000 Monte Carlo runs",
                     caspianWith(R"("count": 26)", R"("count": 1000)"), "lower --runs", Expect::Fail, "simulate",
                     {"--runs", "100000"}),
    });
}

TEST_CASE("BadInput: an article that names 1,000,000,000 or 10^32 missiles fails in extract, naming the file (issue 14)",
          "[app][badinput]") {
    // Regression: extract wrote a count of 1e9 that simulate then refused, with a message that named no file.
    runTable({
        article("1,000,000,000 cruise missiles", "billion.txt",
                [] {
                    return std::string("MOSCOW, Oct. 8, 2015\n\nRussian warships fired 1,000,000,000 cruise missiles "
                                       "from the Caspian Sea at targets in Raqqa, Syria, on Wednesday, the defense "
                                       "ministry said.\n");
                }),
        // D8: a 32-digit count overflowed into an event count of 0 and a scenario that looked fine.
        article("99999999999999999999999999999999 missiles", "huge.txt",
                [] {
                    return std::string("MOSCOW, Oct. 8, 2015\n\nRussian warships fired 99999999999999999999999999999999 "
                                       "cruise missiles from the Caspian Sea at targets in Raqqa, Syria, on "
                                       "Wednesday.\n");
                }),
    });
}

TEST_CASE("BadInput: seeds and limits that do not fit are usage errors, never wrapped or clamped (issue 14)",
          "[app][badinput]") {
    const auto usage = [](std::string name, std::vector<std::string> args, std::string mention) {
        return Case{std::move(name), Expect::Usage, [=](Ctx& ctx) {
                        ctx.mention = mention;
                        std::vector<std::string> out = args;
                        for (auto& a : out)
                            if (a == "OUT") a = (ctx.out / "t.geojson").string(); // never written: a usage error
                        return out;
                    }};
    };
    const std::string caspian = fixture("caspian-2015.json").string();
    runTable({
        usage("--seed -1 (regression: read as 2^64-1)", {"simulate", caspian, "--seed", "-1", "-o", "OUT"}, "--seed"),
        usage("--seed 2^64 (regression: clamped to 2^64-1)",
              {"simulate", caspian, "--seed", "18446744073709551616", "-o", "OUT"}, "--seed"),
        usage("--seed 1e23 (regression: clamped to 2^64-1)", {"simulate", caspian, "--seed", "1e23", "-o", "OUT"},
              "--seed"),
        usage("render --seed -1", {"render", caspian, "--at", "mid", "--out", "OUT", "--seed", "-1"}, "--seed"),
        usage("geocode --limit -1 (regression: succeeded while --limit 0 was refused)",
              {"geocode", "Raqqa", "--limit", "-1"}, "--limit"),
    });
}

TEST_CASE("BadInput: where finds the nearest place across the antimeridian (issue 14, D10)", "[app][badinput]") {
    // Regression: "where 67 179.9" found no populated place within 200 km, while "where 67 -179.9" found Egvekinot
    // (66.32°N, 179.12°W) at 83 km: the cheap pre-filter measured 359° of longitude between 179.9°E and 179.1°W.
    ScratchDir dir("badinput");
    for (const char* lon : {"179.9", "-179.9"}) {
        DYNAMIC_SECTION("67 " << lon) {
            const auto r = runSalvo({"where", "67", lon}, workingIn(dir.path));
            INFO("stdout: " << r.stdoutText << "\nstderr: " << r.stderrText);
            CHECK(r.exitCode == 0);
            CHECK(r.stdoutText.find("nearest:   Egvekinot") != std::string::npos);
        }
    }
}

TEST_CASE("BadInput: where names the country of a point in the Arctic or across the antimeridian (issue 14, D9)",
          "[app][badinput]") {
    // Regression: "where 68.97 33.08" (Murmansk) answered "country: none" with "admin1: Murmansk": Russia's polygon
    // crosses the antimeridian and was lost north of 66 N; Fiji's likewise. One `where -` stream asks for all of them.
    const struct { const char* point; const char* iso2; } kPoints[] = {
        {"68.97 33.08", "RU"}, // Murmansk
        {"67.50 64.03", "RU"}, // Vorkuta
        {"66.53 66.60", "RU"}, // Salekhard
        {"66 90", "RU"},       {"67 100", "RU"}, {"67 179.9", "RU"},
        {"-16.5 179.5", "FJ"}, // Vanua Levu
        {"67 20", "SE"},       // the same latitude elsewhere is not Russia
    };
    ScratchDir dir("badinput");
    std::string input;
    for (const auto& p : kPoints) input += std::string(p.point) + "\n";
    writeBytes(dir.path / "points.txt", input);
    RunOptions opt = workingIn(dir.path);
    opt.stdinFile = dir.path / "points.txt";
    const auto r = runSalvo({"where", "-", "--json"}, opt);
    INFO("stderr: " << r.stderrText);
    REQUIRE(r.exitCode == 0);
    std::istringstream out(r.stdoutText);
    for (const auto& p : kPoints) {
        std::string line;
        REQUIRE(std::getline(out, line));
        INFO(p.point << ": " << line);
        const auto j = nlohmann::json::parse(line);
        REQUIRE(j.at("country").is_object());
        CHECK(j["country"].at("iso2") == p.iso2);
        CHECK(j.at("admin1").is_object()); // a division inside the country, never one without it
    }
}

TEST_CASE("BadInput: a route across the antimeridian is not drawn across the map (issue 14, D11)", "[app][badinput]") {
    // Regression: a flight from 60 N 170 E to 60 N 170 W, rendered in equirectangular or Mercator, was drawn as a
    // line across the whole map, from one end of the route the long way round to the other.
    if (!hasDisplay()) {
        WARN("no X display (run under xvfb-run -a): display test skipped");
        return;
    }
    for (const char* projection : {"equirectangular", "mercator"}) {
        DYNAMIC_SECTION(projection) {
            ScratchDir dir("badinput");
            const fs::path png = dir.path / "frame.png";
            const auto r = runSalvo({"render", fixture("antimeridian-2024.json").string(), "--at", "mid", "--projection",
                                     projection, "--size", "1000x600", "--out", png.string()},
                                    withDisplay(dir.path));
            INFO("stderr: " << r.stderrText);
            REQUIRE(r.exitCode == 0);
            const RgbImage img = readPng(png);
            REQUIRE((img.width == 1000 && img.height == 600));
            // Rows above the legend (bottom right, where a sample of the route's colour stands). The whole-world
            // view puts the two ends of the route at the two edges of the map, where it is drawn...
            const int aboveLegend = 400;
            CHECK(longestRouteRun(img, 0, 100, aboveLegend) + longestRouteRun(img, 900, 1000, aboveLegend) > 0);
            // ...and nothing of it crosses the middle, 90 W to 90 E, at least 80 degrees from either end.
            CHECK(longestRouteRun(img, 250, 750, aboveLegend) < 20);
        }
    }
}
