// Publishers' theming: the public design tokens (--article-reader-*, set on the reader's element
// and inherited into its shadow root) and the `part` names, on the example host page. The page's
// CSP forbids inline styles, so the test brands it through the CSSOM, as a site's own
// stylesheet would.
import { test, expect } from "@playwright/test";
import { readerReady, unexpected, watchConsole } from "./helpers.mjs";

/// Brands the host page: tokens on both readers, and rules on their parts.
async function brand(page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      article-reader, [data-article-reader] {
        --article-reader-font: "Courier New", monospace;
        --article-reader-font-ui: "DejaVu Sans", sans-serif;
        --article-reader-text: light-dark(rgb(10, 20, 30), rgb(230, 230, 210));
        --article-reader-background: light-dark(rgb(255, 250, 240), rgb(20, 20, 40));
        --article-reader-muted: rgb(90, 90, 90);
        --article-reader-accent: rgb(0, 110, 60);
        --article-reader-link: rgb(0, 70, 160);
        --article-reader-radius: 2px;
        --article-reader-measure: 40ch;
        --article-reader-size: 20px;
      }
      article-reader::part(headline) { text-transform: uppercase; }
      [data-article-reader]::part(badge) { outline: 3px solid rgb(1, 2, 3); }
      article-reader::part(body) { letter-spacing: 1px; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/// Computed styles inside a reader's shadow root.
const styles = (host) =>
  host.evaluate((el) => {
    const root = el.shadowRoot;
    const rdr = getComputedStyle(root.querySelector(".rdr"));
    const part = (name) => root.querySelector(`[part~="${name}"]`);
    const body = part("body");
    return {
      background: rdr.backgroundColor,
      color: rdr.color,
      font: rdr.fontFamily,
      size: rdr.fontSize,
      width: parseFloat(rdr.maxWidth),
      headline: part("headline") && getComputedStyle(part("headline")).textTransform,
      badgeOutline: part("badge") && getComputedStyle(part("badge")).outlineColor,
      bodySpacing: body && getComputedStyle(body).letterSpacing,
      link: body?.querySelector("a") ? getComputedStyle(body.querySelector("a")).color : null,
      parts: [...root.querySelectorAll("[part]")].map((e) => e.getAttribute("part")).sort(),
    };
  });

test("the branded example host: its fonts, colours and parts inside both readers, in both schemes", async ({ page }) => {
  const problems = watchConsole(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/examples/host.html");
  await readerReady(page);
  for (const id of ["#une", "#edition-reader"]) {
    const host = page.locator(id);
    await expect(host.locator("article h1")).toBeVisible();
    const seen = await host.evaluate((el) => {
      const root = el.shadowRoot;
      const css = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        background: css(".rdr").backgroundColor,
        text: css(".rdr").color,
        body: css(".rdr-body p").fontFamily,
        size: css(".rdr").fontSize,
        ui: css(".rdr-meta").fontFamily,
        muted: css(".rdr-meta").color,
        accent: css(".rdr-section a, .rdr-section span").color,
        link: css(".rdr-body a").color,
        radius: css(".rdr-figure img").borderTopLeftRadius,
        headline: css("[part=headline]").fontFamily,
        rule: css("[part=standfirst]").borderBottomColor,
        badge: css("[part=badge]").textTransform,
      };
    });
    expect(seen, id).toEqual({
      background: "rgb(251, 247, 240)",
      text: "rgb(31, 26, 23)",
      body: expect.stringMatching(/^Literata/),
      size: "17px",
      ui: expect.stringMatching(/^"Fira Sans"/),
      muted: "rgb(91, 81, 72)",
      accent: "rgb(138, 28, 43)",
      link: "rgb(22, 54, 92)",
      radius: "2px",
      headline: expect.stringMatching(/^"Fira Sans"/),
      rule: "rgb(138, 28, 43)",
      badge: "uppercase",
    });
  }
  // The site's fonts are used inside the shadow roots: the browser fetched and loaded them.
  await page.waitForFunction(() => document.fonts.status === "loaded");
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight}`).sort(),
  );
  expect(loaded).toEqual(expect.arrayContaining(["Fira Sans 700", "Literata 400"]));
  // The measure: the site's line length is the one the reader's layout uses.
  const measure = await page.locator("#une").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".rdr")).getPropertyValue("--rdr-measure").trim());
  expect(measure).toBe("62ch");

  // The dark scheme: the site's light-dark() pairs.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect
    .poll(() => page.locator("#une").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".rdr")).backgroundColor))
    .toBe("rgb(27, 23, 20)");
  await page.emulateMedia({ colorScheme: "light" });
  // Forced colours (Windows high contrast): the system's colours, not the site's.
  await page.emulateMedia({ forcedColors: "active" });
  const forced = await page.locator("#une").evaluate((el) => {
    const css = (selector) => getComputedStyle(el.shadowRoot.querySelector(selector));
    return [css(".rdr").backgroundColor, css("[part=standfirst]").borderBottomColor, css(".rdr-section a, .rdr-section span").color];
  });
  expect(forced).not.toContain("rgb(251, 247, 240)");
  expect(forced).not.toContain("rgb(138, 28, 43)");
  await page.emulateMedia({ forcedColors: "none" });
  expect(unexpected(problems)).toEqual([]);
});

test("the host's design tokens and part rules reach inside the readers' shadow roots", async ({ page }) => {
  const problems = watchConsole(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/examples/host.html");
  const element = page.locator("article-reader");
  const attribute = page.locator("[data-article-reader]");
  await expect(element.locator("article h1")).toBeVisible();
  await expect(attribute.locator("article h1")).toBeVisible();
  await readerReady(page);
  const before = await styles(element);
  // The example site's own brand (examples/site.css) until the test's stylesheet comes.
  expect(before.background).toBe("rgb(251, 247, 240)");
  expect(before.headline).toBe("none");

  await brand(page);
  const branded = await styles(element);
  expect(branded.background).toBe("rgb(255, 250, 240)");
  expect(branded.color).toBe("rgb(10, 20, 30)");
  expect(branded.font).toContain("Courier New");
  expect(branded.size).toBe("20px");
  // The measure: 40ch of the body font plus the padding on both sides.
  expect(branded.width).toBeLessThan(before.width);
  expect(branded.headline).toBe("uppercase");
  expect(branded.bodySpacing).toBe("1px");
  // Parts are named on both readers; the attribute form is reached by its own selector.
  const other = await styles(attribute);
  expect(other.badgeOutline).toBe("rgb(1, 2, 3)");
  expect(other.headline).toBe("none");
  for (const name of ["headline", "standfirst", "byline", "badge", "body", "share"]) expect(other.parts).toContain(name);
  expect(other.parts).toContain("top");
  // Related stories come in when they near the viewport.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(async () => (await styles(attribute)).parts).toContain("related");

  // The host's light-dark() values follow the scheme.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(async () => (await styles(element)).background).toBe("rgb(20, 20, 40)");

  // A reader's own choices win over the host's colours: dark, sepia and contrast.
  await page.emulateMedia({ colorScheme: "light" });
  await element.getByRole("button", { name: "Display" }).click();
  for (const [name, background] of [["Dark", "rgb(21, 21, 21)"], ["Sepia", "rgb(244, 236, 216)"], ["High contrast", "rgb(0, 0, 0)"]]) {
    await element.getByRole("radio", { name }).check();
    await expect.poll(async () => (await styles(element)).background, name).toBe(background);
  }
  expect(unexpected(problems)).toEqual([]);
});
