// `salvo where -` and `salvo geocode -` through the real executable: one answer line per input line, in order; a bad
// line answered in place by an error line and the rest still answered; exit 1 after the last line when any was bad;
// a failed standard output is an error. Also the atlas cache as the command line meets it: a damaged cache file
// changes nothing but the time.
#include "app/SalvoProcess.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <tuple>

using namespace salvo::testsupport;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

std::vector<std::string> columns(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string c; std::getline(in, c, '\t');) out.push_back(c);
    return out;
}

RunResult runWithInput(ScratchDir& dir, const std::vector<std::string>& args, const std::string& input,
                       std::vector<std::pair<std::string, std::string>> env = {}) {
    const fs::path in = dir.path / "input.txt";
    writeBytes(in, input);
    RunOptions opt;
    opt.workDir = dir.path;
    opt.stdinFile = in;
    opt.env = std::move(env);
    return runSalvo(args, opt);
}

} // namespace

TEST_CASE("GeoStream: where - answers each line in place, bad lines included, and exits 1 at the end", "[app][stream]") {
    ScratchDir dir("stream");
    const auto r = runWithInput(dir, {"where", "-"},
                                "33.5 36.3\n95 0\nabc 10\n\n35.95,39.01\r\n36.4, 47.1\n1 2 3\n43.0\t34.0");
    const auto out = lines(r.stdoutText);
    REQUIRE(out.size() == 8);
    CHECK(columns(out[0]).at(2) == "SY");                         // Damascus
    CHECK(out[1].rfind("error: line 2: latitude 95 is outside -90..90", 0) == 0);
    CHECK(out[2].rfind("error: line 3: latitude 'abc' is not a number", 0) == 0);
    CHECK(out[3].rfind("error: line 4: empty line", 0) == 0);
    CHECK(columns(out[4]).at(2) == "SY");                         // Raqqa, comma-separated with CRLF
    CHECK(columns(out[5]).at(2) == "IR");                         // "LAT, LON"
    CHECK(out[6].rfind("error: line 7: expected LAT LON", 0) == 0);
    const auto sea = columns(out[7]);                             // last line without a newline, Black Sea
    REQUIRE(sea.size() == 9);
    CHECK(sea.at(2) == "-");
    CHECK(sea.at(5) == "Black Sea");
    CHECK(r.exitCode == 1);
    CHECK(r.stderrText.rfind("salvo: error: where: standard input: 4 of 8 lines", 0) == 0);
    CHECK(std::count(r.stderrText.begin(), r.stderrText.end(), '\n') == 1);
}

TEST_CASE("GeoStream: where - --json writes the single query's object for each line", "[app][stream]") {
    ScratchDir dir("stream");
    const auto r = runWithInput(dir, {"where", "-", "--json"}, "33.5 36.3\nnot a point\n-33.9 18.4\n");
    const auto out = lines(r.stdoutText);
    REQUIRE(out.size() == 3);
    CHECK(r.exitCode == 1);
    const auto bad = json::parse(out[1]);
    CHECK(bad.at("line") == 2);
    CHECK(bad.at("input") == "not a point");
    CHECK(bad.at("error").get<std::string>().find("expected LAT LON") != std::string::npos);
    RunOptions opt;
    opt.workDir = dir.path;
    for (const auto& [index, lat, lon] : {std::tuple{0, "33.5", "36.3"}, std::tuple{2, "-33.9", "18.4"}}) {
        const auto single = runSalvo({"where", lat, lon, "--json"}, opt);
        REQUIRE(single.exitCode == 0);
        CHECK(json::parse(out[static_cast<size_t>(index)]) == json::parse(single.stdoutText));
    }
}

TEST_CASE("GeoStream: an all-good stream exits 0 with one line per point", "[app][stream]") {
    ScratchDir dir("stream");
    std::string input;
    for (int i = 0; i < 2000; ++i)
        input += std::to_string(-60 + (i * 7) % 130) + "." + std::to_string(i % 10) + " " +
                 std::to_string(-180 + (i * 13) % 360) + "\n";
    const auto r = runWithInput(dir, {"where", "-"}, input);
    CHECK(r.exitCode == 0);
    CHECK(r.stderrText.empty());
    const auto out = lines(r.stdoutText);
    REQUIRE(out.size() == 2000);
    for (const auto& l : out) REQUIRE(columns(l).size() == 9);
}

