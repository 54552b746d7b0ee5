// Timing notes: each figure is the best (minimum) of a few repetitions of a loop long enough (≥ 50 ms) to swamp timer
// resolution; throughput = work / time. Baselines are the same work done the most direct way the libraries allow.
#include "app/Bench.hpp"

#include "app/ViewCommands.hpp"
#include "core/Error.hpp"
#include "geodesy/Geodesic.hpp"
#include "io/AtlasLoader.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "io/InputLoader.hpp"
#include "render/FrameRenderer.hpp"
#include "render/VideoWriter.hpp"
#include "sim/Simulation.hpp"
#include "text/Document.hpp"
#include "core/Utf8.hpp"
#include "extract/Extractor.hpp"

#include <SFML/Window/Context.hpp>
#include <geodesic.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace salvo::app {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

struct Figure {
    Figure(std::string name_, double value_, std::string unit_, std::string baselineName_, double baseline_,
           std::string target_, bool higherIsBetter_, double targetValue_, bool targetIsRatio_ = false,
           std::string note_ = {})
        : name(std::move(name_)), value(value_), unit(std::move(unit_)), baselineName(std::move(baselineName_)),
          baseline(baseline_), target(std::move(target_)), higherIsBetter(higherIsBetter_),
          targetValue(targetValue_), targetIsRatio(targetIsRatio_), note(std::move(note_)) {}
    std::string name;
    double value = 0;
    std::string unit;
    std::string baselineName;
    double baseline = 0;      // same unit as value; 0 when there is none
    std::string target;       // as the issue states it
    bool higherIsBetter = true;
    double targetValue = 0;   // 0: no numeric target
    bool targetIsRatio = false; // the target applies to value / baseline
    std::string note;

    bool met() const {
        if (targetValue == 0) return true;
        const double v = targetIsRatio ? (baseline > 0 ? value / baseline : 0) : value;
        return higherIsBetter ? v >= targetValue : v <= targetValue;
    }
};

double seconds(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Runs `body(n)` with growing n until one call lasts at least minSeconds, then returns the best per-item time over
// `reps` calls at that n.
double perItemSeconds(const std::function<void(long)>& body, double minSeconds, int reps) {
    long n = 1;
    for (;;) {
        const auto t0 = Clock::now();
        body(n);
        const double s = seconds(t0);
        if (s >= minSeconds || n > (1L << 40)) break;
        n = s <= 0 ? n * 16 : std::max(n * 2, static_cast<long>(static_cast<double>(n) * minSeconds / s * 1.2));
    }
    double best = 1e300;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = Clock::now();
        body(n);
        best = std::min(best, seconds(t0) / static_cast<double>(n));
    }
    return best;
}

double rawGdalReadSeconds(const fs::path& dataDir) {
    const auto t0 = Clock::now();
    static const char* const kDrivers[] = {"GPKG", nullptr};
    size_t sink = 0;
    for (const char* f : {"countries.gpkg", "admin1.gpkg", "places.gpkg"}) {
        const fs::path p = dataDir / "geodata" / f;
        auto* ds = static_cast<GDALDataset*>(GDALOpenEx(p.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kDrivers, nullptr, nullptr));
        if (!ds) throw Error(p.string() + ": cannot open for the baseline");
        OGRLayer* l = ds->GetLayer(0);
        for (auto& feat : *l) {
            sink += static_cast<size_t>(feat->GetFieldAsString(0)[0]);
            if (const OGRGeometry* g = feat->GetGeometryRef()) sink += static_cast<size_t>(g->getGeometryType());
        }
        GDALClose(ds);
    }
    if (sink == 42) std::fprintf(stderr, " ");
    return seconds(t0);
}

// Articles to extract: the bundled sample and any fixture reports, each also in variants (paragraphs rotated,
// numbers changed) so that the corpus is not one text repeated.
// The articles (*.txt) of a folder, in name order; none when the folder is absent (an installed data dir has no tests).
std::vector<std::string> articlesIn(const fs::path& dir) {
    std::vector<std::string> texts;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return texts;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) texts.push_back(io::readFile(f, 1u << 20));
    return texts;
}

