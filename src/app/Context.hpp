#pragma once
// Context: what every subcommand shares — the data directory, the atlas (loaded once, lazily) and output helpers.
#include "atlas/Atlas.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace salvo::app {

class Context {
public:
    explicit Context(std::string dataDirOption) : m_dataDirOption(std::move(dataDirOption)) {}

    const std::filesystem::path& dataDir();
    const atlas::Atlas& atlas();
    double atlasLoadSeconds() const { return m_loadSeconds; }

private:
    std::string m_dataDirOption;
    std::filesystem::path m_dataDir;
    std::unique_ptr<atlas::Atlas> m_atlas;
    double m_loadSeconds = 0;
};

// Parses a decimal number; throws UsageError naming `what` when it is not one.
double parseCoordinate(const std::string& text, const char* what, double limit);

} // namespace salvo::app
