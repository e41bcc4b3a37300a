import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { argon2idHere, type Argon2idDerive } from '../../vault/kdf';
import type { VaultDeps } from '../../vault/vault';
import { backupHandlers } from '../../background/backup-handlers';
import { backupService, type AutomaticDownload, type BackupRecord } from '../service';

afterEach(async () => {
  vi.useRealTimers();
  await deleteTestDatabases();
});

const NOW = Date.UTC(2026, 10, 22, 4, 0, 0);
const DAY = 86_400_000;

async function setup(vaultDeps: Partial<VaultDeps> = {}, earlier: AutomaticDownload[] = []) {
  const vault = testVault(vaultDeps);
  await vault.create('backup test password');
  let record: BackupRecord | null = null;
  const saved: string[] = [];
  const removed: number[] = [];
  let automatic: AutomaticDownload[] = earlier;
  let nextId = 100;
  const warnings: boolean[] = [];
  const service = backupService({
    vault,
    now: () => NOW,
    randomBytes: seededRandomBytes(5),
    save: async (filename) => (saved.push(filename), ++nextId),
    remove: async (id) => void removed.push(id),
    automaticDownloads: { getValue: async () => automatic, setValue: async (value) => void (automatic = value) },
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
    warn: async (on) => void warnings.push(on),
    syncStatus: async () => ({ at: null, count: 0, total: 0, missing: [], missingSince: null, failure: null }),
    webdavStatus: async () => null,
  });
  vault.onChange(service.scheduleAutomaticBackup);
  const handlers = backupHandlers({ vault, now: () => NOW, backup: service });
  return { vault, handlers, saved, removed, warnings, automatic: () => automatic };
}

async function backupText(handlers: Awaited<ReturnType<typeof setup>>['handlers']): Promise<string> {
  const exported = await handlers.exportBackup(undefined);
  if (!exported.ok) throw new Error(`export failed: ${exported.reason}`);
  return exported.value.json;
}

describe('automatic backup', () => {
  it('deletes only its own automatic backups, by age: every one of the day, one a day for a month, one a month for a year', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const at = (days: number, hours = 0) => NOW - days * DAY - hours * 3_600_000;
    const earlier: AutomaticDownload[] = [
      { id: 1, at: at(0, 3) }, // today: kept
      { id: 2, at: at(0, 20) }, // today: kept
      { id: 3, at: at(3, 1) }, // 3 days ago, that day's newest: kept
      { id: 4, at: at(3, 2) }, // 3 days ago, older that day: deleted
      { id: 5, at: at(100) }, // its month's newest: kept
      { id: 6, at: at(101) }, // same month, older: deleted
      { id: 7, at: at(400) }, // over a year: deleted
      8, // a record from before times were kept: counted as written now, kept
    ];
    const { vault, saved, removed, automatic } = await setup({}, earlier);
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' }));
    await vi.advanceTimersByTimeAsync(2_500);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    await vi.waitFor(() => expect([...removed].sort()).toEqual([4, 6, 7]));
    expect(automatic().map((entry) => (typeof entry === 'number' ? entry : entry.id))).toEqual([101, 1, 2, 3, 5, 8]);
  });

  it('warns at once, writes one backup after a burst of changes, then clears the warning', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { vault, handlers, saved, warnings } = await setup();
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' }));
    await vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif' }));
    await vi.waitFor(() => expect(warnings).toContain(true));
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_500);
    await vi.waitFor(() => expect(saved).toEqual(['Omamori/omamori-backup-2026-11-22-04-00-00.json']));
    await vi.waitFor(() => expect(warnings.at(-1)).toBe(false));
    expect(await handlers.backupStatus(undefined)).toMatchObject({ ok: true, value: { notBackedUp: [] } });
  });
});

