import { describe, expect, it } from 'vitest';
import { dateHeaderOf, isSkewed, skewOf } from '../clock';

const AT = Date.UTC(2026, 11, 1, 9, 0, 0, 250);

describe('clock check', () => {
  it('reads a site 60 s ahead from its Date header', () => {
    const header = new Date(AT + 60_000).toUTCString();
    const skew = skewOf(header, AT)!;
    expect(Math.abs(skew - 60_000)).toBeLessThanOrEqual(1_000);
    expect(isSkewed({ skewMs: skew, at: AT })).toBe(true);
  });

  it('does not warn within 15 s either way, and ignores a missing or broken header', () => {
    expect(isSkewed({ skewMs: skewOf(new Date(AT - 10_000).toUTCString(), AT)!, at: AT })).toBe(false);
    expect(isSkewed({ skewMs: -16_000, at: AT })).toBe(true);
    expect(skewOf(undefined, AT)).toBeNull();
    expect(skewOf('yesterday-ish', AT)).toBeNull();
    expect(isSkewed(undefined)).toBe(false);
  });

  it('finds the header whatever its case', () => {
    expect(
      dateHeaderOf([
        { name: 'Content-Type', value: 'text/html' },
        { name: 'date', value: 'Tue, 01 Dec 2026 09:00:00 GMT' },
      ]),
    ).toBe('Tue, 01 Dec 2026 09:00:00 GMT');
    expect(dateHeaderOf(undefined)).toBeUndefined();
  });
});
