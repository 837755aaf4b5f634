// Prints one closing line CI can read: "e2e: N passed, N failed, N skipped". A test marked as
// expected to fail (`test.fail()`) that does fail counts as passed, as Playwright counts it.
export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }
  onEnd() {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.suite.allTests()) {
      const outcome = test.outcome();
      if (outcome === "skipped") counts.skipped++;
      else if (outcome === "unexpected") counts.failed++;
      else counts.passed++;
    }
    console.log(`\ne2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  printsToStdio() {
    return true;
  }
}
