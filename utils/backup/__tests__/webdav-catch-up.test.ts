import { describe, expect, it } from 'vitest';
import { catchUpDelayMs, retriedLater } from '../webdav-catch-up';
import type { WebDavFailure } from '../webdav';

const MINUTE = 60_000;

describe('WebDAV catch-up schedule', () => {
  it('waits 1, 2, 4 … minutes after failures in a row, then once an hour for as long as it is behind', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(catchUpDelayMs)).toEqual(
      [1, 2, 4, 8, 16, 32, 60, 60].map((minutes) => minutes * MINUTE),
    );
    // However long the outage: a week of failures is still an hourly try, never none.
    expect(catchUpDelayMs(24 * 7)).toBe(60 * MINUTE);
    expect(catchUpDelayMs(Number.MAX_SAFE_INTEGER)).toBe(60 * MINUTE);
  });

  it('keeps trying through what the server or the person may mend (outage, full quota, revoked password)', () => {
    const mended: WebDavFailure[] = [
      'unreachable',
      'timeout',
      'server',
      'quota',
      'unauthorized',
      'forbidden',
      'not-found',
      'certificate',
      'bad-response',
      'redirect',
    ];
    expect(mended.filter((reason) => !retriedLater(reason))).toEqual([]);
    expect(retriedLater('insecure-url')).toBe(false);
    expect(retriedLater('invalid-config')).toBe(false);
  });
});
