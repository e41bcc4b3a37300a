/**
 * One row of `npm run bench`. A row with a floor was measured in the same run as the thing
 * it is compared with, so the ratio holds on a noisy machine where absolute times do not.
 */
export interface BenchRow {
  what: string;
  measured: string;
  /** What the same work costs with nothing of ours in it (a static page, the capture alone). */
  floor?: string;
  /** measured ÷ floor, or measured − floor, as the goal is written. */
  ratio?: string;
  goal: string;
  ok: boolean;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export const browserName = (kind: 'chromium' | 'firefox') => (kind === 'chromium' ? 'Chromium' : 'Firefox');

/** A time against an absolute goal (`≤ limit`, or within `[min, max]`). */
export function timeRow(what: string, measured: number, max: number, min?: number): BenchRow {
  const goal = min === undefined ? `≤ ${max} ms` : `${min}–${max} ms`;
  return { what, measured: ms(measured), goal, ok: measured <= max && (min === undefined || measured >= min) };
}

/**
 * A time against the floor measured in the same run: at most `maxRatio` × the floor.
 * `ratio`: when runs were compared pair by pair, the median of their ratios.
 */
export function ratioRow(
  what: string,
  measured: number,
  floor: number,
  maxRatio: number,
  ratio = measured / floor,
): BenchRow {
  return {
    what,
    measured: ms(measured),
    floor: ms(floor),
    ratio: `${ratio.toFixed(2)}×`,
    goal: `≤ ${maxRatio}×`,
    ok: ratio <= maxRatio,
  };
}

/** A time against the floor measured in the same run: at most `maxExtra` ms over it. */
export function overheadRow(what: string, measured: number, floor: number, maxExtra: number): BenchRow {
  const extra = measured - floor;
  return {
    what,
    measured: ms(measured),
    floor: ms(floor),
    ratio: `${extra >= 0 ? '+' : '−'}${Math.abs(extra).toFixed(1)} ms`,
    goal: `≤ floor + ${maxExtra} ms`,
    ok: extra <= maxExtra,
  };
}

/** A figure reported for the reader, with no goal of its own. */
export function infoRow(what: string, measured: string): BenchRow {
  return { what, measured, goal: '—', ok: true };
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['what', 'measured', 'floor', 'ratio', 'goal', 'ok'];
  const lines = rows.map((row) => [
    row.what,
    row.measured,
    row.floor ?? '',
    row.ratio ?? '',
    row.goal,
    row.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...lines.map(format)].join(
    '\n',
  );
}
