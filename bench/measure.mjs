// Measures the standalone reader in Debian's Chromium (headless, never a downloaded browser)
// against the server of tests/e2e/server.mjs, which bench/run starts.
//
//   node bench/measure.mjs [--runs N] [--base http://127.0.0.1:8282]
//
// Reads dist/bench/index.json (written by bench/generate.mjs) and bench/out/bundle.json (written
// by bench/run), prints a table and writes bench/out/report.json. Exits non-zero only when a
// measurement cannot be made at all (browser does not start, an article never renders…).
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { args as ARGS, executablePath } from "../tests/e2e/chromium.mjs";
import { ensureArticles, ensurePlain } from "./prepare.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "bench", "out");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(arg("runs", process.env.BENCH_RUNS || 7)));
const BASE = arg("base", process.env.BENCH_BASE || "http://127.0.0.1:8282");
const THROTTLE = 4;
const QUICK = process.env.BENCH_QUICK === "1";
const SIZE_NAMES = ["small", "medium", "large"];
const RENDER_TIMEOUT = 60_000;
const BODY = "main[data-article-reader=standalone] .rdr-body";

const benchDir = path.join(ROOT, "dist", "bench");
ensureArticles();
ensurePlain();
const index = JSON.parse(readFileSync(path.join(benchDir, "index.json"), "utf8"));

// ---------------------------------------------------------------- in-page instrumentation

/// Runs in every document before the page's own scripts. Records when the reader's body holds the
/// expected number of blocks (MutationObserver: the time is taken at the microtask checkpoint right
/// after the insertion), then the end of the next frame (rAF, then a message: the task after the
/// frame's style, layout and paint), long tasks and layout shifts.
function instrument({ expected, body }) {
  const B = (window.__bench = { longtasks: [], cls: 0, shifts: 0, wasm: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) (B.cls += e.value), B.shifts++;
    }).observe({ type: "layout-shift", buffered: true });
  } catch {}
  addEventListener("TrunkApplicationStarted", (e) => (B.wasm = e.detail && e.detail.wasm));
  // Whatever loader the build uses: keep the memory the instantiated module exports.
  const keep = (r) => {
    const inst = r instanceof WebAssembly.Instance ? r : r && r.instance;
    if (inst) for (const v of Object.values(inst.exports)) if (v instanceof WebAssembly.Memory) B.memory = v;
    return r;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[name];
    if (typeof orig === "function") WebAssembly[name] = function (...args) { return orig.apply(this, args).then(keep); };
  }
  const afterFrame = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(0);
    });
  B.afterFrame = afterFrame;
  /// Resolves with { lastBlock, painted } once `body` holds `count` children (and, when given, the
  /// page's h1 contains `title`).
  B.arm = (count, title) =>
    new Promise((resolve) => {
      let mo;
      const check = () => {
        const el = document.querySelector(body);
        if (!el || el.childElementCount < count) return;
        if (title) {
          const h1 = document.querySelector("main[data-article-reader=standalone] h1");
          if (!h1 || !h1.textContent.includes(title)) return;
        }
        const lastBlock = performance.now();
        performance.mark("bench-last-block"); // for the trace
        mo.disconnect();
        afterFrame((painted) => resolve({ lastBlock, painted }));
      };
      mo = new MutationObserver(check);
      mo.observe(document, { childList: true, subtree: true, characterData: !!title });
      check();
    });
  if (expected != null) B.done = B.arm(expected.count, expected.title);
}

/// Harness self-test only (BENCH_FAKE_DISPLAY=1): a stand-in `.rdr-display` control, outside
/// the reader, behind a disclosure button, to check the text-size measurement without the feature.
function fakeDisplay() {
  addEventListener("DOMContentLoaded", () => {
    const d = document.createElement("div");
    d.className = "rdr-display";
    d.innerHTML = '<button aria-expanded="false">Display</button><div hidden><button>A−</button><button aria-label="Larger text">A+</button></div>';
    const [open, smaller, larger] = d.querySelectorAll("button");
    open.onclick = () => (d.lastChild.hidden = false);
    const set = (v) => (document.querySelector(".rdr-article").style.fontSize = v);
    smaller.onclick = () => set("0.9em");
    larger.onclick = () => set("1.25em");
    document.body.prepend(d);
  });
}

// ---------------------------------------------------------------- helpers

