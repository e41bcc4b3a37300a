import { describe, expect, it } from 'vitest';
import type { ClockReading } from '../../sites/clock';
import { clockService } from '../clock';

const AT = Date.UTC(2026, 11, 1, 9, 0, 0);

/** The service on stored values it can be handed, counting the reads that reach storage. */
function setup(stored: { readings?: Record<string, ClockReading>; adjusted?: Record<string, boolean> } = {}) {
  let readings = stored.readings ?? {};
  let adjusted = stored.adjusted ?? {};
  const reads = { count: 0 };
  const read =
    <T>(value: () => T) =>
    async () => ((reads.count += 1), value());
  const clock = clockService({
    readings: { getValue: read(() => readings), setValue: async (value) => void (readings = value) },
    adjusted: { getValue: read(() => adjusted), setValue: async (value) => void (adjusted = value) },
  });
  return Object.assign(clock, { reads, stored: () => ({ readings, adjusted }) });
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

  it('reads storage once, and writes through to it', async () => {
    const clock = setup({
      readings: { 'bitflyer.com': { skewMs: 47_000, at: AT } },
      adjusted: { 'bitflyer.com': true },
    });
    for (let open = 0; open < 3; open += 1) {
      expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
      expect(await clock.clockOf('bitflyer.com')).toEqual({ skewMs: 47_000, adjusted: true });
    }
    expect(clock.reads.count).toBe(2);
    await clock.setAdjusted('bitflyer.com', false);
    expect((await clock.offsets())(['bitflyer.com'])).toBe(0);
    expect(clock.stored().adjusted).toEqual({ 'bitflyer.com': false });
  });

  it('reads again after a failed read, and keeps the old value when a write fails', async () => {
    let readFails = true;
    let writeFails = false;
    const stored = { 'bitflyer.com': true };
    const clock = clockService({
      readings: {
        getValue: async () => ({ 'bitflyer.com': { skewMs: 47_000, at: AT } }),
        setValue: async () => undefined,
      },
      adjusted: {
        getValue: async () => (readFails ? Promise.reject(new Error('storage')) : stored),
        setValue: async () => (writeFails ? Promise.reject(new Error('quota')) : undefined),
      },
    });
    await expect(clock.offsets()).rejects.toThrow('storage');
    readFails = false;
    expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
    writeFails = true;
    await expect(clock.setAdjusted('bitflyer.com', false)).rejects.toThrow('quota');
    expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
  });
});
