#pragma once
// Default origins: what Salvo assumes when a report names no launch area ("Russia launched 12 Kalibr cruise missiles at
// Odesa"). For each launch, strike or flight with no `from` and no launch.point assumption, the launch-area catalogue's
// entry for the event's actor and munition becomes a `launch.point` assumption for that event, with the catalogue's
// source and the words "assumption, not reported", and a Note `origin.assumed` says so. Event::from is never set: it
// stays what the text says. An event no entry matches gets a Note `origin.unknown`, so the viewer can say what the text
// lacks. Pure: no files; the catalogues come from io::loadLaunchAreas and io::loadCatalogue.
//   salvo::sim::addDefaultOrigins(scenario, *launchAreas, *munitions);
//   scenario.assumption("launch.point", "e1")->value;   // {"lat", "lon", "radius_m", "name", "over_water"}
#include "atlas/Atlas.hpp"
#include "scenario/Scenario.hpp"
#include "sim/LaunchAreas.hpp"
#include "sim/Munitions.hpp"

namespace salvo::sim {

// Which of the entry's areas an event gets: the one whose centre has the smallest sum of geodesic distances to the
// event's target places (in the scenario's place list); the first when the event names none.
const LaunchArea& nearestArea(const LaunchAreaEntry& entry, const scenario::Scenario& sc, const scenario::Event& e);

// Appends the assumptions and notes described above. Events that already have an origin, a launch.point assumption, or
// a related launch whose tracks describe them are left alone; calling it twice adds nothing the second time.
// With an atlas, an event no entry matches whose actor is a country (an ISO code) and whose munition has a catalogued
// range gets its actor's own territory nearest its targets instead: the point 50 km inside the country where the
// geodesic from the targets' centre towards the country's label point enters it, when that lies within the munition's
// maximum range ("Iran launched drones and missiles at Israel" -> western Iran). Its note says it is that heuristic.
void addDefaultOrigins(scenario::Scenario& sc, const LaunchAreaCatalogue& areas, const Catalogue& munitions,
                       const atlas::Atlas* atlas = nullptr);

} // namespace salvo::sim
