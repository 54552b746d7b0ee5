#include "app/ViewCommands.hpp"

#include "app/Signals.hpp"
#include "core/Error.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "io/InputLoader.hpp"
#include "render/FrameRenderer.hpp"
#include "render/VideoWriter.hpp"
#include "sim/Simulation.hpp"
#include "ui/Viewer.hpp"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

#include <unistd.h>

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

// What a sequence's --out names: a video by its extension (.mp4, .webm, .gif), else a frame directory (no extension,
// a trailing slash, or an existing directory). Any other extension is refused: "replay.avi" is far likelier a video
// this build cannot write than a directory the user wants created.
std::optional<render::VideoFormat> sequenceTarget(const std::string& out, int videoFps) {
    const fs::path p(out);
    std::error_code ec;
    if (out.ends_with('/') || p.extension().empty() || fs::is_directory(p, ec)) return std::nullopt;
    const auto format = render::videoFormatForPath(p);
    if (!format)
        throw UsageError("render: --out '" + out + "': unknown video extension '" + p.extension().string() +
                         "' (use .mp4, .webm or .gif, or a directory for PNG frames)");
    if (videoFps < 1 || videoFps > 60) throw UsageError("render: --video-fps must be within 1..60");
    // Before any work: a codec Debian's build lacks is one line now, not after the simulation.
    if (auto enc = render::videoEncoderFor(*format); !enc) throw Error(out + ": " + enc.error().message);
    return format;
}

// "\rsalvo: frame 12/300" on a terminal, overwritten in place; nothing when stderr is a file or a pipe.
std::function<void(size_t, size_t)> terminalProgress(const std::string& verb) {
    if (!::isatty(STDERR_FILENO)) return {};
    return [verb](size_t done, size_t total) {
        std::fprintf(stderr, "\rsalvo: %s frame %zu/%zu (%zu%%)", verb.c_str(), done, total,
                     total ? 100 * done / total : 100);
        if (done == total) std::fputc('\n', stderr);
        std::fflush(stderr);
    };
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
    // A plain format and a flag, not an optional: GCC 12 warns (maybe-uninitialized) about the optional at -O2.
    bool video = false;
    render::VideoFormat videoFormat = render::VideoFormat::Mp4;
    if (const auto f = single ? std::nullopt : sequenceTarget(args.out, args.videoFps)) {
        video = true;
        videoFormat = *f;
    }
    if (video && videoFormat != render::VideoFormat::Gif && (size.x % 2 || size.y % 2))
        throw UsageError("render: --size '" + args.size + "': " + render::videoFormatName(videoFormat) +
                         " needs an even width and height");
    io::checkOutputPath(args.out, single || video ? io::OutputKind::NamedFile : io::OutputKind::Directory,
                        {args.input});
    requireDisplay("render");

    // SIGINT / SIGTERM stop the sequence between frames: the frames written stay, each complete, and the error line
    // says how far it got (regression: a SIGTERM left 31 of 107 frames and said nothing). A video stops the same way
    // but keeps nothing: its temporary is removed and the target is left as it was.
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
    job.progress = terminalProgress(video ? "encoding" : "writing");
    if (video) {
        render::VideoSettings vs;
        vs.format = videoFormat;
        vs.playbackFps = args.videoFps;
        auto n = render::renderVideo(job, vs);
        if (!n) throw errorNaming(n.error());
        std::fprintf(stderr, "salvo: wrote %s, %zu frame%s at %d frames/s\n", args.out.c_str(), *n, *n == 1 ? "" : "s",
                     args.videoFps);
        return 0;
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
