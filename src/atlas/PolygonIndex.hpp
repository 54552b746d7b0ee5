#pragma once
// PolygonIndex: exact point-in-multipolygon for one region in planar lon/lat, fast on polygons with many thousands
// of vertices. Edges are bucketed into horizontal latitude bands; a query casts a ray east and tests only the edges of
// its band, so the cost follows the number of boundary crossings near that latitude, not the vertex count.
// Even-odd rule over all rings, so holes (lakes, enclaves) are handled.
//   PolygonIndex idx(region.shape);   bool in = idx.contains({35.95, 39.01});
#include "atlas/Atlas.hpp"

#include <cstdint>
#include <vector>

namespace salvo::atlas {

class PolygonIndex {
public:
    PolygonIndex() = default;
    explicit PolygonIndex(const MultiPolygon& shape);

    bool contains(LatLon p) const;
    const BBox& bbox() const { return m_bbox; }
    size_t edgeCount() const { return m_edges.size(); }

private:
    struct Edge {
        double x1, y1, x2, y2; // lon, lat
    };
    std::vector<Edge> m_edges;
    std::vector<uint32_t> m_bandStart; // CSR offsets, size bands + 1
    std::vector<uint32_t> m_bandEdges;
    double m_bandHeight = 1;
    BBox m_bbox;
};

} // namespace salvo::atlas
