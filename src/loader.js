// The reader's start-up script (a template: scripts/post-build.mjs fills in the __NAMES__).
// It asks for each reader's article at once, loads the WebAssembly module, checking its
// integrity, and defines <article-reader>. The module's own start function mounts every
// [data-article-reader] element. No global is created besides the custom element's name; no
// inline script is needed (strict CSP).

// The article requests start now, while the module downloads and compiles, instead of after it:
// a round trip and the module's download no longer add up. Each request is left on its element
// under a registered symbol (invisible to the host's scripts and styles); the reader takes it if
// it asks for the same URL, and counts its time limit from when the request started
// (src/api.rs). The body is read here too, so an answer that came in time is never lost to a
// module that was slow to start. A request no reader takes is aborted by the module.
const PREFETCH = Symbol.for("article-reader.prefetch");
const prefetch = (element, src) => {
  if (src === null || !src.trim() || element[PREFETCH]) return;
  let url;
  try {
    url = new URL(src, location.href).href;
  } catch {
    // The reader reports the bad URL itself.
    return;
  }
  const controller = new AbortController();
  const started = performance.now();
  const response = fetch(url, { signal: controller.signal }).then(async (answer) =>
    answer.ok && answer.body ? new Response(await answer.blob(), answer) : answer,
  );
  // A failure is the reader's to report, when it takes the request.
  response.catch(() => {});
  element[PREFETCH] = { url, response, controller, started };
};
for (const element of document.querySelectorAll("[data-article-reader], article-reader")) {
  const custom = element.localName === "article-reader";
  const standalone = element.getAttribute("data-article-reader") === "standalone";
  // The standalone page's default is config.rs's DEMO_SRC (tests/logic.rs checks it).
  const src = standalone
    ? new URLSearchParams(location.search).get("src") || "demo/fr.json"
    : (custom && element.getAttribute("src")) || element.getAttribute("data-src");
  prefetch(element, src);
}

const ready = __wbg_init({
  module_or_path: fetch(new URL("__WASM__", import.meta.url), { integrity: "__WASM_SRI__" }),
});

class ArticleReaderElement extends HTMLElement {
  static observedAttributes = ["src", "lang", "data-share", "data-related", "data-scroll-top", "data-timeout"];
  connectedCallback() {
    ready.then(() => reader_connect(this));
  }
  disconnectedCallback() {
    ready.then(() => reader_disconnect(this));
  }
  attributeChangedCallback(_name, before, after) {
    // Before the first connection there is nothing to reload (the Rust side checks).
    if (before !== after) ready.then(() => reader_attribute_changed(this));
  }
}

if (!customElements.get("article-reader")) customElements.define("article-reader", ArticleReaderElement);
