// Readers embedded in a host page we do not control: hostile CSS, several readers, readers added
// later, the custom element, all under the strict CSP.
import { test, expect } from "@playwright/test";
import { axe, frames, readerReady, screens, settled, trackRequests, unexpected, watchConsole } from "./helpers.mjs";

const HOST = "/fixtures/host/index.html";

async function openHost(page) {
  await page.goto(HOST);
  await expect(page.locator("#first article h1")).toBeVisible();
  await expect(page.locator("#second article h1")).toBeVisible();
  await expect(page.locator("#custom article h1")).toBeVisible();
  await readerReady(page);
}

test("two readers and the custom element render through a hostile stylesheet", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(HOST);
  const historyBefore = await page.evaluate(() => history.length);
  const hostBefore = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById("host-paragraph"));
    return { size: s.fontSize, color: s.color, box: getComputedStyle(document.body).boxSizing };
  });
  await openHost(page);
  await expect(page.locator("#first article")).toHaveAttribute("lang", "fr");
  await expect(page.locator("#second article")).toHaveAttribute("lang", "en");
  await expect(page.locator("#custom article")).toHaveAttribute("dir", "rtl");
  // The host's rules do not reach inside: headline size, paragraph colour, visible controls.
  const inside = await page.locator("#first").evaluate((host) => {
    const root = host.shadowRoot;
    const style = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      h1: parseFloat(style("h1").fontSize),
      p: style(".rdr-body p").color,
      pSize: parseFloat(style(".rdr-body p").fontSize),
      button: style("button.rdr-share-btn").display,
      img: root.querySelector(".rdr-lead img").getBoundingClientRect().width <= root.querySelector(".rdr").getBoundingClientRect().width,
      progress: style("progress").display,
      box: style(".rdr").boxSizing,
    };
  });
  expect(inside.h1).toBeGreaterThan(24);
  expect(inside.p).not.toBe("rgb(255, 0, 0)");
  expect(inside.pSize).toBeLessThan(24);
  expect(inside.button).not.toBe("none");
  expect(inside.img).toBe(true);
  expect(inside.progress).toBe("block");
  expect(inside.box).toBe("border-box");
  // And the reader's rules do not reach out.
  const hostAfter = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById("host-paragraph"));
    return { size: s.fontSize, color: s.color, box: getComputedStyle(document.body).boxSizing };
  });
  expect(hostAfter).toEqual(hostBefore);
  expect(hostAfter.size).toBe("40px");
  // Nothing global: title and <html> untouched, no history change, no global but the element.
  await expect(page).toHaveTitle("The Riverside Courier — host page");
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["en", ""]);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(await page.evaluate(() => "wasmBindings" in window)).toBe(false);
  await page.screenshot({ path: `${screens}host.png`, fullPage: true });
  expect(unexpected(problems)).toEqual([]);
});

test("the readers' tools act independently", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openHost(page);
  const first = page.locator("#first");
  const second = page.locator("#second");
  // data-share picks the controls and their order.
  await expect(first.locator(".rdr-share-btn")).toHaveCount(3);
  expect(await first.locator(".rdr-share-btn").evaluateAll((els) => els.map((e) => e.dataset.share))).toEqual(["copy", "x", "email"]);
  await expect(second.locator(".rdr-share-btn")).toHaveCount(1);
  // data-related="off".
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(second.locator(".rdr-related")).toHaveCount(0);
  // Copy in the first: only the first announces it.
  await first.getByRole("button", { name: "Copier le lien" }).click();
  await expect(first.locator(".rdr-share [role=status]")).toHaveText("Lien copié");
  await expect(second.locator(".rdr-share [role=status]")).toHaveText("");
  // Back to top in the second brings the second reader's top into view, not the page's top.
  await second.locator(".rdr-body p").last().scrollIntoViewIfNeeded();
  const top = second.locator("a.rdr-top");
  await expect(top).toHaveAttribute("data-shown", "true");
  await top.focus();
  await page.keyboard.press("Enter");
  await expect(second.locator("article h1")).toBeFocused();
  await expect.poll(() => second.evaluate((el) => Math.round(el.shadowRoot.querySelector(".rdr").getBoundingClientRect().top))).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // One progress bar per reader.
  await expect(page.locator("progress.rdr-progress")).toHaveCount(3);
});

test("a reader added later renders; a removed one is torn down cleanly", async ({ page }) => {
  const problems = watchConsole(page);
  await openHost(page);
  // The first reader goes first: what readers share must outlive it.
  const first = await page.evaluateHandle(() => document.getElementById("first"));
  expect(await first.evaluate((el) => el.shadowRoot.querySelector(".rdr article") !== null)).toBe(true);
  await page.evaluate(() => document.getElementById("first").remove());
  // Torn down: its view is gone from its (now detached) element.
  await expect.poll(() => first.evaluate((el) => el.shadowRoot.querySelector(".rdr") === null)).toBe(true);
  await page.evaluate(() => document.getElementById("add").click());
  await expect(page.locator("#added article h1")).toBeVisible();
  await expect(page.locator("#added article")).toHaveAttribute("lang", "ja");
  await page.locator("#added").getByRole("button", { name: "表示" }).click();
  await page.locator("#added").getByRole("radio", { name: "ダーク" }).check();
  await expect(page.locator("#second .rdr")).toHaveAttribute("data-theme", "dark");
  await page.evaluate(() => window.scrollTo(0, 400));
  await frames(page);
  await expect(page.locator("#second article h1")).toBeVisible();
  expect(unexpected(problems)).toEqual([]);
});