std::vector<std::string> buildCorpus(const fs::path& dataDir) {
    std::vector<std::string> base;
    for (const fs::path& dir : {dataDir / "samples", dataDir / "tests" / "fixtures" / "articles"})
        for (auto& text : articlesIn(dir)) base.push_back(std::move(text));
    if (base.empty()) throw Error("bench: no articles found under " + (dataDir / "samples").string());
    std::vector<std::string> corpus;
    std::mt19937 rng(7);
    for (const auto& text : base) {
        corpus.push_back(text);
        for (int v = 0; v < 7; ++v) {
            // Split into paragraphs; keep the first two (headline, byline) and rotate the rest.
            std::vector<std::string> paras;
            size_t pos = 0;
            while (pos < text.size()) {
                size_t next = text.find("\n\n", pos);
                if (next == std::string::npos) next = text.size();
                paras.push_back(text.substr(pos, next - pos));
                pos = next + 2;
            }
            if (paras.size() > 4) std::rotate(paras.begin() + 2, paras.begin() + 2 + (v + 1) % (paras.size() - 2), paras.end());
            std::string out;
            for (const auto& p : paras) {
                for (char c : p) out.push_back(c >= '1' && c <= '8' && rng() % 3 == 0 ? static_cast<char>(c + 1) : c);
                out += "\n\n";
            }
            corpus.push_back(std::move(out));
        }
    }
    return corpus;
}

// Wall time of one run of this salvo executable with `args`, standard input from `stdinFile` (default /dev/null) and
// output discarded; throws when it does not exit 0 (a figure of a failing command would mean nothing).
double spawnSeconds(const std::vector<std::string>& args, const fs::path& stdinFile = "/dev/null") {
    std::vector<std::string> argvText{"salvo"};
    argvText.insert(argvText.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvText) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, stdinFile.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    const auto t0 = Clock::now();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, "/proc/self/exe", &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) throw Error("bench: cannot start salvo: " + std::string(std::strerror(rc)));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    const double s = seconds(t0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw Error("bench: 'salvo " + args.back() + "' run failed (status " + std::to_string(status) + ")");
    return s;
}

double bestSpawnSeconds(const std::vector<std::string>& args, int reps) {
    double best = 1e300;
    for (int r = 0; r < reps; ++r) best = std::min(best, spawnSeconds(args));
    return best;
}

// [atlas] The GeoPackage path and the cached image, each against a plain GDAL scan of the same files, measured in
// this process: the OS file cache is warm, as for any second run. Returns the atlas the other figures use.
atlas::Atlas benchAtlasLoad(const fs::path& dataDir, std::vector<Figure>& figs) {
    GDALAllRegister();
    const double rawRead = rawGdalReadSeconds(dataDir);
    auto t0 = Clock::now();
    { const atlas::Atlas fromGeodata = io::loadAtlasFromGeodata(dataDir); }
    const double geodataS = seconds(t0);
    figs.push_back({"atlas.geodata_load", geodataS * 1000, "ms", "GDAL feature scan of the same files", rawRead * 1000,
                    "", false, 0, false, "GeoPackages read, names indexed, labels and areas computed"});
    const fs::path cacheDir = io::atlasCacheDir();
    std::string note;
    if (!cacheDir.empty()) {
        auto first = io::loadAtlasCached(dataDir, cacheDir); // writes the image when there is none yet
        if (!first.fromImage) note = "image built in this run; ";
    }
    t0 = Clock::now();
    auto loaded = io::loadAtlasCached(dataDir, cacheDir);
    const double loadS = seconds(t0);
    std::error_code ec;
    const auto imageBytes = cacheDir.empty() ? 0 : fs::file_size(io::atlasImagePath(cacheDir, io::atlasSourceKey(dataDir)), ec);
    note += loaded.fromImage ? "from the atlas image (" + std::to_string(imageBytes >> 20) + " MiB, memory-mapped)"
                             : "from the GeoPackages: " + loaded.note;
    figs.push_back({"atlas.cold_load", loadS * 1000, "ms", "GDAL feature scan of the same files", rawRead * 1000,
                    "<= 100 ms", false, 100, false, note});
    return std::move(loaded.atlas);
}

