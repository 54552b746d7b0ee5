#pragma once
// `salvo where LAT LON` and `salvo geocode NAME`: the atlas on the command line. With `-` for the point or the name,
// both read standard input, one query a line, and write one answer line per input line, in order: a bad line gets an
// error line in its place (text "error: line N: ..." or a JSON object with "line" and "error") and the stream goes on;
// the exit status is 1 when any line was bad, after the last answer.
//   printf '33.5 36.3\n95 0\n' | salvo where -        # an answer, then "error: line 2: latitude 95 is outside ..."
#include "app/Context.hpp"

#include <string>

namespace salvo::app {

struct WhereArgs {
    std::string lat, lon; // as typed; validated here so "95" and "abc" get a usage error; lat "-", lon empty: stream
    bool json = false;
};
int runWhere(Context& ctx, const WhereArgs& args);

struct GeocodeArgs {
    std::string name;    // "-": stream of names from standard input
    std::string country; // ISO2 filter
    long long limit = 10; // 1..1000; signed so that "-1" is refused, not read as 2^64 - 1
    bool json = false;
};
int runGeocode(Context& ctx, const GeocodeArgs& args);

} // namespace salvo::app
