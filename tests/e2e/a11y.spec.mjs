// What assistive technology gets: the accessibility tree per language and the keyboard focus
// order, compared with reviewed files in tests/e2e/snapshots/ (update them deliberately with
// `playwright test --config tests/e2e/playwright.config.mjs a11y --update-snapshots`, then review
// the diff).
import { test, expect } from "@playwright/test";
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { openArticle, settled, unexpected, watchConsole } from "./helpers.mjs";

const languages = [
  { lang: "fr", src: null },
  { lang: "en", src: "demo/en.json" },
  { lang: "ar", src: "demo/ar.json" },
  { lang: "ja", src: "fixtures/valid/ja.json" },
];

/// The page's accessibility tree as Playwright writes it, less what varies between runs: the test
/// server's port in URLs, and a figure's caption that Chromium only sometimes repeats (or leaves
/// empty) as a text node after its image.
function normalized(snapshot) {
  const lines = snapshot.split("\n");
  const figures = new Set(lines.map((l) => l.match(/- '?figure "(.*)"'?:?$/)?.[1]).filter(Boolean));
  return lines
    .map((line) => line.replace(/http:\/\/127\.0\.0\.1:\d+/g, "http://127.0.0.1"))
    .filter((line) => {
      const text = line.match(/^\s*- text: (.*)$/)?.[1];
      return text === undefined || (text !== '""' && !figures.has(text.replace(/^"|"$/g, "")));
    })
    .join("\n");
}

/// Snapshots are rewritten only when asked (`--update-snapshots`), never because one is missing.
const rewrite = (info) => ["all", "changed"].includes(info.config.updateSnapshots);

for (const { lang, src } of languages) {
  test(`accessibility tree (${lang}) matches the reviewed snapshot`, async ({ page }, info) => {
    const problems = watchConsole(page);
    await openArticle(page, src);
    // A settled page: every image loaded, related stories in.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settled(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    expect(unexpected(problems)).toEqual([]);
    const tree = normalized(await page.locator("body").ariaSnapshot());
    const file = new URL(`./snapshots/aria-${lang}.aria.yml`, import.meta.url);
    // Written only on request (--update-snapshots), after a review: a missing one fails.
    if (rewrite(info)) writeFileSync(file, `${tree}\n`);
    expect(existsSync(file), `${file.pathname} is missing: review the tree, then --update-snapshots`).toBe(true);
    expect(tree).toBe(readFileSync(file, "utf8").trimEnd());
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
  if (rewrite(info)) writeFileSync(file, JSON.stringify(order, null, 2) + "\n");
  expect(existsSync(file), `${file.pathname} is missing: review the order, then --update-snapshots`).toBe(true);
  expect(order).toEqual(JSON.parse(readFileSync(file, "utf8")));
});
