import { describe, expect, it } from 'vitest';
import type { ClockReading } from '../../sites/clock';
import { clockService } from '../clock';

const AT = Date.UTC(2026, 11, 1, 9, 0, 0);

function setup() {
  let readings: Record<string, ClockReading> = {};
  let adjusted: Record<string, boolean> = {};
  return clockService({
    readings: { getValue: async () => readings, setValue: async (value) => void (readings = value) },
    adjusted: { getValue: async () => adjusted, setValue: async (value) => void (adjusted = value) },
  });
}

describe('clockService', () => {
  it('moves a site’s codes to its clock only once the person asked, and only when it is off', async () => {
    const clock = setup();
    // The site's Date header says 47 s later than this computer's clock.
    await clock.observe('https://lightning.bitflyer.com/', new Date(AT + 47_000).toUTCString(), AT);
    await clock.observe('https://zaif.jp/', new Date(AT + 3_000).toUTCString(), AT);
    const before = await clock.offsets();
    expect(before(['bitflyer.com'])).toBe(0);
    expect(await clock.clockOf('bitflyer.com')).toMatchObject({ adjusted: false });

    await clock.setAdjusted('bitflyer.com', true);
    await clock.setAdjusted('zaif.jp', true);
    const after = await clock.offsets();
    expect(Math.abs(after(['bitflyer.com']) - 47_000)).toBeLessThan(1_000);
    // Three seconds is within what codes allow: not followed, even when asked.
    expect(after(['zaif.jp'])).toBe(0);
    expect(after(['coincheck.com'])).toBe(0);
  });
});
