#pragma once
// `salvo extract`, `salvo simulate`, `salvo compare`: article or scenario in, JSON / exports / ledger out.
#include "app/Context.hpp"

#include <cstdint>
#include <string>

namespace salvo::app {

struct ExtractArgs {
    std::string input;
    std::string out = "-";
};
int runExtract(Context& ctx, const ExtractArgs& args);

struct SimulateArgs {
    std::string input;
    std::string out = "-";
    std::string format;    // empty: from the extension of out, else geojson
    int runs = 0;          // Monte Carlo runs; 0 = nominal only
    std::string seed = "1"; // as typed: parseSeed refuses "-1", "1e23" and 2^64 instead of wrapping or clamping
    int threads = 0;       // 0 = all cores
    double stepSeconds = 10;
};
int runSimulate(Context& ctx, const SimulateArgs& args);

struct CompareArgs {
    std::string input;
    std::string format = "text";
    std::string out = "-";
};
int runCompare(Context& ctx, const CompareArgs& args);

} // namespace salvo::app
