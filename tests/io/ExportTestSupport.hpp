#pragma once
// Shared by the export tests: the Caspian fixture simulated once per test process (26 Kalibr tracks, four of them
// crashed in Iran) with a 200-run ensemble, GDAL opening with a named driver, a CSV reader for the rows the CSV
// export writes, an export opened by GDAL, and the instants the exports write as ISO 8601 text. Scratch directories: ScratchDir.hpp.
#include "core/Time.hpp"
#include "io/Export.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"
#include "sim/SimTestSupport.hpp"
#include "ScratchDir.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace salvo::testsupport {

struct ExportScene {
    scenario::Scenario sc = fixture("caspian-2015.json");
    sim::Simulation sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    sim::Ensemble ens = sim::runEnsemble(sim, 200, 7, 2);
};

inline const ExportScene& exportScene() {
    static const ExportScene s;
    return s;
}

// The instant an ISO 8601 text of the export names; fails the test when it names none.
inline UtcTime parsedUtc(const std::string& iso) {
    const auto t = parseIsoUtc(iso);
    REQUIRE(t);
    return *t;
}

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

inline DatasetPtr openVector(const std::filesystem::path& p, std::vector<const char*> drivers) {
    GDALAllRegister();
    drivers.push_back(nullptr);
    return DatasetPtr(static_cast<GDALDataset*>(
        GDALOpenEx(p.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.data(), nullptr, nullptr)));
}

// The fixture exported as `format` to FILENAME in a scratch directory, then opened by GDAL with `driver` only.
struct ExportedDataset {
    ScratchDir dir{"export"};
    std::filesystem::path path;
    DatasetPtr ds;
    ExportedDataset(io::ExportFormat format, const char* fileName, const char* driver, bool withEnsemble)
        : path(dir.path / fileName) {
        const auto& s = exportScene();
        io::exportSimulation(path, format, s.sc, s.sim, withEnsemble ? &s.ens : nullptr, 60);
        ds = openVector(path, {driver});
        REQUIRE(ds);
    }
    OGRLayer& layer(const char* name) {
        OGRLayer* l = ds->GetLayerByName(name);
        REQUIRE(l);
        return *l;
    }
};

// One CSV row of the export, split on commas (the export quotes nothing in the fixture's ids).
struct CsvRow {
    std::string time, trackId, eventId, phase;
    bool active = false;
    double lat = 0, lon = 0, altitudeMeters = 0;
};

inline std::vector<CsvRow> parseCsv(const std::string& csv) {
    std::vector<CsvRow> rows;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
        if (cells.size() < 8) continue;
        rows.push_back({cells[0], cells[1], cells[2], cells[4], cells[3] == "1", std::stod(cells[5]),
                        std::stod(cells[6]), std::stod(cells[7])});
    }
    return rows;
}

// Indices of the crashed tracks.
inline std::vector<size_t> crashedTracks(const sim::Simulation& sim) {
    std::vector<size_t> out;
    for (size_t i = 0; i < sim.tracks().size(); ++i)
        if (sim.tracks()[i].outcome == sim::Outcome::Crashed) out.push_back(i);
    return out;
}

} // namespace salvo::testsupport
