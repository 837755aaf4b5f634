// What assistive technology gets: the accessibility tree per language and the keyboard focus
// order, compared with reviewed files in tests/e2e/snapshots/ (update them deliberately with
// `playwright test --config tests/e2e/playwright.config.mjs a11y --update-snapshots`, then review
// the diff).
import { test, expect } from "@playwright/test";
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { openArticle } from "./helpers.mjs";

const languages = [
  { lang: "fr", src: null },
  { lang: "en", src: "demo/en.json" },
  { lang: "ar", src: "demo/ar.json" },
  { lang: "ja", src: "fixtures/valid/ja.json" },
];

for (const { lang, src } of languages) {
  test(`accessibility tree (${lang}) matches the reviewed snapshot`, async ({ page }) => {
    await openArticle(page, src);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    await expect(page.locator("body")).toMatchAriaSnapshot({ name: `aria-${lang}.aria.yml` });
  });
}

test("keyboard focus order (fr) matches the reviewed list, and focus is always visible", async ({ page }, info) => {
  await openArticle(page);
  const order = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A card link's indicator is drawn around its whole card.
      const style = getComputedStyle(el.closest(".rdr-card") || el);
      const label = el.getAttribute("aria-label") || el.textContent.trim().replace(/\s+/g, " ");
      return {
        name: `${el.tagName.toLowerCase()}: ${label.slice(0, 60)}`,
        visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) break;
    expect(focused.visible, `focus indicator on ${focused.name}`).toBe(true);
    order.push(focused.name);
  }
  const file = new URL("./snapshots/focus-order-fr.json", import.meta.url);
  if (info.config.updateSnapshots === "all" || !existsSync(file)) {
    writeFileSync(file, JSON.stringify(order, null, 2) + "\n");
  }
  expect(order).toEqual(JSON.parse(readFileSync(file, "utf8")));
});
