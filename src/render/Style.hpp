#pragma once
// Style: the map's palette and sizes in one place (dark analyst basemap; launch = cyan, target = red, crashes = amber,
// reported sites = yellow-green, corridors = violet). Sizes are in screen pixels at scale 1 and multiplied by
// MapStyle::scale (the DPI factor) where drawn.
#include <SFML/Graphics/Color.hpp>

namespace salvo::render::style {

inline const sf::Color kWater{10, 15, 24};          // background ocean
inline const sf::Color kLand{40, 44, 51};
inline const sf::Color kCountryBorder{135, 143, 155, 220};
inline const sf::Color kAdmin1Border{80, 86, 96, 150};
inline const sf::Color kGraticule{60, 80, 105, 90};
inline const sf::Color kPlaceLabel{200, 204, 210};
inline const sf::Color kPlaceDot{170, 175, 182};
inline const sf::Color kCountryLabel{140, 146, 156};
inline const sf::Color kSeaLabel{90, 130, 175};
inline const sf::Color kHalo{8, 12, 18, 220};

inline const sf::Color kLaunch{0, 200, 230};         // launch areas and munitions leaving them
inline const sf::Color kTarget{240, 70, 60};         // target areas
inline const sf::Color kRoute{0, 170, 210, 170};     // used route hypotheses
inline const sf::Color kRouteAlt{150, 155, 165, 110}; // unused hypotheses (dashed)
inline const sf::Color kMunition{255, 236, 90};      // munition glyph (test colour: bright yellow)
inline const sf::Color kTrail{255, 190, 60};         // trail head colour; fades to transparent
inline const sf::Color kImpact{255, 90, 40};
inline const sf::Color kCrash{255, 160, 0};
inline const sf::Color kSite{170, 230, 60};          // reported crash sites
inline const sf::Color kCorridor{170, 110, 255, 16};
inline const sf::Color kCorridorEdge{170, 110, 255, 90};
inline const sf::Color kDensity{255, 120, 30};
inline const sf::Color kOverflown{255, 210, 80, 20};
inline const sf::Color kSelection{255, 255, 255};
inline const sf::Color kText{225, 228, 232};
inline const sf::Color kPanel{16, 20, 26, 215};

} // namespace salvo::render::style