const METRIC_KEYS = ["TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "ThreadTime"];
async function metrics(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
/// CPU deltas in ms. If the counters went backwards the renderer's agent was re-created during
/// the navigation: its counters then started at the navigation, so the later reading is the delta.
function cpuDelta(a, b) {
  const reset = b.TaskDuration < a.TaskDuration;
  const d = (k) => ((reset ? b[k] : b[k] - a[k]) || 0) * 1000;
  return {
    taskMs: d("TaskDuration"),
    scriptMs: d("ScriptDuration"),
    layoutMs: d("LayoutDuration"),
    styleMs: d("RecalcStyleDuration"),
    threadMs: d("ThreadTime"),
    counterReset: reset,
  };
}
const quantile = (sorted, q) => {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
function summarize(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return { median: quantile(v, 0.5), p25: quantile(v, 0.25), p75: quantile(v, 0.75), min: v[0], max: v[v.length - 1], n: v.length };
}
const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms))]);

let browser;
async function freshPage(expected, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Nothing leaves the machine: only the local server answers.
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
  await context.addInitScript(instrument, { expected, body: BODY });
  // The page's CSP forbids eval: the text-size helpers go in as an init script (exempt from it).
  await context.addInitScript({
    content: `window.__benchUI = { displayControls: ${displayControls}, operateControl: ${operateControl}, fontSizeProbe: ${fontSizeProbe} };`,
  });
  if (process.env.BENCH_FAKE_DISPLAY === "1") await context.addInitScript(fakeDisplay);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  // Start from a same-origin blank page, so that the measured navigation stays in one renderer
  // and the CDP counters and throttling are already in place when it starts.
  await page.goto(`${BASE}/bench/blank.html`);
  await cdp.send("Performance.enable");
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { context, page, cdp, problems };
}

/// Waits for `window.__bench.done` in the page, however soon after the navigation commits; fails
/// early when the reader shows an error notice instead (role=alert) or the page is not the reader.
async function awaitDone(page, what, problems = []) {
  const outcome = await withTimeout(
    page.evaluate(async () => {
      while (!window.__bench || !window.__bench.done) await new Promise((r) => setTimeout(r, 5));
      let failed = null;
      const watch = setInterval(() => {
        const alert = document.querySelector("main [role=alert]");
        if (alert && alert.textContent.trim()) failed = `the reader shows an error: "${alert.textContent.trim().slice(0, 160)}"`;
      }, 250);
      const failure = new Promise((resolve) => {
        const t = setInterval(() => failed && (clearInterval(t), resolve({ error: failed })), 250);
      });
      const r = await Promise.race([window.__bench.done, failure]);
      clearInterval(watch);
      return r;
    }),
    RENDER_TIMEOUT,
    what,
  ).catch(async (e) => {
    const seen = await page
      .evaluate((b) => ({ blocks: document.querySelector(b)?.childElementCount ?? null, url: location.href }), BODY)
      .catch(() => ({}));
    throw new Error(`${e.message}; body children seen: ${seen.blocks}, at ${seen.url}; page errors: ${problems.join(" | ") || "none"}`);
  });
  if (outcome.error) throw new Error(`${what}: ${outcome.error}`);
  return outcome;
}

/// The wasm file the page loaded (which build was measured).
const buildOf = (page) =>
  page.evaluate(() => {
    const e = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
    return e ? new URL(e.name).pathname.slice(1) : null;
  });

// ---------------------------------------------------------------- one page load

/// Main-thread work between the navigation's start and the last block's insertion, from a trace
/// (Chromium's own task accounting: `toplevel` RunTask events, clipped to the window): the wall
/// time of the tasks (what TaskDuration counts) and their thread CPU time (`tdur`).
function traceWindow(buffer, url) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const mark = events.filter((e) => e.name === "bench-last-block").pop();
  if (!mark) return {};
  const start = events
    .filter((e) => e.name === "navigationStart" && e.pid === mark.pid && e.ts <= mark.ts)
    .filter((e) => e.args?.data?.documentLoaderURL === url)
    .reduce((a, e) => (!a || e.ts > a.ts ? e : a), null);
  if (!start) return {};
  const [t0, t1] = [start.ts, mark.ts];
  const tasks = events
    .filter((e) => e.ph === "X" && e.pid === mark.pid && e.tid === mark.tid && e.name === "ThreadControllerImpl::RunTask")
    .filter((e) => e.ts < t1 && e.ts + e.dur > t0)
    .sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let cpu = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the previous task
    end = e.ts + e.dur;
    const overlap = Math.min(end, t1) - Math.max(e.ts, t0);
    busy += overlap;
    cpu += e.dur > 0 ? ((e.tdur ?? e.dur) * overlap) / e.dur : 0;
  }
  return { traceBusyMs: busy / 1000, traceCpuMs: cpu / 1000, traceWindowMs: (t1 - t0) / 1000 };
}

