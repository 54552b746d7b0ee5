#pragma once
// The colours a rendered frame gives a route and a trail, as the tests that read frames back recognise them: the
// display suite through SFML, the command-line suite through GDAL. The base map has neither.
//   if (testsupport::isRouteOrTrail(c.r, c.g, c.b)) ++routePixels;

namespace salvo::testsupport {

// The route's cyan (drawn translucent over the map) or a trail's orange; components 0..255.
inline bool isRouteOrTrail(unsigned r, unsigned g, unsigned b) {
    const bool cyan = r < 60 && g > 90 && b > 110;
    const bool orange = r > 200 && g > 120 && b < 110;
    return cyan || orange;
}

} // namespace salvo::testsupport
