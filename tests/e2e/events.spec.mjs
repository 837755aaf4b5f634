// Publishers' analytics and API: the `article-reader:*` events (heard on the document, across
// the shadow boundary, from two readers on one page), each with its documented detail exactly
// when promised, and the element API (`ready`, `src`, `reload()`), on the branded example host
// and the standalone page.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axe, readerReady, screens, settled, trackRequests, unexpected, watchConsole } from "./helpers.mjs";

const demo = (lang) => JSON.parse(readFileSync(new URL(`../../demo/${lang}.json`, import.meta.url), "utf8"));
const NAMES = ["load", "error", "progress", "share", "related", "display"];

/// Records every reader event that reaches the document: its target (the reader's element, by
/// id), whether it bubbles and crosses shadow roots, and its detail.
async function record(page) {
  await page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) {
      document.addEventListener(`article-reader:${name}`, (e) =>
        window.__events.push({
          type: name,
          target: e.target.id,
          bubbles: e.bubbles,
          composed: e.composed,
          detail: e.detail,
        }),
      );
    }
  }, NAMES);
}

/// The recorded events, of one type if given.
const heard = (page, type) => page.evaluate((type) => window.__events.filter((e) => !type || e.type === type), type);

/// The detail `ready` resolves to, or `{ rejected: detail }`.
const outcome = (locator) =>
  locator.evaluate((el) => el.ready.then((detail) => detail, (error) => ({ rejected: error })));

/// Words of an article's reading matter, from its JSON (what the reading time counts:
/// paragraphs, headings, quotes and list items, markup stripped; not images, captions or embeds).
const words = (article) =>
  article.body
    .flatMap((b) => (b.items ?? [b.text ?? b.html ?? ""]).filter(() => !["image", "embed"].includes(b.type)))
    .map((t) => t.replace(/<[^>]*>/g, ""))
    .flatMap((t) => t.split(/\s+/).filter(Boolean)).length;

/// The upper figure of the reading-time badge.
const badgeMinutes = async (host) => Number((await host.locator(".rdr-badge span[aria-hidden]").innerText()).match(/\d+/g).pop());

test("load: each of two readers tells the page what it shows, and ready resolves to the same", async ({ page }) => {
  const problems = watchConsole(page);
  await record(page);
  await page.goto("/examples/host.html");
  const une = page.locator("#une");
  const edition = page.locator("#edition-reader");
  await expect(une.locator("article h1")).toBeVisible();
  await expect(edition.locator("article h1")).toBeVisible();
  await expect.poll(async () => (await heard(page, "load")).map((e) => e.target).sort()).toEqual(["edition-reader", "une"]);
  const origin = new URL(page.url()).origin;
  const loads = await heard(page, "load");
  for (const [host, lang] of [[une, "fr"], [edition, "en"]]) {
    const event = loads.find((e) => e.target === (lang === "fr" ? "une" : "edition-reader"));
    const article = demo(lang);
    expect(event.bubbles && event.composed, "heard outside the shadow root").toBe(true);
    expect(event.detail).toEqual({
      id: article.id,
      url: article.url,
      src: `${origin}/demo/${lang}.json`,
      title: article.title,
      lang,
      words: words(article),
      minutes: await badgeMinutes(host),
      source: "contract",
    });
    expect(await outcome(host)).toEqual(event.detail);
  }
  // Nothing else on load: no progress without scrolling, no error.
  expect((await heard(page)).map((e) => e.type)).toEqual(["load", "load"]);
  // The site's analytics got both, through its own listener (examples/site.js).
  const layer = await page.evaluate(() => window.dataLayer.map((e) => `${e.event} ${e.reader} ${e.lang}`).sort());
  expect(layer).toEqual(["article-reader:load edition-reader en", "article-reader:load une fr"]);
  await expect(page.locator("#edition-status")).toHaveText(`Affiché : « ${demo("en").title} » (${await badgeMinutes(edition)} min)`);
  expect(unexpected(problems)).toEqual([]);
});

test("error: the kind, status and JSON path, and ready rejects with them", async ({ page }) => {
  const problems = watchConsole(page);
  await record(page);
  await page.goto("/examples/host.html");
  await expect(page.locator("#une article h1")).toBeVisible();
  await page.evaluate(() => {
    const reader = document.createElement("article-reader");
    reader.id = "late";
    reader.setAttribute("src", "/status/404");
    document.querySelector("main").append(reader);
  });
  const late = page.locator("#late");
  await expect(late.locator("[part=notice]")).toBeVisible();
  const notFound = { kind: "http", status: 404, message: "HTTP 404" };
  expect(await outcome(late)).toEqual({ rejected: notFound });
  expect((await heard(page, "error")).map((e) => [e.target, e.detail])).toEqual([["late", notFound]]);

  // A document that breaks the contract: the first offending path.
  await late.evaluate((el) => (el.src = "/fixtures/invalid/block-type-number.json"));
  const invalid = await outcome(late);
  expect(invalid.rejected).toMatchObject({ kind: "format", path: expect.stringMatching(/^body\[\d+\]\.type$/) });
  expect(invalid.rejected.message).toContain(invalid.rejected.path);
  const error = page.locator("#late [part=notice]");
  await expect(error).toContainText(invalid.rejected.path);

  // A good article after that: `ready` is a new promise, resolved.
  await late.evaluate((el) => (el.src = "/demo/en.json"));
  await expect(late.locator("article h1")).toHaveText(demo("en").title);
  expect((await outcome(late)).title).toBe(demo("en").title);
  expect((await heard(page, "error")).length).toBe(2);
  expect(unexpected(problems)).toEqual([]);
});

