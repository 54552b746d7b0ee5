#pragma once
// `salvo where LAT LON` and `salvo geocode NAME`: the atlas on the command line.
#include "app/Context.hpp"

#include <string>

namespace salvo::app {

struct WhereArgs {
    std::string lat, lon; // as typed; validated here so "95" and "abc" get a usage error
    bool json = false;
};
int runWhere(Context& ctx, const WhereArgs& args);

struct GeocodeArgs {
    std::string name;
    std::string country; // ISO2 filter
    long long limit = 10; // 1..1000; signed so that "-1" is refused, not read as 2^64 - 1
    bool json = false;
};
int runGeocode(Context& ctx, const GeocodeArgs& args);

} // namespace salvo::app
