// Helper of tools/cesium-check. `page WORK CESIUM_BUILD N`: picks N instants spread over the CSV's time span (first
// and last included, so a crash or arrival instant is among them), writes WORK/check.html which loads the CZML in
// CesiumJS and, for each active CSV row at those instants, evaluates the track entity's position there.
// `report WORK MAX_M`: reads the results Chromium dumped into WORK/dom.html and prints the figures.
import fs from 'node:fs';
import path from 'node:path';

function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

function page(work, cesiumBuild, n) {
  const rows = readCsv(path.join(work, 'run.csv'));
  const instants = [...new Set(rows.map((r) => r.time))].sort();
  const picked = new Set();
  for (let k = 0; k < n; ++k) picked.add(instants[Math.round((k * (instants.length - 1)) / Math.max(1, n - 1))]);
  // Crash and arrival instants: the first row of each track that is over (phase crashed or impact), where a clock
  // rounded to the second used to stop. After that instant the entity is no longer available, so no later row counts.
  const endOf = new Map();
  for (const r of rows)
    if ((r.phase === 'crashed' || r.phase === 'impact') && !endOf.has(r.track_id)) endOf.set(r.track_id, r.time);
  const ends = [...new Set(endOf.values())].sort();
  const m = Math.min(n, ends.length);
  for (let k = 0; k < m; ++k) picked.add(ends[Math.floor((k * ends.length) / m)]);
  const probes = rows
    .filter((r) => picked.has(r.time) && (r.active === '1' || endOf.get(r.track_id) === r.time))
    .map((r) => ({ id: `track/${r.track_id}`, time: r.time, lat: +r.lat, lon: +r.lon, alt: +r.altitude_m, phase: r.phase }));
  const czml = fs.readFileSync(path.join(work, 'run.czml'), 'utf8');
  const html = `<!doctype html><html><head><meta charset="utf-8">
<script src="file://${cesiumBuild}/Cesium.js"></script></head><body><pre id="out">pending</pre><script>
const czml = ${czml};
const probes = ${JSON.stringify(probes)};
Cesium.CzmlDataSource.load(czml).then((ds) => {
  const res = probes.map((p) => {
    const e = ds.entities.getById(p.id);
    let t = Cesium.JulianDate.fromIso8601(p.time);
    // A track that is over (crashed, impact) is compared at its own last instant, the end of its availability: the
    // CSV keeps it at its end point, Cesium shows it no longer.
    const over = p.phase === 'crashed' || p.phase === 'impact';
    if (over && e && e.availability && Cesium.JulianDate.greaterThan(t, e.availability.stop)) t = e.availability.stop;
    const pos = e && e.position ? e.position.getValue(t) : undefined;
    if (!pos) return { ...p, missing: true };
    const c = Cesium.Cartographic.fromCartesian(pos);
    const ref = Cesium.Cartesian3.fromDegrees(p.lon, p.lat, p.alt);
    return { ...p, d: Cesium.Cartesian3.distance(pos, ref), cesiumAlt: c.height,
             available: e.isAvailable(t), over };
  });
  const clock = ds.clock ? { start: Cesium.JulianDate.toIso8601(ds.clock.startTime, 3),
                             stop: Cesium.JulianDate.toIso8601(ds.clock.stopTime, 3) } : null;
  document.getElementById('out').textContent = JSON.stringify({ version: Cesium.VERSION, clock, res });
}).catch((err) => { document.getElementById('out').textContent = 'ERROR ' + err; });
</script></body></html>`;
  fs.writeFileSync(path.join(work, 'check.html'), html);
}

function report(work, maxM) {
  const dom = fs.readFileSync(path.join(work, 'dom.html'), 'utf8');
  const m = dom.match(/<pre id="out">([\s\S]*?)<\/pre>/);
  const text = m ? m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : '';
  if (!text.startsWith('{')) {
    console.error(`cesium-check: Cesium did not load the CZML: ${text.slice(0, 300) || 'no output (see chromium.log)'}`);
    process.exit(1);
  }
  const out = JSON.parse(text);
  const missing = out.res.filter((r) => r.missing);
  const unavailable = out.res.filter((r) => !r.missing && !r.available);
  const d = out.res.filter((r) => !r.missing).map((r) => r.d).sort((a, b) => a - b);
  const median = d.length ? (d.length % 2 ? d[(d.length - 1) / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2) : NaN;
  const max = d.length ? d[d.length - 1] : NaN;
  const times = new Set(out.res.map((r) => r.time)).size;
  const worst = out.res.filter((r) => !r.missing).sort((a, b) => b.d - a.d)[0];
  console.log(`CesiumJS ${out.version}: clock ${out.clock ? `${out.clock.start} .. ${out.clock.stop}` : 'none'}`);
  console.log(`compared ${d.length} positions at ${times} instants; median ${median.toFixed(4)} m, max ${max.toFixed(4)} m` +
              (worst ? ` (${worst.id} at ${worst.time}, ${worst.phase})` : ''));
  const over = out.res.filter((r) => !r.missing && r.over);
  const overMax = over.reduce((a, r) => Math.max(a, r.d), 0);
  const overAlt = over.reduce((a, r) => Math.max(a, Math.abs(r.cesiumAlt)), 0);
  console.log(`ended tracks (crashed or impact) at their last instant: ${over.length}, max ${overMax.toFixed(4)} m, ` +
              `max height in Cesium ${overAlt.toFixed(4)} m`);
  console.log(`no position in Cesium: ${missing.length}; outside the entity's availability: ${unavailable.length}`);
  if (missing.length || unavailable.length || !(max <= maxM)) process.exit(1);
}

const [cmd, work, a, b] = process.argv.slice(2);
if (cmd === 'page') page(work, a, Number(b));
else if (cmd === 'report') report(work, Number(a));
else { console.error('usage: cesium-check.mjs page WORK CESIUM_BUILD N | report WORK MAX_M'); process.exit(2); }
