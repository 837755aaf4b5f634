// Lighthouse on the standalone demo (mobile), in Debian's Chromium: prints the four category
// scores and fails unless accessibility is 100 on a page that really shows the article (a page
// whose module failed is blank, and a blank page scores 100 too). Run by scripts/test.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { lighthouse } from "./lighthouse-run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const port = Number(process.env.LIGHTHOUSE_PORT || 8288);
const out = join(root, "tests", "e2e", "screens");
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, [join(root, "tests", "e2e", "server.mjs")], {
  env: { ...process.env, PORT: String(port) },
  stdio: "ignore",
});
const stop = () => server.kill();
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the test server did not start");
}

await waitForServer();
let result;
try {
  result = lighthouse(`http://127.0.0.1:${port}/`, join(out, "lighthouse.json"));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
stop();
const { scores, audits, categories, domElements } = result;
console.log(
  `lighthouse (mobile): performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
    `best practices ${scores["best-practices"]}, SEO ${scores.seo}`,
);
for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]) {
  if (audits[id]) console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
}
let failed = 0;
// The page Lighthouse scored must be the article: the demo's reader has ~180 elements; a page
// whose module failed has its empty shell (a skip link, an empty <main>) and scores 100 too.
console.log(`  DOM elements: ${domElements}`);
if (!(domElements >= 100)) {
  console.error(`the page Lighthouse scored did not show the article (${domElements} elements)`);
  failed++;
}
const failing = Object.values(categories.accessibility.auditRefs)
  .map((ref) => audits[ref.id])
  .filter((a) => a && a.score !== null && a.score < 1)
  .map((a) => a.id);
if (scores.accessibility < 100) {
  console.error(`accessibility below 100: ${failing.join(", ")}`);
  failed++;
}
console.log(`lighthouse: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
