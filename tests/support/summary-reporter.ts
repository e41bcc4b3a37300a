import type { Reporter, TestModule } from 'vitest/node';

/** Ends a run with one plain line, `<suite>: N passed, N failed`, that any CI can read. */
export default class SummaryReporter implements Reporter {
  constructor(private readonly suite: string) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      const before = counts.failed;
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
      // A file that fails outside any test (import error, failing hook) counts as a failure.
      if (module.state() === 'failed' && counts.failed === before) counts.failed += 1;
    }
    const skipped = counts.skipped + counts.pending;
    console.log(
      `\n${this.suite}: ${counts.passed} passed, ${counts.failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
    );
  }
}
