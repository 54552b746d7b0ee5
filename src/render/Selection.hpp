#pragma once
// Selection: the one object the analyst has picked on the map or in a panel. Shared by render (highlight, picking)
// and ui (inspector, article highlighting).
#include <cstddef>
#include <string>

namespace salvo::render {

struct Selection {
    enum class Kind { None, Place, Event, Track, Site, Route };
    Kind kind = Kind::None;
    std::string id;   // place id, event id, track id, site name; empty for Route
    size_t index = 0; // track index into Simulation::tracks(), site index, route index into Simulation::routes()
    bool empty() const { return kind == Kind::None; }
    friend bool operator==(const Selection&, const Selection&) = default;
};

} // namespace salvo::render
