import { defineConfig } from 'vitest/config';
import SummaryReporter from '../support/summary-reporter';

// End-to-end: the built extension (.output) in real Chromium and Firefox. One project per
// browser (E2E_BROWSER picks BROWSER_KINDS), two files at a time: a browser test mostly
// waits (for a page, a debounce, a derivation), so two cores run two of them side by side.
// One fixture server serves both (global-setup.ts).
export default defineConfig({
  test: {
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', new SummaryReporter('e2e')],
    projects: (['chromium', 'firefox'] as const).map((browser) => ({
      extends: true,
      test: { name: browser, include: ['tests/e2e/**/*.e2e.ts'], env: { E2E_BROWSER: browser } },
    })),
  },
});
