// Start-up: the start-up script asks for each reader's article while the module downloads
// (src/publisher/loader.js), and the reader takes that request over (src/publisher/prefetch.rs,
// src/api.rs) with the same rules as its
// own: one request per article, the time limit counted from when the request started, an answer
// that came in time kept however slow the module was, faults named as usual.
import { test, expect } from "@playwright/test";
import { unexpected, watchConsole } from "./helpers.mjs";

const EN_TITLE = "Northbridge Science Hall reopens after a three-year restoration, pendulum and all";
const FR_TITLE = "À Castelnoir, la ligne T5 du tramway roulera désormais toute la nuit";
const HOST = "/fixtures/faults/startup-host.html";

/// Serves a host page with `readers` (HTML) at HOST, with the headers (the strict CSP) the test
/// server sends for its pages, and (when `wasmDelay` is given) holds the module back that many
/// milliseconds.
async function host(page, readers, { wasmDelay = 0 } = {}) {
  await page.route(`**${HOST}`, async (route) => {
    const blank = await route.fetch({ url: new URL("/fixtures/faults/blank.html", route.request().url()).href });
    const csp = blank.headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
    await route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: { "content-security-policy": csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Start-up journeys</title>
<link rel="stylesheet" href="/embed/article-reader.css"><script type="module" src="/embed/article-reader.js"></script>
</head><body><main>${readers}</main></body></html>`,
    });
  });
  if (wasmDelay) {
    await page.route("**/*.wasm", async (route) => {
      await new Promise((r) => setTimeout(r, wasmDelay));
      await route.continue();
    });
  }
  await page.goto(HOST);
}

/// Every request the page made, by path.
function requests(page) {
  const seen = [];
  page.on("request", (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

test("standalone: the article arrives while the module downloads, and is requested only once", async ({ page }) => {
  const problems = watchConsole(page);
  const seen = requests(page);
  // When the module mounts the reader (its first node in <main>).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const main = document.querySelector("main[data-article-reader]");
      if (main?.firstChild) {
        window.__mountedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // The module takes 1 s longer to arrive, as on a slow network.
  await page.route("**/*.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto("/?src=/demo/en.json");
  await expect(page.locator("article h1")).toHaveText(EN_TITLE);
  const timing = await page.evaluate(() => {
    const json = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/demo/en.json"));
    return { jsonEnd: json.responseEnd, mountedAt: window.__mountedAt };
  });
  // The whole answer was in before the module even started (it used to be asked for after).
  expect(timing.jsonEnd).toBeLessThan(timing.mountedAt);
  expect(seen.filter((p) => p === "/demo/en.json")).toHaveLength(1);
  expect(unexpected(problems)).toEqual([]);
});

test("embedded readers in the page at start: each article requested once, faults named as usual", async ({ page }) => {
  const problems = watchConsole(page);
  const seen = requests(page);
  await host(
    page,
    `<div id="a" data-article-reader data-src="/demo/fr.json" data-related="off"></div>
     <article-reader id="b" src="/demo/en.json" data-related="off"></article-reader>
     <div id="c" data-article-reader data-src="/status/404"></div>`,
  );
  await expect(page.locator("#a article h1")).toHaveText(FR_TITLE);
  await expect(page.locator("#b article h1")).toHaveText(EN_TITLE);
  await expect(page.locator("#c [role=alert]")).toContainText("HTTP 404");
  expect(seen.filter((p) => p === "/demo/fr.json")).toHaveLength(1);
  expect(seen.filter((p) => p === "/demo/en.json")).toHaveLength(1);
  expect(seen.filter((p) => p === "/status/404")).toHaveLength(1);
  expect(unexpected(problems)).toEqual([]);
});

test("the time limit counts from the request's start, not from the module's", async ({ page }) => {
  const problems = watchConsole(page);
  const key = `startup-limit-${Date.now()}`;
  // The answer comes after 3 s; the limit is 2 s; the module arrives 1.5 s late. Counted from the
  // module's start the limit would end at 3.5 s, after the answer: the article would show.
  const started = Date.now();
  await host(
    page,
    `<div id="slow" data-article-reader data-timeout="2" data-related="off" data-src="/slow-once/3000/${key}/demo/en.json"></div>`,
    { wasmDelay: 1500 },
  );
  const alert = page.locator("#slow [role=alert]");
  await expect(alert).toContainText("timeout after 2 s", { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(3000 + 1000);
  // Retry asks again (the second answer comes at once).
  await page.locator("#slow button.rdr-retry").click();
  await expect(page.locator("#slow article h1")).toHaveText(EN_TITLE);
  expect(unexpected(problems)).toEqual([]);
});

test("an answer that came within the limit is kept, however late the module starts", async ({ page }) => {
  const problems = watchConsole(page);
  // The article answers at once; the module arrives 2.5 s later, past the 1 s limit.
  await host(
    page,
    `<div id="quick" data-article-reader data-timeout="1" data-related="off" data-src="/demo/en.json"></div>`,
    { wasmDelay: 2500 },
  );
  await expect(page.locator("#quick article h1")).toHaveText(EN_TITLE, { timeout: 10_000 });
  await expect(page.locator("#quick [role=alert]")).toHaveCount(0);
  expect(unexpected(problems)).toEqual([]);
});

test("a request no reader takes is abandoned: an element whose source changed before start-up", async ({ page }) => {
  const problems = watchConsole(page);
  const aborted = page.waitForEvent("requestfailed", (r) => r.url().includes("/slow/3000/demo/fr.json"));
  await host(
    page,
    `<article-reader id="moved" src="/slow/3000/demo/fr.json" data-related="off"></article-reader>`,
    { wasmDelay: 500 },
  );
  // Before the module runs, the page points the element elsewhere.
  await page.evaluate(() => document.getElementById("moved").setAttribute("src", "/demo/en.json"));
  await expect(page.locator("#moved article h1")).toHaveText(EN_TITLE);
  expect((await aborted).failure()?.errorText).toContain("ERR_ABORTED");
  expect(unexpected(problems)).toEqual([]);
});
