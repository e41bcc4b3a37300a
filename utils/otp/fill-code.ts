import type { Account } from './account';
import { codeAt, timeStep } from './codes';

/** A code about to expire may be stale by the time the form is sent. */
export const MIN_REMAINING_MS = 3_000;

/** The code to fill now: the next step's when this one has under 3 s left. */
export function codeToFill(account: Account, now: number): string {
  if (account.type === 'hotp') return codeAt(account, now);
  const { end } = timeStep(account.period, now);
  return codeAt(account, end - now < MIN_REMAINING_MS ? end : now);
}
