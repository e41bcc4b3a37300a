/**
 * When the WebDAV folder is behind (an outage, a full quota, a browser closed before the
 * upload), Omamori tries again by itself until it holds the latest change: after 1 minute,
 * then doubling up to once an hour, for as long as it is behind; and at once when the vault
 * is unlocked (a browser start). An alarm, not a timer: Chrome stops an idle service worker
 * and its timers with it, an alarm wakes it again.
 */
import type { WebDavFailure } from './webdav';

export const WEBDAV_CATCH_UP_ALARM = 'omamori-webdav-catch-up';
export const CATCH_UP_FIRST_DELAY_MS = 60_000;
export const CATCH_UP_MAX_DELAY_MS = 3_600_000;

/** The wait after the `failures`-th failed try in a row (1, 2, 4, … minutes, at most an hour). */
export function catchUpDelayMs(failures: number): number {
  const doublings = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(CATCH_UP_MAX_DELAY_MS, CATCH_UP_FIRST_DELAY_MS * 2 ** doublings);
}

/**
 * Failures no wait can mend: the stored address itself is unusable. Every other one (a full
 * quota, a revoked app password, a server down or answering oddly) may be mended by the
 * person or the server meanwhile, and an hourly try costs nothing.
 */
export const retriedLater = (reason: WebDavFailure): boolean =>
  reason !== 'insecure-url' && reason !== 'invalid-config';

/** The part of `browser.alarms` the catch-up uses (tests give a fake clock's). */
export interface CatchUpAlarms {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | Promise<void>;
}