/// Where each implementation reads an article: the reader, and the plain-DOM reference.
const PAGES = { reader: (size) => `/?src=/bench/${size}.json`, plain: (size) => `/bench/plain/index.html?src=/bench/${size}.json` };

async function loadRun(size, throttle, impl = "reader") {
  const info = index[size];
  const { context, page, cdp, problems } = await freshPage({ count: info.blocks, title: null }, throttle);
  try {
    const m0 = await metrics(cdp);
    await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
    const url = `${BASE}${PAGES[impl](size)}`;
    let marks;
    let trace;
    try {
      await page.goto(url, { waitUntil: "commit" });
      marks = await awaitDone(page, `${size} article to render ${info.blocks} blocks (${impl})`, problems);
    } finally {
      trace = await browser.stopTracing();
    }
    const m1 = await metrics(cdp);
    const heap = await cdp.send("Runtime.getHeapUsage");
    // Let layout shifts and long-task entries of that frame be delivered.
    await page.evaluate(() => new Promise((r) => window.__bench.afterFrame(() => setTimeout(r, 150))));
    const page1 = await page.evaluate(
      ({ size, painted }) => {
        const B = window.__bench;
        const json = performance.getEntriesByType("resource").find((e) => new URL(e.name).pathname === `/bench/${size}.json`);
        const tasks = B.longtasks.filter(([start]) => start < painted);
        let wasmBytes = null;
        let wasmFrom = null;
        if (B.memory) {
          wasmBytes = B.memory.buffer.byteLength;
          wasmFrom = "memory exported by the instance (WebAssembly.instantiate* hook)";
        } else if (B.wasm && B.wasm.memory instanceof WebAssembly.Memory) {
          wasmBytes = B.wasm.memory.buffer.byteLength;
          wasmFrom = "TrunkApplicationStarted detail.wasm.memory";
        } else if (window.wasmBindings) {
          for (const v of Object.values(window.wasmBindings))
            if (v instanceof WebAssembly.Memory) (wasmBytes = v.buffer.byteLength), (wasmFrom = "wasmBindings");
        }
        const wasmEntry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
        return {
          build: wasmEntry ? new URL(wasmEntry.name).pathname.slice(1) : null,
          jsonResponseEnd: json ? json.responseEnd : null,
          jsonBytes: json ? json.encodedBodySize || json.transferSize || null : null,
          longTaskTotal: tasks.reduce((n, [, d]) => n + d, 0),
          longTaskCount: tasks.length,
          longestTask: tasks.reduce((n, [, d]) => Math.max(n, d), 0),
          tbt: tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
          cls: B.cls,
          wasmBytes,
          wasmFrom,
          preciseMemory: performance.memory ? performance.memory.usedJSHeapSize : null,
        };
      },
      { size, painted: marks.painted },
    );
    await cdp.send("HeapProfiler.collectGarbage");
    const heapGc = await cdp.send("Runtime.getHeapUsage");
    const cpu = cpuDelta(m0, m1);
    return {
      ...traceWindow(trace, url),
      lastBlockMs: marks.lastBlock,
      paintedMs: marks.painted,
      jsonToLastBlockMs: page1.jsonResponseEnd != null ? marks.lastBlock - page1.jsonResponseEnd : null,
      jsonResponseEndMs: page1.jsonResponseEnd,
      ...cpu,
      baselineTaskMs: m0.TaskDuration * 1000,
      longTaskTotalMs: page1.longTaskTotal,
      longTaskCount: page1.longTaskCount,
      longestTaskMs: page1.longestTask,
      tbtMs: page1.tbt,
      jsHeapUsedBytes: heap.usedSize,
      jsHeapAfterGcBytes: heapGc.usedSize,
      wasmMemoryBytes: page1.wasmBytes,
      wasmMemorySource: page1.wasmFrom,
      cls: page1.cls,
      pageErrors: problems.length,
      build: page1.build,
    };
  } finally {
    await context.close();
  }
}

