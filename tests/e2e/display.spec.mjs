// Reader controls (text size, line spacing, theme) and the accessibility of every theme.
import { test, expect } from "@playwright/test";
import { axe, openArticle, screens, unexpected, watchConsole } from "./helpers.mjs";

const bodySize = (page) =>
  page.locator(".rdr-body p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test("keyboard: the Display disclosure changes text size, spacing and theme, announces and remembers", async ({ page }) => {
  const problems = watchConsole(page);
  await openArticle(page);
  // The skip link comes first, in the article's language.
  await page.keyboard.press("Tab");
  await expect(page.locator(".rdr-skip")).toBeFocused();
  await expect(page.locator(".rdr-skip")).toHaveText("Aller à l’article");
  const toggle = page.getByRole("button", { name: "Affichage" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  for (let i = 0; i < 10 && !(await toggle.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(panel).toBeVisible();
  const before = await bodySize(page);
  await page.keyboard.press("Tab"); // A−
  await page.keyboard.press("Tab"); // A+
  await expect(page.getByRole("button", { name: "Agrandir le texte" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".rdr-display [role=status]")).toHaveText("Taille du texte\u202f: 3 sur 5");
  expect(await bodySize(page)).toBeGreaterThan(before * 1.1);
  // Line spacing: a native radio group.
  await page.keyboard.press("Tab");
  const spacing = page.getByRole("group", { name: "Interlignage" });
  await expect(spacing.getByRole("radio", { name: "Normal" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(spacing.getByRole("radio", { name: "Aéré" })).toBeChecked();
  await expect(page.locator(".rdr")).toHaveAttribute("data-spacing", "2");
  // Theme.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Automatique" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Sépia" })).toBeChecked();
  await expect(page.locator(".rdr")).toHaveAttribute("data-theme", "sepia");
  expect(await page.locator(".rdr").evaluate((r) => getComputedStyle(r).backgroundColor)).toBe("rgb(244, 236, 216)");
  await page.screenshot({ path: `${screens}display-sepia.png` });
  // Remembered for the next page of the origin.
  await page.reload();
  await expect(page.locator("article h1")).toBeVisible();
  await expect(page.locator(".rdr")).toHaveAttribute("data-theme", "sepia");
  await expect(page.locator(".rdr")).toHaveAttribute("data-size", "2");
  expect(unexpected(problems)).toEqual([]);
});

test("without storage the controls still work for the page", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  const problems = watchConsole(page);
  await openArticle(page, "demo/en.json");
  await page.getByRole("button", { name: "Display" }).click();
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator(".rdr")).toHaveAttribute("data-theme", "dark");
  expect(unexpected(problems)).toEqual([]);
});

for (const theme of ["light", "dark", "sepia", "contrast"]) {
  test(`axe: no violations in the ${theme} theme with the controls open`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("article-reader:display", `size=1;spacing=1;theme=${t}`), theme);
    await openArticle(page, "demo/en.json");
    await page.getByRole("button", { name: "Display" }).click();
    await axe(page);
    await page.screenshot({ path: `${screens}theme-${theme}.png` });
  });
}

test("axe: forced colours, 320 px wide and 200 % zoom", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await openArticle(page, "demo/ar.json");
  await axe(page);
  await page.screenshot({ path: `${screens}forced-colors.png` });
  await page.emulateMedia({ forcedColors: "none" });
  for (const width of [320, 640]) {
    // 640 CSS px on a 1280 px window is what 200 % zoom gives.
    await page.setViewportSize({ width, height: 720 });
    await openArticle(page, "demo/fr.json");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no horizontal scrolling at ${width} px`).toBeLessThanOrEqual(0);
    await axe(page);
  }
});

test("WCAG 1.4.12 text spacing overrides do not clip content", async ({ page }) => {
  await openArticle(page, "demo/en.json");
  await page.evaluate(() => {
    const rule = "line-height:1.5!important;letter-spacing:0.12em!important;word-spacing:0.16em!important";
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.rdr * { ${rule} } .rdr p { margin-bottom: 2em !important }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll(".rdr *")]
      .filter((el) => {
        const s = getComputedStyle(el);
        return (s.overflow === "hidden" || s.overflowY === "hidden") && el.scrollHeight > el.clientHeight + 1 && !el.classList.contains("rdr-sr");
      })
      .map((el) => el.className),
  );
  expect(clipped).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

const fixtures = [
  "full", "minimal", "unknown-block", "version-absent", "ja", "rtl-explicit",
  "empty-authors", "publisher-minutes", "related-src", "related-src-failing", "cms-markup",
];
for (const theme of ["auto", "dark", "sepia", "contrast"]) {
  test(`axe: every valid fixture in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("article-reader:display", `size=1;spacing=1;theme=${t}`), theme);
    for (const name of fixtures) {
      await openArticle(page, `fixtures/valid/${name}.json`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await axe(page);
    }
  });
}

const conditions = [
  { name: "system dark", setup: (page) => page.emulateMedia({ colorScheme: "dark" }) },
  { name: "forced colours", setup: (page) => page.emulateMedia({ forcedColors: "active" }) },
  { name: "320 px", setup: (page) => page.setViewportSize({ width: 320, height: 720 }) },
  { name: "200 % zoom", setup: (page) => page.setViewportSize({ width: 640, height: 400 }) },
];
for (const condition of conditions) {
  test(`axe: every valid fixture and demo under ${condition.name}`, async ({ page }) => {
    await condition.setup(page);
    for (const src of [...fixtures.map((name) => `fixtures/valid/${name}.json`), "demo/fr.json", "demo/en.json", "demo/ar.json"]) {
      await openArticle(page, src);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no horizontal scrolling: ${src}`).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await axe(page);
    }
  });
}
