#include "app/ScenarioCommands.hpp"

#include "app/Signals.hpp"
#include "core/Error.hpp"
#include "io/Catalogue.hpp"
#include "io/Export.hpp"
#include "io/Files.hpp"
#include "io/InputLoader.hpp"
#include "sim/Simulation.hpp"

#include <cstdio>
#include <thread>
#include <unistd.h>

namespace salvo::app {

namespace {

void printDiagnostics(const Diagnostics& diags) {
    for (const auto& d : diags)
        if (d.severity == Severity::Error)
            std::fprintf(stderr, "salvo: warning: %s%s%s\n", d.where.empty() ? "" : d.where.c_str(),
                         d.where.empty() ? "" : ": ", d.message.c_str());
}

sim::SimOptions simOptions(Context& ctx) {
    sim::SimOptions opt;
    opt.catalogue = io::loadCatalogue(ctx.dataDir());
    return opt;
}

// A terminal progress bar on stderr, drawn only when stderr is a terminal and the work is long enough to watch.
class ProgressBar {
public:
    explicit ProgressBar(int total) : m_enabled(::isatty(STDERR_FILENO) && total >= 2000), m_total(total) {}
    ~ProgressBar() { finish(); }
    // Ends the bar's line, so that a following error or warning starts on a line of its own.
    void finish() {
        if (m_enabled && m_drawn) std::fprintf(stderr, "\n");
        m_drawn = false;
    }
    void update(int done) {
        if (!m_enabled) return;
        const int pct = static_cast<int>(100.0 * done / m_total);
        if (pct == m_lastPct) return;
        m_lastPct = pct;
        m_drawn = true;
        char bar[41];
        const int fill = pct * 40 / 100;
        for (int i = 0; i < 40; ++i) bar[i] = i < fill ? '#' : '.';
        bar[40] = 0;
        std::fprintf(stderr, "\rsalvo: ensemble [%s] %3d%% (%d/%d runs)", bar, pct, done, m_total);
        std::fflush(stderr);
    }

private:
    bool m_enabled;
    int m_total;
    int m_lastPct = -1;
    bool m_drawn = false;
};

} // namespace

int runExtract(Context& ctx, const ExtractArgs& args) {
    io::checkOutputPath(args.out, io::OutputKind::Stream, {args.input});
    const auto in = io::loadInput(args.input, ctx.atlas(), ctx.inputDefaults());
    io::writeFileAtomic(args.out, scenario::toJson(in.scenario).dump(2) + "\n");
    return 0;
}

int runSimulate(Context& ctx, const SimulateArgs& args) {
    if (args.runs < 0 || args.runs > 1000000) throw UsageError("simulate: --runs must be within 0..1000000");
    if (args.threads < 0 || args.threads > 256) throw UsageError("simulate: --threads must be within 0..256");
    if (!(args.stepSeconds >= 0.1 && args.stepSeconds <= 86400))
        throw UsageError("simulate: --step must be within 0.1..86400 seconds");
    std::optional<io::ExportFormat> format;
    if (!args.format.empty()) {
        format = io::exportFormatFromString(args.format);
        if (!format) throw UsageError("simulate: unknown --format '" + args.format + "' (geojson|gpkg|kml|czml|csv)");
    } else if (args.out != "-") {
        format = io::exportFormatFromPath(args.out);
    }
    if (!format) format = io::ExportFormat::GeoJson;
    if (args.out == "-" && !io::isTextFormat(*format))
        throw UsageError("simulate: a GeoPackage needs a file name (-o out.gpkg)");
    const uint64_t seed = parseSeed(args.seed, "simulate");
    io::checkOutputPath(args.out, *format == io::ExportFormat::GeoPackage ? io::OutputKind::NamedFile
                                                                          : io::OutputKind::Stream,
                        {args.input});

    // From here on Ctrl-C / SIGTERM stop the command cleanly (one error line, nothing written) whenever they come:
    // while the atlas loads as well as during the ensemble. Before, a signal outside the ensemble killed the process.
    InterruptGuard guard;
    const std::string outName = args.out == "-" ? std::string("standard output") : args.out;
    const auto stopIfInterrupted = [&](const std::string& when) {
        if (guard.interrupted()) throw Error(outName + ": interrupted " + when + "; nothing written");
    };
    const auto in = io::loadInput(args.input, ctx.atlas(), ctx.inputDefaults());
    Diagnostics diags;
    const scenario::Scenario applied = scenario::applyOverrides(in.scenario, &diags);
    checkBudget(args.input, applied, args.runs);
    const auto sim = sim::simulate(applied, ctx.atlas(), simOptions(ctx), &diags);
    stopIfInterrupted("before the simulation finished");
    printDiagnostics(diags);
    std::optional<sim::Ensemble> ensemble;
    if (args.runs > 0) {
        const int threads = args.threads > 0 ? args.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        ProgressBar bar(args.runs);
        ensemble = sim::runEnsemble(sim, args.runs, seed, threads, [&](int done, int) { bar.update(done); },
                                    guard.flag());
        bar.finish();
        if (ensemble->cancelled || guard.interrupted())
            throw Error(outName + ": interrupted after " + std::to_string(ensemble->runs) + " of " +
                        std::to_string(args.runs) + " runs; nothing written");
    }
    io::exportSimulation(args.out, *format, applied, sim, ensemble ? &*ensemble : nullptr, args.stepSeconds);
    return 0;
}

int runCompare(Context& ctx, const CompareArgs& args) {
    sim::LedgerFormat f;
    if (args.format == "text") f = sim::LedgerFormat::Text;
    else if (args.format == "markdown" || args.format == "md") f = sim::LedgerFormat::Markdown;
    else if (args.format == "json") f = sim::LedgerFormat::Json;
    else throw UsageError("compare: unknown --format '" + args.format + "' (text|markdown|json)");
    io::checkOutputPath(args.out, io::OutputKind::Stream, {args.input});
    const auto in = io::loadInput(args.input, ctx.atlas(), ctx.inputDefaults());
    Diagnostics diags;
    const scenario::Scenario applied = scenario::applyOverrides(in.scenario, &diags);
    checkBudget(args.input, applied, 0);
    const auto sim = sim::simulate(applied, ctx.atlas(), simOptions(ctx), &diags);
    io::writeFileAtomic(args.out, sim::formatLedger(sim::buildLedger(applied, sim), f));
    return 0;
}

} // namespace salvo::app
