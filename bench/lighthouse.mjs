// Lighthouse mobile (simulated Slow 4G, 4× CPU: Lighthouse's defaults) on the small benchmark
// article, for the reader and the plain-DOM reference, interleaved, every file sent
// brotli-compressed by the test server. Prints the medians, the reader ÷ plain ratios and the
// targets of issue #12; writes bench/out/lighthouse.json.
//
//   node bench/lighthouse.mjs [--runs N] [--base http://127.0.0.1:8282]   (bench/run starts the server)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lighthouse } from "../tests/e2e/lighthouse-run.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "bench", "out");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(3, Number(arg("runs", process.env.BENCH_LH_RUNS || 3)));
const BASE = arg("base", process.env.BENCH_BASE || "http://127.0.0.1:8282");
const PAGES = {
  reader: `${BASE}/?src=/bench/small.json`,
  plain: `${BASE}/bench/plain/index.html?src=/bench/small.json`,
};

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = (v.length - 1) / 2;
  return (v[Math.floor(mid)] + v[Math.ceil(mid)]) / 2;
};

mkdirSync(OUT, { recursive: true });
const runs = { reader: [], plain: [] };
for (let i = 0; i < RUNS; i++) {
  for (const impl of ["reader", "plain"]) {
    const r = lighthouse(PAGES[impl], path.join(OUT, `lighthouse-${impl}.json`), ["performance"]);
    // A page that shows nothing would score well: it must hold the article (~50 elements and more).
    if (!(r.domElements >= 50)) throw new Error(`${impl}: the page Lighthouse measured shows no article (${r.domElements} elements)`);
    const figures = { perf: r.scores.performance, fcpMs: r.fcpMs, lcpMs: r.lcpMs, tbtMs: r.tbtMs, bytes: r.bytes, domElements: r.domElements };
    runs[impl].push(figures);
    console.log(`lighthouse: ${impl.padEnd(6)} run ${i + 1}: perf ${figures.perf}, FCP ${figures.fcpMs.toFixed(0)} ms, LCP ${figures.lcpMs.toFixed(0)} ms, TBT ${figures.tbtMs.toFixed(0)} ms, ${(figures.bytes / 1024).toFixed(1)} KiB, ${figures.domElements} elements`);
  }
}
const summary = Object.fromEntries(
  Object.entries(runs).map(([impl, list]) => [impl, Object.fromEntries(["perf", "fcpMs", "lcpMs", "tbtMs", "bytes"].map((k) => [k, median(list.map((r) => r[k]))]))]),
);
const { reader, plain } = summary;
const ratio = (k) => reader[k] / plain[k];
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log(`\nLighthouse mobile (simulated Slow 4G, 4× CPU), small article, brotli on the wire, medians of ${RUNS}`);
console.log(`  ${"".padEnd(8)}${"perf".padStart(6)}${"FCP".padStart(10)}${"LCP".padStart(10)}${"TBT".padStart(9)}${"bytes".padStart(12)}`);
for (const [name, s] of Object.entries(summary))
  console.log(`  ${name.padEnd(8)}${String(s.perf).padStart(6)}${`${s.fcpMs.toFixed(0)} ms`.padStart(10)}${`${s.lcpMs.toFixed(0)} ms`.padStart(10)}${`${s.tbtMs.toFixed(0)} ms`.padStart(9)}${kib(s.bytes).padStart(12)}`);
console.log(`  reader ÷ plain: FCP ${ratio("fcpMs").toFixed(2)}×, LCP ${ratio("lcpMs").toFixed(2)}×, bytes ${ratio("bytes").toFixed(1)}×`);
const targets = [
  ["LCP ≤ 1.25× plain's", ratio("lcpMs") <= 1.25, `${ratio("lcpMs").toFixed(2)}×`],
  ["TBT ≤ 50 ms", reader.tbtMs <= 50, `${reader.tbtMs.toFixed(0)} ms`],
  ["performance ≥ 99", reader.perf >= 99, String(reader.perf)],
  ["bytes ≤ 100 KB", reader.bytes <= 100_000, `${(reader.bytes / 1000).toFixed(1)} KB`],
];
console.log("  targets (issue #12): " + targets.map(([what, met, value]) => `${what}: ${value} ${met ? "met" : "MISSED"}`).join("; "));
writeFileSync(path.join(OUT, "lighthouse.json"), JSON.stringify({ generated: new Date().toISOString(), runs, summary }, null, 2));
console.log("report: bench/out/lighthouse.json");
