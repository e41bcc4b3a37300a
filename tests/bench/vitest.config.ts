import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [process.env.BENCH_FILE ?? 'tests/bench/bench.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
