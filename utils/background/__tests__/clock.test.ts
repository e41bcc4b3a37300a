import { describe, expect, it } from 'vitest';
import type { ClockReading } from '../../sites/clock';
import { clockService, type ObservedResponse } from '../clock';

const AT = Date.UTC(2026, 11, 1, 9, 0, 0);
const LOGIN = 'https://lightning.bitflyer.com/Home/TwoFactorAuth';

/** The service on stored values it can be handed, counting the reads that reach storage. */
function setup(stored: { readings?: Record<string, ClockReading>; accepted?: Record<string, number> } = {}) {
  let readings = stored.readings ?? {};
  let accepted = stored.accepted ?? {};
  const reads = { count: 0 };
  const read =
    <T>(value: () => T) =>
    async () => ((reads.count += 1), value());
  const clock = clockService({
    readings: { getValue: read(() => readings), setValue: async (value) => void (readings = value) },
    accepted: { getValue: read(() => accepted), setValue: async (value) => void (accepted = value) },
  });
  return Object.assign(clock, { reads, stored: () => ({ readings, accepted }) });
}

/** A top document's response as webRequest reports it, its Date header `aheadMs` ahead of `AT`. */
const response = (url: string, aheadMs: number, frame: Partial<ObservedResponse> = {}): ObservedResponse => ({
  url,
  type: 'main_frame',
  frameId: 0,
  responseHeaders: [{ name: 'Date', value: new Date(AT + aheadMs).toUTCString() }],
  timeStamp: AT,
  ...frame,
});

describe('clockService', () => {
  it('moves a site’s codes to its clock only once the person asked, and only when it is off', async () => {
    const clock = setup();
    // The site's Date header says 47 s later than this computer's clock.
    await clock.observe(response(LOGIN, 47_000));
    await clock.observe(response('https://zaif.jp/login', 3_000));
    const before = await clock.offsets();
    expect(before(['bitflyer.com'])).toBe(0);
    expect(await clock.clockOf('bitflyer.com')).toEqual({ kind: 'off', skewMs: 47_500, adjusted: false });

    expect(await clock.choose('bitflyer.com', { adjust: true, skewMs: 47_500 })).toBeNull();
    // Three seconds is within what codes allow: not followed, even when asked.
    expect(await clock.choose('zaif.jp', { adjust: true, skewMs: 3_500 })).toBe('clock-changed');
    const after = await clock.offsets();
    expect(after(['bitflyer.com'])).toBe(47_500);
    expect(after(['zaif.jp'])).toBe(0);
    expect(after(['coincheck.com'])).toBe(0);
  });

  it('takes no reading from a help centre, a subdomain or a frame under the exchange’s domain', async () => {
    const clock = setup();
    const hoursAhead = 5 * 3_600_000;
    for (const observed of [
      // A help centre on a SaaS CNAME, a taken-over subdomain: the exchange's domain, not its server.
      response('https://help.bitflyer.com/hc/ja', hoursAhead),
      response('https://status.bitflyer.com/', hoursAhead),
      response('https://bitflyer.com/ja-jp/', hoursAhead),
      // The login host, but framed or as a script: not the page the person sees.
      response(LOGIN, hoursAhead, { type: 'sub_frame', frameId: 4 }),
      response(LOGIN, hoursAhead, { type: 'script' }),
      response('http://lightning.bitflyer.com/', hoursAhead),
    ]) {
      await clock.observe(observed);
    }
    expect(clock.stored().readings).toEqual({});
    expect(await clock.clockOf('bitflyer.com')).toBeNull();
  });

  it('shows a skew of hours as a wrong clock and never follows it, even when told to', async () => {
    const clock = setup({ accepted: { 'bitflyer.com': 47_500 } });
    await clock.observe(response(LOGIN, 3 * 3_600_000));
    expect(await clock.clockOf('bitflyer.com')).toEqual({ kind: 'wrong', skewMs: 3 * 3_600_000 + 500 });
    expect(await clock.choose('bitflyer.com', { adjust: true, skewMs: 3 * 3_600_000 + 500 })).toBe('clock-changed');
    expect((await clock.offsets())(['bitflyer.com'])).toBe(0);
    // Just past ten minutes is already too far.
    await clock.observe(response(LOGIN, 10 * 60_000 + 1_000));
    expect(await clock.clockOf('bitflyer.com')).toMatchObject({ kind: 'wrong' });
    expect((await clock.offsets())(['bitflyer.com'])).toBe(0);
  });

  it('asks again when a new reading differs from the accepted one by more than 30 s', async () => {
    const clock = setup();
    await clock.observe(response(LOGIN, 60_000));
    expect(await clock.choose('bitflyer.com', { adjust: true, skewMs: 60_500 })).toBeNull();
    // Within a step of what the person accepted: still followed, at the site's time now.
    await clock.observe(response(LOGIN, 80_000));
    expect(await clock.clockOf('bitflyer.com')).toEqual({ kind: 'off', skewMs: 80_500, adjusted: true });
    expect((await clock.offsets())(['bitflyer.com'])).toBe(80_500);
    // A reading that jumped further: not followed until the person accepts it.
    await clock.observe(response(LOGIN, 95_000));
    expect(await clock.clockOf('bitflyer.com')).toEqual({ kind: 'off', skewMs: 95_500, adjusted: false });
    expect((await clock.offsets())(['bitflyer.com'])).toBe(0);
    // An acceptance of a skew the popup showed before the jump is refused.
    expect(await clock.choose('bitflyer.com', { adjust: true, skewMs: 60_500 })).toBe('clock-changed');
    expect(await clock.choose('bitflyer.com', { adjust: true, skewMs: 95_500 })).toBeNull();
    expect((await clock.offsets())(['bitflyer.com'])).toBe(95_500);
  });

  it('reads storage once, and writes through to it', async () => {
    const clock = setup({
      readings: { 'bitflyer.com': { skewMs: 47_000, at: AT } },
      accepted: { 'bitflyer.com': 47_000 },
    });
    for (let open = 0; open < 3; open += 1) {
      expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
      expect(await clock.clockOf('bitflyer.com')).toEqual({ kind: 'off', skewMs: 47_000, adjusted: true });
    }
    expect(clock.reads.count).toBe(2);
    await clock.choose('bitflyer.com', { adjust: false });
    expect((await clock.offsets())(['bitflyer.com'])).toBe(0);
    expect(clock.stored().accepted).toEqual({});
  });

  it('reads again after a failed read, and keeps the old value when a write fails', async () => {
    let readFails = true;
    let writeFails = false;
    const stored = { 'bitflyer.com': 47_000 };
    const clock = clockService({
      readings: {
        getValue: async () => ({ 'bitflyer.com': { skewMs: 47_000, at: AT } }),
        setValue: async () => undefined,
      },
      accepted: {
        getValue: async () => (readFails ? Promise.reject(new Error('storage')) : stored),
        setValue: async () => (writeFails ? Promise.reject(new Error('quota')) : undefined),
      },
    });
    await expect(clock.offsets()).rejects.toThrow('storage');
    readFails = false;
    expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
    writeFails = true;
    await expect(clock.choose('bitflyer.com', { adjust: false })).rejects.toThrow('quota');
    expect((await clock.offsets())(['bitflyer.com'])).toBe(47_000);
  });
});
