// Cargo features (Cargo.toml): a build shows the tools and reads the formats compiled into it, and
// only those. The journeys run this on the default build (everything in); scripts/test runs it
// again on a smaller build, served from READER_DIST and named by READER_FEATURES.
import { test, expect } from "@playwright/test";
import { readerReady, unexpected, watchConsole } from "./helpers.mjs";

const ALL = "wordpress,ans,ghost,json-feed,share,display,listen,contents,quote-links,resume,related";
const features = new Set((process.env.READER_FEATURES ?? ALL).split(","));
const has = (feature) => features.has(feature);

/// A speech engine with a French voice, so that Listen shows where it is compiled in.
const speech = () => {
  const synth = new EventTarget();
  synth.getVoices = () => [{ name: "Amélie", lang: "fr-FR", voiceURI: "urn:voice:fr" }];
  synth.speak = () => {};
  synth.cancel = () => {};
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
};

test(`the build shows the tools compiled into it, and only those (${[...features].join(", ")})`, async ({ page }) => {
  const problems = watchConsole(page);
  await page.addInitScript(speech);
  // A long read: it has sub-headings for the contents and quotations for quote links.
  await page.goto(`/?src=${encodeURIComponent("/fixtures/valid/longread-fr.json")}`);
  await expect(page.locator("article h1")).toBeVisible();
  await readerReady(page);
  const tools = {
    share: page.getByRole("group", { name: "Partager cet article" }),
    display: page.getByRole("button", { name: "Affichage" }),
    listen: page.getByRole("button", { name: "Écouter" }),
    contents: page.locator(".rdr-contents"),
    // Its live region is there from the start; the offer comes when a place was kept.
    resume: page.locator(".rdr-resume"),
  };
  for (const [feature, locator] of Object.entries(tools)) {
    await expect(locator, feature).toHaveCount(has(feature) ? 1 : 0);
  }
  if (has("display")) {
    await tools.display.click();
    await page.getByRole("button", { name: "Agrandir le texte" }).click();
    await expect(page.locator(".rdr-display [role=status]")).toHaveText("Taille du texte\u202f: 3 sur 5");
  }
  // Quote links: selecting a sentence offers a link to it.
  await page.evaluate(() => {
    const text = document.querySelector(".rdr-body p").firstChild;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(40, text.data.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    // As after a drag or Shift+arrows: the reader looks at the selection on release.
    window.dispatchEvent(new KeyboardEvent("keyup", { key: "Shift" }));
  });
  if (has("quote-links")) await expect(page.locator(".rdr-quote-tools")).toBeVisible();
  else await expect(page.locator(".rdr-quote-tools")).toHaveCount(0);
  // Related stories, at the end of an article that has some.
  await page.goto("/?src=/demo/fr.json");
  await readerReady(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  if (has("related")) await expect(page.locator(".rdr-related")).toBeVisible();
  else await expect(page.locator(".rdr-related")).toHaveCount(0);
  expect(unexpected(problems)).toEqual([]);
});

test("the build reads the formats compiled into it; a format left out is a fault that names it", async ({ page }) => {
  const problems = watchConsole(page);
  // The fixtures' images point at files that do not exist here: a 1×1 PNG stands in.
  const pixel = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
  await page.route((url) => /\.(jpe?g|png|webp|gif)$/.test(url.pathname), (route) => route.fulfill({ contentType: "image/png", body: pixel }));
  const formats = [
    ["wordpress", "/wp-json/wp/v2/posts/4512?_embed", "WordPress"],
    ["ans", "/fixtures/ans/story-0.10.7-en.json", "Arc XP (ANS)"],
    ["ghost", "/fixtures/ghost/post.json", "Ghost"],
    ["json-feed", "/fixtures/jsonfeed/hugo.json", "JSON Feed"],
  ];
  for (const [feature, src, name] of formats) {
    await page.goto(`/?src=${encodeURIComponent(src)}&lang=en`);
    await readerReady(page);
    if (has(feature)) {
      await expect(page.locator("article h1"), feature).toBeVisible();
    } else {
      const alert = page.locator("[role=alert]");
      await expect(alert, feature).toBeVisible();
      await expect(alert).toContainText(`leaves out ${name}`);
      await expect(page.locator("article h1")).toHaveCount(0);
    }
  }
  expect(unexpected(problems).filter((p) => !p.includes("this build"))).toEqual([]);
});