test("API: src reflects the attribute and loads, reload() asks again, ready follows, in both forms", async ({ page }) => {
  const problems = watchConsole(page);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await record(page);
  await page.goto("/examples/host.html");
  const une = page.locator("#une");
  const edition = page.locator("#edition-reader");
  await expect(une.locator("article h1")).toBeVisible();
  await expect(edition.locator("article h1")).toBeVisible();
  expect(await edition.evaluate((el) => el.src)).toBe("/demo/en.json");
  expect(await une.evaluate((el) => el.src)).toBe("/demo/fr.json");

  // The site's edition chooser sets `src` (examples/site.js); its status line awaits `ready`.
  await page.getByLabel("Édition", { exact: true }).selectOption("/demo/ar.json");
  await expect(edition).toHaveAttribute("src", "/demo/ar.json");
  await expect(edition.locator("article h1")).toHaveText(demo("ar").title);
  await expect(edition.locator("article")).toHaveAttribute("dir", "rtl");
  expect((await outcome(edition)).lang).toBe("ar");
  await expect(page.locator("#edition-status")).toContainText(demo("ar").title);

  // reload(): a new request for the same article, and `ready` waits for it.
  const before = requests.filter((p) => p === "/demo/ar.json").length;
  const reloaded = await edition.evaluate(async (el) => {
    el.reload();
    return (await el.ready).title;
  });
  expect(reloaded).toBe(demo("ar").title);
  expect(requests.filter((p) => p === "/demo/ar.json").length).toBe(before + 1);
  await page.getByRole("button", { name: "Recharger l’article" }).click();
  await expect.poll(() => requests.filter((p) => p === "/demo/ar.json").length).toBe(before + 2);

  // The attribute form: `src` is `data-src`, and setting it loads at once.
  const switched = await une.evaluate(async (el) => {
    el.src = "/demo/en.json";
    return [el.getAttribute("data-src"), (await el.ready).lang];
  });
  expect(switched).toEqual(["/demo/en.json", "en"]);
  await expect(une.locator("article h1")).toHaveText(demo("en").title);
  const fromUne = (await heard(page, "load")).filter((e) => e.target === "une").map((e) => e.detail.lang);
  expect(fromUne).toEqual(["fr", "en"]);

  // A reader added later gets the API too.
  await page.evaluate(() => {
    const reader = document.createElement("div");
    reader.id = "added";
    reader.setAttribute("data-article-reader", "");
    reader.setAttribute("data-src", "/demo/fr.json");
    document.querySelector("main").append(reader);
  });
  const added = page.locator("#added");
  await expect(added.locator("article h1")).toBeVisible();
  expect((await outcome(added)).id).toBe(demo("fr").id);
  expect(await added.evaluate((el) => typeof el.reload)).toBe("function");
  expect(unexpected(problems)).toEqual([]);
});

