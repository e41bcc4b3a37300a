import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AutoLockMinutes, ExchangePreferences } from '../../settings';
import { deleteTestDatabases, testVault } from '../../vault/__tests__/helpers';
import { isExtensionPage } from '../register';
import { vaultHandlers } from '../vault-handlers';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const NOW = Date.UTC(2026, 10, 22, 0, 0, 10);

function setup() {
  let minutes: AutoLockMinutes = 15;
  let exchanges: Record<string, ExchangePreferences> = {};
  const vault = testVault();
  const handlers = vaultHandlers({
    vault,
    now: () => NOW,
    autoLockMinutes: { getValue: async () => minutes, setValue: async (value) => void (minutes = value) },
    exchangePreferences: { getValue: async () => exchanges, setValue: async (value) => void (exchanges = value) },
  });
  return { vault, handlers };
}

afterEach(deleteTestDatabases);

describe('vault handlers', () => {
  it('tells a missing vault from a locked one, and lists codes when open', async () => {
    const { handlers } = setup();
    expect(await handlers.listCodes(undefined)).toEqual({ ok: false, reason: 'not-initialized' });
    expect(await handlers.createVault({ password: 'long enough pass' })).toEqual({ ok: true, value: null });
    expect(await handlers.listCodes(undefined)).toEqual({ ok: true, value: { now: NOW, accounts: [] } });
    await handlers.lockVault(undefined);
    expect(await handlers.listCodes(undefined)).toEqual({ ok: false, reason: 'locked' });
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
    expect(await handlers.addAccountFromUri({ uri: 'https://bitflyer.com/' })).toEqual({ ok: false, reason: 'not-otpauth' });
    expect(await handlers.addAccountManually({ secret: 'abc!' })).toEqual({ ok: false, reason: 'invalid-secret' });
    await handlers.addAccountManually({ secret: SECRET.toLowerCase(), issuer: 'Zaif' });
    expect(await handlers.addAccountManually({ secret: SECRET })).toEqual({ ok: false, reason: 'duplicate' });
    await handlers.lockVault(undefined);
    expect(await handlers.unlockVault({ password: 'not the password' })).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await handlers.deleteAccount({ id: 'x' })).toEqual({ ok: false, reason: 'locked' });
  });

  it('keeps the auto-lock choice', async () => {
    const { handlers } = setup();
    expect(await handlers.getSettings(undefined)).toEqual({ autoLockMinutes: 15, exchanges: {} });
    expect(await handlers.setSettings({ autoLockMinutes: 5 })).toMatchObject({ ok: true, value: { autoLockMinutes: 5 } });
    const unknownChoice = { autoLockMinutes: 7 } as unknown as { autoLockMinutes: AutoLockMinutes };
    expect(await handlers.setSettings(unknownChoice)).toMatchObject({ ok: true, value: { autoLockMinutes: 5 } });
  });

  it('keeps auto-fill and auto-submit for known exchanges only', async () => {
    const { handlers } = setup();
    const changes = { exchanges: { zaif: { autoSubmit: true }, 'evil.example': { autoFill: true } } };
    expect(await handlers.setSettings(changes)).toEqual({
      ok: true,
      value: { autoLockMinutes: 15, exchanges: { zaif: { autoFill: false, autoSubmit: true } } },
    });
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
