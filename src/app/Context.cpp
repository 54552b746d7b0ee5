#include "app/Context.hpp"

#include "core/Error.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"

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
