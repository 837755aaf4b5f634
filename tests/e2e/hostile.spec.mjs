// The hostile corpus in a real browser: tests/fixtures/hostile/article.json carries every case of
// cases.json (built by build.mjs). Every payload that could run calls __trap('<case name>'), so
// any execution — while loading, scrolling, hovering, focusing or clicking — is caught and named.
//
// The test server sends the strict CSP hosts are told to use, which would block inline handlers
// and script URLs by itself; so the corpus also runs with that header removed, to prove that the
// sanitizer and the renderer alone keep it inert (a host page may well have no CSP at all).
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { frames, openArticle, settled, unexpected, watchConsole } from "./helpers.mjs";
import { arm, CLEAN_DOM, domReport, dropCsp, expectInert, plantControl } from "./inert.mjs";

const SRC = "/fixtures/hostile/article.json";
const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8"));
const cases = fixture("cases.json");
const article = fixture("article.json");

/// Opens the hostile article and waits until its body is there.
async function openHostile(page) {
  await openArticle(page, SRC);
  await expect(page.locator(".rdr-body > *").first()).toBeVisible();
}

/// Scrolls down the whole page in half-screen steps (lazy images load), moving the real mouse over
/// every element of the reader on the way.
async function scrollAndHover(page) {
  await page.evaluate(() => {
    window.__hovered = new WeakSet();
  });
  let y = 0;
  for (let step = 0; step < 2000; step++) {
    const points = await page.evaluate((y) => {
      window.scrollTo(0, y);
      const out = [];
      for (const el of document.querySelectorAll(".rdr *")) {
        if (window.__hovered.has(el)) continue;
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (r.width > 0 && r.height > 0 && cy >= 0 && cy < innerHeight && x >= 0 && x < innerWidth) {
          window.__hovered.add(el);
          out.push([x, cy]);
        }
      }
      return out;
    }, y);
    for (const [x, cy] of points) await page.mouse.move(x, cy);
    await frames(page);
    const { height, view } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      view: innerHeight,
    }));
    if (y + view >= height) break;
    y += Math.floor(view / 2);
  }
  await page.mouse.move(0, 0);
}

