// The size budget: each module of the release build (dist/) compressed with brotli at quality 11,
// against its ceiling in budget.json, and the critical path (the modules requested before the
// headline is on screen) against its own. Prints every figure; exits 1 when one is over its
// ceiling or a module is missing. Bytes are deterministic: this is a test, not a measurement.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, process.argv[2] ?? "dist");
const budget = JSON.parse(readFileSync(join(root, "budget.json"), "utf8"));
// The build's files as paths relative to dist/ (the embed bundle is in embed/).
const files = [...readdirSync(dist), ...readdirSync(join(dist, "embed")).map((f) => `embed/${f}`)];
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

const failures = [];
const sizes = {};
const row = (name, bytes, max, note = "") =>
  console.log(`  ${name.padEnd(30)}${String(bytes).padStart(9)} B  / ${String(max).padStart(7)} B${note}`);
console.log("budget: brotli -q 11 bytes / ceiling (budget.json)");
for (const [name, { file, max }] of Object.entries(budget.modules)) {
  const matches = files.filter((f) => new RegExp(file).test(f));
  if (matches.length !== 1) {
    failures.push(`${name}: ${matches.length} files match ${file} in ${dist}`);
    continue;
  }
  const bytes = brotli(readFileSync(join(dist, matches[0])));
  sizes[name] = bytes;
  row(name, bytes, max, bytes > max ? "  OVER" : "");
  if (bytes > max) failures.push(`${name} (${matches[0]}): ${bytes} B is over its ${max} B`);
}
const sum = (names) => names.reduce((total, name) => total + (sizes[name] ?? 0), 0);
for (const [name, { modules, max }] of Object.entries(budget.criticalPaths)) {
  const critical = sum(modules);
  row(`critical path, ${name}`, critical, max, critical > max ? "  OVER" : "");
  if (critical > max) failures.push(`critical path (${name}): ${critical} B is over its ${max} B`);
}
const all = sum(budget.all.modules);
row("all modules", all, budget.all.max, all > budget.all.max ? "  OVER" : "");
if (all > budget.all.max) failures.push(`all modules: ${all} B is over ${budget.all.max} B`);
if (failures.length) {
  console.error(`budget: ${failures.length} over:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("budget: every module within its ceiling");
