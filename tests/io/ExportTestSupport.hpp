#pragma once
// Shared by the export tests: the Caspian fixture simulated once per test process (26 Kalibr tracks, four of them
// crashed in Iran) with a 200-run ensemble, a temporary directory, GDAL opening with a named driver, and a CSV reader
// for the rows the CSV export writes.
#include "io/Export.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"
#include "sim/SimTestSupport.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace salvo::testsupport {

struct ExportDir {
    std::filesystem::path path;
    ExportDir() {
        path = std::filesystem::temp_directory_path() /
               ("salvo-export-" + std::to_string(std::random_device{}()) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~ExportDir() { std::filesystem::remove_all(path); }
    ExportDir(const ExportDir&) = delete;
    ExportDir& operator=(const ExportDir&) = delete;
};

struct ExportScene {
    scenario::Scenario sc = fixture("caspian-2015.json");
    sim::Simulation sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    sim::Ensemble ens = sim::runEnsemble(sim, 200, 7, 2);
};

inline const ExportScene& exportScene() {
    static const ExportScene s;
    return s;
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
