import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import SummaryReporter from './tests/support/summary-reporter';

// Unit tests: logic in utils/ and components/, with WXT's fake browser and an in-memory
// IndexedDB, and the fuzz suite at 500 inputs a target (`npm run fuzz`: 10,000, its own
// config). End-to-end tests have their own config (tests/e2e/vitest.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
    ],
    setupFiles: ['fake-indexeddb/auto'],
    reporters: ['default', new SummaryReporter('unit')],
  },
});
