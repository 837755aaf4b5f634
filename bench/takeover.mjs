// How long after the headline the reader's tools are usable: the paint module puts the article
// on screen, the reader's module comes after it and mounts its tools. Cold loads of the demo
// article in fresh browser contexts at 1× CPU; prints each run and the median, in milliseconds
// from the headline entering the DOM to the first tool (the Display button) entering it.
//
//   node bench/takeover.mjs [--runs N] [--base http://127.0.0.1:8282]
import { chromium } from "@playwright/test";
import { args, executablePath } from "../tests/e2e/chromium.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(arg("runs", 7)));
const BASE = arg("base", "http://127.0.0.1:8282");

const browser = await chromium.launch({ executablePath, args });
const runs = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const marks = (window.__marks = {});
      new MutationObserver(() => {
        marks.headline ??= document.querySelector("article h1") ? performance.now() : undefined;
        marks.tools ??= document.querySelector(".rdr-tools button") ? performance.now() : undefined;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${BASE}/?src=${encodeURIComponent("/demo/fr.json")}`);
    await page.waitForFunction(() => window.__marks.tools !== undefined, null, { timeout: 30_000 });
    const { headline, tools } = await page.evaluate(() => window.__marks);
    runs.push(tools - headline);
    await context.close();
  }
} finally {
  await browser.close();
}
const sorted = [...runs].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`tools usable after the headline (demo article, 1× CPU, ${RUNS} cold loads): median ${median.toFixed(0)} ms`);
console.log(`  runs: ${runs.map((r) => r.toFixed(0)).join(", ")} ms`);
