#include "app/Commands.hpp"

#include "app/Bench.hpp"
#include "app/EvalCommand.hpp"
#include "app/GeoCommands.hpp"
#include "app/ScenarioCommands.hpp"
#include "app/ViewCommands.hpp"

#include <memory>

namespace salvo::app {

CommandSet::CommandSet(CLI::App& cli) {
    {
        auto args = std::make_shared<WhereArgs>();
        auto* sub = cli.add_subcommand("where", "Country, first-level division, sea and nearest populated place at a point");
        sub->add_option("LAT", args->lat, "Latitude in decimal degrees (-90..90); - alone reads one point a line "
                                          "(LAT LON or LAT,LON) from standard input")->required();
        sub->add_option("LON", args->lon, "Longitude in decimal degrees (-180..180)");
        sub->add_flag("--json", args->json, "Print JSON");
        m_entries.push_back({sub, [args](Context& c) { return runWhere(c, *args); }});
    }
    {
        auto args = std::make_shared<GeocodeArgs>();
        auto* sub = cli.add_subcommand("geocode", "Ranked candidates for a place name: name, kind, lat, lon, country, admin1, score");
        sub->add_option("NAME", args->name, "Place name (case and diacritics do not matter); - reads one name a line "
                                            "from standard input (text: the best candidate a line)")->required();
        sub->add_option("--country", args->country, "Only candidates in this country (ISO 3166-1 alpha-2)");
        sub->add_option("--limit", args->limit, "At most this many candidates (default 10)");
        sub->add_flag("--json", args->json, "Print JSON");
        m_entries.push_back({sub, [args](Context& c) { return runGeocode(c, *args); }});
    }
    {
        auto args = std::make_shared<ExtractArgs>();
        auto* sub = cli.add_subcommand("extract", "The scenario (places, claims, events) of an article, as JSON");
        sub->add_option("INPUT", args->input, "Article (.txt) or scenario (.json); - reads standard input")->required();
        sub->add_option("-o,--out", args->out, "Output file (default: standard output)");
        m_entries.push_back({sub, [args](Context& c) { return runExtract(c, *args); }});
    }
    {
        auto args = std::make_shared<SimulateArgs>();
        auto* sub = cli.add_subcommand("simulate", "Simulated flights with times, exported for other tools");
        sub->add_option("INPUT", args->input, "Article (.txt) or scenario (.json); - reads standard input")->required();
        sub->add_option("-o,--out", args->out, "Output file (default: standard output)");
        sub->add_option("--format", args->format, "geojson | gpkg | kml | czml | csv (default: from -o, else geojson)");
        sub->add_option("--runs", args->runs, "Monte Carlo runs for corridors and crash zones (default 0)");
        sub->add_option("--seed", args->seed, "Seed of the Monte Carlo runs (default 1)");
        sub->add_option("--threads", args->threads, "Threads for the runs (default: all cores)");
        sub->add_option("--step", args->stepSeconds, "Time step of sampled tracks, seconds (default 10)");
        m_entries.push_back({sub, [args](Context& c) { return runSimulate(c, *args); }});
    }
    {
        auto args = std::make_shared<CompareArgs>();
        auto* sub = cli.add_subcommand("compare", "The stated-versus-reported ledger with its derived checks");
        sub->add_option("INPUT", args->input, "Article (.txt) or scenario (.json); - reads standard input")->required();
        sub->add_option("--format", args->format, "text | markdown | json (default text)");
        sub->add_option("-o,--out", args->out, "Output file (default: standard output)");
        m_entries.push_back({sub, [args](Context& c) { return runCompare(c, *args); }});
    }
    {
        auto args = std::make_shared<RenderArgs>();
        auto* sub = cli.add_subcommand(
            "render", "Headless map frames (PNG) or a video: one --at TIME, or --from T0 --to T1 --fps F");
        sub->add_option("INPUT", args->input, "Article (.txt) or scenario (.json); - reads standard input")->required();
        sub->add_option("--at", args->at, "One frame at this UTC time (ISO-8601, or start|mid|end)");
        sub->add_option("--from", args->from, "First frame of a sequence");
        sub->add_option("--to", args->to, "Last frame of a sequence");
        sub->add_option("--fps", args->fps, "Frames per second of simulated time (default 2)");
        sub->add_option("--out", args->out,
                        "frame.png for --at; for a sequence a directory, or a video (.mp4 H.264, .webm VP9, .gif)")
            ->required();
        sub->add_option("--video-fps", args->videoFps, "Playback rate of a video, frames per second (default 25)");
        sub->add_option("--size", args->size, "WxH pixels (default 1280x800)");
        sub->add_option("--projection", args->projection, "aeqd | mercator | equirectangular (default aeqd)");
        sub->add_option("--runs", args->runs, "Monte Carlo runs for corridors and crash zones (default 0)");
        sub->add_option("--seed", args->seed, "Seed of the Monte Carlo runs (default 1)");
        m_entries.push_back({sub, [args](Context& c) { return runRender(c, *args); }});
    }
    {
        auto args = std::make_shared<ViewArgs>();
        auto* sub = cli.add_subcommand("view", "The interactive map; with no INPUT, the bundled sample article");
        sub->add_option("INPUT", args->input, "Article (.txt) or scenario (.json)");
        sub->add_option("--frames", args->frames, "Exit after this many frames (scripted runs)");
        sub->add_option("--screenshot", args->screenshot, "With --frames: save the window to this PNG at the end");
        sub->add_option("--at", args->at, "Start the clock at this UTC time");
        m_entries.push_back({sub, [args](Context& c) { return runView(c, *args); }});
    }
    {
        auto args = std::make_shared<BenchArgs>();
        auto* sub = cli.add_subcommand("bench", "Performance figures, each with its baseline and target");
        sub->add_flag("--json", args->json, "Print one JSON object");
        sub->add_flag("--quick", args->quick, "Fewer repetitions (a smoke run)");
        m_entries.push_back({sub, [args](Context& c) { return runBench(c, *args); }});
    }
    {
        auto args = std::make_shared<EvalArgs>();
        auto* sub = cli.add_subcommand("eval", "Salvo's reading of annotated reports scored against their hand gold");
        sub->add_option("PATH", args->paths, "Article (.txt with a .gold.json beside it) or a folder of them")->required();
        sub->add_flag("--json", args->json, "Print one JSON object");
        sub->add_flag("--explain,--verbose", args->explain, "Per article: gold items missed, scenario items unmatched");
        sub->add_option("--min", args->minimums, "FIGURE=VALUE: exit 1 when the figure is below VALUE (repeatable)")
            ->allow_extra_args(false);
        sub->add_option("--max", args->maximums, "FIGURE=VALUE: exit 1 when the figure is above VALUE (repeatable)")
            ->allow_extra_args(false);
        m_entries.push_back({sub, [args](Context& c) { return runEval(c, *args); }});
    }
}

int CommandSet::run(Context& ctx) {
    for (auto& e : m_entries)
        if (e.sub->parsed()) return e.run(ctx);
    return 2;
}

} // namespace salvo::app
