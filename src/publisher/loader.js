// The reader's start-up script (a template: scripts/start-up.mjs puts in the attribute rule of
// attributes.json beside it, then scripts/post-build.mjs fills in the other __NAMES__). It asks for
// each reader's article at once, paints each article with the small paint module as soon as it
// arrives, then loads the reader's WebAssembly module (each module checked against its integrity
// hash), and defines <article-reader>. The module's own start function mounts every
// [data-article-reader] element. No global is created besides the custom element's name; no
// inline script is needed (strict CSP).

// Where a reader's settings come from: the rule of attributes.json, which the reader follows too
// (article_core::config), so that the article asked for here is the one the reader asks for.
// scripts/start-up.mjs works out what this script needs of it: the attributes the source is read
// from on `<article-reader>` and on other elements (`*`), in order, the standalone page's query
// parameters, the default source, and the first attribute of each setting on `<article-reader>`
// (the attributes it observes). tests/publisher/attributes.mjs checks what this script reads, and
// crates/core/tests/attributes.rs what the reader reads, against the same cases.
const RULE = __RULE__;
const sourceNames = (element) => RULE.elements[element.localName] ?? RULE.elements["*"];
// The article's URL a reader asks for (`Config::src`): the value of the first of its names that
// is present, without the white space around it, unless blank; otherwise the default.
const sourceOf = (element) => {
  const standalone = element.getAttribute("data-article-reader") == "standalone";
  const query = new URLSearchParams(location.search);
  const given = (standalone ? RULE.standalone : sourceNames(element))
    .map((name) => (standalone ? query.get(name) : element.getAttribute(name)))
    .find((value) => value != null);
  return given?.trim() || RULE.default;
};

// The article requests start now, while the module downloads and compiles, instead of after it:
// a round trip and the module's download no longer add up. Each request is left on its element
// under a registered symbol (invisible to the host's scripts and styles); the reader takes it if
// it asks for the same URL, and counts its time limit from when the request started
// (prefetch.rs). The body is read here too, so an answer that came in time is never lost to a
// module that was slow to start. A request no reader takes is aborted by the module.
const PREFETCH = Symbol.for("article-reader.prefetch");
const prefetch = (element, src) => {
  if (!src || element[PREFETCH]) return;
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
  prefetch(element, sourceOf(element));
}

// The paint module (crates/paint, a few dozen kilobytes) puts each reader's article on screen as
// soon as its text is here; the reader's own module (Leptos, every tool) is fetched after that
// first paint, when the browser is idle, or at once on the reader's first interaction, and adopts
// what was painted. `__paint` is the paint module's wasm-bindgen glue, wrapped by
// scripts/post-build.mjs into this module's scope.
const painter = __paint.init({
  module_or_path: fetch(new URL("__PAINT_WASM__", import.meta.url), { integrity: "__PAINT_WASM_SRI__" }),
});
let reader = null;
// Starts the reader's module (once) and returns the promise of it being ready.
const startReader = () =>
  (reader ??= __wbg_init({
    module_or_path: fetch(new URL("__WASM__", import.meta.url), { integrity: "__WASM_SRI__" }),
  }));
// Waits for the reader's module without starting it (the element API and custom element use it).
let readerStarted;
const module = new Promise((resolve) => (readerStarted = resolve)).then(() => startReader());
const startNow = () => readerStarted();
for (const type of ["pointerdown", "keydown", "touchstart", "wheel"]) {
  addEventListener(type, startNow, { once: true, passive: true, capture: true });
}
// A document longer than this is not painted: the paint module reads a document in one task,
// and a very long one (megabytes) would hold the page for that long. The reader, which reads it
// in short tasks, shows it instead.
const PAINT_MAX_CHARS = 1_000_000;
// After this long without its article, a reader says it is loading (src/hooks/use_article.rs).
const ANNOUNCE_AFTER_MS = 300;
// Paints `element`'s article from its early request, unless the reader took the request first,
// and its loading placeholder meanwhile if the paint module is ready before the article. The
// article is read in one task and drawn in the next (two short tasks, not one long one). Resolves
// to `true` once the painted article's body is complete, `false` when nothing was painted.
const paintEarly = (element) => {
  const entry = element[PREFETCH];
  const ours = () => element[PREFETCH] === entry;
  let arrived = false;
  painter.then(() => !arrived && ours() && __paint.skeleton(element, entry.url)).catch(() => {});
  // An article slow to come is announced (as the reader would), and the reader is started: it
  // counts the time limit and reports a fault.
  setTimeout(() => {
    if (arrived || !ours()) return;
    painter.then(() => !arrived && ours() && __paint.loading(element, entry.url)).catch(() => {});
    startNow();
  }, ANNOUNCE_AFTER_MS);
  const draw = (handle) =>
    new Promise((resolve) =>
      setTimeout(() => {
        if (!ours()) return resolve(__paint.discard(handle) ?? false);
        if (!__paint.draw(handle, () => resolve(true))) resolve(false);
      }),
    );
  return entry.response
    .then((answer) => (answer.ok ? answer.clone().text() : null))
    .then((text) => {
      arrived = true;
      if (text === null || text.length > PAINT_MAX_CHARS) return false;
      return painter.then(() => {
        const handle = ours() ? __paint.prepare(element, text, entry.url) : 0;
        return handle !== 0 && draw(handle);
      });
    })
    .catch(() => false);
};
const early = [...document.querySelectorAll("[data-article-reader], article-reader")].filter((e) => e[PREFETCH]);
Promise.all(early.map(paintEarly)).then((painted) => {
  // An article the paint module could not show (another format, a fault) waits for no one.
  if (painted.length === 0 || painted.includes(false)) return startNow();
  // Otherwise the reader comes once every painted body is complete, its frame is out and the
  // browser has time.
  requestAnimationFrame(() => setTimeout(() => (globalThis.requestIdleCallback ?? setTimeout)(startNow, { timeout: 300 })));
});