// [start-up] One query from the command line, end to end (start, atlas, answer, exit), against a start that does
// nothing (--version); and a stream of random points through `where -`, against locate() in this process.
void benchCommandLine(const fs::path& dataDir, bool quick, double locatePerSecond, std::vector<Figure>& figs) {
    const int reps = quick ? 2 : 5;
    const std::string dir = dataDir.string();
    const double bareS = bestSpawnSeconds({"--version"}, reps);
    const double whereS = bestSpawnSeconds({"--data-dir", dir, "where", "33.5", "36.3"}, reps);
    figs.push_back({"where.one_query_wall", whereS * 1000, "ms", "salvo --version (process start alone)", bareS * 1000,
                    "<= 50 ms", false, 50, false, "salvo where 33.5 36.3, spawned"});
    const double geocodeS = bestSpawnSeconds({"--data-dir", dir, "geocode", "Damascus"}, reps);
    figs.push_back({"geocode.one_query_wall", geocodeS * 1000, "ms", "salvo --version (process start alone)",
                    bareS * 1000, "<= 50 ms", false, 50, false, "salvo geocode Damascus, spawned"});
    const long n = quick ? 100000 : 1000000;
    const fs::path points = fs::temp_directory_path() / ("salvo-bench-points-" + std::to_string(::getpid()) + ".txt");
    {
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> lat(-90, 90), lon(-180, 180);
        std::string text;
        text.reserve(static_cast<size_t>(n) * 24);
        char line[64];
        for (long i = 0; i < n; ++i) {
            const int len = std::snprintf(line, sizeof line, "%.5f %.5f\n", lat(rng), lon(rng));
            text.append(line, static_cast<size_t>(len));
        }
        io::writeFileAtomic(points, text);
    }
    double streamS = 0;
    try {
        streamS = spawnSeconds({"--data-dir", dir, "where", "-"}, points);
    } catch (...) {
        std::error_code ec;
        fs::remove(points, ec);
        throw;
    }
    std::error_code ec;
    fs::remove(points, ec);
    figs.push_back({"where.stream_points", static_cast<double>(n) / streamS, "points/s", "atlas.locate in this process",
                    locatePerSecond, ">= 100,000/s end to end", true, 100000, false,
                    std::to_string(n) + " random points through salvo where -, atlas load included"});
}

size_t peakRssBytes() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<size_t>(ru.ru_maxrss) * 1024;
}

// What the sections of a bench run share: the timing budget, the figures so far, and sinks that keep the measured
// work observable.
struct BenchRun {
    double minS = 0.2;
    int reps = 3;
    bool quick = false;
    std::vector<Figure> figs;
    size_t sink = 0;
    double acc = 0;
};

// [names] The sample's and fixtures' place names plus GeoNames names, looked up as a user types them.
void benchNames(BenchRun& r, const atlas::Atlas& atlas, std::mt19937& rng) {
    std::vector<std::string> names = {"Syria", "Iran", "Caspian Sea", "Hama", "Idlib", "Raqqa", "Homs", "Bayji",
                                      "Kirkuk", "Mosul", "Ramadi", "Sinjar", "Al Hawl", "Moscow", "Brussels",
                                      "Ankara", "Latakia", "Turkey", "Iraq", "Washington"};
    for (int i = 0; i < 980; ++i) names.push_back(atlas.places()[rng() % atlas.places().size()].name);
    std::vector<std::string> keys;
    for (const auto& n : names) keys.push_back(foldKey(n));
    atlas::LookupOptions top5;
    top5.limit = 5;
    const double lookupS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) r.sink += atlas.lookup(names[static_cast<size_t>(i) % names.size()], top5).size();
    }, r.minS, r.reps);
    const double probeS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) r.sink += atlas.hasKey(keys[static_cast<size_t>(i) % keys.size()]);
    }, r.minS, r.reps);
    r.figs.push_back({"geocode.lookups", 1 / lookupS, "lookups/s", "hash probe of the folded key (no ranking)",
                    1 / probeS, "> 200,000/s on one core", true, 200000});

}

// [points] Random points over the Middle East and over the world, then the command-line figures.
void benchPoints(BenchRun& r, const fs::path& dataDir, const atlas::Atlas& atlas, std::mt19937& rng) {
    std::vector<LatLon> pts;
    std::uniform_real_distribution<double> mlat(25, 42), mlon(30, 60), wlat(-60, 75), wlon(-180, 180);
    for (int i = 0; i < 4000; ++i) pts.push_back(i % 2 ? LatLon{mlat(rng), mlon(rng)} : LatLon{wlat(rng), wlon(rng)});
    for (const auto& p : pts) r.sink += atlas.countryAt(p).value_or(0); // warm the lazily built polygon indexes
    const double pointS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) {
            const LatLon p = pts[static_cast<size_t>(i) % pts.size()];
            r.sink += atlas.countryAt(p).value_or(0) + atlas.admin1At(p).value_or(0);
        }
    }, r.minS, r.reps);
    const double bboxS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) {
            const LatLon p = pts[static_cast<size_t>(i) % pts.size()];
            for (const auto& c : atlas.countries()) r.sink += c.bbox.contains(p);
        }
    }, r.minS, 1);
    r.figs.push_back({"atlas.point_queries", 1 / pointS, "queries/s", "bounding-box scan of all countries (no polygon test)",
                    1 / bboxS, "> 100,000/s", true, 100000, false, "country + first-level division per query"});
    const double locateS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) r.sink += atlas.locate(pts[static_cast<size_t>(i) % pts.size()]).nearest.has_value();
    }, r.minS, r.reps);
    r.figs.push_back({"atlas.locate", 1 / locateS, "queries/s", "", 0, "", true, 0, false,
                    "country, division, sea and nearest populated place (salvo where)"});
    benchCommandLine(dataDir, r.quick, 1 / locateS, r.figs);

}

