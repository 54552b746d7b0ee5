#include "atlas/PolygonIndex.hpp"

#include <algorithm>
#include <cmath>

namespace salvo::atlas {

PolygonIndex::PolygonIndex(const MultiPolygon& shape) {
    for (const auto& poly : shape.polygons)
        for (const auto& ring : poly.rings) {
            const auto& pts = ring.points;
            const size_t n = pts.size();
            if (n < 3) continue;
            for (size_t i = 0; i < n; ++i) {
                const LatLon a = pts[i], b = pts[(i + 1) % n];
                m_bbox.extend(a);
                if (a.lat == b.lat) continue; // horizontal edges never cross a horizontal ray
                m_edges.push_back({a.lon, a.lat, b.lon, b.lat});
            }
        }
    if (m_edges.empty()) return;
    // About four edges per band keeps bands short without making the offset table large.
    const size_t bands = std::clamp<size_t>(m_edges.size() / 4, 1, 8192);
    m_bandHeight = std::max(1e-9, (m_bbox.maxLat - m_bbox.minLat) / static_cast<double>(bands));
    const auto band = [&](double lat) {
        const auto b = static_cast<long>((lat - m_bbox.minLat) / m_bandHeight);
        return static_cast<size_t>(std::clamp<long>(b, 0, static_cast<long>(bands) - 1));
    };
    std::vector<uint32_t> counts(bands + 1, 0);
    for (const auto& e : m_edges)
        for (size_t b = band(std::min(e.y1, e.y2)), last = band(std::max(e.y1, e.y2)); b <= last; ++b) ++counts[b + 1];
    m_bandStart.assign(bands + 1, 0);
    for (size_t b = 0; b < bands; ++b) m_bandStart[b + 1] = m_bandStart[b] + counts[b + 1];
    m_bandEdges.resize(m_bandStart[bands]);
    std::vector<uint32_t> fill(m_bandStart.begin(), m_bandStart.end() - 1);
    for (uint32_t i = 0; i < m_edges.size(); ++i) {
        const auto& e = m_edges[i];
        for (size_t b = band(std::min(e.y1, e.y2)), last = band(std::max(e.y1, e.y2)); b <= last; ++b)
            m_bandEdges[fill[b]++] = i;
    }
}

bool PolygonIndex::contains(LatLon p) const {
    if (m_edges.empty() || !m_bbox.contains(p)) return false;
    const size_t bands = m_bandStart.size() - 1;
    const auto b = std::clamp<long>(static_cast<long>((p.lat - m_bbox.minLat) / m_bandHeight), 0,
                                    static_cast<long>(bands) - 1);
    bool inside = false;
    for (uint32_t k = m_bandStart[static_cast<size_t>(b)]; k < m_bandStart[static_cast<size_t>(b) + 1]; ++k) {
        const Edge& e = m_edges[m_bandEdges[k]];
        if ((e.y1 > p.lat) != (e.y2 > p.lat)) {
            const double x = e.x1 + (p.lat - e.y1) * (e.x2 - e.x1) / (e.y2 - e.y1);
            if (p.lon < x) inside = !inside;
        }
    }
    return inside;
}

} // namespace salvo::atlas
