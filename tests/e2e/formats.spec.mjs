// Other newsrooms' formats, auto-detected: an Arc XP story (ANS), a Ghost Content API answer and
// JSON Feeds (related items opening in place through `#<item id>`), their hostile variants inert,
// axe on each.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { axe, unexpected, watchConsole } from "./helpers.mjs";
import { arm, dropCsp, expectInert, plantControl } from "./inert.mjs";

/// A 1×1 PNG for the fixtures' images, which point at files (and hosts) that do not exist here.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const stubImages = (page) =>
  page.route(
    // (Not the hostile journeys' planted control, which must fail to load.)
    (url) => /\.(jpe?g|png|webp|gif)$|\/x$/.test(url.pathname) && !url.pathname.includes("planted"),
    (route) => route.fulfill({ contentType: "image/png", body: PIXEL }),
  );
const fixture = (path) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8"));
const open = async (page, src) => {
  await stubImages(page);
  await page.goto(`/?src=${encodeURIComponent(src)}`);
};
/// The `load` detail of the standalone reader (its element's `ready`).
const loaded = (page) => page.locator("#content").evaluate((el) => el.ready);

test("an Arc XP story: headline, body elements, correction, cards, related stories", async ({ page }) => {
  const problems = watchConsole(page);
  const story = fixture("ans/story-0.10.7-en.json");
  await open(page, "/fixtures/ans/story-0.10.7-en.json");
  await expect(page.locator("article h1")).toHaveText(story.headlines.basic);
  const detail = await loaded(page);
  expect(detail).toMatchObject({ source: "ans", id: story._id, lang: "en", title: story.headlines.basic });
  const body = page.locator(".rdr-body");
  // Each correction is a visible note, in the article's language.
  await expect(body.locator("p", { hasText: "An earlier version of this story" }).locator("strong")).toHaveText("Correction:");
  await expect(body.locator("p", { hasText: "The lane is shared with scooters." }).locator("strong")).toHaveText("Clarification:");
  await expect(body.locator("table")).toHaveCount(1);
  await expect(body.locator("hr")).toHaveCount(1);
  await expect(body.getByRole("link", { name: /Read more: the ferry timetable changes/ })).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:\d+\/metro\/2024\/04\/ferry-timetable\/$/);
  // Embeds are link cards: no third-party frame or script runs.
  await expect(body.locator(".rdr-embed").filter({ hasText: "Timelapse of the repairs" })).toHaveCount(1);
  await expect(page.locator(".rdr :is(iframe, script:not([type='application/ld+json']))")).toHaveCount(0);
  // Unknown element types are skipped, never shown as raw data.
  await expect(body).not.toContainText("custom_embed");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator(".rdr-related li").first()).toContainText("Ferry timetable changes on Monday");
  await axe(page);
  expect(unexpected(problems)).toEqual([]);
});

test("a Ghost post: its cards as blocks, public tags only, the publisher's reading time", async ({ page }) => {
  const problems = watchConsole(page);
  const post = fixture("ghost/post.json").posts[0];
  await open(page, "/fixtures/ghost/post.json");
  await expect(page.locator("article h1")).toHaveText(post.title);
  expect(await loaded(page)).toMatchObject({ source: "ghost", title: post.title, minutes: post.reading_time });
  await expect(page.locator(".rdr-section")).toHaveText(post.primary_tag.name);
  const tags = await page.locator(".rdr-tags li").allInnerTexts();
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.some((t) => t.startsWith("#"))).toBe(false);
  // No card is shown as raw markup: a toggle is a heading and its content, a callout a paragraph.
  const body = page.locator(".rdr-body");
  expect(await body.innerHTML()).not.toContain("kg-");
  expect(post.html).toContain("Can I climb to the top?");
  await expect(body.getByRole("heading", { name: "Can I climb to the top?" })).toHaveCount(1);
  await expect(body.locator("p", { hasText: "Opening hours: 10 a.m. to 5 p.m." })).toHaveCount(1);
  await expect(page.locator("iframe")).toHaveCount(0);
  await axe(page);
  expect(unexpected(problems)).toEqual([]);
});

test("a JSON Feed: the first item, its next items as related stories opening in place by #id", async ({ page }) => {
  const problems = watchConsole(page);
  const feed = fixture("jsonfeed/hugo.json");
  const [first, second] = feed.items;
  await open(page, "/fixtures/jsonfeed/hugo.json");
  await expect(page.locator("article h1")).toHaveText(first.title);
  expect(await loaded(page)).toMatchObject({ source: "jsonfeed", id: first.id, url: first.url });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const card = page.locator(".rdr-related a", { hasText: second.title });
  await expect(card).toBeVisible();
  await card.click();
  await expect(page.locator("article h1")).toHaveText(second.title);
  // The address names the item: `src` ends in `#` and its percent-encoded id.
  const src = new URL(page.url()).searchParams.get("src");
  expect(src).toBe(`http://127.0.0.1:${new URL(page.url()).port}/fixtures/jsonfeed/hugo.json#${encodeURIComponent(second.id)}`);
  expect((await loaded(page)).id).toBe(second.id);
  await page.goBack();
  await expect(page.locator("article h1")).toHaveText(first.title);
  await axe(page);
  expect(unexpected(problems)).toEqual([]);
});

test("JSON Feed: an item chosen by id, an unknown id, an untitled item", async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, "/fixtures/jsonfeed/text-items.json#item%2042");
  await expect(page.locator("article h1")).toHaveText("Night buses return to the harbour line");
  await open(page, `/fixtures/jsonfeed/text-items.json#${encodeURIComponent("item/3?x=é")}`);
  await expect(page.locator("article h1")).toHaveText("Update 3");
  await open(page, "/fixtures/jsonfeed/text-items.json#nope");
  await expect(page.locator("[role=alert]")).toContainText('no item with id "nope"');
  expect(await page.locator("#content").evaluate((el) => el.ready.catch((e) => e))).toMatchObject({ kind: "format", path: "items" });
  // An item without a title: a headline from its first words, said to be one.
  const feed = fixture("jsonfeed/microblog.json");
  await open(page, "/fixtures/jsonfeed/microblog.json");
  const h1 = page.locator("article h1");
  await expect(h1).toBeVisible();
  await expect(h1.locator(".rdr-sr")).toHaveCount(1);
  expect(feed.items[0].title).toBe("");
  await axe(page);
  expect(unexpected(problems)).toEqual([]);
});

for (const [format, path] of [["ANS", "ans/hostile.json"], ["Ghost", "ghost/hostile.json"], ["JSON Feed", "jsonfeed/hostile.json"]]) {
  for (const csp of [true, false]) {
    test(`a hostile ${format} document stays inert ${csp ? "under the strict CSP" : "with no CSP at all"}`, async ({ page }) => {
      const problems = watchConsole(page);
      const seen = await arm(page);
      if (!csp) await dropCsp(page);
      await open(page, `/fixtures/${path}`);
      await expect(page.locator("article h1")).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expectInert(page, seen, problems);
      await plantControl(page, csp);
    });
  }
}
