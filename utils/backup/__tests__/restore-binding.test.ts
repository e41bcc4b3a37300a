import { afterEach, describe, expect, it } from 'vitest';
import { accountData, type AccountData } from '../../otp/account';
import { imitatedSite } from '../../sites/bind-policy';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import type { Vault } from '../../vault/vault';
import { backupHandlers } from '../../background/backup-handlers';
import { backupService, type BackupRecord } from '../service';

afterEach(deleteTestDatabases);

const PASSWORD = 'backup test password';

/** The backup messages of the background over `vault`. */
function handlersOf(vault: Vault) {
  let record: BackupRecord | null = null;
  const now = () => Date.UTC(2026, 10, 22, 4, 0, 0);
  const backup = backupService({
    vault,
    now,
    randomBytes: seededRandomBytes(5),
    save: async () => 1,
    remove: async () => undefined,
    automaticDownloads: { getValue: async () => [], setValue: async () => undefined },
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
    warn: async () => undefined,
    syncStatus: async () => ({ at: null, count: 0, total: 0, missing: [], missingSince: null, failure: null }),
    webdavStatus: async () => null,
  });
  return backupHandlers({ vault, now, backup });
}

/**
 * A hostile backup, written the way the attacker would: a vault that never ran the bind
 * policy (rows added straight to it), exported as an ordinary Omamori backup file.
 */
async function hostileBackup(accounts: readonly AccountData[]): Promise<string> {
  const vault = testVault();
  await vault.create(PASSWORD);
  await vault.addMany(accounts);
  const exported = await handlersOf(vault).exportBackup(undefined);
  if (!exported.ok) throw new Error(`export failed: ${exported.reason}`);
  return exported.value.json;
}

const bitflyerOnLookalike = accountData({
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  issuer: 'bitFlyer',
  label: 'taro',
  domains: ['bitf1yer.com', 'bitflyer.com'],
  preferredOn: ['bitf1yer.com'],
});
const myBank = accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'My Bank', domains: ['mybank.jp'] });
const onBankLookalike = accountData({
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBV',
  issuer: 'Helper',
  domains: ['mybamk.jp'],
  preferredOn: ['mybamk.jp'],
});

const sitesOf = async (vault: Vault) => (await vault.accounts()).flatMap((account) => account.domains);

describe('restoring a backup file through the bind policy', () => {
  it('binds a "bitFlyer" account of a fresh browser to bitFlyer only, never to bitf1yer.com, and says so', async () => {
    const text = await hostileBackup([bitflyerOnLookalike]);
    const fresh = testVault();
    const answer = await handlersOf(fresh).restoreBackup({ text, password: PASSWORD });
    expect(answer).toEqual({
      ok: true,
      value: {
        added: 1,
        duplicates: 0,
        failed: [],
        unbound: [
          {
            issuer: 'bitFlyer',
            label: 'taro',
            refused: [{ site: 'bitf1yer.com', reason: 'other-exchange', real: 'bitflyer.com' }],
          },
        ],
      },
    });
    const [restored] = await fresh.accounts();
    expect(restored!.domains).not.toContain('bitf1yer.com');
    expect(restored!.preferredOn).toEqual([]);
    // Not bound, the look-alike is still one: the popup warns in red and nothing fills there.
    expect(imitatedSite('lightning.bitf1yer.com', await sitesOf(fresh))).toBe('bitflyer.com');
  });

  it('drops a look-alike of a site bound in the vault, and of one bound earlier in the same file', async () => {
    const existing = testVault();
    await existing.create('the existing vault password');
    await existing.add(myBank);
    const text = await hostileBackup([onBankLookalike]);
    const answer = await handlersOf(existing).restoreBackup({ text, password: PASSWORD });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        added: 1,
        unbound: [{ issuer: 'Helper', refused: [{ site: 'mybamk.jp', reason: 'look-alike', real: 'mybank.jp' }] }],
      },
    });
    expect(await sitesOf(existing)).toEqual(['mybank.jp']);
    expect(imitatedSite('mybamk.jp', await sitesOf(existing))).toBe('mybank.jp');

    const both = await hostileBackup([myBank, onBankLookalike]);
    const fresh = testVault();
    expect(await handlersOf(fresh).restoreBackup({ text: both, password: PASSWORD })).toMatchObject({
      ok: true,
      value: {
        added: 2,
        unbound: [{ issuer: 'Helper', refused: [{ site: 'mybamk.jp', reason: 'look-alike', real: 'mybank.jp' }] }],
      },
    });
    const helper = (await fresh.accounts()).find((account) => account.issuer === 'Helper')!;
    expect(helper.domains).toEqual([]);
    expect(helper.preferredOn).toEqual([]);
    expect(imitatedSite('mybamk.jp', await sitesOf(fresh))).toBe('mybank.jp');
  });
});
