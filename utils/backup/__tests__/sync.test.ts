import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { syncService, type SyncArea, type SyncRecord, type SyncState } from '../sync';
import type { SyncItems } from '../sync-chunks';

const PASSWORD = 'sync test password';
const NOW = Date.UTC(2026, 11, 1);

/** One browser-sync account: every profile's storage.sync is the same map, as after syncing. */
function sharedArea(): SyncArea & { items: SyncItems } {
  const area = {
    items: {} as SyncItems,
    get: async () => structuredClone(area.items),
    set: async (items: SyncItems) => void Object.assign(area.items, structuredClone(items)),
    remove: async (keys: string[]) => keys.forEach((key) => delete area.items[key]),
  };
  return area;
}

function browser(area: SyncArea, seed: number) {
  const vault = testVault({
    randomBytes: seededRandomBytes(seed),
    newId: (() => {
      let n = 0;
      return () => `${seed}-${++n}`;
    })(),
  });
  let state: SyncState = { known: [], tombstones: [] };
  let record: SyncRecord | null = null;
  let clock = NOW;
  const sync = syncService({
    vault,
    now: () => (clock += 1000),
    randomBytes: seededRandomBytes(seed + 100),
    area,
    state: { getValue: async () => state, setValue: async (value) => void (state = value) },
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
  });
  const labels = async () => (await vault.accounts()).map((account) => account.label).sort();
  return { vault, sync, labels, record: () => record };
}

const totp = (label: string, letter: string) =>
  accountData({ secret: `JBSWY3DPEHPK3PXP${letter}BSWY3DP`, issuer: 'Example', label });

afterEach(deleteTestDatabases);

describe('the sync copy', () => {
  it('gives a new browser the vault, then merges both browsers’ additions and deletions, losing nothing', async () => {
    const area = sharedArea();
    const a = browser(area, 1);
    await a.vault.create(PASSWORD);
    await a.vault.addMany([totp('one', 'A'), totp('two', 'B'), totp('three', 'C')]);
    await a.sync.syncNow();
    expect(await a.sync.offer()).toMatchObject({ count: 3 });

    const b = browser(area, 2);
    expect(await b.sync.restore('not the password')).toBe('wrong-password');
    expect(await b.sync.restore(PASSWORD)).toEqual({ added: 3 });
    expect(await b.labels()).toEqual(['one', 'three', 'two']);

    // Each adds one account and deletes another, then both sync (twice round).
    await b.vault.add(totp('from-b', 'D'));
    await b.vault.remove((await b.vault.accounts()).find((account) => account.label === 'one')!.id);
    await b.sync.syncNow();
    await a.vault.add(totp('from-a', 'E'));
    await a.vault.remove((await a.vault.accounts()).find((account) => account.label === 'two')!.id);
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await a.labels()).toEqual(['from-a', 'from-b', 'three']);
    expect(await b.labels()).toEqual(['from-a', 'from-b', 'three']);
  });

  it('reveals no label, issuer or secret in storage.sync', async () => {
    const area = sharedArea();
    const a = browser(area, 3);
    await a.vault.create(PASSWORD);
    await a.vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif', label: 'taro.yamada' }));
    await a.sync.syncNow();
    const raw = JSON.stringify(area.items);
    for (const plain of ['KRSXG5CTMVRXEZLUKRSXG5CT', 'Zaif', 'taro.yamada']) expect(raw).not.toContain(plain);
  });

  it('keeps as many accounts as fit, and says which are not in the copy', async () => {
    const area = sharedArea();
    const a = browser(area, 4);
    await a.vault.create(PASSWORD);
    const base32 = (value: number) =>
      Array.from({ length: 8 }, (_, digit) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(value >> (5 * digit)) & 31]).join('');
    const many = Array.from({ length: 400 }, (_, index) =>
      accountData({ secret: `JBSWY3DPEHPK3PXPJBSWY3DP${base32(index)}`, label: `n${index}`, notes: 'x'.repeat(120) }),
    );
    const { added } = await a.vault.addMany(many);
    await a.sync.syncNow();
    const record = a.record()!;
    expect(record.total).toBe(added.length);
    expect(record.written.length).toBeGreaterThan(50);
    expect(record.written.length).toBeLessThan(added.length);
  });

  it('never overwrites the copy of another vault, and says so', async () => {
    const area = sharedArea();
    const a = browser(area, 5);
    await a.vault.create(PASSWORD);
    await a.vault.add(totp('mine', 'F'));
    await a.sync.syncNow();
    const before = JSON.stringify(area.items);
    const other = browser(area, 6);
    await other.vault.create('another password entirely');
    await other.vault.add(totp('theirs', 'G'));
    await other.sync.syncNow();
    expect(JSON.stringify(area.items)).toBe(before);
    expect(other.record()?.failure?.reason).toBe('other-vault');
  });
});
