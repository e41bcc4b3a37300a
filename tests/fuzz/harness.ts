import fc from 'fast-check';
import { FormatError } from '@/utils/formats/errors';
import type { AccountData } from '@/utils/otp/account';
import { codeAt, forgetCodeCache } from '@/utils/otp/codes';
import { OtpError } from '@/utils/otp/errors';
import { validateAccount } from '@/utils/otp/validate';
import { WrongPasswordError } from '@/utils/vault/errors';

/** Over this, an input counts as a hang (the issue's budget for one file, line or QR). */
export const HANG_MS = 2_000;
const CHUNK = 50;
const EXAMPLES = 3;

/**
 * One boundary under fuzz. `inputs` are recipes (cheap to generate, printable); `prepare`
 * turns one into what the boundary reads (re-encrypting a mutated plaintext, say) outside
 * the clock; `run` is the boundary itself and answers the accounts it yields.
 */
export interface FuzzTarget<Input, Prepared = Input> {
  readonly name: string;
  readonly inputs: fc.Arbitrary<Input>;
  readonly prepare: (input: Input) => Promise<Prepared>;
  readonly run: (prepared: Prepared) => Promise<readonly AccountData[]>;
}

export interface FuzzStats {
  readonly target: string;
  inputs: number;
  untyped: number;
  hangs: number;
  invalidAccepted: number;
  /** Inputs that yielded at least one account: the fuzz reaches the success paths too. */
  yielding: number;
  /** Typed refusals by code, to see which paths were reached. */
  readonly refusals: Map<string, number>;
  slowestMs: number;
  /** Where the slowest input is (seed and index), to look at it again. */
  slowestAt: string;
  ms: number;
  /** How to find a finding again: seed, index, what went wrong. */
  readonly examples: string[];
}

export interface FuzzOptions {
  readonly runs: number;
  readonly seed: number;
  /** Milliseconds from any origin (performance.now), injected. */
  readonly now: () => number;
  /** The moment codes are computed at (ms since 1970), injected. */
  readonly codeTime: number;
}

/** Refusals the layers promise: every other exception is a finding. */
function typedCode(error: unknown): string | null {
  if (error instanceof FormatError || error instanceof OtpError) return error.code;
  if (error instanceof WrongPasswordError) return 'wrong-password';
  return null;
}

/** Why an account a boundary yielded is not one, or null. */
export function accountProblem(account: AccountData, codeTime: number): string | null {
  const check = validateAccount(account);
  if (!check.ok) return `accepted an invalid account (${check.reason})`;
  try {
    const code = codeAt(account, codeTime);
    const length = account.type === 'steam' ? 5 : account.digits;
    return code.length === length ? null : `code ${JSON.stringify(code)} for ${length} digits`;
  } catch (error) {
    return `accepted an account that gives no code: ${String(error)}`;
  }
}

/** Runs `runs` inputs of `target`, in seeded chunks (reproducible, and never all in memory). */
export async function fuzz<Input, Prepared>(
  target: FuzzTarget<Input, Prepared>,
  options: FuzzOptions,
): Promise<FuzzStats> {
  const stats: FuzzStats = {
    target: target.name,
    inputs: 0,
    untyped: 0,
    hangs: 0,
    invalidAccepted: 0,
    yielding: 0,
    refusals: new Map(),
    slowestMs: 0,
    slowestAt: '',
    ms: 0,
    examples: [],
  };
  const started = options.now();
  for (let chunk = 0; stats.inputs < options.runs; chunk += 1) {
    const seed = options.seed + chunk;
    const inputs = fc.sample(target.inputs, { seed, numRuns: Math.min(CHUNK, options.runs - stats.inputs) });
    for (const [index, input] of inputs.entries())
      await runOne(target, input, stats, options, `seed ${seed} #${index}`);
    forgetCodeCache();
  }
  stats.ms = options.now() - started;
  return stats;
}

async function runOne<Input, Prepared>(
  target: FuzzTarget<Input, Prepared>,
  input: Input,
  stats: FuzzStats,
  options: FuzzOptions,
  where: string,
) {
  stats.inputs += 1;
  const note = (what: string) => stats.examples.length < EXAMPLES && stats.examples.push(`${where}: ${what}`);
  const prepared = await target.prepare(input);
  const start = options.now();
  let accounts: readonly AccountData[] = [];
  try {
    accounts = await target.run(prepared);
  } catch (error) {
    const code = typedCode(error);
    if (code === null) {
      stats.untyped += 1;
      note(`untyped ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 300));
    } else stats.refusals.set(code, (stats.refusals.get(code) ?? 0) + 1);
  }
  const elapsed = options.now() - start;
  if (elapsed > stats.slowestMs) Object.assign(stats, { slowestMs: elapsed, slowestAt: where });
  if (elapsed > HANG_MS) {
    stats.hangs += 1;
    note(`took ${Math.round(elapsed)} ms`);
  }
  if (accounts.length > 0) stats.yielding += 1;
  const problems = accounts
    .map((account) => accountProblem(account, options.codeTime))
    .filter((problem) => problem !== null);
  if (problems.length > 0) {
    stats.invalidAccepted += 1;
    note(problems[0]!);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The table `npm run fuzz` prints. */
export function fuzzTable(rows: readonly FuzzStats[]): string {
  const header = ['target', 'inputs', 'untyped exceptions', 'hangs (>2 s)', 'invalid accounts accepted', 'time'];
  const body = rows.map((row) => [
    row.target,
    String(row.inputs),
    String(row.untyped),
    String(row.hangs),
    String(row.invalidAccepted),
    seconds(row.ms),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** What each target reached: inputs that yielded accounts, typed refusals by code, the slowest input. */
export function coverageLines(rows: readonly FuzzStats[]): string {
  return rows
    .map((row) => {
      const refusals = [...row.refusals.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([code, count]) => `${code} ${count}`)
        .join(', ');
      return `${row.target}: ${row.yielding} yielded accounts; refused: ${refusals || '—'}; slowest ${Math.round(row.slowestMs)} ms (${row.slowestAt})`;
    })
    .join('\n');
}
