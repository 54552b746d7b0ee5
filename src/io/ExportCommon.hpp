#pragma once
// Internal to the exporters: time sampling shared by every time-series format.
#include "sim/Simulation.hpp"

#include <vector>

namespace salvo::io::detail {

// Offsets in seconds from the track's launch: 0, step, 2·step, ... and the exact end (arrival or crash).
std::vector<double> trackSampleOffsets(const sim::MunitionTrack& track, double stepSeconds);
// Instants from the simulation's first launch to its last end, every stepSeconds, the last end included.
std::vector<UtcTime> globalSampleTimes(const sim::Simulation& sim, double stepSeconds);
// Route polyline densified for drawing (10 km steps).
inline constexpr double kDrawStepMeters = 10000;

} // namespace salvo::io::detail
