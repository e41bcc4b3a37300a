import { describe, expect, it } from 'vitest';
import { DAY_MS, retain, type DatedBackup } from '../retention';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

/** A backup every `stepMs` from `from` (oldest) to `to`, keyed by its own time. */
function every(stepMs: number, from: number, to: number): DatedBackup<number>[] {
  const backups: DatedBackup<number>[] = [];
  for (let at = from; at <= to; at += stepMs) backups.push({ key: at, at });
  return backups;
}

const kept = (backups: readonly DatedBackup<number>[], now: number) =>
  new Set(retain(backups, now).keep.map(({ key }) => key));

describe('retain: backups kept by age', () => {
  it('keeps every change of the last day, however many', () => {
    const lastDay = every(60_000, NOW - DAY_MS + 60_000, NOW);
    expect(lastDay.length).toBe(1440);
    expect(retain(lastDay, NOW).remove).toEqual([]);
  });

  it('keeps the newest of each UTC day for a month, then of each UTC month for a year, then nothing', () => {
    const twoYears = every(6 * HOUR, NOW - 2 * 365 * DAY_MS, NOW);
    const { keep, remove } = retain(twoYears, NOW);
    const daily = keep.filter(({ reason }) => reason === 'daily').map(({ key }) => key);
    const monthly = keep.filter(({ reason }) => reason === 'monthly').map(({ key }) => key);
    // A day's newest is its 18:00 backup; one per day for the days older than a day, within 31.
    expect(daily.every((at) => new Date(at).getUTCHours() === 18)).toBe(true);
    expect(new Set(daily.map((at) => Math.floor(at / DAY_MS))).size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(29);
    expect(daily.length).toBeLessThanOrEqual(31);
    // A month's newest is its last day's 18:00; one per month, none older than a year.
    expect(monthly.every((at) => new Date(at + DAY_MS).getUTCDate() === 1)).toBe(true);
    expect(monthly.length).toBeGreaterThanOrEqual(11);
    expect(monthly.length).toBeLessThanOrEqual(12);
    expect(Math.min(...keep.map(({ key }) => key))).toBeGreaterThan(NOW - 366 * DAY_MS);
    expect(keep.length + remove.length).toBe(twoYears.length);
  });

  it('keeps an account deleted by mistake a month ago in a backup, after hundreds of later changes', () => {
    // A backup every hour; the account was in each one until it was deleted 30 days ago at 12:00.
    const deletedAt = NOW - 30 * DAY_MS;
    const backups = every(HOUR, NOW - 60 * DAY_MS, NOW);
    const holding = new Set(backups.filter(({ at }) => at < deletedAt).map(({ key }) => key));
    const survivors = kept(backups, NOW);
    expect(backups.filter(({ at }) => at > deletedAt).length).toBeGreaterThan(700);
    // The newest backup of the day before the deletion holds it.
    expect([...survivors].some((key) => holding.has(key) && deletedAt - key <= DAY_MS)).toBe(true);
  });

  it("never drops a backup it kept as a day's newest when time moves on (calendar days, not sliding windows)", () => {
    const backups = every(5 * HOUR, NOW - 40 * DAY_MS, NOW);
    let survivors = backups;
    let previous = kept(survivors, NOW);
    for (let now = NOW; now < NOW + 400 * DAY_MS; now += 7 * HOUR) {
      const current = kept(survivors, now);
      // Whatever is kept now was kept before: retention only ever removes, as it runs on survivors.
      for (const key of current) expect(previous.has(key)).toBe(true);
      // The newest of every month younger than a year is still there.
      for (const month of new Set(survivors.map(({ at }) => new Date(at).toISOString().slice(0, 7)))) {
        const newest = Math.max(
          ...backups.filter(({ at }) => new Date(at).toISOString().startsWith(month)).map(({ at }) => at),
        );
        if (now - newest < 366 * DAY_MS) expect(current.has(newest)).toBe(true);
      }
      survivors = survivors.filter(({ key }) => current.has(key));
      previous = current;
    }
  });

  it('always keeps the newest backup, even one older than a year', () => {
    const old = NOW - 800 * DAY_MS;
    expect(
      retain(
        [
          { key: 'a', at: old - DAY_MS },
          { key: 'b', at: old },
        ],
        NOW,
      ),
    ).toEqual({
      keep: [{ key: 'b', reason: 'newest' }],
      remove: ['a'],
    });
    expect(retain([], NOW)).toEqual({ keep: [], remove: [] });
  });

  it('keeps a backup dated after now (a clock that was ahead) as recent', () => {
    const { keep } = retain([{ key: 'future', at: NOW + 5 * DAY_MS }], NOW);
    expect(keep).toEqual([{ key: 'future', reason: 'recent' }]);
  });
});