// The API of a reader's element (docs/events-and-api.md): `ready`, `src` and `reload()`.
// `ready` is a promise of the `article-reader:load` event's detail, rejected with the
// `article-reader:error` detail; the reader re-arms it (a new pending promise) when it begins
// loading an article, and an outcome with nothing pending replaces it with a settled one. The
// state lives on the element under a registered symbol; the Rust side equips elements added
// later through the same function, kept on the element's class under that symbol.
const API = Symbol.for("article-reader.api");
// `ready` is re-armed at once, so that `reader.reload(); await reader.ready` waits for the new load.
const reload = (element) => {
  api(element).arm();
  startNow();
  return module.then(() => reader_reload(element));
};
const api = (element) => {
  if (element[API]) return element[API];
  let pending = null;
  const state = {
    ready: null,
    arm() {
      if (pending) return;
      state.ready = new Promise((resolve, reject) => (pending = { resolve, reject }));
      // A page that never awaits `ready` gets no "unhandled rejection" for a failed article.
      state.ready.catch(() => {});
    },
  };
  const settle = (outcome) => (event) => {
    if (event.target !== element) return;
    state.arm();
    const done = pending[outcome];
    pending = null;
    done(event.detail);
  };
  element.addEventListener("article-reader:load", settle("resolve"));
  element.addEventListener("article-reader:error", settle("reject"));
  state.arm();
  if (element.localName !== "article-reader") {
    // `[data-article-reader]` elements: the same API as own properties (`src` reflects the first
    // attribute the source is read from, `data-src`).
    const [attribute] = sourceNames(element);
    Object.defineProperties(element, {
      ready: { configurable: true, get: () => state.ready },
      src: {
        configurable: true,
        get: () => element.getAttribute(attribute) ?? "",
        set: (value) => {
          element.setAttribute(attribute, value);
          reload(element);
        },
      },
      reload: { configurable: true, value: () => reload(element) },
    });
  }
  element[API] = state;
  return state;
};
for (const element of document.querySelectorAll("[data-article-reader]")) api(element);

class ArticleReaderElement extends HTMLElement {
  // The first attribute each setting is read from (`src`, `lang`, `data-share`, …).
  static observedAttributes = RULE.observed;
  static [API] = api;
  connectedCallback() {
    // A `src` set before the element was defined is an own property hiding the accessor below.
    if (Object.hasOwn(this, "src")) {
      const src = this.src;
      delete this.src;
      this.src = src;
    }
    api(this);
    module.then(() => reader_connect(this));
  }
  disconnectedCallback() {
    module.then(() => reader_disconnect(this));
  }
  attributeChangedCallback(_name, before, after) {
    // Before the first connection there is nothing to reload (the Rust side checks).
    if (before === after) return;
    api(this).arm();
    startNow();
    module.then(() => reader_attribute_changed(this));
  }
  // A promise of the current article's `article-reader:load` detail.
  get ready() {
    return api(this).ready;
  }
  // The article's URL: the `src` attribute; setting it loads that article.
  get src() {
    return this.getAttribute(sourceNames(this)[0]) ?? "";
  }
  set src(value) {
    this.setAttribute(sourceNames(this)[0], value);
  }
  // Loads the article again (a new request).
  reload() {
    return reload(this);
  }
}

if (!customElements.get("article-reader")) customElements.define("article-reader", ArticleReaderElement);
