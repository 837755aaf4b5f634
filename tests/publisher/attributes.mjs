// The attribute rule, from the start-up script's side. The start-up script (src/publisher/loader.js)
// asks for each reader's article before the reader's module runs; the reader (article_core::config)
// asks for its article itself, and takes the early request over only when both name the same URL.
// Both follow the table of src/publisher/attributes.json; this test runs the start-up script as
// the build ships it (scripts/start-up.mjs) on every case of tests/fixtures/attributes.json and
// checks the URL it asked for, and crates/core/tests/attributes.rs checks the reader's own reading
// on the same cases: when the two read differently, one of them fails.
//
//   node --test tests/publisher/attributes.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sources, startUpTemplate } from "../../scripts/start-up.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { cases } = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "attributes.json"), "utf8"));
const PREFETCH = Symbol.for("article-reader.prefetch");
const PAGE = "https://news.example/world/story.html";

/// A reader's element as the start-up script sees it.
function element(localName, attributes) {
  const values = new Map(Object.entries(attributes));
  return {
    localName,
    getAttribute: (name) => values.get(name) ?? null,
    hasAttribute: (name) => values.has(name),
    setAttribute: (name, value) => values.set(name, String(value)),
    addEventListener() {},
  };
}

/// Whether `el` matches a selector list of attribute (`[name]`) and element names, the only kind
/// the start-up script uses.
const matches = (el, selectors) =>
  selectors.split(",").some((s) => {
    const selector = s.trim();
    const attribute = /^\[([\w-]+)\]$/.exec(selector);
    return attribute ? el.hasAttribute(attribute[1]) : el.localName === selector;
  });

// The start-up script with the modules it loads stubbed out (nothing is fetched or painted: each
// request stays pending), written once and evaluated once per page below.
const dir = mkdtempSync(join(tmpdir(), "start-up-"));
const file = join(dir, "start-up.mjs");
const stubs = [
  "const pending = () => new Promise(() => {});",
  "const __paint = { init: pending };",
  "const __wbg_init = pending;",
  "const reader_connect = () => {}, reader_disconnect = () => {}, reader_attribute_changed = () => {}, reader_reload = () => {};",
  "const addEventListener = () => {}, setTimeout = () => 0, requestAnimationFrame = () => 0;",
].join("\n");
writeFileSync(file, `${stubs}\n${startUpTemplate()}`);
let pages = 0;

/// Runs the start-up script on a page at `PAGE + search` holding `readers`; returns the URLs it
/// fetched and the custom element class it defined.
async function startUp(readers, search = "") {
  const fetched = [];
  const defined = new Map();
  Object.assign(globalThis, {
    document: { querySelectorAll: (selectors) => readers.filter((el) => matches(el, selectors)) },
    location: { href: PAGE + search, search },
    fetch: (url) => {
      fetched.push(String(url));
      return new Promise(() => {});
    },
    HTMLElement: class {},
    customElements: { get: (name) => defined.get(name), define: (name, type) => defined.set(name, type) },
  });
  await import(`${pathToFileURL(file).href}?page=${++pages}`);
  return { fetched, ArticleReader: defined.get("article-reader") };
}

test.after(() => rmSync(dir, { recursive: true, force: true }));

test("the attribute table is JSON the reader compiles as a Rust array expression", () => {
  const rows = sources();
  assert.ok(Array.isArray(rows) && rows.length > 0);
  for (const row of rows) {
    // `[["a", "b", "c"], …]` is a Rust expression of `[[&str; 3]; N]` only with three strings a row
    // and no escapes (JSON's `\u00e9` is not Rust's).
    assert.equal(row.length, 3, `${JSON.stringify(row)}: a row is [setting, reader, name]`);
    for (const cell of row) assert.match(cell, /^[a-z0-9*./-]+$/, `${JSON.stringify(row)}: plain names only`);
    assert.ok(["article-reader", "*", "standalone", "default"].includes(row[1]), `${JSON.stringify(row)}: unknown reader`);
  }
  assert.ok(rows.some(([setting, reader]) => setting === "src" && reader === "default"), "the source has a default");
});

test("the start-up script asks for the article the reader reads from each element", async () => {
  const wrong = [];
  for (const [index, { element: name, attributes, search = "", src }] of cases.entries()) {
    const reader = element(name, attributes);
    const { fetched } = await startUp([reader], search);
    const expected = new URL(src, PAGE + search).href;
    const asked = reader[PREFETCH]?.url ?? null;
    if (asked !== expected || !fetched.includes(expected)) {
      const label = `case ${index}: <${name} ${JSON.stringify(attributes)}> at ${JSON.stringify(search)}`;
      wrong.push(`${label}\n    the reader asks for ${JSON.stringify(expected)}, the start-up script for ${JSON.stringify(asked)}`);
    }
  }
  if (wrong.length) assert.fail(`the start-up script and the reader read ${wrong.length} elements differently:\n${wrong.join("\n")}`);
});

test("every reader of a page is asked for at once", async () => {
  const readers = cases
    .filter(({ attributes }) => attributes["data-article-reader"] !== "standalone")
    .map(({ element: name, attributes }) => element(name, attributes));
  await startUp(readers);
  assert.ok(readers.every((reader) => reader[PREFETCH]), "a reader was not asked for");
});

test("<article-reader> reloads when the first attribute of any setting changes", async () => {
  const { ArticleReader } = await startUp([]);
  const first = new Map();
  for (const [setting, reader, name] of sources()) {
    if ((reader === "article-reader" || reader === "*") && !first.has(setting)) first.set(setting, name);
  }
  assert.deepEqual([...ArticleReader.observedAttributes].sort(), [...first.values()].sort());
});

test("the element API's src is the attribute the source is read from first", async () => {
  const div = element("div", { "data-article-reader": "" });
  await startUp([div]);
  div.src = "/set.json";
  assert.equal(div.getAttribute("data-src"), "/set.json");
  assert.equal(div.src, "/set.json");
});
