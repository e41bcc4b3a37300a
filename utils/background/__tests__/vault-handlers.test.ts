import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AutoLockMinutes, ExchangePreferences } from '../../settings';
import { deleteTestDatabases, testVault } from '../../vault/__tests__/helpers';
import { accountData } from '../../otp/account';
import { codeAt } from '../../otp/codes';
import { answerSafely, isContentScript, isExtensionPage } from '../register';
import { vaultHandlers } from '../vault-handlers';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const NOW = Date.UTC(2026, 10, 22, 0, 0, 10);

function setup(offsetFor: (sites: readonly string[]) => number = () => 0) {
  let minutes: AutoLockMinutes = 15;
  let exchanges: Record<string, ExchangePreferences> = {};
  let days = 14;
  const vault = testVault();
  const clockOffsets = vi.fn(async () => offsetFor);
  const now = vi.fn(() => NOW);
  // Each turn the codes ahead take, held until the test lets it go.
  const turns: (() => void)[] = [];
  const handlers = vaultHandlers({
    vault,
    now,
    autoLockMinutes: { getValue: async () => minutes, setValue: async (value) => void (minutes = value) },
    passwordEveryDays: { getValue: async () => days, setValue: async (value) => void (days = value) },
    exchangePreferences: { getValue: async () => exchanges, setValue: async (value) => void (exchanges = value) },
    clockOffsets,
    nextTurn: () => new Promise<void>((resolve) => void turns.push(resolve)),
  });
  return { vault, handlers, clockOffsets, turns, now };
}

afterEach(deleteTestDatabases);

