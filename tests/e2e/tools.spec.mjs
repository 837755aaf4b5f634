// Reader tools on the release build: share, related stories, back to top, reading progress.
import { test, expect } from "@playwright/test";
import { axe, frames, openArticle, readerReady, screens, settled, unexpected, watchConsole } from "./helpers.mjs";

const FR_URL = "https://news.example/fr/societe/2026/03/12/castelnoir-tram-de-nuit";

/// Presses Tab until `locator` has focus (at most `max` times); fails otherwise.
async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${locator}`);
}

test("keyboard: Copy link puts the canonical URL on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const problems = watchConsole(page);
  await openArticle(page);
  const copy = page.getByRole("button", { name: "Copier le lien" });
  await tabTo(page, copy);
  await page.keyboard.press("Enter");
  await expect(page.locator(".rdr-share [role=status]")).toHaveText("Lien copié");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FR_URL);
  expect(unexpected(problems)).toEqual([]);
});

test("when the clipboard refuses, the link is shown selected with instructions", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
  });
  await openArticle(page, "demo/en.json");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator(".rdr-share [role=status]")).toContainText("could not be copied automatically");
  const field = page.getByRole("textbox", { name: "Link to this article" });
  await expect(field).toBeFocused();
  expect(await field.inputValue()).toMatch(/^https:\/\//);
  expect(await field.evaluate((i) => i.selectionEnd - i.selectionStart)).toBe((await field.inputValue()).length);
});

test("network targets: names platform first, encoded URLs, new tab without opener", async ({ page }) => {
  await openArticle(page);
  const facebook = page.getByRole("link", { name: "Facebook, partager cet article" });
  await expect(facebook).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(FR_URL)}`);
  await expect(facebook).toHaveAttribute("target", "_blank");
  await expect(facebook).toHaveAttribute("rel", "noopener noreferrer");
  const x = page.getByRole("link", { name: "X, partager cet article" });
  const title = await page.locator("h1").innerText();
  expect(await x.getAttribute("href")).toBe(
    `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${encodeURIComponent(FR_URL)}`,
  );
  const email = page.getByRole("link", { name: "E-mail, partager cet article" });
  expect(await email.getAttribute("href")).toMatch(/^mailto:\?subject=/);
  // No native sheet in headless Linux: the button is left out rather than broken.
  await expect(page.getByRole("button", { name: "Partager…" })).toHaveCount(0);
  // Every control is a 44×44 px target at least.
  for (const control of await page.locator(".rdr-share-btn").all()) {
    const box = await control.boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
});

for (const reduced of [false, true]) {
  test(`back to top appears after a viewport, returns to the top and focuses the headline${reduced ? " (reduced motion: instantly)" : ""}`, async ({ page }) => {
    if (reduced) await page.emulateMedia({ reducedMotion: "reduce" });
    await openArticle(page);
    const top = page.locator("a.rdr-top");
    await expect(top).toHaveAttribute("data-shown", "false");
    await expect(top).toHaveAttribute("href", /^#rdr\d+-top$/);
    await expect(top).toHaveAccessibleName("Retour en haut de la page");
    await page.evaluate(() => window.scrollTo(0, window.innerHeight * 2.5));
    await expect(top).toHaveAttribute("data-shown", "true");
    await top.focus();
    await page.keyboard.press("Enter");
    if (reduced) {
      // No animation: already at the top on the next frame.
      await frames(page, 1);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator("article h1")).toBeFocused();
    await expect(top).toHaveAttribute("data-shown", "false");
  });
}

test("reading progress follows the body and reaches 100 % at its end", async ({ page }) => {
  await openArticle(page);
  const bar = page.locator("progress.rdr-progress");
  await expect(bar).toHaveAttribute("aria-hidden", "true");
  await expect(bar).toHaveCount(1);
  expect(Number(await bar.getAttribute("value"))).toBeLessThan(50);
  await page.evaluate(() => {
    const body = document.querySelector(".rdr-body").getBoundingClientRect();
    window.scrollTo(0, window.scrollY + body.top + body.height / 2 - window.innerHeight / 2);
  });
  await expect.poll(async () => Number(await bar.getAttribute("value"))).toBeGreaterThan(300);
  expect(Number(await bar.getAttribute("value"))).toBeLessThan(700);
  await page.evaluate(() => {
    const body = document.querySelector(".rdr-body").getBoundingClientRect();
    window.scrollTo(0, window.scrollY + body.bottom - window.innerHeight + 2);
  });
  await expect.poll(async () => Number(await bar.getAttribute("value"))).toBe(1000);
});

test("related stories from relatedSrc load when scrolled near, as a labelled list", async ({ page }) => {
  const problems = watchConsole(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 360, height: 480 });
  // full.json carries two related stories itself and a relatedSrc list of eight, which wins.
  await openArticle(page, "fixtures/valid/full.json");
  const distance = await page.evaluate(() => document.querySelector(".rdr-related-sentinel").getBoundingClientRect().top - innerHeight);
  expect(distance, "the fixture is long enough for this test").toBeGreaterThan(700);
  expect(requests.some((u) => u.includes("related/list.json")), "not fetched before it is needed").toBe(false);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const section = page.getByRole("region", { name: "Related stories" });
  await expect(section).toBeVisible();
  await expect(section.getByRole("heading", { level: 2, name: "Related stories" })).toBeVisible();
  await expect(section.getByRole("listitem")).toHaveCount(8);
  await axe(page);
  // Their pictures load (relative URLs resolve against the list's own URL).
  await settled(page);
  expect(unexpected(problems)).toEqual([]);
});

