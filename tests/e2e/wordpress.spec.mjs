// WordPress REST posts, auto-detected, in the standalone and embedded readers.
import { test, expect } from "@playwright/test";
import { axe, readerReady, screens, unexpected, watchConsole } from "./helpers.mjs";
import { arm, dropCsp, expectInert, plantControl } from "./inert.mjs";

const POST = "/wp-json/wp/v2/posts/4512?_embed";

test("a WordPress post renders in the standalone reader, with related stories from its category", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(`/?src=${encodeURIComponent(POST)}&lang=fr`);
  const h1 = page.locator("article h1");
  await expect(h1).toBeVisible();
  await readerReady(page);
  // Entities decoded to plain text.
  expect(await h1.innerText()).not.toMatch(/&#|&amp;|&nbsp;/);
  await expect(page.locator("article")).toHaveAttribute("lang", "fr");
  await expect(page.locator(".rdr-section a")).toBeVisible();
  await expect(page.locator(".rdr-body h2").first()).toBeVisible();
  await expect(page.locator(".rdr-quote blockquote")).toBeVisible();
  await expect(page.locator(".rdr-body figure img").first()).toBeVisible();
  await expect(page.locator(".rdr-embed a")).toBeVisible();
  await expect(page.locator(".rdr-lead img")).toBeVisible();
  await expect(page.locator(".rdr-authors")).toBeVisible();
  await expect(page.locator("time[datetime$='Z']").first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const related = page.getByRole("region", { name: "À lire aussi" });
  await expect(related.getByRole("listitem")).toHaveCount(3);
  await axe(page);
  await page.screenshot({ path: `${screens}wordpress.png`, fullPage: true });
  expect(unexpected(problems)).toEqual([]);
});

test("a one-element array of posts, a post without _embedded, and an embedded WordPress reader", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("/fixtures/wordpress/posts-array.json")}`);
  await expect(page.locator("article h1")).toBeVisible();
  await page.goto(`/?src=${encodeURIComponent("/fixtures/wordpress/no-embedded.json")}`);
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.locator(".rdr-authors")).toHaveCount(0);
  await page.goto("/fixtures/host/index.html");
  await page.evaluate(() => {
    const reader = document.createElement("div");
    reader.id = "wp";
    reader.setAttribute("data-article-reader", "");
    reader.setAttribute("data-src", "/wp-json/wp/v2/posts/4512?_embed");
    document.getElementById("more").append(reader);
  });
  await expect(page.locator("#wp article h1")).toBeVisible();
  // The host page is English and gives the post its language.
  await expect(page.locator("#wp article")).toHaveAttribute("lang", "en");
});

test("a protected post says so; JSON that is neither shape names what was expected", async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent("/fixtures/wordpress/protected.json")}`);
  await expect(page.locator("[role=alert]")).toContainText("password-protected");
  await page.goto(`/?src=${encodeURIComponent("/fixtures/wordpress/not-wordpress.json")}`);
  await expect(page.locator("[role=alert]")).toContainText("an article (contract v1) or a WordPress post");
});

for (const csp of [true, false]) {
  test(`a hostile WordPress post stays inert ${csp ? "under the strict CSP" : "with no CSP at all"}`, async ({ page }) => {
    const problems = watchConsole(page);
    const seen = await arm(page);
    if (!csp) await dropCsp(page);
    await page.goto(`/?src=${encodeURIComponent("/fixtures/wordpress/hostile.json")}`);
    await expect(page.locator("article h1")).toBeVisible();
    await readerReady(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // (Its safe image is on the publisher's own host, blog.example: requests there are expected.)
    await expectInert(page, seen, problems);
    await plantControl(page, csp);
  });
}
