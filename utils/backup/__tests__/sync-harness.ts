import { accountData, type AccountData } from '../../otp/account';
import { seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { syncService, type SyncArea, type SyncRecord, type SyncState } from '../sync';
import type { SyncItems } from '../sync-chunks';

export const PASSWORD = 'sync test password';

/** One browser-sync account: every profile's storage.sync is the same map, as after syncing. */
export function sharedArea(): SyncArea & { items: SyncItems } {
  const area = {
    items: {} as SyncItems,
    get: async () => structuredClone(area.items),
    set: async (items: SyncItems) => void Object.assign(area.items, structuredClone(items)),
    remove: async (keys: string[]) => keys.forEach((key) => delete area.items[key]),
  };
  return area;
}

/** One simulated browser: its own vault (database, session, ids, clock) and sync service on `area`. */
export function simulatedBrowser(area: SyncArea, seed: number, clock = { now: Date.UTC(2026, 11, 1) }) {
  const vault = testVault({
    randomBytes: seededRandomBytes(seed),
    now: () => (clock.now += 1000),
    newId: (() => {
      let n = 0;
      return () => `${seed}-${++n}`;
    })(),
  });
  let state: SyncState = { base: {} };
  let record: SyncRecord | null = null;
  const sync = syncService({
    vault,
    now: () => clock.now,
    randomBytes: seededRandomBytes(seed + 100),
    area,
    state: { getValue: async () => state, setValue: async (value) => void (state = value) },
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
  });
  vault.beforeRotation(() => sync.syncNow());
  const labels = async () => (await vault.accounts()).map((account) => account.label).sort();
  const byLabel = async (label: string) => (await vault.accounts()).find((account) => account.label === label)!;
  return { vault, sync, labels, byLabel, clock, record: () => record, state: () => state };
}

export const totp = (label: string, letter: string, extra: Partial<AccountData> = {}) =>
  accountData({ secret: `JBSWY3DPEHPK3PXP${letter}BSWY3DP`, issuer: 'Example', label, ...extra });
