// Exploration: one traced load of a bench article; prints where the renderer main thread spent
// its time between navigation start and the last body block.
//   node bench/trace.mjs small [throttle]
import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { args as ARGS, executablePath } from "../tests/e2e/chromium.mjs";
const size = process.argv[2] || "small";
const throttle = Number(process.argv[3] || 1);
const BASE = process.env.BENCH_BASE || "http://127.0.0.1:8282";
const index = JSON.parse((await import("node:fs")).readFileSync("dist/bench/index.json", "utf8"));
const browser = await chromium.launch({ executablePath, args: ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(({ count }) => {
  const mo = new MutationObserver(() => {
    const el = document.querySelector("main[data-article-reader=standalone] .rdr-body");
    if (el && el.childElementCount >= count) { performance.mark("bench-last-block"); mo.disconnect(); window.__done = true; }
  });
  mo.observe(document, { childList: true, subtree: true });
}, { count: index[size].blocks });
const page = await context.newPage();
await page.goto(`${BASE}/bench/blank.html`);
const cdp = await context.newCDPSession(page);
if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "toplevel", "v8", "v8.wasm", "loading", "blink"] });
await page.goto(`${BASE}/?src=/bench/${size}.json`);
await page.waitForFunction(() => window.__done, null, { timeout: 60000 });
await page.waitForTimeout(300);
const buf = await browser.stopTracing();
writeFileSync(`/tmp/trace-${size}.json`, buf);
const { traceEvents } = JSON.parse(buf.toString());
const mark = traceEvents.find((e) => e.name === "bench-last-block");
const nav = traceEvents.filter((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL?.includes("?src=")).pop();
const main = mark.tid, pid = mark.pid;
const t0 = nav.ts, t1 = mark.ts;
console.log("nav→mark", ((t1 - t0) / 1000).toFixed(1), "ms");
const onMain = traceEvents.filter((e) => e.pid === pid && e.tid === main && e.ph === "X");
const top = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask");
let busy = 0, cpu = 0;
for (const e of top) { const s = Math.max(e.ts, t0), f = Math.min(e.ts + e.dur, t1); if (f > s) { busy += f - s; cpu += (e.tdur || 0) * (f - s) / e.dur; } }
console.log("top tasks in window: busy", (busy / 1000).toFixed(1), "ms, thread cpu", (cpu / 1000).toFixed(1));
// self time per event name inside the window
const evs = onMain.filter((e) => e.ts < t1 && e.ts + e.dur > t0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map(); const stack = [];
for (const e of evs) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  const d = Math.min(e.ts + e.dur, t1) - Math.max(e.ts, t0);
  self.set(e.name, (self.get(e.name) || 0) + d);
  if (parent) self.set(parent.name, (self.get(parent.name) || 0) - d);
  stack.push(e);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${(d / 1000).toFixed(1).padStart(7)}  ${n}`).join("\n"));
// main thread tasks timeline
for (const e of top.filter((e) => e.ts + e.dur > t0 && e.ts < t1 && e.dur > 3000)) console.log("task at", ((e.ts - t0) / 1000).toFixed(1), "dur", (e.dur / 1000).toFixed(1));
await browser.close();