// [extract] Articles per second once the atlas is loaded; returns the sample's input, loaded as salvo loads it.
io::LoadedInput benchExtract(BenchRun& r, Context& ctx, const atlas::Atlas& atlas, double loadS) {
    const fs::path dataDir = ctx.dataDir();
    const auto corpus = buildCorpus(dataDir);
    size_t corpusBytes = 0;
    for (const auto& a : corpus) corpusBytes += a.size();
    const double extractS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) {
            const auto& a = corpus[static_cast<size_t>(i) % corpus.size()];
            auto doc = text::parseDocument(a);
            if (doc) r.sink += extract::extractScenario(*doc, atlas).places.size();
        }
    }, r.minS, r.reps);
    const double textS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) r.sink += text::parseDocument(corpus[static_cast<size_t>(i) % corpus.size()]).ok();
    }, r.minS, r.reps);
    const double meanBytes = static_cast<double>(corpusBytes) / static_cast<double>(corpus.size());
    r.figs.push_back({"extract.articles", 1 / extractS, "articles/s", "text stage alone (parseDocument)", 1 / textS,
                    "> 2,000/s on one core", true, 2000, false,
                    std::to_string(corpus.size()) + " articles, mean " + std::to_string(static_cast<int>(meanBytes)) + " bytes"});
    r.figs.push_back({"extract.throughput", meanBytes / extractS / 1e6, "MB/s", "", 0, "", true, 0});
    const fs::path sample = dataDir / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt";
    const std::string sampleBytes = io::readFile(sample, 1u << 20);
    const io::InputDefaults& defaults = ctx.inputDefaults(); // loaded before the clock starts, as salvo loads it once
    const auto tSample = Clock::now();
    auto sampleIn = io::loadInputBytes(sampleBytes, sample.string(), atlas, defaults);
    const double sampleExtractS = seconds(tSample);
    const double sampleOnlyS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) {
            auto doc = text::parseDocument(sampleBytes);
            if (doc) r.sink += extract::extractScenario(*doc, atlas).places.size();
        }
    }, r.minS, r.reps);
    r.figs.push_back({"extract.sample_articles", 1 / sampleOnlyS, "articles/s", "", 0, "> 2,000/s on one core", true,
                    2000, false, "the bundled sample alone (" + std::to_string(sampleBytes.size()) + " bytes)"});
    // The development corpus of real reports (tests/corpus), each read as it is: the reading issue's own measure.
    const auto reports = articlesIn(dataDir / "tests" / "corpus");
    if (!reports.empty()) {
        const double reportS = perItemSeconds([&](long n) {
            for (long i = 0; i < n; ++i) {
                auto doc = text::parseDocument(reports[static_cast<size_t>(i) % reports.size()]);
                if (doc) r.sink += extract::extractScenario(*doc, atlas).places.size();
            }
        }, r.minS, r.reps);
        r.figs.push_back({"extract.corpus_articles", 1 / reportS, "articles/s", "", 0, "> 2,000/s on one core", true,
                        2000, false, std::to_string(reports.size()) + " real reports of tests/corpus"});
    }
    r.figs.push_back({"extract.sample_with_load", (loadS + sampleExtractS) * 1000, "ms", "atlas load alone", loadS * 1000,
                    "< 500 ms wall including the atlas load", false, 500});

    return sampleIn;
}