describe('vault handlers', () => {
  it('tells a missing vault from a locked one, and lists codes when open', async () => {
    const { handlers } = setup();
    expect(await handlers.listCodes(undefined)).toEqual({ ok: false, reason: 'not-initialized' });
    expect(await handlers.createVault({ password: 'long enough pass' })).toEqual({ ok: true, value: null });
    expect(await handlers.listCodes(undefined)).toEqual({
      ok: true,
      value: { now: NOW, accounts: [], damaged: [], conflicts: {}, trashed: 0 },
    });
    await handlers.lockVault(undefined);
    expect(await handlers.listCodes(undefined)).toEqual({ ok: false, reason: 'locked' });
  });

  it('works out the codes as the vault unlocks, a few accounts a turn, before they are asked for', async () => {
    const { vault, handlers, turns, now } = setup();
    await handlers.createVault({ password: 'long enough pass' });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const secrets = Array.from(
      { length: 120 },
      (_, n) => `${SECRET.slice(0, 30)}${alphabet[n >> 5]}${alphabet[n & 31]}`,
    );
    await vault.addMany(
      secrets.map((secret) => ({ ...accountData({ secret, issuer: 'Example' }), type: 'totp' as const })),
    );
    await handlers.lockVault(undefined);
    turns.length = 0;
    await handlers.unlockVault({ password: 'long enough pass' });
    now.mockClear();
    // 120 accounts at 50 a turn: three turns, each chunk only once its turn has come.
    for (let turn = 1; turn <= 3; turn += 1) {
      await vi.waitFor(() => expect(turns).toHaveLength(turn));
      expect(now).toHaveBeenCalledTimes(turn - 1);
      turns[turn - 1]!();
    }
    await vi.waitFor(() => expect(now).toHaveBeenCalledTimes(3));
    expect(turns).toHaveLength(3);
  });

  it('stops working the codes out when the vault locks between two turns', async () => {
    const { vault, handlers, turns, now } = setup();
    await handlers.createVault({ password: 'long enough pass' });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    await vault.addMany(
      Array.from({ length: 120 }, (_, n) => ({
        ...accountData({ secret: `${SECRET.slice(0, 30)}${alphabet[n >> 5]}${alphabet[n & 31]}`, issuer: 'Example' }),
        type: 'totp' as const,
      })),
    );
    await handlers.lockVault(undefined);
    turns.length = 0;
    await handlers.unlockVault({ password: 'long enough pass' });
    now.mockClear();
    await vi.waitFor(() => expect(turns).toHaveLength(1));
    turns[0]!();
    await vi.waitFor(() => expect(turns).toHaveLength(2));
    expect(now).toHaveBeenCalledTimes(1);
    await handlers.lockVault(undefined);
    turns[1]!();
    // The lock came first: no chunk after it, and no turn asked for after that.
    await vi.waitFor(() => expect(turns).toHaveLength(2));
    expect(now).toHaveBeenCalledTimes(1);
  });

  it('answers an added account at the site’s clock, as the list does', async () => {
    const ahead = (sites: readonly string[]) => (sites.includes('bitflyer.com') ? 30_000 : 0);
    const { handlers } = setup(ahead);
    await handlers.createVault({ password: 'long enough pass' });
    const added = await handlers.addAccountFromUri({ uri: `otpauth://totp/bitFlyer:taro?secret=${SECRET}` });
    const listed = await handlers.listCodes(undefined);
    if (!added.ok || !listed.ok) throw new Error('the account was not added');
    expect(added.value.code).toBe(listed.value.accounts[0]!.code);
    expect(added.value.code).toBe(codeAt({ ...accountData({ secret: SECRET }), type: 'totp' }, NOW + 30_000));
    expect(added.value.code).not.toBe(codeAt({ ...accountData({ secret: SECRET }), type: 'totp' }, NOW));
  });

  it('binds an exchange account to its domains and never returns the secret', async () => {
    const { handlers } = setup();
    await handlers.createVault({ password: 'long enough pass' });
    const added = await handlers.addAccountFromUri({ uri: `otpauth://totp/bitFlyer:taro?secret=${SECRET}` });
    expect(added).toMatchObject({ ok: true, value: { issuer: 'bitFlyer', domains: ['bitflyer.com', 'bitflyer.jp'] } });
    const listed = await handlers.listCodes(undefined);
    const details = added.ok ? await handlers.accountDetails({ id: added.value.id }) : null;
    for (const answer of [added, listed, details]) expect(JSON.stringify(answer)).not.toContain(SECRET);
  });

  it('gives each refusal its own reason', async () => {
    const { handlers } = setup();
    await handlers.createVault({ password: 'long enough pass' });
    expect(await handlers.addAccountFromUri({ uri: 'https://bitflyer.com/' })).toEqual({
      ok: false,
      reason: 'not-otpauth',
    });
    expect(await handlers.addAccountManually({ secret: 'abc!' })).toEqual({ ok: false, reason: 'invalid-secret' });
    await handlers.addAccountManually({ secret: SECRET.toLowerCase(), issuer: 'Zaif' });
    expect(await handlers.addAccountManually({ secret: SECRET })).toEqual({ ok: false, reason: 'duplicate' });
    await handlers.lockVault(undefined);
    expect(await handlers.unlockVault({ password: 'not the password' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await handlers.deleteAccount({ id: 'x' })).toEqual({ ok: false, reason: 'locked' });
  });

  it('keeps the auto-lock choice', async () => {
    const { handlers } = setup();
    expect(await handlers.getSettings(undefined)).toEqual({
      autoLockMinutes: 15,
      passwordEveryDays: 14,
      exchanges: {},
    });
    expect(await handlers.setSettings({ autoLockMinutes: 5 })).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 5 },
    });
    const unknownChoice = { autoLockMinutes: 7 } as unknown as { autoLockMinutes: AutoLockMinutes };
    expect(await handlers.setSettings(unknownChoice)).toMatchObject({ ok: true, value: { autoLockMinutes: 5 } });
  });

  it('keeps auto-fill and auto-submit for known exchanges only', async () => {
    const { handlers } = setup();
    const changes = { exchanges: { zaif: { autoSubmit: true }, 'evil.example': { autoFill: true } } };
    expect(await handlers.setSettings(changes)).toEqual({
      ok: true,
      value: { autoLockMinutes: 15, passwordEveryDays: 14, exchanges: { zaif: { autoFill: false, autoSubmit: true } } },
    });
  });

  it('keeps the days between password unlocks within 7–30', async () => {
    const { handlers } = setup();
    expect(await handlers.setSettings({ passwordEveryDays: 21 })).toMatchObject({ value: { passwordEveryDays: 21 } });
    expect(await handlers.setSettings({ passwordEveryDays: 2 })).toMatchObject({ value: { passwordEveryDays: 7 } });
    expect(await handlers.setSettings({ passwordEveryDays: 365 })).toMatchObject({ value: { passwordEveryDays: 30 } });
  });
});

