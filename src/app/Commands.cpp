#include "app/Commands.hpp"

#include "app/GeoCommands.hpp"

#include <memory>

namespace salvo::app {

CommandSet::CommandSet(CLI::App& cli) {
    {
        auto args = std::make_shared<WhereArgs>();
        auto* sub = cli.add_subcommand("where", "Country, first-level division, sea and nearest populated place at a point");
        sub->add_option("LAT", args->lat, "Latitude in decimal degrees (-90..90)")->required();
        sub->add_option("LON", args->lon, "Longitude in decimal degrees (-180..180)")->required();
        sub->add_flag("--json", args->json, "Print JSON");
        m_entries.push_back({sub, [args](Context& c) { return runWhere(c, *args); }});
    }
    {
        auto args = std::make_shared<GeocodeArgs>();
        auto* sub = cli.add_subcommand("geocode", "Ranked candidates for a place name: name, kind, lat, lon, country, admin1, score");
        sub->add_option("NAME", args->name, "Place name (case and diacritics do not matter)")->required();
        sub->add_option("--country", args->country, "Only candidates in this country (ISO 3166-1 alpha-2)");
        sub->add_option("--limit", args->limit, "At most this many candidates (default 10)");
        sub->add_flag("--json", args->json, "Print JSON");
        m_entries.push_back({sub, [args](Context& c) { return runGeocode(c, *args); }});
    }
}

int CommandSet::run(Context& ctx) {
    for (auto& e : m_entries)
        if (e.sub->parsed()) return e.run(ctx);
    return 2;
}

} // namespace salvo::app
