import { describe, expect, it } from 'vitest';
import type { AutoLockMinutes } from '../../settings';
import { AUTO_LOCK_ALARM, autoLockTimer, lockOnScreenLock } from '../auto-lock';

function fakeAlarms() {
  const alarms = new Map<string, number>();
  return {
    alarms,
    api: {
      create: (name: string, info: { delayInMinutes: number }) => void alarms.set(name, info.delayInMinutes),
      clear: async (name: string) => alarms.delete(name),
    },
  };
}

describe('autoLockTimer', () => {
  it('re-arms the alarm for the chosen idle minutes on each use', async () => {
    const { alarms, api } = fakeAlarms();
    let minutes: AutoLockMinutes = 15;
    const timer = autoLockTimer(api, async () => minutes);
    await timer.touch();
    expect(alarms.get(AUTO_LOCK_ALARM)).toBe(15);
    minutes = 5;
    await timer.touch();
    expect(alarms.get(AUTO_LOCK_ALARM)).toBe(5);
  });

  it('sets no alarm when locking only on browser close', async () => {
    const { alarms, api } = fakeAlarms();
    alarms.set(AUTO_LOCK_ALARM, 15);
    await autoLockTimer(api, async () => 0).touch();
    expect(alarms.has(AUTO_LOCK_ALARM)).toBe(false);
  });
});

describe('lockOnScreenLock', () => {
  it('locks when the screen locks, not when the person is merely idle or back', () => {
    let listener: (state: string) => void = () => undefined;
    let locks = 0;
    lockOnScreenLock(
      { onStateChanged: { addListener: (added) => void (listener = added) } },
      async () => void (locks += 1),
    );
    listener('idle');
    listener('active');
    expect(locks).toBe(0);
    listener('locked');
    expect(locks).toBe(1);
  });
});
