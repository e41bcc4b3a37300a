import { defineConfig } from 'vitest/config';
import SummaryReporter from '../support/summary-reporter';

// End-to-end: the built extension (.output) in real Chromium and Firefox, one file at a
// time (two cores; both browsers share the fixture server's port).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', new SummaryReporter('e2e')],
  },
});
