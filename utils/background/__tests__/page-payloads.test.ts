import type { GetDataType } from '@webext-core/messaging';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageMessage, ProtocolMap } from '../../messaging/protocol';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, testVault } from '../../vault/__tests__/helpers';
import { parsePayload, PAGE_PAYLOADS } from '../payloads';
import { vaultHandlers } from '../vault-handlers';

afterEach(deleteTestDatabases);

const PASSWORD = 'long enough pass';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

async function openVault() {
  const vault = testVault();
  const handlers = vaultHandlers({
    vault,
    now: () => Date.UTC(2026, 10, 22),
    autoLockMinutes: { getValue: async () => 15, setValue: async () => undefined },
    passwordEveryDays: { getValue: async () => 14, setValue: async () => undefined },
    exchangePreferences: { getValue: async () => ({}), setValue: async () => undefined },
    clockOffsets: async () => () => 0,
    nextTurn: async () => undefined,
  });
  await vault.create(PASSWORD);
  return { vault, handlers };
}

/** What the UI sends, one per page message (the compiler keeps the list whole). */
const UI_SENDS: { [K in PageMessage]: GetDataType<ProtocolMap[K]> } = {
  pendingFill: { tabId: 3 },
  completePendingFill: { tabId: 3, accountId: 'a', remember: true },
  cancelPendingFill: { tabId: 3 },
  fillFromPopup: { accountId: 'a', tabId: 3, bindTo: 'example.com' },
  tabSite: { tabId: 3 },
  adjustClock: { site: 'bitflyer.com', adjust: true, skewMs: 4_000 },
  createVault: { password: PASSWORD },
  unlockVault: { password: PASSWORD },
  lockVault: undefined,
  changePassword: { current: PASSWORD, next: 'another long pass' },
  listCodes: undefined,
  removeDamaged: { id: 'a' },
  addAccountFromUri: { uri: `otpauth://totp/x?secret=${SECRET}` },
  addAccountManually: {
    issuer: 'X',
    label: 'y',
    secret: SECRET,
    type: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  },
  accountDetails: { id: 'a' },
  accountNotes: { id: 'a', vaultPassword: PASSWORD },
  editAccount: {
    id: 'a',
    changes: {
      issuer: 'X',
      label: 'y',
      domains: ['example.com'],
      notes: 'n',
      recoveryCodes: ['1'],
      recoveryKit: { name: 'T' },
      pinned: true,
      group: '取引所',
    },
    vaultPassword: PASSWORD,
  },
  deleteAccount: { id: 'a' },
  listTrash: undefined,
  restoreFromTrash: { id: 'a' },
  deleteForGood: { ids: ['a', 'b'] },
  moveAccount: { id: 'b', before: 'a' },
  nextHotpCode: { id: 'a' },
  getSettings: undefined,
  setSettings: {
    autoLockMinutes: 5,
    passwordEveryDays: 20,
    exchanges: { bitflyer: { autoFill: true, autoSubmit: false } },
  },
  touchOffer: undefined,
  unlockByTouch: { credentialId: 'AQID', prfOutput: 'AAAA' },
  keySlots: undefined,
  addKeySlot: { vaultPassword: PASSWORD, name: 'YubiKey', credentialId: 'AQID', prfSalt: 'AAAA', prfOutput: 'AAAA' },
  renewKeySlot: { credentialId: 'AQID', prfOutput: 'AAAA' },
  removeKeySlot: { id: 'a' },
  prepareScan: undefined,
  scanTab: { tabId: 3 },
  scanImage: { base64: 'AAAA' },
  scanReport: { scanId: 's' },
  addScanned: { scanId: 's' },
  importFile: { name: 'a.json', base64: 'AAAA', password: 'p' },
  exportBackup: undefined,
  restoreBackup: { text: '{}', password: PASSWORD },
  checkBackup: { text: '{}', password: PASSWORD },
  setBackupPassword: { vaultPassword: PASSWORD, backupPassword: null },
  backupStatus: undefined,
  syncOffer: undefined,
  webdavSettings: undefined,
  connectWebdav: { url: 'https://dav.example.com/', user: 'u', password: 'p' },
  disconnectWebdav: undefined,
  webdavBackups: { connection: { url: 'https://dav.example.com/', user: 'u', password: 'p' } },
  restoreFromWebdav: { filename: 'f.json', password: 'p' },
  checkWebdavBackup: { filename: 'f.json', password: 'p' },
  restoreFromSync: { password: PASSWORD },
  adoptSyncKey: { password: PASSWORD },
  replaceSyncCopy: undefined,
  exportFile: { format: 'aegis-plain', vaultPassword: PASSWORD },
  migrationCodes: { vaultPassword: PASSWORD },
  recoverySheet: { vaultPassword: PASSWORD },
};