// [geodesy] and [sim]: route sampling through GeodesicLine against raw geod_position calls; then the sample's
// scenario: stateAt for the whole salvo, and the ensemble.
sim::Simulation benchGeodesyAndSim(BenchRun& r, const fs::path& dataDir, const atlas::Atlas& atlas,
                                   const scenario::Scenario& sample, sim::SimOptions& simOpt) {
    // [geodesy] Route sampling through GeodesicLine against raw geod_position calls.
    const LatLon a{38.5, 50.5}, b{35.95, 39.01};
    const geodesy::GeodesicLine line(a, b);
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    geod_geodesicline raw;
    geod_inverseline(&raw, &g, a.lat, a.lon, b.lat, b.lon, GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_AZIMUTH | GEOD_DISTANCE_IN);
    const double len = line.length();
    const double ourS = perItemSeconds([&](long n) {
        for (long i = 0; i < n; ++i) r.acc += line.position(len * static_cast<double>(i % 1000) / 1000).lat;
    }, r.minS, r.reps);
    const double rawS = perItemSeconds([&](long n) {
        double la, lo, az;
        for (long i = 0; i < n; ++i) {
            geod_position(&raw, len * static_cast<double>(i % 1000) / 1000, &la, &lo, &az);
            r.acc += la;
        }
    }, r.minS, r.reps);
    r.figs.push_back({"geodesy.route_sampling", 1 / ourS, "positions/s", "raw geod_position", 1 / rawS,
                    ">= 90% of raw geod_position", true, 0.9, true});

    // [sim] The sample's scenario: stateAt for the whole salvo, and the ensemble.
    simOpt.catalogue = io::loadCatalogue(dataDir);
    auto sim = sim::simulate(sample, atlas, simOpt, nullptr);
    const size_t nTracks = sim.tracks().size();
    if (nTracks > 0) {
        const TimeInterval span = sim.timeSpan();
        std::vector<sim::MunitionState> states;
        const double salvoS = perItemSeconds([&](long n) {
            for (long i = 0; i < n; ++i) {
                const UtcTime t = span.start + span.durationSeconds() * static_cast<double>(i % 997) / 997;
                sim.statesAt(t, states);
                r.acc += states[0].distanceMeters;
            }
        }, r.minS, r.reps);
        const double rawSalvoS = perItemSeconds([&](long n) {
            double la, lo, az;
            for (long i = 0; i < n; ++i)
                for (size_t k = 0; k < nTracks; ++k) {
                    geod_position(&raw, len * static_cast<double>((i + static_cast<long>(k)) % 997) / 997, &la, &lo, &az);
                    r.acc += la;
                }
        }, r.minS, r.reps);
        r.figs.push_back({"sim.state_at_salvo", salvoS * 1e6, "µs", std::to_string(nTracks) + " raw geod_position calls",
                        rawSalvoS * 1e6, "< 20 µs for a 26-munition salvo", false, 20, false,
                        std::to_string(nTracks) + " munitions"});
        const int runs = r.quick ? 500 : 10000;
        const auto te = Clock::now();
        const auto ens = sim::runEnsemble(sim, runs, 1, 2);
        const double ensS = seconds(te);
        r.figs.push_back({"sim.ensemble_10000", ensS * 1000 * 10000 / runs, "ms", "", 0,
                        "< 1,000 ms for 10,000 runs of the salvo on 2 threads", false, 1000, false,
                        std::to_string(static_cast<long>(runs * static_cast<double>(nTracks) / ensS)) +
                            " munition-runs/s; " + std::to_string(ens.runs) + " runs measured"});
    }

    return sim;
}

