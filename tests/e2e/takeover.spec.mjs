// The first paint and the takeover (issue 22): the paint module puts the article on screen, the
// reader's module comes after it and adopts what was painted. The reader's module is held back by
// the test (its request waits for a release), so that what a person does on the painted article
// happens before the takeover every time, however fast the machine.
import { test, expect } from "@playwright/test";
import { axe, frames, readerReady, settled, unexpected, watchConsole } from "./helpers.mjs";

const READER_WASM = /\/(article-reader-[0-9a-f]+|article-reader)_bg\.wasm$/;
const PAINT_WASM = /\/(paint-[0-9a-f]+|article-reader-paint)_bg\.wasm$/;

/// Holds the reader's module back until `release()`; counts the requests for each module.
async function holdReader(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const counts = { reader: 0, paint: 0 };
  page.on("request", (r) => {
    if (READER_WASM.test(new URL(r.url()).pathname)) counts.reader++;
    if (PAINT_WASM.test(new URL(r.url()).pathname)) counts.paint++;
  });
  await page.route((url) => READER_WASM.test(url.pathname), async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release(), counts };
}

/// Sums the layout shifts the page reports from now on (`layout-shift` entries, input or not).
async function watchShifts(page) {
  await page.evaluate(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: "layout-shift" });
  });
}

test("the painted article is adopted as it is: scroll position, selection, no shift, one headline", async ({ page }) => {
  const problems = watchConsole(page);
  const reader = await holdReader(page);
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`/?src=${encodeURIComponent("/demo/fr.json")}`);
  // Painted: the headline is there, the reader is not (its module is held), and no control shows.
  await expect(page.locator("[data-rdr-painted] article h1")).toBeVisible();
  expect(reader.counts.reader).toBeLessThanOrEqual(1);
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.locator(".rdr-tools")).toHaveAttribute("data-rdr-placeholder", "");
  await watchShifts(page);
  // A reader scrolls into the body and selects a passage before the tools come.
  const before = await page.evaluate(() => {
    document.querySelector("article h1").__painted = true;
    const paragraph = document.querySelectorAll(".rdr-body p")[2];
    window.scrollTo(0, paragraph.getBoundingClientRect().top + scrollY - 100);
    const range = document.createRange();
    range.setStart(paragraph.firstChild, 0);
    range.setEnd(paragraph.firstChild, 40);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return { y: scrollY, selected: getSelection().toString(), ids: document.querySelectorAll("[id]").length };
  });
  expect(before.y).toBeGreaterThan(300);
  expect(before.selected).toHaveLength(40);

  reader.release();
  await readerReady(page);
  await settled(page);
  await frames(page);
  const after = await page.evaluate(() => ({
    y: scrollY,
    selected: getSelection().toString(),
    same: document.querySelector("article h1").__painted === true,
    headlines: document.querySelectorAll("h1").length,
    painted: document.querySelectorAll("[data-rdr-painted]").length,
    shifts: window.__shifts,
    ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
  }));
  expect(after.same, "the painted headline is the reader's (not painted again)").toBe(true);
  expect(after.y, "scroll position kept").toBe(before.y);
  expect(after.selected, "selection kept").toBe(before.selected);
  expect(after.headlines).toBe(1);
  expect(after.painted, "adopted").toBe(0);
  expect(after.shifts, "layout shift across the takeover").toBeLessThanOrEqual(0.01);
  expect(new Set(after.ids).size, "no id twice").toBe(after.ids.length);
  // Nothing was announced: the article was never slow.
  await expect(page.locator(".rdr > [role=status]")).toHaveText("");
  // Each module was fetched once.
  expect(reader.counts).toEqual({ reader: 1, paint: 1 });
  // The tools work after it: the Display control opens, the text grows.
  const size = await page.locator(".rdr-body p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await page.getByRole("button", { name: "Affichage" }).click();
  await page.getByRole("button", { name: "Agrandir le texte" }).click();
  await expect
    .poll(() => page.locator(".rdr-body p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize)))
    .toBeGreaterThan(size);
  await axe(page);
  expect(unexpected(problems)).toEqual([]);
});

test("focus on the painted article stays where it is across the takeover", async ({ page }) => {
  const problems = watchConsole(page);
  const reader = await holdReader(page);
  await page.goto(`/?src=${encodeURIComponent("/demo/en.json")}`);
  await expect(page.locator("[data-rdr-painted] article h1")).toBeVisible();
  // Keyboard users reach the author's link (a keydown starts the reader's module at once: it is
  // held here, so the takeover still comes after).
  const author = page.locator(".rdr-byline a").first();
  await author.focus();
  await expect(author).toBeFocused();
  reader.release();
  await readerReady(page);
  await settled(page);
  await expect(author).toBeFocused();
  await expect(page.locator(".rdr-tools button").first()).toBeVisible();
  expect(unexpected(problems)).toEqual([]);
});

test("readers embedded in a page are painted, then adopted, each module fetched once", async ({ page }) => {
  const problems = watchConsole(page);
  const reader = await holdReader(page);
  await page.goto("/fixtures/host/index.html");
  for (const id of ["#first", "#second", "#custom"]) {
    await expect(page.locator(`${id} [data-rdr-painted] article h1`)).toBeVisible();
  }
  await watchShifts(page);
  reader.release();
  await readerReady(page);
  await settled(page);
  for (const id of ["#first", "#second", "#custom"]) {
    await expect(page.locator(`${id} article h1`)).toHaveCount(1);
    await expect(page.locator(`${id} [data-rdr-painted]`)).toHaveCount(0);
    await expect(page.locator(`${id} .rdr-tools button`).first()).toBeVisible();
  }
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll("[data-article-reader], article-reader")].flatMap((e) =>
      [...e.shadowRoot.querySelectorAll("[id]")].map((x) => x.id),
    ),
  );
  expect(new Set(ids).size, "no id twice across the readers").toBe(ids.length);
  expect(await page.evaluate(() => window.__shifts), "layout shift across the takeovers").toBeLessThanOrEqual(0.01);
  expect(reader.counts).toEqual({ reader: 1, paint: 1 });
  expect(unexpected(problems)).toEqual([]);
});