test("share, display and related: the control used, on its own reader only", async ({ page, context }) => {
  const problems = watchConsole(page);
  await record(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/examples/host.html");
  const une = page.locator("#une");
  const edition = page.locator("#edition-reader");
  await expect(une.locator("article h1")).toBeVisible();
  await expect(edition.locator("article h1")).toBeVisible();

  await une.getByRole("button", { name: "Copier le lien" }).click();
  // A network link opens its page in a new tab (closed here: the test is offline).
  const popup = context.waitForEvent("page");
  await une.getByRole("link", { name: /X/ }).click();
  await (await popup).close();
  expect((await heard(page, "share")).map((e) => [e.target, e.detail])).toEqual([
    ["une", { target: "copy" }],
    ["une", { target: "x" }],
  ]);

  // Display choices apply to every reader, but only the one used tells the page.
  await edition.getByRole("button", { name: "Display" }).click();
  await edition.getByRole("button", { name: "Larger text" }).click();
  await edition.getByRole("radio", { name: "Sepia" }).check();
  expect((await heard(page, "display")).map((e) => [e.target, e.detail])).toEqual([
    ["edition-reader", { size: 2, spacing: 1, theme: "auto", font: "site", width: 1, letters: 0, words: 0, align: "start" }],
    ["edition-reader", { size: 2, spacing: 1, theme: "sepia", font: "site", width: 1, letters: 0, words: 0, align: "start" }],
  ]);

  // A related story opened from an embedded reader is a plain link: the page hears of it as the
  // link is followed (the test cancels the navigation after the reader's handler, to stay here).
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const card = une.locator(".rdr-related a").first();
  await expect(card).toBeVisible();
  const url = await card.getAttribute("href");
  await page.evaluate(() => document.addEventListener("click", (e) => e.preventDefault(), { once: true }));
  await card.click();
  await expect.poll(() => page.evaluate(() => window.dataLayer.at(-1))).toEqual({ event: "article-reader:related", reader: "une", url });
  const layer = await page.evaluate(() => window.dataLayer.at(-1));
  expect(layer).toEqual({ event: "article-reader:related", reader: "une", url });
  expect(unexpected(problems)).toEqual([]);
  // The branded host with its dataLayer log filled in (axe injects styles, so it comes last).
  await axe(page);
  await page.locator(".site-stats").screenshot({ path: `${screens}example-host-datalayer.png` });
});

test("related in place (standalone): url and src, then the new article's load and ready", async ({ page }) => {
  const problems = watchConsole(page);
  await record(page);
  await page.goto("/?src=/demo/fr.json");
  const main = page.locator("#content");
  await expect(main.locator("article h1")).toHaveText(demo("fr").title);
  // The reader has taken the painted article over (before that, a related link is a plain link).
  await readerReady(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const card = main.locator(".rdr-related a", { hasText: demo("en").title });
  await card.click();
  await expect(main.locator("article h1")).toHaveText(demo("en").title);
  const origin = new URL(page.url()).origin;
  const related = await heard(page, "related");
  expect(related.map((e) => [e.target, e.detail])).toEqual([
    ["content", { url: demo("fr").related.find((r) => r.src === "en.json").url, src: `${origin}/demo/en.json` }],
  ]);
  // The load event comes once the new article's tools are all on screen (a few tasks later).
  await expect.poll(async () => (await heard(page, "load")).map((e) => e.detail.lang)).toEqual(["fr", "en"]);
  expect((await outcome(main)).id).toBe(demo("en").id);
  expect(unexpected(problems)).toEqual([]);
});

test("progress: 25, 50, 75 and 100 % of the body, once each, after real scrolling, with visible seconds", async ({ page }) => {
  const problems = watchConsole(page);
  trackRequests(page);
  await page.clock.install();
  await page.setViewportSize({ width: 390, height: 700 });
  await record(page);
  await page.goto("/?src=/demo/fr.json");
  const main = page.locator("#content");
  await expect(main.locator("article h1")).toBeVisible();
  await expect.poll(async () => (await heard(page, "load")).length).toBe(1);
  await settled(page);
  expect(await heard(page, "progress"), "nothing before the reader scrolls").toEqual([]);

  /// Scrolls the page so that `fraction` of the body has been read (the bar's own measure).
  const scrollTo = (fraction) =>
    page.evaluate(async (fraction) => {
      const body = document.querySelector(".rdr-body").getBoundingClientRect();
      const top = body.top + window.scrollY;
      window.scrollTo(0, top + fraction * (body.height - window.innerHeight));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, fraction);
  const percents = async () => (await heard(page, "progress")).map((e) => e.detail.percent);

  await scrollTo(0.2);
  await page.clock.runFor(100);
  expect(await percents(), "20 % is not a milestone").toEqual([]);

  // A minute in a background tab does not count as reading time.
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  await page.clock.fastForward(60_000);
  await page.evaluate(() => {
    delete document.hidden;
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  await scrollTo(0.3);
  await page.clock.runFor(100);
  expect(await percents()).toEqual([25]);
  const [quarter] = await heard(page, "progress");
  expect(quarter.target).toBe("content");
  expect(quarter.detail.seconds).toBeLessThan(60);

  // Twenty visible seconds later, half way.
  await page.clock.fastForward(20_000);
  await scrollTo(0.55);
  await page.clock.runFor(100);
  expect(await percents()).toEqual([25, 50]);
  const half = (await heard(page, "progress"))[1];
  expect(half.detail.seconds).toBeGreaterThanOrEqual(quarter.detail.seconds + 20);
  expect(half.detail.seconds).toBeLessThan(quarter.detail.seconds + 60);

  // Back up, then straight to the end: 75 and 100 once, 25 and 50 not again.
  await scrollTo(0);
  await page.clock.runFor(100);
  await scrollTo(1);
  await page.clock.runFor(100);
  await scrollTo(0.1);
  await page.clock.runFor(100);
  await scrollTo(1);
  await page.clock.runFor(100);
  expect(await percents()).toEqual([25, 50, 75, 100]);
  expect(unexpected(problems)).toEqual([]);
});
