#include "app/Context.hpp"

#include "core/Error.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"
#include "sim/Simulation.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdlib>

namespace salvo::app {

const std::filesystem::path& Context::dataDir() {
    if (m_dataDir.empty()) m_dataDir = io::findDataDir(m_dataDirOption);
    return m_dataDir;
}

const atlas::Atlas& Context::atlas() {
    if (!m_atlas) {
        const auto t0 = std::chrono::steady_clock::now();
        m_atlas = std::make_unique<atlas::Atlas>(io::loadAtlas(dataDir()));
        m_loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    return *m_atlas;
}

const io::InputDefaults& Context::inputDefaults() {
    if (!m_inputDefaults) m_inputDefaults = io::loadInputDefaults(dataDir());
    return *m_inputDefaults;
}

double parseCoordinate(const std::string& text, const char* what, double limit) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size())
        throw UsageError(std::string(what) + " '" + text + "' is not a number");
    if (!std::isfinite(v) || std::fabs(v) > limit)
        throw UsageError(std::string(what) + " " + text + " is outside -" + std::to_string(static_cast<int>(limit)) +
                         ".." + std::to_string(static_cast<int>(limit)));
    return v;
}

} // namespace salvo::app

namespace salvo::app {

void checkBudget(const std::string& input, const scenario::Scenario& scenario, int runs) {
    if (auto why = sim::overBudget(scenario, runs))
        throw Error((input == "-" ? std::string("standard input") : input) + ": " + *why);
}

uint64_t parseSeed(const std::string& text, const char* command) {
    uint64_t v = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || text[0] < '0' || text[0] > '9' || ec != std::errc() || ptr != end)
        throw UsageError(std::string(command) + ": --seed '" + text + "' must be a whole number within 0.." +
                         std::to_string(UINT64_MAX));
    return v;
}

} // namespace salvo::app
