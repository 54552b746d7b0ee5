// The atlas's country lookup against a plain GDAL point-in-polygon on the same geodata (issue 14): high latitudes and
// the antimeridian by name, then random points, where the two must agree.
#include "atlas/AtlasFixture.hpp"

#include <catch2/catch.hpp>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <memory>
#include <random>
#include <type_traits>

using namespace salvo;
using salvo::test::countryIso2At;
using salvo::test::worldAtlas;

namespace {

// GDAL's answer: the iso2 of the countries.gpkg feature whose geometry contains the point ("" for none).
class GdalCountries {
public:
    GdalCountries() {
        GDALAllRegister();
        const auto path = io::findDataDir() / "geodata" / "countries.gpkg";
        m_ds.reset(static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                        nullptr, nullptr)));
        REQUIRE(m_ds);
        OGRLayer* layer = m_ds->GetLayer(0);
        for (auto& f : *layer) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g || g->IsEmpty()) continue;
            Shape shape{f->GetFieldAsString("iso2"), std::unique_ptr<OGRGeometry>(g->clone()), {}, nullptr};
            shape.geom->getEnvelope(&shape.box);
            shape.prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(shape.geom.get())));
            m_shapes.push_back(std::move(shape));
        }
    }
    std::string at(LatLon p) const {
        OGRPoint pt(p.lon, p.lat);
        for (const auto& s : m_shapes)
            if (p.lon >= s.box.MinX && p.lon <= s.box.MaxX && p.lat >= s.box.MinY && p.lat <= s.box.MaxY &&
                (s.prepared ? OGRPreparedGeometryContains(s.prepared.get(), OGRGeometry::ToHandle(&pt))
                            : s.geom->Contains(&pt)))
                return s.iso2;
        return {};
    }

private:
    struct Unprepare {
        void operator()(OGRPreparedGeometryH p) const { OGRDestroyPreparedGeometry(p); }
    };
    struct Shape {
        std::string iso2;
        std::unique_ptr<OGRGeometry> geom;
        OGREnvelope box;
        std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, Unprepare> prepared; // GEOS prepared: fast
    };
    struct Close {
        void operator()(GDALDataset* d) const { GDALClose(d); }
    };
    std::unique_ptr<GDALDataset, Close> m_ds;
    std::vector<Shape> m_shapes;
};

} // namespace

TEST_CASE("Atlas: the country at high latitudes and across the antimeridian", "[atlas]") {
    const auto& a = worldAtlas();
    const struct { double lat, lon; const char* iso2; } kPoints[] = {
        {68.97, 33.08, "RU"},   // Murmansk
        {67.50, 64.03, "RU"},   // Vorkuta
        {66.53, 66.60, "RU"},   // Salekhard
        {66.0, 90.0, "RU"},     {67.0, 150.0, "RU"},  {67.0, 179.9, "RU"}, {67.0, -179.9, "RU"}, // Chukotka
        {71.2, -179.5, "RU"},   // Wrangel Island
        {-16.5, 179.5, "FJ"},   {-17.8, 178.0, "FJ"}, // Vanua Levu, Viti Levu
        {67.0, -150.0, "US"},   {67.0, 20.0, "SE"},   // the same latitudes elsewhere are not Russia
    };
    for (const auto& p : kPoints) {
        INFO(p.lat << ", " << p.lon);
        CHECK(countryIso2At(a, {p.lat, p.lon}) == p.iso2);
    }
}

TEST_CASE("Atlas: the country lookup agrees with GDAL point-in-polygon on random land points", "[atlas]") {
    const auto& a = worldAtlas();
    const GdalCountries gdal;
    std::mt19937 rng(20261130);
    std::uniform_real_distribution<double> lat(-60, 80), lon(-180, 180);
    // 2,000 land points in the suite; SALVO_AGREEMENT_POINTS=10000 for the full measure.
    const char* env = std::getenv("SALVO_AGREEMENT_POINTS");
    const int want = env ? std::max(1, std::atoi(env)) : 2000;
    int land = 0, agree = 0;
    std::vector<std::string> disagreements;
    for (int i = 0; land < want && i < 20 * want; ++i) {
        const LatLon p{lat(rng), lon(rng)};
        const std::string g = gdal.at(p);
        if (g.empty()) continue; // sea
        ++land;
        const std::string ours = countryIso2At(a, p);
        if (ours == g) ++agree;
        else disagreements.push_back(std::to_string(p.lat) + "," + std::to_string(p.lon) + " gdal " + g + " atlas " + ours);
    }
    for (const auto& d : disagreements) UNSCOPED_INFO(d);
    CHECK(land == want);
    // Both read the same rings; only a point right on a shared border may go either way.
    CHECK(agree >= land - land / 1000);
}