describe('page payloads', () => {
  it('take what the UI sends for every page message, as it is', () => {
    const isPageMessage = (key: string): key is PageMessage => Object.hasOwn(PAGE_PAYLOADS, key);
    for (const type of Object.keys(UI_SENDS).filter(isPageMessage)) {
      expect(parsePayload(type, UI_SENDS[type]), type).toEqual({ ok: true, value: UI_SENDS[type] });
    }
  });

  it('refuse a payload of another shape, naming the field', () => {
    expect(parsePayload('accountNotes', { id: 'a' })).toEqual({ ok: false, at: 'vaultPassword.text' });
    expect(parsePayload('scanTab', { tabId: '3' })).toEqual({ ok: false, at: 'tabId.integer' });
    expect(parsePayload('deleteForGood', { ids: ['a', 7] })).toEqual({ ok: false, at: 'ids.1.text' });
    expect(parsePayload('editAccount', { id: 'a', changes: { domains: 'bitf1yer.com' } })).toEqual({
      ok: false,
      at: 'changes.domains.list',
    });
    expect(parsePayload('setSettings', { autoLockMinutes: 7 })).toEqual({ ok: false, at: 'autoLockMinutes.choice' });
    expect(parsePayload('adjustClock', { site: 'bitflyer.com', adjust: true })).toEqual({ ok: false, at: 'skewMs' });
    expect(parsePayload('lockVault', { anything: true })).toEqual({ ok: false, at: '' });
    expect(parsePayload('restoreBackup', 'text')).toEqual({ ok: false, at: 'object' });
  });

  it('drop every field the UI does not send, and keep `__proto__` a plain key', () => {
    const hostile = JSON.parse(
      `{"id":"a","changes":{"issuer":"X","secret":"${SECRET}","counter":9,"type":"hotp","digits":8,"__proto__":{"secret":"x"}}}`,
    );
    expect(parsePayload('editAccount', hostile)).toEqual({ ok: true, value: { id: 'a', changes: { issuer: 'X' } } });
    const kit = JSON.parse('{"id":"a","changes":{"recoveryKit":{"__proto__":"answer"}},"vaultPassword":"p"}');
    const parsed = parsePayload('editAccount', kit);
    expect(parsed.ok && Object.getPrototypeOf(parsed.value.changes.recoveryKit)).toBe(Object.prototype);
  });
});

describe('editAccount, as a page would try it', () => {
  async function withAccount() {
    const context = await openVault();
    const account = await context.vault.add(
      accountData({
        secret: SECRET,
        issuer: 'Example',
        type: 'hotp',
        counter: 4,
        notes: 'safe #3',
        recoveryCodes: ['RC-1'],
      }),
    );
    return { ...context, account };
  }

  it('with secret, counter, type and digits changes nothing of them, through the message boundary or not', async () => {
    const { vault, handlers, account } = await withAccount();
    const attack = { issuer: 'Renamed', secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', counter: 0, type: 'totp', digits: 8 };
    const parsed = parsePayload('editAccount', { id: account.id, changes: attack });
    if (!parsed.ok) throw new Error(parsed.at);
    expect(await handlers.editAccount(parsed.value)).toEqual({ ok: true, value: null });
    expect(await handlers.editAccount({ id: account.id, changes: attack })).toEqual({ ok: true, value: null });
    const after = await vault.account(account.id);
    expect(after).toMatchObject({ issuer: 'Renamed', secret: SECRET, counter: 4, type: 'hotp', digits: 6 });
  });

  it('refuses notes, recovery codes or the kit without the vault password, and changes none of them', async () => {
    const { vault, handlers, account } = await withAccount();
    for (const changes of [
      { notes: 'replaced' },
      { recoveryCodes: ['RC-FAKE'] },
      { recoveryKit: { name: 'Mallory' } },
    ]) {
      expect(await handlers.editAccount({ id: account.id, changes })).toEqual({ ok: false, reason: 'wrong-password' });
      expect(await handlers.editAccount({ id: account.id, changes, vaultPassword: 'wrong password' })).toEqual({
        ok: false,
        reason: 'wrong-password',
      });
    }
    expect(await vault.account(account.id)).toMatchObject({
      notes: 'safe #3',
      recoveryCodes: ['RC-1'],
      recoveryKit: {},
    });
    const withPassword = { id: account.id, changes: { notes: 'moved to #4' }, vaultPassword: PASSWORD };
    expect(await handlers.editAccount(withPassword)).toEqual({ ok: true, value: null });
    expect((await vault.account(account.id)).notes).toBe('moved to #4');
  });
});

describe('addAccountManually, as a page would try it', () => {
  it('binds nothing to a look-alike named in domains or preferredOn', async () => {
    const { vault, handlers } = await openVault();
    const attack = { secret: SECRET, issuer: 'Helper', domains: ['bitf1yer.com'], preferredOn: ['bitf1yer.com'] };
    expect(await handlers.addAccountManually(attack)).toMatchObject({ ok: true });
    const parsed = parsePayload('addAccountManually', { ...attack, secret: 'KRSXG5CTMVRXEZLUKRSXG5CT' });
    expect(parsed).toEqual({
      ok: true,
      value: { secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Helper', domains: ['bitf1yer.com'] },
    });
    if (!parsed.ok) throw new Error(parsed.at);
    expect(await handlers.addAccountManually(parsed.value)).toMatchObject({ ok: true });
    for (const account of await vault.accounts()) expect(account).toMatchObject({ domains: [], preferredOn: [] });
  });

  it("binds a known exchange's account to that exchange only", async () => {
    const { vault, handlers } = await openVault();
    const attack = { secret: SECRET, issuer: 'bitFlyer', domains: ['bitf1yer.com'], preferredOn: ['bitf1yer.com'] };
    expect(await handlers.addAccountManually(attack)).toMatchObject({ ok: true });
    const [account] = await vault.accounts();
    expect(account!.domains).not.toContain('bitf1yer.com');
    expect(account!.domains).toContain('bitflyer.com');
    expect(account!.preferredOn).toEqual([]);
  });
});
