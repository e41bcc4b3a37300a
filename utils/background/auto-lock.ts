import type { AutoLockMinutes } from '../settings';

export const AUTO_LOCK_ALARM = 'omamori-auto-lock';

interface AlarmsApi {
  create(name: string, info: { delayInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | Promise<void>;
}

/**
 * Locks the vault after the chosen minutes without Omamori being used. An alarm (not a
 * timer) so it also fires after the MV3 worker has been stopped in between.
 */
export function autoLockTimer(alarms: AlarmsApi, minutes: () => Promise<AutoLockMinutes>) {
  return {
    async touch(): Promise<void> {
      const idle = await minutes();
      if (idle === 0) await alarms.clear(AUTO_LOCK_ALARM);
      else await alarms.create(AUTO_LOCK_ALARM, { delayInMinutes: idle });
    },
  };
}

interface IdleApi {
  onStateChanged: { addListener(listener: (state: string) => void): void };
}

/** Locks the vault when the computer's screen locks (Chromium reports it; Firefox does not). */
export function lockOnScreenLock(idle: IdleApi, lock: () => Promise<void>): void {
  idle.onStateChanged.addListener((state) => {
    if (state === 'locked') void lock();
  });
}
