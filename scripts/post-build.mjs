// Trunk post_build hook (Trunk.toml). Two jobs on the staged build:
//  1. Strict CSP for the standalone page: Trunk's inline start-up script is replaced by an
//     external module (start-<hash>.js) with Subresource Integrity.
//  2. The embed bundle with stable, versionable names in embed/: article-reader.js (wasm-bindgen
//     glue + start-up, one module), article-reader_bg.wasm, article-reader.css (with its fonts/),
//     and snippet.html,
//     the tags a site pastes, with their integrity hashes.
//  3. Precompressed copies of every text and wasm file (`.br` at brotli quality 11, `.gz` at gzip
//     level 9), for servers that send a file's precompressed twin (nginx `brotli_static` /
//     `gzip_static`, Caddy `precompressed`, the test server): no compression work per request.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { precompressTree } from "./precompress.mjs";
import { startUpTemplate } from "./start-up.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";

const files = readdirSync(dir);
const find = (re) => {
  const name = files.find((f) => re.test(f));
  if (!name) throw new Error(`no file matching ${re} in ${dir}`);
  return name;
};
const glue = find(/^article-reader-[0-9a-f]+\.js$/);
const wasm = find(/^article-reader-[0-9a-f]+_bg\.wasm$/);
const paintGlue = find(/^paint(-[0-9a-f]+)?\.js$/);
// Trunk names a worker's files without a hash: the wasm gets one here (the glue is inlined below).
const paintWasm = (() => {
  const plain = find(/^paint(-[0-9a-f]+)?_bg\.wasm$/);
  const bytes = readFileSync(join(dir, plain));
  const hashed = `paint-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}_bg.wasm`;
  renameSync(join(dir, plain), join(dir, hashed));
  return hashed;
})();
const css = find(/^reader-[0-9a-f]+\.css$/);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const read = (name) => readFileSync(join(dir, name));
// The start-up script (src/publisher/loader.js) without its comment lines, with its attribute table.
const template = startUpTemplate();
// The paint module's glue in a scope of its own (`__paint`), so that it can share one module
// with the reader's glue: its exports become the scope's result.
const paintSource = read(paintGlue).toString();
for (const name of ["__wbg_init", "prepare", "draw", "discard", "skeleton", "loading"]) {
  if (!new RegExp(`function ${name}\\b`).test(paintSource)) throw new Error(`${name} is not in ${paintGlue}`);
}
const paintScope =
  "const __paint = (() => {\n" +
  paintSource
    .replace(/export\s*\{[^}]*\};?/g, "")
    .replace(/export\s+default\s+[\w$]+\s*;?/g, "")
    .replace(/\bexport\s+(?=(async\s+)?function\b|const\b|let\b|class\b)/g, "") +
  "\nreturn { init: __wbg_init, prepare, draw, discard, skeleton, loading };\n})();\n";
if (/\bexport\b/.test(paintScope)) throw new Error(`${paintGlue} has an export the wrapping does not know`);
const startUp = (wasmName, wasmBytes, paintName) =>
  template
    .replace("__WASM__", `./${wasmName}`)
    .replace("__WASM_SRI__", sri(wasmBytes))
    .replace("__PAINT_WASM__", `./${paintName}`)
    .replace("__PAINT_WASM_SRI__", sri(read(paintWasm)));

// 1. Standalone page.
const imports = 'import { default as __wbg_init, reader_connect, reader_disconnect, reader_attribute_changed, reader_reload } from';
const start = `${imports} "./${glue}";\n\n${paintScope}\n${startUp(wasm, read(wasm), paintWasm)}`;
const startName = `start-${createHash("sha256").update(start).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, startName), start);
// The reader's wasm is fetched after the first paint (loader.js): Trunk's preload of it would put
// it on the critical path, competing with the paint module and the article.
const html = read("index.html")
  .toString()
  .replace(/<link\b[^>]*>/g, (tag) => (/\brel="?preload\b/.test(tag) && /\.wasm\b/.test(tag) ? "" : tag));
const inline = /<script type="?module"?>[\s\S]*?<\/script>/;
if (!inline.test(html)) throw new Error("Trunk's start-up script was not found in index.html");
writeFileSync(
  join(dir, "index.html"),
  html.replace(
    inline,
    `<script type="module" src="${publicUrl}${startName}" integrity="${sri(start)}" crossorigin="anonymous"></script>`,
  ),
);

// 2. Embed bundle.
const embed = join(dir, "embed");
mkdirSync(embed, { recursive: true });
copyFileSync(join(dir, wasm), join(embed, "article-reader_bg.wasm"));
copyFileSync(join(dir, paintWasm), join(embed, "article-reader-paint_bg.wasm"));
copyFileSync(join(dir, css), join(embed, "article-reader.css"));
// The stylesheet's fonts, beside it (its url()s are relative).
mkdirSync(join(embed, "fonts"), { recursive: true });
for (const font of readdirSync(join(dir, "fonts"))) copyFileSync(join(dir, "fonts", font), join(embed, "fonts", font));
const glueSource = read(glue).toString();
// The start-up code calls the glue's top-level functions by name (Trunk's minifier keeps them).
for (const name of ["__wbg_init", "reader_connect", "reader_disconnect", "reader_attribute_changed", "reader_reload"]) {
  if (!new RegExp(`function ${name}\\b`).test(glueSource)) throw new Error(`${name} is not in ${glue}`);
}
const bundle = `${glueSource}\n${paintScope}\n${startUp("article-reader_bg.wasm", read(wasm), "article-reader-paint_bg.wasm")}`;
writeFileSync(join(embed, "article-reader.js"), bundle);
const cssSri = sri(read(css));
const jsSri = sri(bundle);
writeFileSync(
  join(embed, "snippet.html"),
  `<link rel="stylesheet" href="/embed/article-reader.css" integrity="${cssSri}" crossorigin="anonymous">\n` +
    `<script type="module" src="/embed/article-reader.js" integrity="${jsSri}" crossorigin="anonymous"></script>\n`,
);
writeFileSync(
  join(embed, "integrity.json"),
  JSON.stringify(
    {
      "article-reader.css": cssSri,
      "article-reader.js": jsSri,
      "article-reader_bg.wasm": sri(read(wasm)),
      "article-reader-paint_bg.wasm": sri(read(paintWasm)),
    },
    null,
    2,
  ) + "\n",
);
// The paint glue lives inside the start-up module: its own file is not served.
rmSync(join(dir, paintGlue));

// 3. Precompressed twins (written last, so they cover the files above).
const precompressed = precompressTree(dir);

console.log(`post-build: ${startName}, embed/article-reader.{js,css,_bg.wasm}, embed/snippet.html, ${precompressed} files precompressed (.br, .gz)`);