// [render] Frame times need a display; skipped (and said so) without one.
void benchRender(BenchRun& r, const fs::path& dataDir, const atlas::Atlas& atlas, const scenario::Scenario& sample,
                 const sim::Simulation& sim, const sim::SimOptions& simOpt) {
    if (const char* d = std::getenv("DISPLAY"); d && *d) {
        // One GL context held across the render figures keeps SFML's X connection open between them. Otherwise the
        // last renderer of one figure closes it, Xvfb (no -noreset) resets as its last client leaves, and the next
        // figure's XOpenDisplay can land in the reset: SFML prints "Failed to open X11 display" and aborts.
        const sf::Context keepXOpen;
        render::FrameTimingJob job;
        job.scene.dataDir = dataDir;
        job.scene.atlas = &atlas;
        job.scene.scenario = &sample;
        job.scene.simulation = &sim;
        job.scene.size = {1280, 800};
        job.simOptions = simOpt;
        job.frames = r.quick ? 5 : 40;
        auto ft = render::measureFrameTimes(job);
        if (ft) {
            r.figs.push_back({"render.scene_frame", ft->sceneMedianMs, "ms", "empty frame", ft->emptyMedianMs,
                            "median < 8 ms at 1280x800", false, 8, false, ft->glRenderer});
            r.figs.push_back({"render.scene_frame_uncached", ft->sceneUncachedMedianMs, "ms", "empty frame",
                            ft->emptyMedianMs, "", false, 0, false, "every layer redrawn (panning, zooming)"});
            r.figs.push_back({"render.many_munitions_frame", ft->manyMedianMs, "ms", "empty frame", ft->emptyMedianMs,
                            "< 16 ms with 1,000 munitions in flight", false, 16, false,
                            std::to_string(ft->manyMunitions) + " munitions in flight"});
            r.figs.push_back({"render.first_frame", ft->firstFrameMs, "ms", "", 0, "< 1,000 ms after start", false, 1000});
        } else {
            std::fprintf(stderr, "salvo: bench: frame timing failed: %s\n", ft.error().message.c_str());
        }
        // Video: the same frames rendered, read back and encoded into an MP4, against writing them as PNG files.
        const fs::path scratch = fs::temp_directory_path() / ("salvo-bench-video-" + std::to_string(::getpid()));
        auto vt = render::measureVideoEncode(job.scene, r.quick ? 20 : 120, scratch);
        if (vt) {
            r.figs.push_back({"render.video_encode", vt->videoFps, "frames/s", "PNG frames", vt->pngFps,
                            ">= 30 frames/s at 1280x800 on 2 cores", true, 30, false,
                            vt->encoder + ", " + std::to_string(vt->frames) + " frames rendered, read back and encoded"});
        } else {
            std::fprintf(stderr, "salvo: bench: video timing failed: %s\n", vt.error().message.c_str());
        }
    } else {
        std::fprintf(stderr, "salvo: bench: no X display, frame times skipped (run under xvfb-run -a)\n");
    }

}

// The figures as a table or one JSON object; returns how many targets are unmet.
int printFigures(const std::vector<Figure>& figs, bool asJson) {
    int unmet = 0;
    for (const auto& f : figs) unmet += !f.met();
    if (asJson) {
        json out{{"salvo", SALVO_VERSION}, {"figures", json::array()}, {"targets_unmet", unmet}};
        for (const auto& f : figs) {
            json j{{"name", f.name}, {"value", f.value}, {"unit", f.unit}, {"met", f.met()}};
            if (f.baseline > 0) {
                j["baseline"] = {{"name", f.baselineName}, {"value", f.baseline}};
                j["ratio"] = f.value / f.baseline;
            }
            if (!f.target.empty()) j["target"] = f.target;
            if (!f.note.empty()) j["note"] = f.note;
            out["figures"].push_back(std::move(j));
        }
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        std::printf("%-30s %14s %-12s %14s %8s  %-6s %s\n", "figure", "value", "unit", "baseline", "ratio", "met", "target");
        for (const auto& f : figs) {
            char base[32] = "-", ratio[32] = "-";
            if (f.baseline > 0) {
                std::snprintf(base, sizeof base, "%.4g", f.baseline);
                std::snprintf(ratio, sizeof ratio, "%.3g", f.value / f.baseline);
            }
            std::printf("%-30s %14.4g %-12s %14s %8s  %-6s %s\n", f.name.c_str(), f.value, f.unit.c_str(), base, ratio,
                        f.targetValue == 0 ? "" : f.met() ? "yes" : "NO", f.target.c_str());
        }
        std::printf("%d target%s unmet\n", unmet, unmet == 1 ? "" : "s");
    }
    return unmet;
}

} // namespace

int runBench(Context& ctx, const BenchArgs& args) {
    BenchRun r;
    r.minS = args.quick ? 0.02 : 0.2;
    r.reps = args.quick ? 1 : 3;
    r.quick = args.quick;
    const fs::path dataDir = ctx.dataDir();
    const atlas::Atlas atlas = benchAtlasLoad(dataDir, r.figs);
    const double loadS = r.figs.back().value / 1000;
    std::mt19937 rng(11);
    benchNames(r, atlas, rng);
    benchPoints(r, dataDir, atlas, rng);
    const auto sampleIn = benchExtract(r, ctx, atlas, loadS);
    sim::SimOptions simOpt;
    const auto sim = benchGeodesyAndSim(r, dataDir, atlas, sampleIn.scenario, simOpt);
    benchRender(r, dataDir, atlas, sampleIn.scenario, sim, simOpt);
    r.figs.push_back({"memory.peak_rss", static_cast<double>(peakRssBytes()) / (1 << 20), "MiB", "", 0, "", false, 0});
    if (r.sink == 1 && r.acc == 1) std::fprintf(stderr, " "); // keep the measured work observable
    printFigures(r.figs, args.json);
    return 0;
}

} // namespace salvo::app
