import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { backupService, type BackupRecord } from '../backup';

afterEach(async () => {
  vi.useRealTimers();
  await deleteTestDatabases();
});

async function setup() {
  const vault = testVault();
  await vault.create('backup test password');
  let record: BackupRecord | null = null;
  const saved: string[] = [];
  const warnings: boolean[] = [];
  const service = backupService({
    vault,
    now: () => Date.UTC(2026, 10, 22, 4, 0, 0),
    randomBytes: seededRandomBytes(5),
    save: async (filename) => void saved.push(filename),
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
    warn: async (on) => void warnings.push(on),
  });
  vault.onChange(service.scheduleAutomaticBackup);
  return { vault, service, saved, warnings };
}

describe('automatic backup', () => {
  it('warns at once, writes one backup after a burst of changes, then clears the warning', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { vault, service, saved, warnings } = await setup();
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer' }));
    await vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif' }));
    await vi.waitFor(() => expect(warnings).toContain(true));
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_500);
    await vi.waitFor(() => expect(saved).toEqual(['Omamori/omamori-backup-2026-11-22-04-00-00.json']));
    await vi.waitFor(() => expect(warnings.at(-1)).toBe(false));
    expect(await service.handlers.backupStatus(undefined)).toMatchObject({ ok: true, value: { notBackedUp: [] } });
  });
});
