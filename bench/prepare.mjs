// What the benchmark serves besides the build: the generated articles and the plain-DOM reference
// in dist/bench/, each file with its brotli and gzip twins (sent compressed, as a CDN would).
// `node bench/prepare.mjs` makes sure both are there; bench/measure.mjs checks again between runs.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { precompressTree } from "../scripts/precompress.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const benchDir = path.join(ROOT, "dist", "bench");
const SIZE_NAMES = ["small", "medium", "large"];

/// Another `trunk build` replaces dist/ wholesale: puts the articles back if they went. True when
/// they had to be written.
export function ensureArticles() {
  const there = SIZE_NAMES.every((s) => existsSync(path.join(benchDir, `${s}.json.br`))) && existsSync(path.join(benchDir, "blank.html"));
  if (there) return false;
  execFileSync(process.execPath, [path.join(ROOT, "bench", "generate.mjs"), benchDir], { stdio: "ignore" });
  precompressTree(benchDir);
  return true;
}

/// The plain-DOM reference (bench/plain, with the reader's own CSS) beside the articles, unless
/// it is there already.
export function ensurePlain() {
  const dir = path.join(benchDir, "plain");
  if (["index.html", "reader.js", "reader.css"].every((f) => existsSync(path.join(dir, `${f}.br`)))) return;
  mkdirSync(dir, { recursive: true });
  for (const f of ["index.html", "reader.js"]) copyFileSync(path.join(ROOT, "bench", "plain", f), path.join(dir, f));
  const css = readdirSync(path.join(ROOT, "dist")).find((f) => /^reader-[0-9a-f]+\.css$/.test(f));
  if (!css) throw new Error("no reader-*.css in dist/: build first");
  copyFileSync(path.join(ROOT, "dist", css), path.join(dir, "reader.css"));
  precompressTree(dir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureArticles();
  ensurePlain();
}
