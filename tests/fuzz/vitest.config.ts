import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// `npm run fuzz`: 10,000 inputs a target (FUZZ_RUNS), the bounds' most expensive files,
// and the table. The unit run takes the same file at 500 inputs (../../vitest.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/fuzz/**/*.test.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000', FUZZ_BOUNDS: '1', FUZZ_TABLE: '1' },
    testTimeout: 60 * 60 * 1000,
    hookTimeout: 10 * 60 * 1000,
    reporters: ['default'],
  },
});
