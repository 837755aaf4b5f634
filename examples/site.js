// The example site's analytics and controls: what a publisher writes around the readers.
// The readers send nothing themselves; their `article-reader:*` events bubble out of their
// shadow roots to the document, where the site turns them into its own `dataLayer` entries.
window.dataLayer = window.dataLayer || [];
const log = document.getElementById("datalayer-log");

const EVENTS = ["load", "error", "progress", "share", "related", "display"];
for (const name of EVENTS) {
  document.addEventListener(`article-reader:${name}`, (event) => {
    const entry = { event: event.type, reader: event.target.id || null, ...event.detail };
    window.dataLayer.push(entry);
    const item = document.createElement("li");
    item.textContent = JSON.stringify(entry);
    log.append(item);
  });
}

// The API: the edition chooser sets the second reader's `src`, "Recharger" calls `reload()`,
// and `ready` tells the site when (and which) article is shown.
const reader = document.getElementById("edition-reader");
const status = document.getElementById("edition-status");
const edition = document.getElementById("edition");
const report = () =>
  reader.ready.then(
    (article) => (status.textContent = `Affiché : « ${article.title} » (${article.minutes} min)`),
    (error) => (status.textContent = `Article indisponible (${error.kind})`),
  );
edition.addEventListener("change", () => {
  reader.src = edition.value;
  report();
});
document.getElementById("reload").addEventListener("click", () => {
  reader.reload();
  report();
});
// The custom element is defined by the reader's module; until then `ready` is not there yet.
customElements.whenDefined("article-reader").then(report);
