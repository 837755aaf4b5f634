// A V8 CPU profile of one load of a benchmark article; prints the self time per function.
//   node bench/profile.mjs <base> [small|medium|large]
// <base> serves dist/ with dist/bench/ (bench/run's server, or any static server). For wasm
// function names, serve a copy whose module was built with names kept:
//   wasm-bindgen --target web --keep-debug --out-dir OUT target/wasm32-unknown-unknown/release/article-reader.wasm
//   wasm-opt -Oz -g OUT/article-reader_bg.wasm -o <the copy's hashed .wasm>  (and its glue .js from OUT;
//   drop the integrity attributes of the copy's index.html and start-*.js)
import { chromium } from "@playwright/test";
import { args as ARGS, executablePath } from "../tests/e2e/chromium.mjs";
const [base, size = "large"] = process.argv.slice(2);
const index = await (await fetch(`${base}/bench/index.json`)).json();
const browser = await chromium.launch({ executablePath, args: ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(({ count }) => {
  const mo = new MutationObserver(() => {
    const el = document.querySelector("main[data-article-reader=standalone] .rdr-body");
    if (el && el.childElementCount >= count) { mo.disconnect(); window.__done = true; }
  });
  mo.observe(document, { childList: true, subtree: true });
}, { count: index[size].blocks });
const page = await context.newPage();
await page.goto(`${base}/bench/blank.html`).catch(() => {});
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await page.goto(`${base}/?src=/bench/${size}.json`);
await page.waitForFunction(() => window.__done, null, { timeout: 60000 });
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const name = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
  self.set(name, (self.get(name) || 0) + (dt[i] || 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log("total sampled ms", (total / 1000).toFixed(1));
for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((t / 1000).toFixed(1).padStart(7), n.slice(0, 150));
await browser.close();
