/**
 * Which automatic backups to keep, by age rather than by count, for the downloads folder
 * and the WebDAV folder alike: every backup of the last day, the newest of each day for a
 * month, the newest of each month for a year. A count ("the newest 10") loses a mistaken
 * deletion after ten more changes; by age it stays in a backup for a year.
 *
 * Days and months are UTC calendar ones, not windows sliding with `now`: the newest backup
 * of a calendar day stays the newest of that day for ever, so a backup kept as "the day's"
 * is not later dropped for a sibling that a sliding window happened to prefer.
 *
 * Pure: the caller gives the time, and the times it trusts (the downloads record's own, or a
 * WebDAV file's sealed creation time, never its name or the server's date).
 */
import { DAY_MS } from '../vault/versions';

export { DAY_MS };
/** Every backup younger than this is kept. */
export const KEEP_ALL_MS = DAY_MS;
/** One a day for this long. */
export const KEEP_DAILY_MS = 31 * DAY_MS;
/** One a month for this long; older backups are deleted. */
export const KEEP_MONTHLY_MS = 366 * DAY_MS;

export interface DatedBackup<K> {
  readonly key: K;
  /** When it was written (ms since the epoch), as the caller trusts it. */
  readonly at: number;
}

/** Why a backup is kept: what the person sees if they ask, and what the tests check. */
export type KeepReason = 'recent' | 'daily' | 'monthly' | 'newest';

export interface Retention<K> {
  readonly keep: readonly { readonly key: K; readonly reason: KeepReason }[];
  readonly remove: readonly K[];
}

const dayOf = (at: number) => Math.floor(at / DAY_MS);
const monthOf = (at: number) => {
  const date = new Date(at);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/**
 * Splits `backups` into kept and removed at `now`. The newest backup is always kept, however
 * old (a vault that has not changed for a year still has its backup); a backup dated after
 * `now` (a clock that was ahead) is kept as recent, since its age is unknown.
 */
export function retain<K>(backups: readonly DatedBackup<K>[], now: number): Retention<K> {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at);
  const days = new Set<number>();
  const months = new Set<number>();
  const keep: { key: K; reason: KeepReason }[] = [];
  const remove: K[] = [];
  newestFirst.forEach(({ key, at }, index) => {
    const age = now - at;
    // Newest first: the first backup seen in a day or month is that day's or month's newest.
    const firstOfDay = !days.has(dayOf(at));
    const firstOfMonth = !months.has(monthOf(at));
    days.add(dayOf(at));
    months.add(monthOf(at));
    const reason: KeepReason | null =
      age < KEEP_ALL_MS
        ? 'recent'
        : age < KEEP_DAILY_MS && firstOfDay
          ? 'daily'
          : age < KEEP_MONTHLY_MS && firstOfMonth
            ? 'monthly'
            : index === 0
              ? 'newest'
              : null;
    if (reason) keep.push({ key, reason });
    else remove.push(key);
  });
  return { keep, remove };
}
