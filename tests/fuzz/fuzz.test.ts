import { afterAll, describe, expect, it } from 'vitest';
import { coverageLines, fuzzTable, type FuzzStats } from './harness';
import { boundTargets, fuzzTargets } from './targets';

/*
 * Issue 11's fuzz suite. Inside the unit run: FUZZ_RUNS (default 500) inputs a target.
 * `npm run fuzz`: 10,000 a target, plus the most expensive files the bounds admit, and
 * the table. Seeded: FUZZ_SEED reproduces a run; a finding names its seed and index.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
const WITH_BOUNDS = process.env.FUZZ_BOUNDS === '1';
// Codes are computed for a fixed moment (2026-11-22T00:00:00Z), not the clock.
const CODE_TIME = Date.UTC(2026, 10, 22);
const options = { runs: RUNS, seed: SEED, now: () => performance.now(), codeTime: CODE_TIME };
// A target's whole run, not one input (each input has its own 2-s hang check): generous, so
// a busy CI machine does not fail a run that found nothing.
const TARGET_TIMEOUT_MS = Math.max(120_000, RUNS * 100);

const rows: FuzzStats[] = [];
const targets = await fuzzTargets(CODE_TIME);
const bounds = WITH_BOUNDS ? await boundTargets() : [];

afterAll(() => {
  // The fuzz config's reporter prints the table; in the unit run it stays quiet.
  if (process.env.FUZZ_TABLE === '1') console.log(`\n${fuzzTable(rows)}\n\n${coverageLines(rows)}\n`);
});

describe(`fuzz (${RUNS} inputs a target, seed ${SEED})`, () => {
  it.each(targets.map((target) => [target.name, target] as const))(
    '%s',
    async (_name, target) => {
      const stats = await target.fuzz(options);
      rows.push(stats);
      expect({
        untyped: stats.untyped,
        hangs: stats.hangs,
        invalidAccepted: stats.invalidAccepted,
        examples: stats.examples,
      }).toEqual({
        untyped: 0,
        hangs: 0,
        invalidAccepted: 0,
        examples: [],
      });
    },
    TARGET_TIMEOUT_MS,
  );

  it.runIf(WITH_BOUNDS).each(bounds.map((target) => [target.name, target] as const))(
    '%s',
    async (_name, target) => {
      const stats = await target.fuzz({ ...options, runs: 1 });
      rows.push(stats);
      expect({ untyped: stats.untyped, hangs: stats.hangs, examples: stats.examples }).toEqual({
        untyped: 0,
        hangs: 0,
        examples: [],
      });
    },
    TARGET_TIMEOUT_MS,
  );
});
