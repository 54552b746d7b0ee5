#include "app/GeoCommands.hpp"

#include "app/Messages.hpp"
#include "core/Error.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace salvo::app {

using nlohmann::json;

namespace {
constexpr long long kMaxGeocodeLimit = 1000; // candidates one look-up lists; a name has a few dozen at most
} // namespace

int runWhere(Context& ctx, const WhereArgs& args) {
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