test("a failing relatedSrc leaves the article intact and the list out, quietly", async ({ page }) => {
  const problems = watchConsole(page);
  const failed = page.waitForResponse((r) => r.url().includes("/status/500"));
  await openArticle(page, "fixtures/valid/related-src-failing.json");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await failed;
  await settled(page);
  await expect(page.locator(".rdr-related")).toHaveCount(0);
  await expect(page.locator("[role=alert]")).toHaveCount(0);
  await expect(page.locator("article h1")).toBeVisible();
  expect(unexpected(problems)).toEqual([]);
});

test("Home and End reach the top and bottom of a long article on the first press", async ({ page }) => {
  await page.goto("/?src=/big/0.5");
  await expect.poll(() => page.locator(".rdr-body").evaluate((b) => b.lastElementChild?.textContent)).toContain("The end of the very long article.");
  // The reader has taken the painted article over: End is finished by the reader (use_end_key).
  await readerReady(page);
  // The related stories under the body appear when it nears the viewport; once they are in, the
  // page is complete (and End has a fixed end to reach).
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator(".rdr-related a")).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Back at the top, with that scroll over (its events dispatched) before End is pressed.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await frames(page, 3);
  // How far the page could still scroll (below 1: scrollHeight is rounded to whole pixels).
  const gap = () => page.evaluate(() => {
    const s = document.scrollingElement;
    return s.scrollHeight - s.clientHeight - window.scrollY;
  });
  // Blocks far from the viewport have estimated heights and the animated scroll passes them: the
  // page moves under the jump (it stopped 40 to 2,000 px short), and the reader finishes it
  // (jump_to_end.rs). End means the end.
  await page.keyboard.press("End");
  await expect.poll(gap).toBeLessThan(1);
  await frames(page);
  expect(await gap()).toBeLessThan(1);
  await expect(page.getByText("The end of the very long article.")).toBeInViewport();
  await page.keyboard.press("Home");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator("article h1")).toBeInViewport();
});

test("Back to a long article finds the block the reader was at, though heights out of view are estimates", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/?src=/big/0.5");
  const body = page.locator(".rdr-body");
  await expect(page.locator(".rdr-related a")).toHaveCount(1);
  // The whole body is built (blocks after the first screens are laid out only near the viewport).
  await expect.poll(() => body.evaluate((b) => b.lastElementChild?.textContent)).toContain("The end of the very long article.");
  // The reader has taken the painted article over (before that, a related link is a plain link).
  await readerReady(page);
  // The block's text and top, once the (re)built body has it.
  const at = (i) =>
    page.evaluate((i) => {
      const block = document.querySelector(".rdr-body")?.children[i];
      return block ? { text: block.textContent.slice(0, 80), top: Math.round(block.getBoundingClientRect().top) } : {};
    }, i);
  await page.evaluate(() => {
    // Block 600 (a heading: its scroll margin counts in scrollIntoView) 37 pixels from the top.
    const block = document.querySelector(".rdr-body").children[600];
    block.scrollIntoView();
    window.scrollBy(0, block.getBoundingClientRect().top - 37);
  });
  const before = await at(600);
  expect(before.top).toBe(37);
  // Open the related story where the reader is (a click that does not scroll), then come back.
  await page.locator(".rdr-related a").evaluate((a) => a.click());
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  await page.goBack();
  await expect(page.locator("article h1")).toHaveText(/A very long article/);
  // The same block at the top, where it was, to the pixel (restoring by pixel offset put it
  // hundreds of pixels away), and it stays there.
  await expect.poll(async () => (await at(600)).top).toBe(37);
  await frames(page, 5);
  expect((await at(600)).top).toBe(37);
  expect((await at(600)).text).toBe(before.text);
  expect(unexpected(problems)).toEqual([]);
});

test("a related story opens in place; Back restores the first article, its title, scroll and focus", async ({ page, context }) => {
  const problems = watchConsole(page);
  const h1 = await openArticle(page);
  const firstTitle = await h1.innerText();
  await expect(page).toHaveTitle(firstTitle);
  const card = page.locator(".rdr-related a").first();
  await card.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(500);
  // A modified click still opens a new tab.
  const [popup] = await Promise.all([context.waitForEvent("page"), card.click({ modifiers: ["Control"] })]);
  await popup.close();
  await expect(page.locator("article h1")).toHaveText(firstTitle);
  // A plain click stays in the reader.
  await card.click();
  await expect(page).toHaveURL(/\?src=.*en\.json$/);
  await expect(page.locator("article h1")).not.toHaveText(firstTitle);
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  await expect(page.locator("article h1")).toBeFocused();
  await expect(page).toHaveTitle(await page.locator("article h1").innerText());
  const ld = await page.locator("script[type='application/ld+json']").allTextContents();
  expect(ld.map((t) => JSON.parse(t).headline)).toEqual([await page.locator("article h1").innerText()]);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /news\.example\/en\//);
  await page.goBack();
  await expect(page.locator("article h1")).toHaveText(firstTitle);
  await expect(page).toHaveTitle(firstTitle);
  await expect(page.locator("article h1")).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 50);
  await page.goForward();
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  expect(unexpected(problems)).toEqual([]);
});

test("all tools visible pass axe, in light and dark", async ({ page }) => {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await openArticle(page, "demo/en.json");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator(".rdr-related")).toBeVisible();
    await expect(page.locator("a.rdr-top")).toHaveAttribute("data-shown", "true");
    await expect(page.locator("a.rdr-top")).toHaveCSS("opacity", "1"); // its fade-in is over
    await axe(page);
    await page.screenshot({ path: `${screens}tools-${scheme}.png` });
  }
});