describe('checking a backup', () => {
  const bitflyer = accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro' });
  const zaif = accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif', label: 'hanako' });
  const counter = accountData({
    type: 'hotp',
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBV',
    issuer: 'Kraken',
    label: 'k',
    counter: 4,
  });

  async function backedUp() {
    const context = await setup();
    await context.vault.addMany([bitflyer, zaif, counter]);
    return { ...context, text: await backupText(context.handlers) };
  }

  it("derives with the vault's Argon2id (in Firefox, its worker), for a check and a restore", async () => {
    let derived = 0;
    const derive: Argon2idDerive = (password, params) => ((derived += 1), argon2idHere(password, params));
    const { vault, handlers } = await setup({ derive });
    await vault.addMany([bitflyer]);
    const text = await backupText(handlers);
    derived = 0;
    expect(await handlers.checkBackup({ text, password: 'backup test password' })).toMatchObject({ ok: true });
    expect(await handlers.restoreBackup({ text, password: 'backup test password' })).toMatchObject({
      ok: true,
    });
    expect(derived).toBe(2);
  });

  it('opens with the password and finds the same accounts giving the same codes, writing nothing', async () => {
    const { vault, handlers, text } = await backedUp();
    const check = await handlers.checkBackup({ text, password: 'backup test password' });
    expect(check).toEqual({
      ok: true,
      value: {
        createdAt: Date.UTC(2026, 10, 22, 4, 0, 0),
        count: 3,
        older: false,
        same: 3,
        differentCode: [],
        onlyInBackup: [],
        notInBackup: [],
      },
    });
    expect(await vault.accounts()).toHaveLength(3);
  });

  it('names what differs: a moved counter, an account added since, one deleted since', async () => {
    const { vault, handlers, text } = await backedUp();
    const [, zaifInVault, counterInVault] = await vault.accounts();
    await vault.advanceCounter(counterInVault!.id);
    await vault.remove(zaifInVault!.id);
    await vault.add(accountData({ secret: 'MFRGGZDFMZTWQ2LK', issuer: 'GMO Coin', label: 'jiro' }));
    const check = await handlers.checkBackup({ text, password: 'backup test password' });
    expect(check).toMatchObject({
      ok: true,
      value: {
        count: 3,
        // Changed since: the backup is older than this vault (its sealed revision says so).
        older: true,
        same: 1,
        differentCode: [{ issuer: 'Kraken', label: 'k' }],
        onlyInBackup: [{ issuer: 'Zaif', label: 'hanako' }],
        notInBackup: [{ issuer: 'GMO Coin', label: 'jiro' }],
      },
    });
    expect(await vault.accounts()).toHaveLength(3);
  });

  it('says so for a wrong password, a damaged file and a foreign one', async () => {
    const { handlers, text } = await backedUp();
    const check = (body: string, password = 'backup test password') => handlers.checkBackup({ text: body, password });
    expect(await check(text, 'not the password')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await check(text.slice(0, 200))).toEqual({ ok: false, reason: 'corrupt' });
    expect(await check('{"version":2,"header":{},"db":{}}')).toEqual({ ok: false, reason: 'unknown-format' });
  });
});

describe('a separate backup password', () => {
  it('needs the vault password, then backups open with it and not with the vault password', async () => {
    const { vault, handlers } = await setup();
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' }));
    const set = (vaultPassword: string, backupPassword: string | null) =>
      handlers.setBackupPassword({ vaultPassword, backupPassword });
    expect(await set('wrong password!', 'a separate backup secret')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await set('backup test password', 'short')).toEqual({ ok: false, reason: 'weak-password' });
    expect(await set('backup test password', 'a separate backup secret')).toEqual({ ok: true, value: null });
    expect(await handlers.backupStatus(undefined)).toMatchObject({
      ok: true,
      value: { separatePassword: true },
    });

    const text = await backupText(handlers);
    expect(await handlers.checkBackup({ text, password: 'backup test password' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await handlers.checkBackup({ text, password: 'a separate backup secret' })).toMatchObject({
      ok: true,
      value: { same: 1 },
    });

    expect(await set('backup test password', null)).toEqual({ ok: true, value: null });
    const back = await backupText(handlers);
    expect(await handlers.checkBackup({ text: back, password: 'backup test password' })).toMatchObject({
      ok: true,
      value: { same: 1 },
    });
    expect(await handlers.backupStatus(undefined)).toMatchObject({
      ok: true,
      value: { separatePassword: false },
    });
  });

  it('after a password change: older backups open as before; newer ones only with the new vault password', async () => {
    const { vault, handlers } = await setup();
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' }));
    await handlers.setBackupPassword({
      vaultPassword: 'backup test password',
      backupPassword: 'a separate backup secret',
    });
    const before = await backupText(handlers);
    await vault.changePassword('backup test password', 'a new vault password');
    const after = await backupText(handlers);
    const check = (text: string, password: string) => handlers.checkBackup({ text, password });
    expect(await check(before, 'a separate backup secret')).toMatchObject({ ok: true, value: { same: 1 } });
    // The key rotated: neither the old backup password nor the old vault password opens it.
    expect(await check(after, 'a separate backup secret')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await check(after, 'backup test password')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await check(after, 'a new vault password')).toMatchObject({ ok: true, value: { same: 1 } });
  });
});

describe('a mistaken delete (path 8 of the backups issue)', () => {
  it('comes back from a backup file a month old, after the trash emptied', async () => {
    let clock = NOW;
    const { vault, handlers } = await setup({ now: () => clock });
    const kept = await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'Zaif', label: 'hanako' }));
    const monthOld = await backupText(handlers);
    await vault.remove(kept.id);
    clock += 31 * DAY;
    await vault.purge();
    expect(await vault.trash()).toEqual([]);
    expect(await vault.accounts()).toEqual([]);
    const restored = await handlers.restoreBackup({ text: monthOld, password: 'backup test password' });
    expect(restored).toMatchObject({ ok: true, value: { added: 1 } });
    expect((await vault.accounts()).map((account) => account.secret)).toEqual([kept.secret]);
  });
});
