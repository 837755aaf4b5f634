// One Lighthouse run (mobile: simulated Slow 4G and 4× CPU, Lighthouse's defaults) in Debian's
// Chromium, shared by the test (tests/e2e/lighthouse.mjs) and the benchmark (bench/lighthouse.mjs).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { args, executablePath } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/// Runs Lighthouse on `url`, writes its JSON report to `reportPath` and returns the figures:
/// category scores (0–100), FCP, LCP, TBT (ms), the bytes transferred, and how many elements the
/// page had (Lighthouse 12's own "largest contentful paint element" fails on this Chromium).
export function lighthouse(url, reportPath, categories = ["performance", "accessibility", "best-practices", "seo"]) {
  const run = spawnSync(
    join(root, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${reportPath}`,
      `--only-categories=${categories.join(",")}`,
      `--chrome-flags=--headless=new ${args.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: executablePath }, stdio: "inherit" },
  );
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status} on ${url}`);
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  if (report.runtimeError) throw new Error(`lighthouse could not measure ${url}: ${report.runtimeError.message}`);
  const { categories: found, audits } = report;
  const value = (id) => audits[id]?.numericValue ?? null;
  return {
    scores: Object.fromEntries(Object.values(found).map((c) => [c.id, Math.round(c.score * 100)])),
    fcpMs: value("first-contentful-paint"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    bytes: value("total-byte-weight"),
    domElements: value("dom-size"),
    audits,
    categories: found,
  };
}
