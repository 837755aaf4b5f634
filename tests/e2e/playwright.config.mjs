// Browser journeys against the release build in dist/, in Debian's Chromium (never a downloaded
// browser). scripts/test builds dist/ first.
import { defineConfig } from "@playwright/test";
import { args, executablePath } from "./chromium.mjs";

const port = Number(process.env.E2E_PORT || 8181);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  // The real WordPress's journeys need it running: tests/wordpress/serve starts it and sets
  // WORDPRESS_PORT (the test server forwards /wp/ to it) and WORDPRESS_MANIFEST.
  testIgnore: process.env.WORDPRESS_PORT ? [] : [/wordpress-real\.spec\.mjs/],
  outputDir: "results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A missing snapshot fails; `--update-snapshots` writes them after a review.
  updateSnapshots: "none",
  failOnFlakyTests: true,
  timeout: 30_000,
  reporter: [["list"], ["./summary-reporter.mjs"]],
  snapshotPathTemplate: "{testDir}/snapshots/{arg}{ext}",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Fixed zone and locale: dates in snapshots do not depend on the machine.
    timezoneId: "Europe/Paris",
    locale: "en-GB",
    browserName: "chromium",
    launchOptions: { executablePath, args },
  },
  webServer: {
    command: `node tests/e2e/server.mjs`,
    cwd: "../..",
    env: { PORT: String(port), READER_DIST: process.env.READER_DIST ?? "dist" },
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
