// Monte Carlo ensemble. Notation: a, b = signed cross-track offsets (m, positive = right of the direction of flight)
// of a run's launch and target points from the nominal ones; L = the run's route length; v = its speed.
// Per run and track: launch point and target point from the areas' sample pools (uniform in the area, over water for a
// sea), launch time uniform in the track's window, speed uniform in [min, max], crash distance uniform over the
// nominal in-territory stretches (scaled to the run's length). L is exact: one inverse geodesic per perturbed leg.
// Single-leg routes to a small target area use a tabulated length plus a first-order correction (see below).
// Corridor offsets are first-order: at a station at fraction f of the first leg the offset is (1 − f)·a, at fraction f
// of the last leg f·b, and (1 − f)·a + f·b on a single-leg route; interior waypoints are fixed.
// Determinism: run i draws only from SplitMix(mix(seed, i)) and writes only its own slots; aggregation walks runs in
// index order after all threads join, so the numbers do not depend on the thread count or on scheduling.
#include "sim/SimulationImpl.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <thread>

namespace salvo::sim {

namespace {

constexpr double kDeg = M_PI / 180;
constexpr int kStations = 48; // corridor stations per track

uint64_t runSeed(uint64_t seed, uint64_t run) {
    SplitMix a(seed);
    const uint64_t s = a.next();
    SplitMix b(s ^ (run * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull));
    return b.next();
}

struct PerTrack {
    std::vector<double> stationMeters;
    std::vector<double> wa, wb; // offset weights of a and b per station
    double startAzi = 0, endAzi = 0;
    bool multiLeg = false;
};

struct RunSlot {
    float a = 0, b = 0;
    double lengthMeters = 0;
    double endTime = 0;
};

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    const size_t k = std::min(v.size() - 1, static_cast<size_t>(std::floor(p * static_cast<double>(v.size() - 1) + 0.5)));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

} // namespace

Ensemble runEnsemble(const Simulation& base, int runs, uint64_t seed, int threads, ProgressFn progress,
                     const std::atomic<bool>* cancel) {
    assert(runs >= 0 && "runs must be >= 0");
    const Simulation::Impl& S = base.impl();
    const size_t nt = S.tracks.size();
    Ensemble ens;
    ens.seed = seed;
    if (nt == 0 || runs <= 0) return ens;

    std::vector<PerTrack> pt(nt);
    for (size_t t = 0; t < nt; ++t) {
        const MunitionTrack& tr = S.tracks[t];
        const RouteGeom& geo = *S.geoms[t];
        PerTrack& p = pt[t];
        p.multiLeg = geo.legs.size() > 1;
        if (geo.legs.empty()) continue;
        p.startAzi = geo.legs.front().startAzimuth();
        geo.legs.back().position(geo.legs.back().length(), &p.endAzi);
        const double L = tr.lengthMeters();
        for (int k = 0; k < kStations; ++k) {
            const double s = L * k / (kStations - 1);
            const size_t leg = std::min(geo.legs.size() - 1,
                                        static_cast<size_t>(std::upper_bound(geo.cum.begin() + 1, geo.cum.end() - 1, s) -
                                                            (geo.cum.begin() + 1)));
            const double legLen = geo.legs[leg].length();
            const double f = legLen > 0 ? (s - geo.cum[leg]) / legLen : 0;
            p.stationMeters.push_back(s);
            p.wa.push_back(leg == 0 ? 1 - f : 0);
            p.wb.push_back(leg + 1 == geo.legs.size() ? f : 0);
        }
    }

    // First/last leg lengths from every pool point to the fixed interior waypoint, per (area, route): multi-leg routes
    // then need no geodesic call per run at all. Single-leg routes still take one inverse per run (pool × pool pairs
    // would be too many to tabulate).
    std::map<std::pair<size_t, size_t>, std::vector<double>> firstLeg, lastLeg;
    std::vector<const std::vector<double>*> firstOf(nt, nullptr), lastOf(nt, nullptr);
    for (size_t t = 0; t < nt; ++t) {
        const MunitionTrack& tr = S.tracks[t];
        const TrackModel& tm = S.models[t];
        if (tr.route.size() <= 2) continue;
        auto [fi, fnew] = firstLeg.try_emplace({tm.launchArea, tm.route});
        if (fnew)
            for (const auto& x : S.launchPools[tm.launchArea]) fi->second.push_back(geodesy::distanceMeters(x.pos, tr.route[1]));
        auto [li, lnew] = lastLeg.try_emplace({tm.targetArea, tm.route});
        if (lnew)
            for (const auto& x : S.targetPools[tm.targetArea])
                li->second.push_back(geodesy::distanceMeters(tr.route[tr.route.size() - 2], x.pos));
        firstOf[t] = &fi->second;
        lastOf[t] = &li->second;
    }
    // Single-leg routes: length and arrival azimuth from every launch pool point to the nominal target, per
    // (launch area, route). A run's length is then that length plus the first-order change d·cos(az − azi2) for the
    // target displacement d at azimuth az; the neglected term is below d²/(2L), so this is used only where that bound
    // is under kFirstOrderMeters, and an exact inverse geodesic otherwise.
    constexpr double kFirstOrderMeters = 100;
    std::map<std::pair<size_t, size_t>, std::vector<std::pair<double, double>>> direct;
    std::vector<const std::vector<std::pair<double, double>>*> directOf(nt, nullptr);
    for (size_t t = 0; t < nt; ++t) {
        const MunitionTrack& tr = S.tracks[t];
        const TrackModel& tm = S.models[t];
        if (tr.route.size() != 2 || S.launchPools[tm.launchArea].empty()) continue;
        auto [di, fresh] = direct.try_emplace({tm.launchArea, tm.route});
        if (fresh) {
            double shortest = INFINITY;
            for (const auto& x : S.launchPools[tm.launchArea]) {
                const auto inv = geodesy::inverse(x.pos, tr.route.back());
                di->second.emplace_back(inv.s12, inv.azi2);
                shortest = std::min(shortest, inv.s12);
            }
            const double r = S.targetAreas[tm.targetArea].radiusMeters;
            if (r * r / (2 * std::max(1.0, shortest)) > kFirstOrderMeters) di->second.clear(); // too coarse: exact path
        }
        if (!di->second.empty()) directOf[t] = &di->second;
    }

    std::vector<RunSlot> slots(static_cast<size_t>(runs) * nt);
    std::vector<std::vector<LatLon>> crashes(static_cast<size_t>(runs));
    std::vector<uint8_t> completed(static_cast<size_t>(runs), 0);
    std::atomic<int> done{0};

    const auto runOne = [&](int r) {
        SplitMix rng(runSeed(seed, static_cast<uint64_t>(r)));
        for (size_t t = 0; t < nt; ++t) {
            const MunitionTrack& tr = S.tracks[t];
            const TrackModel& tm = S.models[t];
            const PerTrack& p = pt[t];
            const auto& lp = S.launchPools[tm.launchArea];
            const auto& tp = S.targetPools[tm.targetArea];
            // Draw every variate whether used or not, so a track's draws do not depend on its pools being empty.
            const double uL = rng.uniform(), uT = rng.uniform(), uTime = rng.uniform(), uV = rng.uniform(),
                         uC = rng.uniform();
            LatLon P = tr.route.front(), Q = tr.route.back();
            double a = 0, b = 0;
            const size_t il = lp.empty() ? 0 : std::min(lp.size() - 1, static_cast<size_t>(uL * static_cast<double>(lp.size())));
            const size_t it = tp.empty() ? 0 : std::min(tp.size() - 1, static_cast<size_t>(uT * static_cast<double>(tp.size())));
            if (!lp.empty()) {
                P = lp[il].pos;
                a = lp[il].fromNominalMeters * std::sin((lp[il].fromNominalAzimuthDeg - p.startAzi) * kDeg);
            }
            if (!tp.empty()) {
                Q = tp[it].pos;
                b = tp[it].fromNominalMeters * std::sin((tp[it].fromNominalAzimuthDeg - p.endAzi) * kDeg);
            }
            double L;
            const size_t nw = tr.route.size();
            if (nw <= 2) {
                if (lp.empty() && tp.empty()) {
                    L = tr.lengthMeters();
                } else if (directOf[t]) {
                    const auto [len, azi2] = (*directOf[t])[il];
                    L = len;
                    if (!tp.empty()) L += tp[it].fromNominalMeters * std::cos((tp[it].fromNominalAzimuthDeg - azi2) * kDeg);
                } else {
                    L = geodesy::distanceMeters(P, Q);
                }
            } else {
                L = tr.cumulativeMeters[nw - 2] - tr.cumulativeMeters[1];
                L += lp.empty() ? tr.cumulativeMeters[1] : (*firstOf[t])[il];
                L += tp.empty() ? tr.lengthMeters() - tr.cumulativeMeters[nw - 2] : (*lastOf[t])[it];
            }
            const double v = tr.speed.minMps + (tr.speed.maxMps - tr.speed.minMps) * uV;
            const double launch = tm.windowStart + (tm.windowEnd - tm.windowStart) * uTime;
            double end = L;
            if (tr.outcome == Outcome::Crashed && !tm.crashStretches.empty()) {
                double total = 0;
                for (auto& [x0, x1] : tm.crashStretches) total += x1 - x0;
                double want = uC * total, at = tm.crashStretches.front().first;
                for (auto& [x0, x1] : tm.crashStretches) {
                    if (want <= x1 - x0) { at = x0 + want; break; }
                    want -= x1 - x0;
                    at = x1;
                }
                end = at * (tr.lengthMeters() > 0 ? L / tr.lengthMeters() : 1);
                // Position of the crash on this run's route.
                std::vector<LatLon> pts(tr.route);
                pts.front() = P;
                pts.back() = Q;
                double acc = 0;
                for (size_t k = 0; k + 1 < pts.size(); ++k) {
                    const geodesy::GeodesicLine line(pts[k], pts[k + 1]);
                    if (end <= acc + line.length() || k + 2 == pts.size()) {
                        const LatLon c = line.position(end - acc);
                        // The report says where the crash happened: a run whose crash falls elsewhere does not
                        // contribute to the crash zone (it still counts for corridors and timing).
                        if (!tm.crashInside || tm.crashInside(c)) crashes[static_cast<size_t>(r)].push_back(c);
                        break;
                    }
                    acc += line.length();
                }
            }
            RunSlot& slot = slots[static_cast<size_t>(r) * nt + t];
            slot.a = static_cast<float>(a);
            slot.b = static_cast<float>(b);
            slot.lengthMeters = L;
            slot.endTime = launch + end / v;
        }
        completed[static_cast<size_t>(r)] = 1;
        done.fetch_add(1, std::memory_order_relaxed);
    };

    const int nThreads = std::clamp(threads, 1, 64);
    // Contiguous blocks per thread; the calling thread takes the first block and reports progress.
    const auto block = [&](int k) {
        const int lo = static_cast<int>(static_cast<long long>(runs) * k / nThreads);
        const int hi = static_cast<int>(static_cast<long long>(runs) * (k + 1) / nThreads);
        return std::pair<int, int>{lo, hi};
    };
    const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    std::vector<std::thread> pool;
    for (int k = 1; k < nThreads; ++k)
        pool.emplace_back([&, k] {
            const auto [lo, hi] = block(k);
            for (int r = lo; r < hi && !cancelled(); ++r) runOne(r);
        });
    {
        const auto [lo, hi] = block(0);
        for (int r = lo; r < hi && !cancelled(); ++r) {
            runOne(r);
            if (progress && (r - lo) % 64 == 0) progress(done.load(), runs);
        }
        while (progress && done.load() < runs && !cancelled()) {
            progress(done.load(), runs);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
    for (auto& th : pool) th.join();
    if (progress) progress(done.load(), runs);

    std::vector<size_t> ok;
    for (int r = 0; r < runs; ++r)
        if (completed[static_cast<size_t>(r)]) ok.push_back(static_cast<size_t>(r));
    ens.runs = static_cast<int>(ok.size());
    ens.cancelled = ens.runs < runs;
    if (ok.empty()) return ens;

    ens.tracks.resize(nt);
    // Work split over the threads by index; each item writes only its own output, so the result is thread-independent.
    const auto parallelFor = [&](size_t n, auto fn) {
        std::vector<std::thread> workers;
        const size_t nw = std::min(static_cast<size_t>(nThreads), n);
        for (size_t k = 0; k < nw; ++k)
            workers.emplace_back([&, k] {
                std::vector<double> buf;
                for (size_t i = k; i < n; i += nw) fn(i, buf);
            });
        for (auto& w : workers) w.join();
    };

    // Corridors per route group: tracks sharing launch area, target area and route have identically distributed
    // offsets, so their runs are pooled (at most kCorridorSamples, taken at a fixed stride) and summarised once.
    constexpr size_t kCorridorSamples = 16384;
    std::map<std::tuple<size_t, size_t, size_t>, std::vector<size_t>> groupMap;
    for (size_t t = 0; t < nt; ++t) groupMap[{S.models[t].launchArea, S.models[t].targetArea, S.models[t].route}].push_back(t);
    std::vector<std::vector<size_t>> groups;
    for (auto& [key, members] : groupMap) groups.push_back(std::move(members));
    std::vector<TrackEnvelope> corridor(groups.size());
    parallelFor(groups.size(), [&](size_t g, std::vector<double>& buf) {
        const auto& members = groups[g];
        const size_t lead = members.front();
        const RouteGeom& geo = *S.geoms[lead];
        const PerTrack& p = pt[lead];
        TrackEnvelope& env = corridor[g];
        const size_t total = ok.size() * members.size();
        const size_t stride = (total + kCorridorSamples - 1) / kCorridorSamples;
        for (size_t k = 0; k < p.stationMeters.size(); ++k) {
            const double s = p.stationMeters[k];
            const double wa = p.wa[k], wb = p.wb[k];
            double lo = 0, hi = 0; // interior waypoints are held fixed: no spread there
            if (wa != 0 || wb != 0) {
                buf.clear();
                for (size_t q = 0; q < total; q += stride) {
                    const RunSlot& x = slots[ok[q / members.size()] * nt + members[q % members.size()]];
                    buf.push_back(wa * x.a + wb * x.b);
                }
                lo = std::min(0.0, percentile(buf, 0.05));
                hi = std::max(0.0, percentile(buf, 0.95));
            }
            const size_t leg = std::min(geo.legs.size() - 1,
                                        static_cast<size_t>(std::upper_bound(geo.cum.begin() + 1, geo.cum.end() - 1, s) -
                                                            (geo.cum.begin() + 1)));
            double azi = 0;
            const LatLon c = geo.legs[leg].position(s - geo.cum[leg], &azi);
            env.stationMeters.push_back(s);
            env.leftOffsetMeters.push_back(lo);
            env.rightOffsetMeters.push_back(hi);
            env.left.push_back(lo < 0 ? geodesy::direct(c, azi - 90, -lo) : c);
            env.right.push_back(hi > 0 ? geodesy::direct(c, azi + 90, hi) : c);
        }
        for (size_t t : members) {
            TrackEnvelope& e = ens.tracks[t];
            const double end = S.tracks[t].endMeters();
            for (size_t k = 0; k < env.stationMeters.size(); ++k) {
                if (env.stationMeters[k] > end + 1e-6 && k > 0) break; // a crashed track's corridor stops at its crash
                e.stationMeters.push_back(env.stationMeters[k]);
                e.leftOffsetMeters.push_back(env.leftOffsetMeters[k]);
                e.rightOffsetMeters.push_back(env.rightOffsetMeters[k]);
                e.left.push_back(env.left[k]);
                e.right.push_back(env.right[k]);
            }
        }
    });
    parallelFor(nt, [&](size_t t, std::vector<double>& buf) {
        TrackEnvelope& env = ens.tracks[t];
        env.trackId = S.tracks[t].id;
        const auto column = [&](auto f) {
            buf.resize(ok.size());
            for (size_t i = 0; i < ok.size(); ++i) buf[i] = f(slots[ok[i] * nt + t]);
        };
        column([](const RunSlot& x) { return x.endTime; });
        env.arrivalP05 = percentile(buf, 0.05);
        env.arrivalP50 = percentile(buf, 0.50);
        env.arrivalP95 = percentile(buf, 0.95);
        column([](const RunSlot& x) { return x.lengthMeters; });
        env.lengthP05Meters = percentile(buf, 0.05);
        env.lengthP50Meters = percentile(buf, 0.50);
        env.lengthP95Meters = percentile(buf, 0.95);
    });

    // Crash density on a lat/lon grid; cells in a stable order (row, column).
    std::map<std::pair<long, long>, double> cells;
    size_t total = 0;
    for (size_t r : ok) total += crashes[r].size();
    for (size_t r : ok)
        for (const LatLon& c : crashes[r])
            cells[{static_cast<long>(std::floor(c.lat / ens.crashCellDeg)), static_cast<long>(std::floor(c.lon / ens.crashCellDeg))}] +=
                1.0 / static_cast<double>(total);
    for (const auto& [key, w] : cells)
        ens.crashDensity.push_back({LatLon{(static_cast<double>(key.first) + 0.5) * ens.crashCellDeg,
                                           (static_cast<double>(key.second) + 0.5) * ens.crashCellDeg}, w});
    return ens;
}

Ensemble runEnsemble(const scenario::Scenario& scenario, const atlas::Atlas& atlas, const SimOptions& options, int runs,
                     uint64_t seed, int threads, ProgressFn progress, const std::atomic<bool>* cancel) {
    const Simulation sim = simulate(scenario, atlas, options, nullptr);
    return runEnsemble(sim, runs, seed, threads, std::move(progress), cancel);
}

} // namespace salvo::sim
