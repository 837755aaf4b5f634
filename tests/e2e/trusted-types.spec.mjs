// Trusted Types (issue #13, point 6): the standalone page and the embedded readers work with every
// DOM sink that parses HTML or script refusing plain strings (`?tt=1`, tests/e2e/server.mjs), with
// zero violations, without the `default` policy (the host page's to create) and with no policy but
// the reader's own narrow one, created only where the reader writes JSON-LD (the standalone page).
import { test, expect } from "@playwright/test";
import { readerReady, unexpected, watchConsole } from "./helpers.mjs";

/// Records every Trusted Types or CSP violation and every policy the page creates (its name), and
/// returns a function that reads both plus the page's default policy.
async function watchTrustedTypes(page) {
  await page.addInitScript(() => {
    const seen = { violations: [], policies: [] };
    Object.defineProperty(window, "__trustedTypesSeen", { value: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
    const factory = window.trustedTypes;
    const create = factory.createPolicy;
    factory.createPolicy = function (name, rules) {
      seen.policies.push(name);
      return create.call(this, name, rules);
    };
  });
  return () =>
    page.evaluate(() => ({
      violations: window.__trustedTypesSeen.violations,
      policies: window.__trustedTypesSeen.policies,
      defaultPolicy: window.trustedTypes.defaultPolicy === null ? null : "set",
    }));
}

/// The page's policy header, so a journey cannot pass by running without Trusted Types.
async function expectEnforced(page, url) {
  const header = (await page.request.get(url)).headers()["content-security-policy"];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain("require-trusted-types-for 'script'; trusted-types article-reader");
}

test("Trusted Types, standalone: renders, its tools work, a related story opens, zero violations", async ({ page }) => {
  await expectEnforced(page, "/?tt=1");
  const problems = watchConsole(page);
  const seen = await watchTrustedTypes(page);
  await page.goto("/?tt=1");
  const h1 = page.locator("article h1");
  await expect(h1).toBeVisible();
  const firstTitle = await h1.innerText();
  await expect(page.locator(".rdr-body p").first()).toBeVisible();
  await readerReady(page);
  await expect(page.locator(".rdr-badge svg")).toHaveCount(1);
  // The JSON-LD goes through the reader's policy.
  const ld = await page.locator("script[type='application/ld+json']").allTextContents();
  expect(ld.map((t) => JSON.parse(t).headline)).toEqual([firstTitle]);
  // The display control (its icon, A− and A+ are static markup).
  await page.getByRole("button", { name: "Affichage" }).click();
  await page.getByRole("button", { name: "Agrandir le texte" }).click();
  await expect(page.locator(".rdr-display [role=status]")).toHaveText("Taille du texte\u202f: 3 sur 5");
  // A related story, opened in place: a second article, its document head rewritten.
  const card = page.locator(".rdr-related a").first();
  await card.scrollIntoViewIfNeeded();
  await card.click();
  await expect(page).toHaveURL(/\?src=.*en\.json$/);
  await expect(h1).not.toHaveText(firstTitle);
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  const second = await page.locator("script[type='application/ld+json']").allTextContents();
  expect(second.map((t) => JSON.parse(t).headline)).toEqual([await h1.innerText()]);
  // Back to the top: the back-to-top link and its icon.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator("a.rdr-top")).toHaveAttribute("data-shown", "true");
  expect(await seen()).toEqual({ violations: [], policies: ["article-reader"], defaultPolicy: null });
  expect(unexpected(problems)).toEqual([]);
});

test("Trusted Types, embedded: two readers in a host page, no policy at all, zero violations", async ({ page }) => {
  await expectEnforced(page, "/examples/host.html?tt=1");
  const problems = watchConsole(page);
  const seen = await watchTrustedTypes(page);
  await page.goto("/examples/host.html?tt=1");
  await expect(page.locator("main article h1")).toHaveCount(2);
  const first = page.locator("[data-article-reader]");
  const second = page.locator("article-reader");
  await expect(first.locator(".rdr-body p").first()).toBeVisible();
  await expect(second.locator(".rdr-body p").first()).toBeVisible();
  await readerReady(page);
  await first.getByRole("button", { name: "Affichage" }).click();
  await first.getByRole("button", { name: "Réduire le texte" }).click();
  await expect(first.locator(".rdr-display [role=status]")).toHaveText("Taille du texte\u202f: 1 sur 5");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(first.locator(".rdr-related a").first()).toBeVisible();
  // Embedded readers never write the host's <head>: no JSON-LD, so no policy is needed.
  await expect(page.locator("script[type='application/ld+json']")).toHaveCount(0);
  expect(await seen()).toEqual({ violations: [], policies: [], defaultPolicy: null });
  expect(unexpected(problems)).toEqual([]);
});
