// The main thread's tasks during one cold load of the standalone reader, from a Chromium trace:
// each task over 5 ms with what filled it (script, wasm compilation, style, layout, parsing…).
// For finding what makes a long task (Lighthouse's TBT counts each task's time over 50 ms at 4×
// CPU, so every task here over ~12 ms counts).
//
//   node bench/tasks.mjs <base url> [src] [cpu throttling]   (a server must be running)
import { chromium } from "@playwright/test";
import { args, executablePath } from "../tests/e2e/chromium.mjs";

const [base = "http://127.0.0.1:8282", src = "/bench/small.json", rate = "1"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, headless: true, args });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
await page.goto(`${base}/bench/blank.html`);
const cdp = await context.newCDPSession(page);
if (Number(rate) > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(rate) });
await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "blink.user_timing", "toplevel"] });
await page.goto(process.env.PLAIN ? `${base}/bench/plain/index.html?src=${encodeURIComponent(src)}` : `${base}/?src=${encodeURIComponent(src)}`);
await page.locator("article h1").waitFor();
await page.waitForTimeout(1500);
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();

const events = trace.traceEvents;
const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes("src="));
const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain" && e.pid === nav?.pid)?.tid;
const t0 = nav.ts;
const onMain = events.filter((e) => e.pid === nav.pid && e.tid === main && e.ts >= t0);
const tasks = onMain.filter((e) => e.name === "RunTask" && e.ph === "X" && e.dur > 5000);
for (const task of tasks) {
  const inside = onMain.filter((e) => e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + (e.dur || 0) <= task.ts + task.dur);
  const by = new Map();
  for (const e of inside) {
    if (!(e.dur > 500)) continue;
    const key = e.name + (e.args?.data?.url ? ` ${e.args.data.url.split("/").pop()}` : "") + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : "");
    by.set(key, (by.get(key) || 0) + e.dur);
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, d]) => `${k} ${(d / 1000).toFixed(1)}`);
  console.log(`${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms   ${top.join(" | ")}`);
}
