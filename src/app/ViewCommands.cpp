#include "app/ViewCommands.hpp"

#include "app/Signals.hpp"
#include "core/Error.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "io/InputLoader.hpp"
#include "render/FrameRenderer.hpp"
#include "sim/Simulation.hpp"
#include "ui/Viewer.hpp"

#include <cstdio>
#include <cstdlib>

namespace salvo::app {

namespace fs = std::filesystem;

void requireDisplay(const char* command) {
    const char* d = std::getenv("DISPLAY");
    if (!d || !*d)
        throw Error(std::string(command) + " needs an X display and DISPLAY is not set; run it under a virtual one: "
                                           "xvfb-run -a salvo " + command + " ...");
}

namespace {

UtcTime parseInstant(const std::string& text, const sim::Simulation& sim, const char* flag) {
    const TimeInterval span = sim.timeSpan();
    if (text == "start") return span.start;
    if (text == "end") return span.end;
    if (text == "mid") return span.mid();
    if (auto t = parseIsoUtc(text)) return *t;
    throw UsageError(std::string("render: ") + flag + " '" + text +
                     "' is not an ISO-8601 UTC time (2015-10-07T04:00:00Z) or start|mid|end");
}

// A diagnostic as one error line that names its file or path: the message, after `where` unless it already says it
// (regression: "cannot create the output directory: Not a directory" named no directory).
Error errorNaming(const Diagnostic& d) {
    if (d.where.empty() || d.message.find(d.where) != std::string::npos) return Error(d.message);
    return Error(d.where + ": " + d.message);
}

sf::Vector2u parseSize(const std::string& s) {
    unsigned w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(s.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') || w < 16 || h < 16 ||
        w > 8192 || h > 8192)
        throw UsageError("render: --size '" + s + "' must be WxH, each 16..8192");
    return {w, h};
}

} // namespace

int runRender(Context& ctx, const RenderArgs& args) {
    if (args.out.empty()) throw UsageError("render: --out is required");
    const bool single = !args.at.empty();
    if (single == (!args.from.empty() || !args.to.empty()))
        throw UsageError("render: give either --at TIME, or --from T0 --to T1 --fps F");
    if (!single && (args.from.empty() || args.to.empty())) throw UsageError("render: --from and --to go together");
    if (!(args.fps > 0 && args.fps <= 1000)) throw UsageError("render: --fps must be within 0..1000");
    const auto size = parseSize(args.size);
    const auto proj = geodesy::projectionKindFromString(args.projection);
    if (!proj) throw UsageError("render: unknown --projection '" + args.projection + "' (aeqd|mercator|equirectangular)");
    if (args.runs < 0 || args.runs > 1000000) throw UsageError("render: --runs must be within 0..1000000");
    const uint64_t seed = parseSeed(args.seed, "render");
    io::checkOutputPath(args.out, single ? io::OutputKind::NamedFile : io::OutputKind::Directory, {args.input});
    requireDisplay("render");

    // SIGINT / SIGTERM stop the sequence between frames: the frames written stay, each complete, and the error line
    // says how far it got (regression: a SIGTERM left 31 of 107 frames and said nothing).
    InterruptGuard guard;
    const auto in = io::loadInput(args.input, ctx.atlas(), ctx.inputDefaults());
    Diagnostics diags;
    const scenario::Scenario applied = scenario::applyOverrides(in.scenario, &diags);
    checkBudget(args.input, applied, args.runs);
    sim::SimOptions opt;
    opt.catalogue = io::loadCatalogue(ctx.dataDir());
    const auto sim = sim::simulate(applied, ctx.atlas(), opt, &diags);
    std::optional<sim::Ensemble> ensemble;
    if (args.runs > 0) ensemble = sim::runEnsemble(sim, args.runs, seed, 2, {}, guard.flag());
    if (guard.interrupted()) throw Error(args.out + ": interrupted before the first frame; nothing written");

    render::RenderJob job;
    job.dataDir = ctx.dataDir();
    job.atlas = &ctx.atlas();
    job.scenario = &applied;
    job.simulation = &sim;
    job.ensemble = ensemble ? &*ensemble : nullptr;
    job.size = size;
    job.projection = *proj;
    job.fps = args.fps;
    job.out = args.out;
    job.cancel = guard.flag();
    if (single) {
        job.at = parseInstant(args.at, sim, "--at");
    } else {
        job.from = parseInstant(args.from, sim, "--from");
        job.to = parseInstant(args.to, sim, "--to");
        if (*job.to < *job.from) throw UsageError("render: --to is before --from");
    }
    auto frames = render::renderFrames(job);
    if (!frames) throw errorNaming(frames.error());
    std::fprintf(stderr, "salvo: wrote %zu frame%s to %s\n", frames->size(), frames->size() == 1 ? "" : "s",
                 args.out.c_str());
    return 0;
}

int runView(Context& ctx, const ViewArgs& args) {
    if (args.frames < 0) throw UsageError("view: --frames must be >= 0");
    if (!args.screenshot.empty()) io::checkOutputPath(args.screenshot, io::OutputKind::NamedFile, {args.input});
    requireDisplay("view");
    fs::path input = args.input;
    if (input.empty()) input = ctx.dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt";
    const atlas::Atlas& atlas = ctx.atlas();
    const io::InputDefaults& defaults = ctx.inputDefaults();
    auto in = io::loadInput(input, atlas, defaults);

    ui::ViewerOptions opt;
    opt.dataDir = ctx.dataDir();
    opt.atlas = &atlas;
    opt.simOptions.catalogue = io::loadCatalogue(ctx.dataDir());
    opt.scenario = std::move(in.scenario);
    opt.loader = [&atlas, &defaults](const fs::path& p) { return io::tryLoadInput(p, atlas, defaults); };
    if (in.kind == io::InputKind::Scenario && input != "-") opt.scenarioPath = input;
    opt.script.frames = args.frames;
    opt.script.screenshot = args.screenshot;
    if (!args.at.empty()) {
        auto t = parseIsoUtc(args.at);
        if (!t) throw UsageError("view: --at '" + args.at + "' is not an ISO-8601 UTC time");
        opt.script.at = *t;
    }
    ui::Viewer viewer(std::move(opt));
    if (auto ok = viewer.open(); !ok) throw errorNaming(ok.error());
    return viewer.run();
}

} // namespace salvo::app
