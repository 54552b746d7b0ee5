#include "io/Catalogue.hpp"

#include "core/Error.hpp"
#include "io/Files.hpp"
#include "sim/SimTestSupport.hpp"
#include "ScratchDir.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace salvo;

namespace {

// A data directory of its own holding only assets/launch-areas.json (when text is given).
struct DataDir : testsupport::ScratchDir {
    explicit DataDir(const std::optional<std::string>& launchAreas) : ScratchDir("catalogue") {
        std::filesystem::create_directories(path / "assets");
        if (launchAreas) io::writeFileAtomic(path / "assets" / "launch-areas.json", *launchAreas);
    }
};

std::string loadError(const DataDir& d) {
    try {
        io::loadLaunchAreas(d.path, *testsupport::catalogue());
    } catch (const Error& e) {
        return e.what();
    }
    return "(loaded)";
}

} // namespace

TEST_CASE("Catalogue: the shipped launch areas load with the munitions catalogue", "[io]") {
    const auto areas = io::loadLaunchAreas(testsupport::dataDir(), *testsupport::catalogue());
    REQUIRE(areas);
    CHECK(!areas->entries().empty());
    CHECK(io::launchAreasPath("/x") == std::filesystem::path("/x/assets/launch-areas.json"));
}

TEST_CASE("Catalogue: a launch-area file that is missing or invalid is an error naming the file and the field", "[io]") {
    SECTION("a radius that is not a number") {
        const DataDir d(std::string(R"({"schema": "salvo.launch_areas/1", "entries": [{"actors": ["RU"],
            "munitions": ["drone"], "areas": [{"name": "A", "lat": 45, "lon": 35, "radius_km": "wide",
            "source": "s"}]}]})"));
        const std::string m = loadError(d);
        CHECK(m.find((d.path / "assets" / "launch-areas.json").string()) != std::string::npos);
        CHECK(m.find("$.entries[0].areas[0].radius_km") != std::string::npos);
    }
    SECTION("an entry without areas") {
        const DataDir d(std::string(R"({"schema": "salvo.launch_areas/1", "entries": [{"actors": ["RU"],
            "munitions": ["drone"]}]})"));
        CHECK(loadError(d).find("$.entries[0].areas") != std::string::npos);
    }
    SECTION("no file: no compiled-in fallback") {
        const DataDir d(std::nullopt);
        CHECK(loadError(d).find("launch-areas.json") != std::string::npos);
    }
}
