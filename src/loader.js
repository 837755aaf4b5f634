// The reader's start-up script (a template: scripts/post-build.mjs fills in the __NAMES__).
// It loads the WebAssembly module, checking its integrity, and defines <article-reader>.
// The module's own start function mounts every [data-article-reader] element. No global is
// created besides the custom element's name; no inline script is needed (strict CSP).

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
