// Shared steps of the browser journeys.
import { mkdirSync } from "node:fs";
import { expect } from "@playwright/test";

export const screens = new URL("./screens/", import.meta.url).pathname;
mkdirSync(screens, { recursive: true });

/// WCAG 2.2 A/AA (and the 2.0/2.1 rules they include), plus axe's best practices.
export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/// Runs axe-core in the page and returns its violations, with a readable summary on failure.
export async function axe(page, tags = WCAG) {
  const violations = await axeViolations(page, tags);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "axe-core violations").toEqual([]);
  return violations;
}

/// Runs axe-core in the page, once it has settled, and returns its violations (no assertion).
export async function axeViolations(page, tags = WCAG) {
  // Audit the settled page: finite transitions (a fade-in, say) run to their end first.
  // (Two frames first, so observers reacting to the last scroll have started theirs.)
  // (An observer's answer to the last scroll can start a transition after those frames: the
  // wait goes on until two rounds of two frames in a row have no finite animation running.)
  await page.evaluate(async () => {
    let quiet = 0;
    for (let round = 0; round < 30 && quiet < 2; round++) {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const running = document
        .getAnimations({ subtree: true })
        .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().endTime !== Infinity);
      quiet = running.length === 0 ? quiet + 1 : 0;
      await Promise.all(running.map((a) => a.finished.catch(() => {})));
    }
  });
  // Same-origin script: the pages run under a strict CSP that refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: "/__axe.js" });
  const violations = await page.evaluate(
    async (tags) => (await window.axe.run(document, { runOnly: { type: "tag", values: tags } })).violations,
    tags,
  );
  return violations;
}

/// The requests of each watched page that have started and not yet finished or failed.
const inFlight = new WeakMap();

/// Counts the page's requests in flight from now on (for `settled`); idempotent.
export function trackRequests(page) {
  if (inFlight.has(page)) return;
  const open = new Set();
  inFlight.set(page, open);
  page.on("request", (r) => open.add(r));
  page.on("requestfinished", (r) => open.delete(r));
  page.on("requestfailed", (r) => open.delete(r));
}

/// Waits for `count` animation frames of the page: scroll, resize and pointer handlers due before
/// them have run (the event loop runs them before the frame's callbacks).
export async function frames(page, count = 2) {
  await page.evaluate(
    (count) =>
      new Promise((done) => {
        const next = (left) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(count);
      }),
    count,
  );
}

/// Waits until nothing the page started is still under way: no request in flight (counted since
/// `watchConsole` or `trackRequests`: images, lazy ones once they start, included), fonts loaded,
/// then two frames (load and error events of what finished have been dispatched), and still no
/// request. What a journey asserts after this ("nothing ran",
/// "nothing changed") holds for a page with nothing left to do, not after an arbitrary sleep.
export async function settled(page) {
  const open = inFlight.get(page);
  if (!open) throw new Error("settled(page) needs watchConsole(page) or trackRequests(page) before the page loads");
  const quiet = async () => {
    await expect.poll(() => [...open].map((r) => r.url()), { message: "requests still in flight" }).toEqual([]);
    await page.waitForFunction(() => document.fonts.status === "loaded");
  };
  await quiet();
  await frames(page);
  await quiet();
}

/// Records console errors, uncaught exceptions (panics included) and CSP violations.
export function watchConsole(page) {
  trackRequests(page);
  const problems = [];
  page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A failed resource is reported with the URL that failed, to tell provoked faults apart.
    if (m.type() === "error") problems.push(`console: ${m.text()}${m.location()?.url ? ` <${m.location().url}>` : ""}`);
  });
  return problems;
}

/// The only resources whose failure a journey expects: the test server's routes that fail on
/// purpose (tests/e2e/server.mjs), the fixtures broken on purpose, the files the hostile corpus
/// points at (never served), and the fixtures' addresses on reserved `.example` hosts, which never
/// resolve (RFC 2606).
const PROVOKED =
  /<https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/((status|once|drop|slow-once)\/|fixtures\/(broken|invalid|hostile)\/)|<https?:\/\/([a-z0-9-]+\.)*example\//;

/// Console problems, less the reader's own log line for a fault the journey provoked and the
/// browser's report of the HTTP errors of the routes that fail on purpose. Any other resource
/// that fails to load (a missing image, icon or stylesheet) is a problem.
export function unexpected(problems) {
  return problems.filter(
    (p) =>
      !p.includes("article reader: could not show") &&
      !(/Failed to load resource/.test(p) && PROVOKED.test(p)),
  );
}

/// Opens the standalone reader (optionally on ?src=) and waits for the headline.
export async function openArticle(page, src) {
  await page.goto(src ? `/?src=${encodeURIComponent(src)}` : "/");
  const h1 = page.locator("article h1");
  await expect(h1).toBeVisible();
  await readerReady(page);
  return h1;
}

/// Waits until every reader of the page has shown its article or fault with all its tools: the
/// paint module may put the article on screen first, and the reader takes it over after. Each
/// reader element's `ready` promise settles on its `article-reader:load` or `:error` event.
export async function readerReady(page) {
  await page.evaluate(() =>
    Promise.allSettled([...document.querySelectorAll("[data-article-reader], article-reader")].map((e) => e.ready)),
  );
}
