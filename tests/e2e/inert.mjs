// What "inert" means for a rendered article, shared by the journeys that feed the reader hostile
// input (the hostile corpus, hostile WordPress posts): traps armed before any script runs, a walk
// over the reader's DOM for anything that could run or load, and a control payload planted by
// the test itself that the detectors must catch (so that a clean run is not a blind one).
import { test, expect } from "@playwright/test";
import { settled, trackRequests, unexpected } from "./helpers.mjs";

/// Elements that must never appear in the reader (the reader's own `svg.rdr-icon` excepted).
export const FORBIDDEN = ["script", "iframe", "object", "embed", "style", "base", "meta", "link", "form", "svg", "math"];
/// More elements no sanitized body may hold (the reader's own chrome may use some, e.g. `input`).
/// (`details` and `summary` are on the rich allowlist, without attributes: their `ontoggle` is
/// looked for with every other handler.)
export const FORBIDDEN_IN_BODY = [
  "frame", "frameset", "applet", "portal", "template", "noscript", "noembed", "noframes", "xmp", "plaintext",
  "video", "audio", "source", "track", "canvas", "input", "button", "textarea", "select", "option", "keygen",
  "isindex", "dialog", "marquee", "map", "area", "title", "image", "use", "foreignObject",
  "mglyph", "mtext", "annotation-xml", "x-widget",
];
/// Attributes that can load or run something and are never part of the sanitized output.
export const URL_ATTRS_NEVER = ["srcset", "action", "formaction", "poster", "data", "background", "ping", "lowsrc", "dynsrc", "xlink:href", "srcdoc", "cite", "usemap"];

/// Arms the page before any of its scripts run: the trap, CSP violations, dialogs, popups.
export async function arm(page) {
  trackRequests(page);
  await page.addInitScript(() => {
    window.__fired = [];
    window.__trap = (name) => {
      (window.__fired ||= []).push(String(name));
    };
    window.__csp = [];
    document.addEventListener(
      "securitypolicyviolation",
      (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
      true,
    );
  });
  const origin = new URL(test.info().project.use.baseURL).origin;
  const seen = { dialogs: [], popups: [], offOrigin: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on("popup", (popup) => seen.popups.push(popup.url()));
  page.on("request", (request) => {
    const url = request.url();
    if (new URL(url).origin !== origin) seen.offOrigin.push(url);
  });
  return seen;
}

/// Serves the reader's page without its Content-Security-Policy header.
export async function dropCsp(page) {
  await page.route(
    (url) => url.pathname === "/" || url.pathname.endsWith(".html"),
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      await route.fulfill({ response, headers });
    },
  );
}

/// Plants a payload of the test's own after the checks: it must be caught, by the trap when the
/// page has no CSP, as a CSP violation when it has one (so a clean run is not a blind one). It is
/// looked for once the page has settled, as the journeys look for the corpus's payloads: so the
/// control also proves that `settled` waits long enough for a payload to show.
export async function plantControl(page, csp) {
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.setAttribute("src", "planted-missing.png");
    img.setAttribute("onerror", "__trap('planted-control')");
    document.querySelector(".rdr-body").append(img);
  });
  await settled(page);
  if (csp) {
    expect(await page.evaluate(() => window.__csp.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__fired)).toEqual([]);
  } else {
    expect(await page.evaluate(() => window.__fired)).toEqual(["planted-control"]);
  }
}

/// Everything executable left in the reader's DOM (empty lists when it is clean).
export async function domReport(page) {
  return page.evaluate(
    ({ forbidden, forbiddenInBody, urlAttrsNever }) => {
      const root = document.querySelector(".rdr");
      const describe = (el) => `<${el.localName}${el.className && typeof el.className === "string" ? "." + el.className : ""}>`;
      const elements = [...root.querySelectorAll(forbidden.join(","))]
        .filter((el) => !(el.localName === "svg" && el.classList.contains("rdr-icon")))
        .map(describe);
      const body = root.querySelector(".rdr-body");
      const inBody = [...body.querySelectorAll(forbiddenInBody.join(","))].map(describe);
      const handlers = [];
      const styles = [];
      const urls = [];
      const neverAttrs = [];
      for (const el of [root, ...root.querySelectorAll("*")]) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          if (name.startsWith("on")) handlers.push(`${describe(el)} ${name}=${attr.value}`);
          if (name === "style") styles.push(`${describe(el)} style=${attr.value}`);
          if (urlAttrsNever.includes(name) && el.closest(".rdr-body")) neverAttrs.push(`${describe(el)} ${name}`);
          if (name === "href" || name === "src") {
            let protocol;
            try {
              protocol = new URL(attr.value, document.baseURI).protocol;
            } catch {
              protocol = "unparsable";
            }
            if (!["http:", "https:", "mailto:"].includes(protocol)) urls.push(`${describe(el)} ${name}=${attr.value}`);
          }
        }
      }
      return { elements, inBody, handlers, styles, urls, neverAttrs };
    },
    { forbidden: FORBIDDEN, forbiddenInBody: FORBIDDEN_IN_BODY, urlAttrsNever: URL_ATTRS_NEVER },
  );
}

export const CLEAN_DOM = { elements: [], inBody: [], handlers: [], styles: [], urls: [], neverAttrs: [] };


/// Once the page has settled: no payload ran, no dialog opened, no security policy violation, no
/// executable markup in the reader, and no page error (`seen` from `arm`, `problems` from
/// `watchConsole`).
export async function expectInert(page, seen, problems) {
  await settled(page);
  expect(await page.evaluate(() => window.__fired), "__trap calls (payloads that ran)").toEqual([]);
  expect(await page.evaluate(() => window.__csp), "security policy violations").toEqual([]);
  expect(seen.dialogs, "dialogs").toEqual([]);
  expect(await domReport(page), "executable markup left in the reader").toEqual(CLEAN_DOM);
  expect(unexpected(problems), "page errors").toEqual([]);
}