TEST_CASE("GeoStream: geocode - gives the best candidate per line and an error line for a name not found",
          "[app][stream]") {
    ScratchDir dir("stream");
    const auto r = runWithInput(dir, {"geocode", "-"}, "Damascus\nQwzxqq Nowhere\n  Hama  \n\n");
    const auto out = lines(r.stdoutText);
    REQUIRE(out.size() == 4);
    RunOptions opt;
    opt.workDir = dir.path;
    const auto single = runSalvo({"geocode", "Damascus"}, opt); // its first line is the best candidate
    CHECK(out[0] == lines(single.stdoutText).at(0));
    CHECK(columns(out[0]).at(4) == "SY");
    CHECK(out[1] == "error: line 2: no match for 'Qwzxqq Nowhere'");
    CHECK(columns(out[2]).at(4) == "SY");
    CHECK(out[3] == "error: line 4: empty name");
    CHECK(r.exitCode == 1);
    SECTION("--json: the query with its ranked candidates, as many as --limit") {
        const auto j = runWithInput(dir, {"geocode", "-", "--json", "--limit", "3"}, "Hama\nQwzxqq\n");
        const auto jl = lines(j.stdoutText);
        REQUIRE(jl.size() == 2);
        const auto first = json::parse(jl[0]);
        CHECK(first.at("query") == "Hama");
        CHECK(first.at("candidates").size() <= 3);
        CHECK(first.at("candidates").at(0).at("country") == "SY");
        CHECK(json::parse(jl[1]).at("line") == 2);
        CHECK(j.exitCode == 1);
    }
}

TEST_CASE("GeoStream: a failed standard output ends the stream with an error", "[app][stream]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full here: case skipped");
        return;
    }
    ScratchDir dir("stream");
    std::string input;
    for (int i = 0; i < 50000; ++i) input += "33.5 36.3\n"; // more than one output block
    for (const char* command : {"where", "geocode"}) {
        DYNAMIC_SECTION(command) {
            const fs::path in = dir.path / "input.txt";
            writeBytes(in, std::string(command) == "where" ? input : "Damascus\n");
            RunOptions opt;
            opt.workDir = dir.path;
            opt.stdinFile = in;
            opt.stdoutFile = "/dev/full";
            const auto r = runSalvo({command, "-"}, opt);
            CHECK(r.exitCode == 1);
            CHECK(r.stderrText.rfind("salvo: error: standard output: write failed", 0) == 0);
        }
    }
}

TEST_CASE("GeoStream: a truncated or garbage atlas cache file gives the same answers as no cache", "[app][cache]") {
    ScratchDir dir("cache");
    const fs::path cache = dir.path / "cache";
    const std::vector<std::pair<std::string, std::string>> env{{"SALVO_CACHE_DIR", cache.string()}};
    const std::string points = "33.5 36.3\n43.0 34.0\n-33.9 18.4\n64.2 -21.9\n";
    const auto reference = runWithInput(dir, {"where", "-"}, points, {{"SALVO_CACHE_DIR", "off"}});
    REQUIRE(reference.exitCode == 0);
    const auto building = runWithInput(dir, {"where", "-"}, points, env);
    CHECK(building.stdoutText == reference.stdoutText);
    std::vector<fs::path> images;
    for (const auto& e : fs::directory_iterator(cache))
        if (e.path().extension() == ".img") images.push_back(e.path());
    REQUIRE(images.size() == 1);
    const std::string good = slurp(images[0]);
    for (const auto& [what, bytes] : {std::pair{"truncated", good.substr(0, good.size() / 3)},
                                      std::pair{"header only", good.substr(0, 64)},
                                      std::pair{"garbage", std::string(4096, '\x7f')},
                                      std::pair{"empty", std::string()}}) {
        DYNAMIC_SECTION(what) {
            writeBytes(images[0], bytes);
            const auto r = runWithInput(dir, {"where", "-"}, points, env);
            CHECK(r.exitCode == 0);
            CHECK(r.stderrText.empty());
            CHECK(r.stdoutText == reference.stdoutText);
            CHECK(slurp(images[0]) == good); // rebuilt for the next start
        }
    }
}
