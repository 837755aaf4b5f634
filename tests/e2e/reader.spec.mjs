// Journeys through the standalone reader, built for release and served from dist/.
import { test, expect } from "@playwright/test";
import { axe, openArticle, screens, unexpected, watchConsole } from "./helpers.mjs";

const demos = [
  { name: "demo (no src): French", src: null, lang: "fr", dir: "ltr", badge: /^\d+(–\d+)?\u00a0min$/, sr: /^Temps de lecture\u202f: / },
  { name: "English", src: "demo/en.json", lang: "en", dir: "ltr", badge: /^\d+(–\d+)? min$/, sr: /^Reading time: \d/ },
  { name: "Arabic", src: "demo/ar.json", lang: "ar", dir: "rtl", badge: /^\d+(–\d+)? د$/, sr: /^مدة القراءة: / },
  { name: "Japanese", src: "fixtures/valid/ja.json", lang: "ja", dir: "ltr", badge: /^\d+(〜\d+)?分$/, sr: /^読了時間：/ },
];

for (const demo of demos) {
  test(`${demo.name} renders, reads well and passes axe`, async ({ page }) => {
    const problems = watchConsole(page);
    const h1 = await openArticle(page, demo.src);
    const article = page.locator("article");
    await expect(article).toHaveAttribute("lang", demo.lang);
    await expect(article).toHaveAttribute("dir", demo.dir);
    await expect(page.locator(".rdr")).toHaveAttribute("lang", demo.lang);
    await expect(page).toHaveTitle(await h1.innerText());
    // The standalone document describes the article: <html lang dir>, description, JSON-LD.
    await expect(page.locator("html")).toHaveAttribute("lang", demo.lang);
    await expect(page.locator("html")).toHaveAttribute("dir", demo.dir);
    const ld = await page.locator("script[type='application/ld+json']").allTextContents();
    expect(ld).toHaveLength(1);
    const data = JSON.parse(ld[0]);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(await h1.innerText());
    expect(data.wordCount).toBeGreaterThan(50);
    expect(data.timeRequired).toMatch(/^PT\d+M$/);
    expect(await page.locator("meta[name=description]").getAttribute("content")).toBeTruthy();
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator(".rdr-badge span[aria-hidden=true]")).toHaveText(demo.badge);
    await expect(page.locator(".rdr-badge .rdr-sr")).toHaveText(demo.sr);
    const published = page.locator("time[datetime]").first();
    expect(await published.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await published.innerText()).length).toBeGreaterThan(5);
    // Every image has its size (no layout shift) and, once scrolled to, actually loads: its
    // relative URL resolved against the article's.
    for (const img of await page.locator("article img").all()) {
      expect(await img.getAttribute("width")).toBeTruthy();
      expect(await img.getAttribute("height")).toBeTruthy();
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await axe(page);
    await page.screenshot({ path: `${screens}${demo.lang}.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no horizontal scrolling at 320 px").toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screens}${demo.lang}-320.png` });
    expect(unexpected(problems)).toEqual([]);
  });
}

test("the full fixture shows every block type and passes axe in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openArticle(page, "fixtures/valid/full.json");
  for (const selector of [".rdr-body h2", ".rdr-body h3", ".rdr-body h4", ".rdr-quote blockquote", ".rdr-body ol", ".rdr-body ul", ".rdr-embed a", ".rdr-body table", ".rdr-lead figcaption", ".rdr-authors h2", ".rdr-tags a", ".rdr-source"]) {
    await expect(page.locator(selector).first(), selector).toBeVisible();
  }
  await axe(page);
  await page.screenshot({ path: `${screens}full-dark.png`, fullPage: true });
});

test("a 404 is announced with its status, and retry recovers (keyboard only)", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(`/?src=${encodeURIComponent("/once/404/retry-404/demo/en.json")}`);
  const alert = page.locator("[role=alert]");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("The server answered with an error.");
  await expect(alert).toContainText("HTTP 404");
  await axe(page);
  await page.screenshot({ path: `${screens}error-404.png` });
  // Keyboard only: after the skip link, Tab reaches "Try again"; Enter fetches again.
  await page.keyboard.press("Tab");
  await expect(page.locator(".rdr-skip")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("button.rdr-retry")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.locator("article h1")).toBeFocused();
  await expect(alert).toHaveCount(0);
  expect(unexpected(problems)).toEqual([]);
});

test("a malformed body is announced, and retry recovers", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("/once/garbage/retry-garbage/demo/fr.json")}`);
  const alert = page.locator("[role=alert]");
  await expect(alert).toContainText("not a readable article");
  await expect(alert).toContainText("not JSON");
  await page.locator("button.rdr-retry").click();
  await expect(page.locator("article h1")).toBeVisible();
});

test("a truncated file and an HTML error page are not articles", async ({ page }) => {
  for (const src of ["fixtures/broken/truncated.json", "fixtures/broken/not-json.html"]) {
    await page.goto(`/?src=${encodeURIComponent(src)}`);
    await expect(page.locator("[role=alert]")).toContainText("not JSON");
    await expect(page.locator("button.rdr-retry")).toBeVisible();
  }
});

test("a contract violation names the JSON path; an unknown version says so", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("fixtures/invalid/heading-level.json")}`);
  await expect(page.locator("[role=alert]")).toContainText("body[1].level");
  await page.goto(`/?src=${encodeURIComponent("fixtures/invalid/version-2.json")}`);
  await expect(page.locator("[role=alert]")).toContainText("newer format");
});

test("interface language follows ?lang= for errors", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("/status/500")}&lang=ar`);
  const alert = page.locator("[role=alert]");
  await expect(alert).toContainText("تعذّر عرض هذا المقال");
  await expect(page.locator(".rdr")).toHaveAttribute("dir", "rtl");
  await axe(page);
});

test("slow loading shows a skeleton, announces politely, then the article without layout shift", async ({ page }) => {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/?src=${encodeURIComponent("/slow/1500/demo/en.json")}`);
  await expect(page.locator(".rdr-skeleton")).toBeVisible();
  await expect(page.locator(".rdr")).toHaveAttribute("aria-busy", "true");
  await expect(page.locator(".rdr > [role=status]")).toHaveText("Loading the article…");
  await expect(page.locator("article h1")).toBeVisible({ timeout: 10_000 });
  await expect(page.locator(".rdr > [role=status]")).toHaveText("");
  await expect(page.locator(".rdr")).not.toHaveAttribute("aria-busy", "true");
  const cls = await page.evaluate(() => window.__cls);
  expect(cls, "cumulative layout shift").toBeLessThan(0.01);
});

test("a quick load makes no announcement, and none is ever made twice", async ({ page }) => {
  await page.addInitScript(() => {
    // Each time the status line comes to say something (not each mutation while it says it).
    window.__said = [];
    let last = "";
    new MutationObserver(() => {
      const text = document.querySelector(".rdr > [role=status]")?.textContent ?? "";
      if (text && text !== last) window.__said.push(text);
      last = text;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openArticle(page, "demo/en.json");
  // The wait is announced when the article has not come 300 ms after its request started (the
  // start-up script's timer): how long this one took is the browser's own measure, not a guess.
  const took = await page.evaluate(() => {
    const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/demo/en.json"));
    return entry.responseEnd - entry.startTime;
  });
  const said = await page.evaluate(() => window.__said);
  if (took < 150) expect(said, `the article came in ${took.toFixed(0)} ms`).toEqual([]);
  else expect(said.length, `the article came in ${took.toFixed(0)} ms`).toBeLessThanOrEqual(1);
});
