// The start-up script as the build ships it: src/publisher/loader.js without its comment lines
// (they document the source, not the bundle), with what it needs of the attribute rule of
// src/publisher/attributes.json in place of `__RULE__`. scripts/post-build.mjs then fills in
// the modules' names and integrity hashes; tests/publisher/attributes.mjs runs it as it is here.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const publisher = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "publisher");

/// The rows `[setting, reader, name]` of src/publisher/attributes.json.
export const sources = () => JSON.parse(readFileSync(join(publisher, "attributes.json"), "utf8"));

/// What the start-up script needs of the rule, worked out here so that it carries no table: the
/// names the source is read from, in order, on `<article-reader>` and on other elements (`*`),
/// and on the standalone page (query parameters); the default source; and the first attribute of
/// each setting on `<article-reader>`, which it observes. A row applies to a reader when its
/// reader is that one, or `*` and the reader is an element (article_core::config::names).
export function startUpRule(rows = sources()) {
  const names = (reader, setting) =>
    rows
      .filter(([s, r]) => s === setting && (r === reader || (r === "*" && reader !== "standalone")))
      .map(([, , name]) => name);
  const defaults = rows.filter(([s, r]) => s === "src" && r === "default");
  if (defaults.length !== 1) throw new Error("src/publisher/attributes.json: the source needs one default");
  return {
    elements: { "article-reader": names("article-reader", "src"), "*": names("*", "src") },
    standalone: names("standalone", "src"),
    default: defaults[0][2],
    observed: [...new Set(rows.map(([setting]) => setting))]
      .map((setting) => names("article-reader", setting)[0])
      .filter(Boolean),
  };
}

/// The start-up script with its attribute rule, its other `__NAMES__` left to fill in.
export function startUpTemplate() {
  const template = readFileSync(join(publisher, "loader.js"), "utf8")
    .split("\n")
    .filter((line) => !/^\s*\/\//.test(line) && line.trim())
    .join("\n");
  if (!template.includes("__RULE__")) throw new Error("src/publisher/loader.js has no __RULE__ to fill in");
  return template.replace("__RULE__", JSON.stringify(startUpRule()));
}
