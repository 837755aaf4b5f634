// Lighthouse on the standalone demo (mobile), in Debian's Chromium: prints the four category
// scores and fails unless accessibility is 100. Run by scripts/test after the journeys.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { args, executablePath } from "./chromium.mjs";

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
const report = join(out, "lighthouse.json");
const run = spawnSync(
  join(root, "node_modules", ".bin", "lighthouse"),
  [
    `http://127.0.0.1:${port}/`,
    "--quiet",
    "--output=json",
    `--output-path=${report}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=--headless=new ${args.join(" ")}`,
  ],
  { env: { ...process.env, CHROME_PATH: executablePath }, stdio: "inherit" },
);
stop();
if (run.status !== 0) {
  console.error(`lighthouse exited with ${run.status}`);
  process.exit(1);
}
const { categories, audits } = JSON.parse(readFileSync(report, "utf8"));
const scores = Object.fromEntries(Object.values(categories).map((c) => [c.id, Math.round(c.score * 100)]));
console.log(
  `lighthouse (mobile): performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
    `best practices ${scores["best-practices"]}, SEO ${scores.seo}`,
);
for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]) {
  if (audits[id]) console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
}
const failing = Object.values(categories.accessibility.auditRefs)
  .map((ref) => audits[ref.id])
  .filter((a) => a && a.score !== null && a.score < 1)
  .map((a) => a.id);
if (scores.accessibility < 100) {
  console.error(`accessibility below 100: ${failing.join(", ")}`);
  process.exit(1);
}
console.log("lighthouse: 1 passed, 0 failed");
