#pragma once
// Context: what every subcommand shares — the data directory, the atlas and the input defaults (each loaded once,
// lazily) and output helpers.
#include "atlas/Atlas.hpp"
#include "io/InputLoader.hpp"
#include "scenario/Scenario.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace salvo::app {

class Context {
public:
    explicit Context(std::string dataDirOption) : m_dataDirOption(std::move(dataDirOption)) {}

    const std::filesystem::path& dataDir();
    const atlas::Atlas& atlas();
    double atlasLoadSeconds() const { return m_loadSeconds; }
    // The catalogues an article's scenario is completed with (default launch areas), for io::loadInput.
    const io::InputDefaults& inputDefaults();

private:
    std::string m_dataDirOption;
    std::filesystem::path m_dataDir;
    std::unique_ptr<atlas::Atlas> m_atlas;
    std::optional<io::InputDefaults> m_inputDefaults;
    double m_loadSeconds = 0;
};

// Parses a decimal number; throws UsageError naming `what` when it is not one.
double parseCoordinate(const std::string& text, const char* what, double limit);
// Throws Error naming `input` when simulating `scenario` with `runs` Monte Carlo runs would not fit sim's budget
// (munitions, munitions × runs): checked before any simulation work.
void checkBudget(const std::string& input, const scenario::Scenario& scenario, int runs);
// Parses a Monte Carlo seed: decimal digits only, 0..2^64-1. Throws UsageError naming the command otherwise (CLI11
// read "-1" as 2^64-1 and clamped 2^64 and 1e23 to it).
uint64_t parseSeed(const std::string& text, const char* command);

} // namespace salvo::app
