#pragma once
// `salvo bench [--json]`: every performance figure Salvo promises, measured in one run, each next to a baseline
// measured in the same run (so the ratio holds on a noisy machine) and the target from the issues.
#include "app/Context.hpp"

namespace salvo::app {

struct BenchArgs {
    bool json = false;
    bool quick = false; // fewer repetitions (for tests)
};
int runBench(Context& ctx, const BenchArgs& args);

} // namespace salvo::app