test("removing readers mid-fetch and while a frame is pending leaves the others working", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/fixtures/faults/blank.html");
  await page.evaluate(() => {
    for (const [id, src] of [["a", "/demo/en.json"], ["b", "/demo/fr.json"], ["slow", "/slow/1500/demo/en.json"]]) {
      const el = document.createElement("div");
      el.id = id;
      el.setAttribute("data-article-reader", "");
      el.setAttribute("data-src", src);
      document.getElementById("readers").append(el);
    }
  });
  await expect(page.locator("#a article h1")).toBeVisible();
  await expect(page.locator("#b article h1")).toBeVisible();
  // Mid-fetch: removing the reader aborts its request (nobody wants the answer any more).
  const aborted = page.waitForEvent("requestfailed", (r) => r.url().includes("/slow/1500/"));
  await page.evaluate(() => document.getElementById("slow").remove());
  // Mid-animation: a scroll makes every reader's progress bar ask for a frame; the first reader is
  // removed from inside that scroll event, before its frame comes.
  const removedWhilePending = await page.evaluate(
    () =>
      new Promise((resolve) => {
        addEventListener(
          "scroll",
          () => {
            document.getElementById("a").remove();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(!document.getElementById("a"))));
          },
          { once: true },
        );
        window.scrollBy(0, 120);
      }),
  );
  expect(removedWhilePending).toBe(true);
  expect((await aborted).failure()?.errorText).toBe("net::ERR_ABORTED");
  // The remaining reader still answers: its Display control opens and its theme changes.
  const b = page.locator("#b");
  await b.getByRole("button", { name: "Affichage" }).click();
  await expect(b.getByRole("button", { name: "Affichage" })).toHaveAttribute("aria-expanded", "true");
  await b.getByRole("radio", { name: "Sépia" }).check();
  await expect(b.locator(".rdr")).toHaveAttribute("data-theme", "sepia");
  await expect(page.locator("#a, #slow")).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("footnotes land both ways inside each reader's shadow root, with ids that never collide", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/fixtures/faults/blank.html");
  await page.evaluate(() => {
    for (const id of ["one", "two"]) {
      const el = document.createElement("div");
      el.id = id;
      el.setAttribute("data-article-reader", "");
      el.setAttribute("data-src", "/fixtures/valid/footnotes.json");
      document.getElementById("readers").append(el);
    }
  });
  for (const id of ["one", "two"]) await expect(page.locator(`#${id} article h1`)).toBeVisible();
  await readerReady(page);
  const ids = await page.evaluate(() =>
    ["one", "two"].map((id) => [...document.getElementById(id).shadowRoot.querySelectorAll(".rdr-body [id]")].map((e) => e.id)),
  );
  expect(ids[0]).toHaveLength(2);
  expect(ids[0].filter((id) => ids[1].includes(id))).toEqual([]);
  const two = page.locator("#two");
  // To the note, in the second reader, and back to the call.
  await two.locator(".rdr-body sup a").click();
  const focused = () => page.evaluate(() => document.getElementById("two").shadowRoot.activeElement?.localName ?? null);
  await expect.poll(focused).toBe("li");
  await expect(two.locator(".rdr-body li")).toBeInViewport();
  await two.locator(".rdr-body li a").click();
  await expect.poll(focused).toBe("sup");
  await expect(two.locator(".rdr-body sup")).toBeInViewport();
  expect(problems).toEqual([]);
});

test("the custom element reloads when its src changes", async ({ page }) => {
  const problems = watchConsole(page);
  await openHost(page);
  const custom = page.locator("#custom");
  await expect(custom.locator("article")).toHaveAttribute("lang", "ar");
  await page.evaluate(() => document.getElementById("custom").setAttribute("src", "/demo/en.json"));
  await expect(custom.locator("article")).toHaveAttribute("lang", "en");
  await page.evaluate(() => document.getElementById("custom").setAttribute("lang", "fr"));
  await expect(custom.getByRole("button", { name: "Copier le lien" })).toBeVisible();
  expect(unexpected(problems)).toEqual([]);
});

test("the host page passes axe with its readers", async ({ page }) => {
  await openHost(page);
  await axe(page);
});

test("CSP: zero violations on the host page and the standalone page", async ({ page }) => {
  trackRequests(page);
  const violations = [];
  await page.exposeFunction("__cspViolation", (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  await openHost(page);
  await page.goto("/examples/host.html");
  await expect(page.locator("main article h1")).toHaveCount(2);
  await page.goto("/");
  await expect(page.locator("article h1")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator(".rdr-related li").first()).toBeVisible();
  await settled(page);
  expect(violations).toEqual([]);
  const header = (await page.request.get("/")).headers()["content-security-policy"];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test("bad data-* values fall back to defaults with a console warning, never a failure", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const problems = watchConsole(page);
  await openHost(page);
  await page.evaluate(() => {
    const reader = document.createElement("div");
    reader.id = "odd";
    reader.setAttribute("data-article-reader", "");
    reader.setAttribute("data-src", "/demo/en.json");
    reader.setAttribute("data-share", "myspace, copy");
    reader.setAttribute("data-related", "maybe");
    reader.setAttribute("data-timeout", "soon");
    document.getElementById("more").append(reader);
  });
  const odd = page.locator("#odd");
  await expect(odd.locator("article h1")).toBeVisible();
  await expect(odd.locator(".rdr-share-btn")).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(odd.locator(".rdr-related")).toBeVisible();
  const said = warnings.join("\n");
  expect(said).toContain('unknown target "myspace"');
  expect(said).toContain('data-related="maybe"');
  expect(said).toContain('data-timeout="soon"');
  expect(unexpected(problems)).toEqual([]);
});

test("the example host page renders its readers and passes axe", async ({ page }) => {
  await page.goto("/examples/host.html");
  await expect(page.locator("main article h1")).toHaveCount(2);
  await axe(page);
  await page.screenshot({ path: `${screens}example-host.png` });
});
