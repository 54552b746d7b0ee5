#pragma once
// `salvo eval PATH... [--json] [--explain] [--min FIGURE=VALUE ...] [--max FIGURE=VALUE ...]`: Salvo's reading of
// annotated reports scored against their hand gold (src/eval). Exit 0 when every bound holds, 1 when a figure breaks
// a bound or an article could not be scored (one `salvo: error:` line each), 2 for a malformed bound.
#include "app/Context.hpp"

#include <string>
#include <vector>

namespace salvo::app {

struct EvalArgs {
    std::vector<std::string> paths;   // articles (.txt with a .gold.json beside) or folders of them
    bool json = false;                // one JSON object instead of the table
    bool explain = false;             // per article, the gold items missed and the scenario items unmatched
    std::vector<std::string> minimums; // "places.recall=0.7"
    std::vector<std::string> maximums; // "origins.invented=3"
};
int runEval(Context& ctx, const EvalArgs& args);

} // namespace salvo::app