describe('isExtensionPage', () => {
  const origin = 'chrome-extension://omamori/';
  it('accepts our own pages only', () => {
    const id = fakeBrowser.runtime.id;
    expect(isExtensionPage({ id, url: `${origin}popup.html` }, origin)).toBe(true);
    expect(isExtensionPage({ id, url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth' }, origin)).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: `${origin}popup.html` }, origin)).toBe(false);
    expect(isExtensionPage({ id }, origin)).toBe(false);
  });
});

describe('isContentScript', () => {
  it('accepts our content script in a web page’s tab only', () => {
    const id = fakeBrowser.runtime.id;
    const tab = { id: 3, url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth' };
    expect(isContentScript({ id, url: tab.url, tab })).toBe(true);
    expect(isContentScript({ id: 'another-extension', url: tab.url, tab })).toBe(false);
    expect(isContentScript({ id, url: tab.url })).toBe(false);
    expect(isContentScript({ id, url: fakeBrowser.runtime.getURL('/popup.html'), tab })).toBe(false);
  });
});

describe('sites typed into an account', () => {
  const PASSWORD = 'long enough pass';
  async function withAccount(issuer = 'Example') {
    const { vault, handlers } = setup();
    await vault.create(PASSWORD);
    await vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Mine', domains: ['github.com'] }));
    const account = await vault.add(accountData({ secret: SECRET, issuer, notes: 'safe #3', recoveryCodes: ['RC-1'] }));
    return { vault, handlers, account };
  }

  it('are normalised: a URL, www., case and an IDN', async () => {
    const { vault, handlers, account } = await withAccount();
    const domains = ['https://www.Example.org/login', '例え.jp', 'example.org'];
    expect(await handlers.editAccount({ id: account.id, changes: { domains } })).toEqual({ ok: true, value: null });
    expect((await vault.account(account.id)).domains).toEqual(['example.org', 'xn--r8jz45g.jp']);
  });

  it('refuse a non-domain, a look-alike and another exchange, naming what was refused', async () => {
    const { vault, handlers, account } = await withAccount();
    const edit = (domains: string[]) => handlers.editAccount({ id: account.id, changes: { domains } });
    expect(await edit(['not a site'])).toEqual({ ok: false, reason: 'invalid-domain', detail: 'not a site' });
    expect(await edit(['bitf1yer.com'])).toEqual({ ok: false, reason: 'look-alike', detail: 'bitflyer.com' });
    expect(await edit(['githib.com'])).toEqual({ ok: false, reason: 'look-alike', detail: 'github.com' });
    expect((await vault.account(account.id)).domains).toEqual([]);
    const gmo = await withAccount('GMOコイン');
    expect(await gmo.handlers.editAccount({ id: gmo.account.id, changes: { domains: ['forex.z.com'] } })).toEqual({
      ok: false,
      reason: 'other-exchange',
      detail: 'coin.z.com',
    });
  });

  it('keep notes and recovery codes out of the details; they come only for the vault password', async () => {
    const { handlers, account } = await withAccount();
    expect(JSON.stringify(await handlers.accountDetails({ id: account.id }))).not.toMatch(/RC-1|safe #3/);
    expect(await handlers.accountNotes({ id: account.id, vaultPassword: 'wrong password' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(await handlers.accountNotes({ id: account.id, vaultPassword: PASSWORD })).toEqual({
      ok: true,
      value: { notes: 'safe #3', recoveryCodes: ['RC-1'], recoveryKit: {} },
    });
  });
});

describe('answerSafely', () => {
  it('turns a bug into the internal answer, logging no error text', async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    expect(await answerSafely('listCodes', async () => Promise.reject(new TypeError(`secret ${SECRET}`)))).toEqual({
      ok: false,
      reason: 'internal',
    });
    expect(await answerSafely('listCodes', async () => ({ ok: true, value: 1 }))).toEqual({ ok: true, value: 1 });
    spy.mockRestore();
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(JSON.stringify(logged)).toContain('TypeError');
  });
});
