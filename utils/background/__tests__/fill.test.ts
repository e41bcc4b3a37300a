import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { codeToFill } from '../../otp/fill-code';
import { deleteTestDatabases, testVault } from '../../vault/__tests__/helpers';
import type { ExchangePreferences } from '../../settings';
import { fillService } from '../fill';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 10);
const PASSWORD = 'long enough pass';
const BITFLYER_TAB = { id: 7, url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth' };
const contentSender = (tab: { id: number; url: string }, frameUrl = tab.url) => ({ id: 'omamori', frameId: 0, url: frameUrl, tab });
const framePage = (tabId: number) => ({ id: 'omamori', url: 'chrome-extension://omamori/inline.html', tab: { id: tabId } });

async function setup() {
  const vault = testVault();
  await vault.create(PASSWORD);
  const delivered: { tabId: number; frameId: number; code: string }[] = [];
  const injected: number[] = [];
  const preferences: Record<string, ExchangePreferences> = {};
  const service = fillService({
    vault,
    now: () => NOW,
    tabUrl: async (tabId) => (tabId === BITFLYER_TAB.id ? BITFLYER_TAB.url : 'https://example.org/login'),
    deliver: async (tabId, frameId, order) => {
      delivered.push({ tabId, frameId, code: order.code });
      return true;
    },
    preferences: async () => preferences,
    trigger: async () => true,
    inject: async (tabId) => void injected.push(tabId),
  });
  return { vault, service, delivered, injected, preferences };
}

const bitflyer = accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro', domains: ['bitflyer.com'] });
const bitflyerSecond = accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'bitFlyer', label: 'hanako', domains: ['bitflyer.com'] });

afterEach(deleteTestDatabases);

describe('requestFill', () => {
  it('releases the bound account’s code to the real site', async () => {
    const { vault, service } = await setup();
    const account = await vault.add(bitflyer);
    expect(await service.requestFill(contentSender(BITFLYER_TAB))).toEqual({ ok: true, value: { code: codeToFill(account, NOW), submit: false } });
  });

  it('releases nothing to a look-alike, a foreign frame, plain http or an unknown sender', async () => {
    const { vault, service } = await setup();
    await vault.add(bitflyer);
    const lookAlike = { id: 8, url: 'https://lightning.bitf1yer.com/Home/TwoFactorAuth' };
    for (const sender of [
      contentSender(lookAlike),
      contentSender({ id: 9, url: 'https://xn--bitflyr-n2a.com/' }),
      contentSender(BITFLYER_TAB, 'https://evil.example/frame'),
      contentSender({ id: 10, url: 'http://bitflyer.com/' }),
      undefined,
    ]) {
      expect((await service.requestFill(sender)).ok).toBe(false);
    }
  });

  it('waits for the unlock, then fills the frame that asked', async () => {
    const { vault, service, delivered } = await setup();
    const account = await vault.add(bitflyer);
    await vault.lock();
    expect(await service.requestFill({ ...contentSender(BITFLYER_TAB), frameId: 3 })).toEqual({ ok: false, reason: 'locked' });
    expect(await service.pageHandlers.completePendingFill({}, framePage(BITFLYER_TAB.id))).toEqual({ ok: false, reason: 'locked' });
    await vault.unlock(PASSWORD);
    expect(await service.pageHandlers.completePendingFill({}, framePage(BITFLYER_TAB.id))).toEqual({ ok: true, value: null });
    expect(delivered).toEqual([{ tabId: BITFLYER_TAB.id, frameId: 3, code: codeToFill(account, NOW) }]);
  });

  it('asks to choose between two accounts, and remembers the choice', async () => {
    const { vault, service, delivered } = await setup();
    await vault.add(bitflyer);
    const second = await vault.add(bitflyerSecond);
    expect(await service.requestFill(contentSender(BITFLYER_TAB))).toEqual({ ok: false, reason: 'choose' });
    const choices = await service.pageHandlers.pendingFillChoices(undefined, framePage(BITFLYER_TAB.id));
    expect(choices).toMatchObject({ ok: true, value: { domain: 'bitflyer.com' } });
    expect(JSON.stringify(choices)).not.toContain(bitflyer.secret);
    await service.pageHandlers.completePendingFill({ accountId: second.id, remember: true }, framePage(BITFLYER_TAB.id));
    expect(delivered[0]?.code).toBe(codeToFill(second, NOW));
    expect(await service.requestFill(contentSender(BITFLYER_TAB))).toEqual({ ok: true, value: { code: codeToFill(second, NOW), submit: false } });
  });

  it('spends an HOTP code: the next fill gets the next counter', async () => {
    const { vault, service } = await setup();
    const hotp = await vault.add(accountData({ type: 'hotp', secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', domains: ['bitflyer.com'] }));
    const first = await service.requestFill(contentSender(BITFLYER_TAB));
    expect(first).toEqual({ ok: true, value: { code: codeToFill(hotp, NOW), submit: false } });
    expect((await vault.account(hotp.id)).counter).toBe(1);
  });
});

describe('auto-fill and auto-submit', () => {
  it('are off by default: an automatic request gets nothing and opens nothing', async () => {
    const { vault, service } = await setup();
    await vault.add(bitflyer);
    expect(await service.requestFill(contentSender(BITFLYER_TAB), true)).toEqual({ ok: false, reason: 'not-allowed' });
    await vault.lock();
    expect(await service.pageHandlers.pendingFillChoices(undefined, framePage(BITFLYER_TAB.id))).toEqual({
      ok: false,
      reason: 'no-pending',
    });
  });

  it('follow the person’s choice for the exchange', async () => {
    const { vault, service, preferences } = await setup();
    const account = await vault.add(bitflyer);
    preferences.bitflyer = { autoFill: true, autoSubmit: true };
    expect(await service.requestFill(contentSender(BITFLYER_TAB), true)).toEqual({
      ok: true,
      value: { code: codeToFill(account, NOW), submit: true },
    });
  });
});

describe('fillFromPopup', () => {
  it('fills a bound account into its site, and refuses it elsewhere', async () => {
    const { vault, service, delivered } = await setup();
    const account = await vault.add(bitflyer);
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: BITFLYER_TAB.id })).toEqual({
      ok: true,
      value: { domain: 'bitflyer.com' },
    });
    expect(delivered).toEqual([{ tabId: BITFLYER_TAB.id, frameId: 0, code: codeToFill(account, NOW) }]);
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: 99 })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  it('binds an unbound account only once the person confirms the site', async () => {
    const { vault, service } = await setup();
    const account = await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'Example' }));
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: 99 })).toEqual({
      ok: false,
      reason: 'unbound',
    });
    expect(await service.pageHandlers.tabDomain({ tabId: 99 })).toBe('example.org');
    expect((await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: 99, bind: true })).ok).toBe(true);
    expect((await vault.account(account.id)).domains).toEqual(['example.org']);
  });
});