/// Focuses every focusable element of the reader, then tabs through the page.
async function focusEverything(page) {
  const focusable = await page.evaluate(async () => {
    const all = [...document.querySelectorAll(".rdr a[href], .rdr button, .rdr input, .rdr [tabindex], .rdr abbr")];
    for (const el of all) {
      el.focus();
      await new Promise((r) => setTimeout(r, 0));
    }
    document.activeElement?.blur();
    return all.length;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < Math.min(focusable, 600); i++) await page.keyboard.press("Tab");
  return focusable;
}

/// Fires the events that inline handlers listen for on every element of the reader (never
/// `click`, which has its own step).
async function dispatchEverything(page) {
  return page.evaluate(() => {
    const types = [
      "mouseover", "mouseenter", "mousemove", "mouseout", "pointerover", "pointerenter", "focus", "focusin", "blur",
      "load", "error", "toggle", "beforetoggle", "animationstart", "animationend", "transitionend", "transitionrun",
      "scroll", "scrollend", "begin", "auxclick", "contextmenu", "copy", "wheel", "keydown",
    ];
    let count = 0;
    for (const el of document.querySelectorAll(".rdr-body *, article h1, article header *")) {
      for (const type of types) {
        el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
        count++;
      }
    }
    return count;
  });
}

/// Clicks every link of the reader without leaving the page: `http(s)` and `mailto` links are
/// clicked with their navigation cancelled (inline handlers, were there any, would still run);
/// any other scheme is clicked for real, so a script URL would run and be caught.
async function clickEveryLink(page) {
  const result = await page.evaluate(async () => {
    const safe = /^(https?|mailto):$/;
    const guard = (e) => {
      const a = e.target.closest?.("a[href]");
      if (a && safe.test(a.protocol)) e.preventDefault();
    };
    window.addEventListener("click", guard, true);
    const links = [...document.querySelectorAll(".rdr a[href]")];
    const other = links.filter((a) => !safe.test(a.protocol)).map((a) => a.getAttribute("href"));
    for (const a of links) {
      a.click();
      await new Promise((r) => setTimeout(r, 0));
    }
    window.removeEventListener("click", guard, true);
    return { clicked: links.length, other };
  });
  return result;
}

test.describe("hostile article", () => {
  test.describe.configure({ timeout: 240_000 });

  const modes = [
    { name: "with no CSP at all (the sanitizer alone)", csp: false },
    { name: "under the strict CSP hosts are told to use", csp: true },
  ];
  for (const mode of modes) {
    test(`${cases.length} hostile cases never run ${mode.name}: reading, scrolling, hovering, focusing, clicking`, async ({ page }) => {
      expect(cases.length).toBeGreaterThan(120);
      const problems = watchConsole(page);
      const seen = await arm(page);
      if (!mode.csp) await dropCsp(page);
      await openHostile(page);
      const start = page.url();

      await scrollAndHover(page);
      const focused = await focusEverything(page);
      const dispatched = await dispatchEverything(page);
      const clicks = await clickEveryLink(page);
      await settled(page);

      expect(focused, "focusable elements").toBeGreaterThan(20);
      expect(dispatched, "events dispatched").toBeGreaterThan(1000);
      expect(clicks.clicked, "links clicked").toBeGreaterThan(20);
      expect(clicks.other, "links with a scheme other than http(s)/mailto").toEqual([]);
      expect(page.url(), "never navigated away").toBe(start);
      expect(await page.evaluate(() => window.__fired), "__trap calls (payloads that ran)").toEqual([]);
      expect(seen.dialogs, "dialogs").toEqual([]);
      expect(seen.popups, "popups").toEqual([]);
      // Under the CSP, a violation would mean that something tried to run and was stopped.
      expect(await page.evaluate(() => window.__csp), "security policy violations").toEqual([]);
      expect(seen.offOrigin, "requests leaving the test server").toEqual([]);
      expect(page.frames(), "no frames").toHaveLength(1);
      expect(await domReport(page), "executable markup left in the reader").toEqual(CLEAN_DOM);
      await expect(page.locator("article h1")).toBeVisible();
      expect(unexpected(problems), "page errors").toEqual([]);

      await plantControl(page, mode.csp);
    });
  }

  test("hostile markup renders as inert DOM: every block is there, text fields are verbatim text", async ({ page }) => {
    const problems = watchConsole(page);
    const seen = await arm(page);
    await openHostile(page);
    const h1 = page.locator("article h1");

    // Plain-text fields are shown as the very characters sent, not parsed.
    await expect(h1).toHaveText(article.title);
    await expect(page).toHaveTitle(article.title);
    await expect(page.getByText(article.standfirst, { exact: true })).toBeVisible();
    await expect(page.locator(".rdr-body h2").first()).toHaveText(article.body[1].text);

    // One rendered block per body block that has something safe to show (the image and the
    // embed whose URLs are unsafe are left out), so no payload swallowed its neighbours.
    await expect(page.locator(".rdr-body > *")).toHaveCount(article.body.length - 2);
    // Safe images in the corpus do load; nothing else about them survives.
    const figure = page.locator(`.rdr-body img[src$="/demo/img/figure-en.svg"]`).first();
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.evaluate((i) => i.complete && i.naturalWidth)).toBeGreaterThan(0);

    await expectInert(page, seen, problems);
  });

  test("the detectors are armed: payloads planted by the test itself are caught (no CSP)", async ({ page }) => {
    // Without this, a clean run could also mean a blind trap or a walk that misses elements.
    const seen = await arm(page);
    await dropCsp(page);
    await openHostile(page);
    await page.evaluate(() => {
      const body = document.querySelector(".rdr-body");
      const img = document.createElement("img");
      img.setAttribute("src", "planted-missing.png");
      img.setAttribute("onerror", "__trap('planted-onerror')");
      img.setAttribute("style", "outline:1px solid red");
      const link = document.createElement("a");
      link.setAttribute("href", "javascript:__trap('planted-link')");
      link.textContent = "planted";
      // At the very end of the body: only a scroll through the whole page reaches it.
      const hover = document.createElement("mark");
      hover.setAttribute("onmouseover", "__trap('planted-hover')");
      hover.textContent = "planted hover target";
      const focus = document.createElement("a");
      focus.setAttribute("href", "#planted");
      focus.setAttribute("onfocus", "__trap('planted-focus')");
      focus.textContent = "planted focus target";
      body.append(img, link, document.createElement("iframe"), hover, focus);
    });
    await scrollAndHover(page);
    await focusEverything(page);
    const clicks = await clickEveryLink(page);
    expect(clicks.other).toEqual(["javascript:__trap('planted-link')"]);
    await expect
      .poll(() => page.evaluate(() => [...new Set(window.__fired)].sort()))
      .toEqual(["planted-focus", "planted-hover", "planted-link", "planted-onerror"]);
    const report = await domReport(page);
    expect(report.elements).toEqual(["<iframe>"]);
    expect(report.handlers).toEqual([
      "<img> onerror=__trap('planted-onerror')",
      "<mark> onmouseover=__trap('planted-hover')",
      "<a> onfocus=__trap('planted-focus')",
    ]);
    expect(report.styles).toHaveLength(1);
    expect(report.urls).toEqual(["<a> href=javascript:__trap('planted-link')"]);
    await page.evaluate(() => alert("planted"));
    expect(seen.dialogs).toEqual(["alert: planted"]);
  });
});
