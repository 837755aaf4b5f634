// How every browser run here starts Debian's Chromium (journeys, Lighthouse, the benchmark):
// as root, headless, with none of the background networking this machine's closed network refuses.
export const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

export const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