/// Another session on this machine may restart the server or rebuild dist/ under us: a run that
/// fails is tried again (twice at most) before the failure counts.
async function attempt(what, fn) {
  for (let k = 0; ; k++) {
    try {
      return await fn();
    } catch (e) {
      if (k >= 2) throw e;
      console.log(`measure: ${what} failed (${e.message.split("\n")[0].slice(0, 400)}); trying again`);
      await new Promise((r) => setTimeout(r, 1500));
      ensureArticles();
    }
  }
}

// ---------------------------------------------------------------- related story, in place

async function relatedRun() {
  const from = "small";
  const to = "medium";
  const target = index[to];
  const { context, page, cdp, problems } = await freshPage({ count: index[from].blocks, title: null }, 1);
  try {
    await page.goto(`${BASE}/?src=/bench/${from}.json`, { waitUntil: "commit" });
    await awaitDone(page, `${from} article to render`, problems);
    await page.waitForTimeout(300);
    // The app is expected to render related stories in section.rdr-related; accept any link that
    // names the target story by its url, its src or its title.
    const find = () => page.evaluate(
      ({ url, to, title }) => {
        const links = [...document.querySelectorAll("section.rdr-related a, .rdr-related a, main a")];
        const a = links.find((a) => a.href === url || a.href.includes(`/bench/${to}.json`) || a.textContent.includes(title));
        if (!a) return null;
        window.__benchLink = a;
        window.__benchMarker = 1;
        return { href: a.getAttribute("href"), inRelatedSection: !!a.closest(".rdr-related") };
      },
      { url: target.url, to, title: `Benchmark article (${to})` },
    );
    let found = await find();
    if (!found) {
      // The list may be built only when its place scrolls into view: scroll there, look again.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(1000);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      found = await find();
    }
    if (!found) return { available: false, reason: "no link to a related story in the page" };
    const m0 = await metrics(cdp);
    let r;
    try {
      r = await withTimeout(
        page.evaluate(
          async ({ count, title }) => {
            const done = window.__bench.arm(count, title);
            const t0 = performance.now();
            window.__benchLink.click();
            const { lastBlock, painted } = await done;
            return { lastBlock: lastBlock - t0, painted: painted - t0, search: location.search, title: document.title, marker: window.__benchMarker };
          },
          { count: target.blocks, title: target.title },
        ),
        30_000,
        "related story to open in place",
      );
    } catch (e) {
      const navigated = /context was destroyed|navigation|Target closed/i.test(e.message);
      return { available: false, reason: navigated ? "the link navigated away (not in place)" : e.message, href: found.href };
    }
    const m1 = await metrics(cdp);
    return {
      available: true,
      build: await buildOf(page),
      href: found.href,
      inRelatedSection: found.inRelatedSection,
      clickToLastBlockMs: r.lastBlock,
      clickToPaintedMs: r.painted,
      ...cpuDelta(m0, m1),
      urlFollowed: r.search.includes(`/bench/${to}.json`),
      titleFollowed: r.title.includes(`(${to})`),
      pageErrors: problems.length,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- text size change

/// In the page: the controls of .rdr-display, best guesses for "larger text" first.
function displayControls() {
  const root = document.querySelector(".rdr-display");
  if (!root) return null;
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const label = (el) =>
    [el.getAttribute("aria-label"), el.getAttribute("title"), el.value, el.textContent, el.closest("label")?.textContent].filter(Boolean).join(" ");
  const all = [root, ...root.querySelectorAll("button, input, select, summary, [role=button], [role=radio], [role=menuitemradio], [role=option]")];
  const controls = all.filter((el) => el.matches("button, input, select, summary, [role]") && visible(el) && !el.disabled);
  const score = (el) => {
    const l = label(el);
    if (/larg|bigg|increase|grand|agrand|plus|\+|xl/i.test(l)) return 0;
    if (el.matches("select, input[type=range]")) return 1;
    if (el.matches("input[type=radio], [role=radio], [role=menuitemradio], [role=option]")) return 2;
    if (/smaller|reduce|decrease|petit|r[ée]dui|−|-/i.test(l)) return 9;
    return 5;
  };
  return controls.map((el, i) => ({ i, score: score(el), label: label(el).trim().slice(0, 40), tag: el.tagName.toLowerCase(), type: el.type || null }));
}

/// In the page: operates control number `i` of displayControls()'s list ("larger" where it can).
function operateControl(i) {
  const root = document.querySelector(".rdr-display");
  const all = [root, ...root.querySelectorAll("button, input, select, summary, [role=button], [role=radio], [role=menuitemradio], [role=option]")];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const el = all.filter((el) => el.matches("button, input, select, summary, [role]") && visible(el) && !el.disabled)[i];
  if (el.matches("select")) {
    el.selectedIndex = el.selectedIndex === el.options.length - 1 ? 0 : el.options.length - 1;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  } else if (el.matches("input[type=range]")) {
    el.value = el.value === el.max ? el.min : el.max;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  } else {
    el.click();
  }
}

/// In the page: the body text size, and the time of the end of the first frame that shows a
/// different one (polled each frame, for at most ~2 s).
function fontSizeProbe() {
  const p = document.querySelector("main[data-article-reader=standalone] .rdr-body p");
  return p ? getComputedStyle(p).fontSize : null;
}

async function textSizeRun(discovered) {
  const size = "medium";
  const { context, page, cdp, problems } = await freshPage({ count: index[size].blocks, title: null }, 1);
  try {
    await page.goto(`${BASE}/?src=/bench/${size}.json`, { waitUntil: "commit" });
    await awaitDone(page, `${size} article to render`, problems);
    await page.waitForTimeout(300);
    let plan = discovered.plan;
    if (!plan) {
      // Discovery (first run only): try controls until the body text size changes, opening
      // disclosures on the way (at most a few steps).
      const controls = await page.evaluate(() => window.__benchUI.displayControls());
      if (!controls) return { available: false, reason: "no .rdr-display control in the page" };
      const tried = new Set();
      const steps = [];
      for (let step = 0; step < 8 && !plan; step++) {
        const list = (await page.evaluate(() => window.__benchUI.displayControls())) || [];
        const next = list.filter((c) => !tried.has(`${c.tag}|${c.label}`)).sort((a, b) => a.score - b.score)[0];
        if (!next) break;
        tried.add(`${next.tag}|${next.label}`);
        const before = await page.evaluate(() => window.__benchUI.fontSizeProbe());
        await page.evaluate((i) => window.__benchUI.operateControl(i), next.i);
        await page.waitForTimeout(400);
        steps.push(next);
        const after = await page.evaluate(() => window.__benchUI.fontSizeProbe());
        if (after !== before) plan = { openers: steps.slice(0, -1), action: next, from: before, to: after };
      }
      discovered.plan = plan;
      discovered.controls = controls;
      if (!plan) return { available: false, reason: "a .rdr-display control exists but no control changed the body text size", controls };
      // Discovery changed the page: measure on a fresh one.
      return textSizeRun(discovered);
    }
    for (const o of plan.openers) {
      await page.evaluate((i) => window.__benchUI.operateControl(i), o.i);
      await page.waitForTimeout(200);
    }
    const m0 = await metrics(cdp);
    const r = await page.evaluate(
      async ({ i, before }) => {
        const { operateControl, fontSizeProbe: fontSize } = window.__benchUI;
        const t0 = performance.now();
        operateControl(i);
        const start = performance.now();
        const changedAt = await new Promise((resolve) => {
          const tick = () =>
            requestAnimationFrame(() => {
              if (fontSize() !== before) window.__bench.afterFrame(resolve);
              else if (performance.now() - start > 2000) resolve(null);
              else tick();
            });
          tick();
        });
        return { ms: changedAt == null ? null : changedAt - t0, size: fontSize() };
      },
      { i: plan.action.i, before: await page.evaluate(() => window.__benchUI.fontSizeProbe()) },
    );
    const m1 = await metrics(cdp);
    if (r.ms == null) return { available: false, reason: "the control did not change the text size when replayed" };
    return { available: true, build: await buildOf(page), control: plan.action.label || plan.action.tag, from: plan.from, to: r.size, changeToPaintedMs: r.ms, ...cpuDelta(m0, m1), pageErrors: problems.length };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

const fmtMs = (x) => (x == null ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtMB = (x) => (x == null ? "–" : (x / 1048576).toFixed(1));
const fmtCls = (x) => (x == null ? "–" : x.toFixed(3));
const fmtInt = (x) => (x == null ? "–" : x.toFixed(0));
const ROWS = [
  ["lastBlockMs", "navigation → last block in DOM (ms)", fmtMs],
  ["paintedMs", "navigation → end of next frame (ms)", fmtMs],
  ["jsonToLastBlockMs", "JSON responseEnd → last block (ms)", fmtMs],
  ["traceBusyMs", "main-thread busy → last block (trace)", fmtMs],
  ["traceCpuMs", "main-thread CPU → last block (trace)", fmtMs],
  ["taskMs", "main-thread busy → next frame, TaskDuration", fmtMs],
  ["threadMs", "main-thread CPU → next frame, ThreadTime", fmtMs],
  ["scriptMs", "  ScriptDuration (ms)", fmtMs],
  ["styleMs", "  RecalcStyleDuration (ms)", fmtMs],
  ["layoutMs", "  LayoutDuration (ms)", fmtMs],
  ["longTaskTotalMs", "long tasks, total (ms)", fmtMs],
  ["longTaskCount", "long tasks, count", fmtInt],
  ["longestTaskMs", "longest task (ms)", fmtMs],
  ["tbtMs", "blocking time, Σ(task−50) (ms)", fmtMs],
  ["jsHeapUsedBytes", "JS heap used (MiB)", fmtMB],
  ["jsHeapAfterGcBytes", "JS heap used after GC (MiB)", fmtMB],
  ["wasmMemoryBytes", "WASM linear memory (MiB)", fmtMB],
  ["cls", "cumulative layout shift", fmtCls],
];
const cell = (s, f) => (s == null ? "n/a" : f(s.min) === f(s.max) ? f(s.median) : `${f(s.median)} [${f(s.min)}–${f(s.max)}]`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function printTable(title, bySize) {
  const w0 = 38;
  const w = 24;
  console.log(`\n${title}`);
  console.log(pad("", w0) + SIZE_NAMES.map((s) => lpad(`${s} (${index[s].blocks} bl, ${Math.round(index[s].words / 1000)}k w)`, w)).join(""));
  for (const [key, label, f] of ROWS) console.log(pad(label, w0) + SIZE_NAMES.map((s) => lpad(cell(bySize[s]?.[key], f), w)).join(""));
}

async function main() {
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  const report = {
    generated: new Date().toISOString(),
    environment: {
      chromium: browser.version(),
      node: process.version,
      playwright: JSON.parse(readFileSync(path.join(ROOT, "node_modules", "@playwright", "test", "package.json"), "utf8")).version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model || null,
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()}`,
      git: (() => {
        try {
          const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
          const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "style", "index.html", "Cargo.toml", "Cargo.lock"], { cwd: ROOT, encoding: "utf8" }).trim();
          return dirty ? `${head} + uncommitted changes` : head;
        } catch {
          return null;
        }
      })(),
      loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
      runs: RUNS,
      viewport: "1280x800",
      chromiumArgs: ARGS,
    },
    bundle: existsSync(path.join(OUT, "bundle.json")) ? JSON.parse(readFileSync(path.join(OUT, "bundle.json"), "utf8")) : null,
    articles: index,
    load: {},
    loadThrottled: {},
    plain: {},
    plainThrottled: {},
    relatedInPlace: null,
    textSize: null,
  };
  if (process.env.BENCH_FAKE_DISPLAY === "1") console.log("measure: SELF-TEST with a fake .rdr-display control (BENCH_FAKE_DISPLAY=1): the text-size figure is not the app's");
  console.log(`measure: Chromium ${report.environment.chromium}, Node ${process.version}, ${report.environment.cpus} CPUs, ${RUNS} runs per case`);

  // One unmeasured load first: the OS file cache, Chromium's own start-up work.
  await attempt("warm-up run", () => loadRun("medium", 1));
  const cases = [["load", 1, "reader"], ["loadThrottled", THROTTLE, "reader"], ["plain", 1, "plain"], ["plainThrottled", THROTTLE, "plain"]];
  // BENCH_QUICK=1: the reader's unthrottled loads only (while working on it; not a report).
  if (QUICK) cases.splice(1);
  for (const [key, throttle, impl] of cases) {
    for (const size of SIZE_NAMES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        if (ensureArticles()) console.log("measure: dist/bench had been removed (a rebuild?): regenerated");
        ensurePlain();
        runs.push(await attempt(`${size} run (${impl})`, () => loadRun(size, throttle, impl)));
      }
      const summary = {};
      for (const k of Object.keys(runs[0])) if (typeof runs[0][k] === "number" || runs.some((r) => typeof r[k] === "number")) summary[k] = summarize(runs.map((r) => r[k]));
      summary.counterResets = runs.filter((r) => r.counterReset).length;
      summary.wasmMemorySource = runs.find((r) => r.wasmMemorySource)?.wasmMemorySource || "not available";
      report[key][size] = { summary, runs };
      const s = summary;
      console.log(
        `measure: ${pad(impl, 6)} ${throttle === 1 ? "1×" : `${THROTTLE}×`} ${pad(size, 6)} last block ${fmtMs(s.lastBlockMs.median)} ms, busy → last block ${fmtMs(s.traceBusyMs?.median)} ms (CPU ${fmtMs(s.traceCpuMs?.median)})` +
          `${runs.some((r) => r.pageErrors) ? `, page errors in ${runs.filter((r) => r.pageErrors).length} runs` : ""}`,
      );
    }
  }

  if (QUICK) {
    await browser.close();
    printTable("Load, no throttling (BENCH_QUICK)", Object.fromEntries(SIZE_NAMES.map((s) => [s, report.load[s].summary])));
    report.quick = true;
    writeFileSync(path.join(OUT, "report.json"), JSON.stringify(report, null, 2));
    console.log("\nreport: bench/out/report.json (BENCH_QUICK: the reader's unthrottled loads only)");
    return;
  }

  // Related story opened in place, and the text-size change (when the build has them).
  const related = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await attempt("related run", relatedRun);
    related.push(r);
    if (!r.available) break;
  }
  if (related.every((r) => r.available)) {
    report.relatedInPlace = {
      available: true,
      from: "small",
      to: "medium",
      href: related[0].href,
      urlFollowed: related.every((r) => r.urlFollowed),
      titleFollowed: related.every((r) => r.titleFollowed),
      summary: Object.fromEntries(["clickToLastBlockMs", "clickToPaintedMs", "taskMs", "scriptMs", "styleMs", "layoutMs"].map((k) => [k, summarize(related.map((r) => r[k]))])),
      runs: related,
    };
  } else {
    report.relatedInPlace = { available: false, reason: related.find((r) => !r.available).reason };
  }

  const discovered = {};
  const sizeRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await attempt("text-size run", () => textSizeRun(discovered));
    sizeRuns.push(r);
    if (!r.available) break;
  }
  if (sizeRuns.every((r) => r.available)) {
    report.textSize = {
      available: true,
      article: "medium",
      control: sizeRuns[0].control,
      from: sizeRuns[0].from,
      to: sizeRuns[0].to,
      summary: Object.fromEntries(["changeToPaintedMs", "taskMs", "scriptMs", "styleMs", "layoutMs"].map((k) => [k, summarize(sizeRuns.map((r) => r[k]))])),
      runs: sizeRuns,
    };
  } else {
    const bad = sizeRuns.find((r) => !r.available);
    report.textSize = { available: false, reason: bad.reason, controls: bad.controls || discovered.controls };
  }
  await browser.close();
  report.buildsMeasured = [
    ...new Set(
      Object.values(report.load)
        .concat(Object.values(report.loadThrottled))
        .flatMap((x) => x.runs.map((r) => r.build))
        .concat((report.relatedInPlace.runs || []).map((r) => r.build), (report.textSize.runs || []).map((r) => r.build))
        .filter(Boolean),
    ),
  ];
  report.durationSeconds = Math.round((Date.now() - started) / 1000);
  report.environment.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));

  // ------------------------------------------------------------ the readable output
  const env = report.environment;
  console.log(`\n=== Article reader benchmark — ${report.generated}`);
  console.log(`Chromium ${env.chromium} (headless), Node ${env.node}, ${env.cpus} × ${env.cpuModel}, build ${env.git ?? "?"}`);
  console.log(`load average (1/5/15 min) at start ${env.loadAverageAtStart.join(" ")}, at end ${env.loadAverageAtEnd.join(" ")} (this benchmark alone keeps about 1–1.5 busy)`);
  console.log(`${RUNS} runs per case, each in a fresh browser context (cold HTTP cache, wasm compiled each time), viewport ${env.viewport}`);
  console.log(`cells: median [min–max]`);
  if (report.bundle) {
    console.log(`\nBundle (dist/)                                  raw     gzip -9   brotli -q 11`);
    for (const f of report.bundle.files) console.log(`  ${pad(f.name, 42)}${lpad(f.raw.toLocaleString("en"), 9)}${lpad(f.gzip.toLocaleString("en"), 10)}${lpad(f.brotli.toLocaleString("en"), 10)}`);
    const t = report.bundle.total;
    console.log(`  ${pad("total", 42)}${lpad(t.raw.toLocaleString("en"), 9)}${lpad(t.gzip.toLocaleString("en"), 10)}${lpad(t.brotli.toLocaleString("en"), 10)}`);
  }
  console.log(`\nArticles: ${SIZE_NAMES.map((s) => `${s} ${index[s].blocks} blocks / ${index[s].words} words / ${Math.round(index[s].bytes / 1024)} KiB`).join("; ")}`);
  printTable("Load, no throttling", Object.fromEntries(SIZE_NAMES.map((s) => [s, report.load[s].summary])));
  printTable(`Load, ${THROTTLE}× CPU throttling`, Object.fromEntries(SIZE_NAMES.map((s) => [s, report.loadThrottled[s].summary])));
  printTable("Plain-DOM reference (bench/plain), same harness, no throttling", Object.fromEntries(SIZE_NAMES.map((s) => [s, report.plain[s].summary])));
  printTable(`Plain-DOM reference, ${THROTTLE}× CPU throttling`, Object.fromEntries(SIZE_NAMES.map((s) => [s, report.plainThrottled[s].summary])));
  const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : "–");
  console.log("\nReader ÷ plain-DOM reference (medians)");
  for (const [key, label] of [["traceBusyMs", "busy → last block"], ["traceCpuMs", "CPU → last block"], ["taskMs", "busy → next frame"], ["lastBlockMs", "navigation → last block"], ["jsonToLastBlockMs", "JSON end → last block"]]) {
    const cells = [["load", "plain"], ["loadThrottled", "plainThrottled"]].flatMap(([r, p]) => SIZE_NAMES.map((s) => ratio(report[r][s].summary[key], report[p][s].summary[key])));
    console.log(`  ${pad(label, 26)} 1×: ${cells.slice(0, 3).map((c, i) => `${SIZE_NAMES[i]} ${c}`).join(", ")};  ${THROTTLE}×: ${cells.slice(3).map((c, i) => `${SIZE_NAMES[i]} ${c}`).join(", ")}`);
  }
  const wasmSrc = report.load.small.summary.wasmMemorySource;
  console.log(`\n(WASM memory read from: ${wasmSrc})`);
  if (report.buildsMeasured.length > 1)
    console.log(`WARNING: dist/ was rebuilt while measuring (another process?): runs mix builds ${report.buildsMeasured.join(", ")}`);
  const resets = SIZE_NAMES.reduce((n, s) => n + report.load[s].summary.counterResets + report.loadThrottled[s].summary.counterResets, 0);
  if (resets) console.log(`(CPU counters were reset by the navigation in ${resets} runs: those runs use the post-navigation counters alone)`);

  const rel = report.relatedInPlace;
  if (rel.available) {
    const s = rel.summary;
    console.log(`\nRelated story opened in place (small → medium, ${RUNS} runs; URL followed: ${rel.urlFollowed}, title followed: ${rel.titleFollowed})`);
    console.log(`  click → last block ${cell(s.clickToLastBlockMs, fmtMs)} ms; click → end of next frame ${cell(s.clickToPaintedMs, fmtMs)} ms; busy ${cell(s.taskMs, fmtMs)} ms (script ${cell(s.scriptMs, fmtMs)}, style ${cell(s.styleMs, fmtMs)}, layout ${cell(s.layoutMs, fmtMs)})`);
  } else {
    console.log(`\nrelated in place: not available in this build (${rel.reason})`);
  }
  const ts = report.textSize;
  if (ts.available) {
    const s = ts.summary;
    console.log(`\nText-size change on the medium article (${RUNS} runs; control "${ts.control}", ${ts.from} → ${ts.to})`);
    console.log(`  change → end of next frame ${cell(s.changeToPaintedMs, fmtMs)} ms; busy ${cell(s.taskMs, fmtMs)} ms (script ${cell(s.scriptMs, fmtMs)}, style ${cell(s.styleMs, fmtMs)}, layout ${cell(s.layoutMs, fmtMs)})`);
  } else {
    console.log(`text-size change: not available (${ts.reason})`);
  }
  writeFileSync(path.join(OUT, "report.json"), JSON.stringify(report, null, 2));
  console.log(`\nreport: bench/out/report.json (${report.durationSeconds} s of measuring)`);
}

main().catch(async (e) => {
  console.error(`measure: FAILED: ${e.stack || e.message}`);
  if (browser) await browser.close().catch(() => {});
  process.exit(1);
});
