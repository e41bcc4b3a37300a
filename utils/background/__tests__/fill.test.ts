import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { codeToFill } from '../../otp/fill-code';
import type { FillOrder } from '../../messaging/protocol';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { boundSiteKeys, keepBoundSiteKeys, type BoundSiteKeys } from '../../sites/bound-site-keys';
import type { ExchangePreferences } from '../../settings';
import type { ClockReading } from '../../sites/clock';
import { isBoundTo, siteOfHost } from '../../sites/binding';
import { EXCHANGES, LOGIN_HOSTS, loginExchangeForHost } from '../../sites/exchanges';
import { clockService } from '../clock';
import { fillService } from '../fill';
import type { Sender } from '../handlers';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 10);
const PASSWORD = 'long enough pass';
const BITFLYER = 'https://lightning.bitflyer.com/Home/TwoFactorAuth';
const LOOK_ALIKE = 'https://lightning.bitf1yer.com/Home/TwoFactorAuth';
const TAB = 7;
/** A bound site that is no exchange: only the vault names it. */
const BANK = 'example-bank.co.jp';

/** A content script's message as the browser reports it: tab, frame and document. */
const contentSender = (url: string, tabId = TAB, frame: Partial<Sender> = {}): Sender => ({
  id: 'omamori',
  frameId: 0,
  url,
  documentId: `doc-${url}`,
  tab: { id: tabId, url },
  ...frame,
});

async function setup() {
  const vault = testVault();
  await vault.create(PASSWORD);
  // What each tab shows now, and the content script's document there (navigation changes both).
  const tabs = new Map<number, Sender>([[TAB, contentSender(BITFLYER)]]);
  const filled: FillOrder[] = [];
  const windows: number[] = [];
  const closed: number[] = [];
  const preferences: Record<string, ExchangePreferences> = {};
  let ids = 0;
  const hooks: { beforeAsk?: () => void | Promise<void>; afterTabRead?: () => void | Promise<void> } = {};
  // The tickets the content script was asked with (undefined: the shortcut or the menu).
  const asked: (string | undefined)[] = [];
  let readings: Record<string, ClockReading> = {};
  let accepted: Record<string, number> = {};
  const clock = clockService({
    readings: { getValue: async () => readings, setValue: async (value) => void (readings = value) },
    accepted: { getValue: async () => accepted, setValue: async (value) => void (accepted = value) },
  });
  let storedKeys: BoundSiteKeys | null = null;
  const keysStore = {
    getValue: async () => storedKeys,
    setValue: async (value: BoundSiteKeys | null) => void (storedKeys = value),
  };
  const siteKeys = boundSiteKeys({ store: keysStore, randomBytes: seededRandomBytes(7) });
  const rebuildKeys = keepBoundSiteKeys(vault, siteKeys);
  const service = fillService({
    clock,
    vault,
    imitatesBound: siteKeys.imitatesBound,
    now: () => NOW,
    newId: () => `id-${++ids}`,
    tabUrl: async (tabId) => {
      const url = tabs.get(tabId)?.tab?.url;
      await hooks.afterTabRead?.();
      return url;
    },
    preferences: async () => preferences,
    // The content script asks again from whatever document the frame holds now (after
    // `beforeAsk`: what happens in the tab between Omamori's question and the frame's ask).
    trigger: async (tabId, frameId, ticket) => {
      asked.push(ticket);
      await hooks.beforeAsk?.();
      const answer = await service.requestFill({ ...tabs.get(tabId)!, frameId }, { ticket });
      if (answer.ok) filled.push(answer.value);
      return answer.ok;
    },
    inject: async () => undefined,
    windows: {
      open: async (tabId) => (windows.push(tabId), 100 + windows.length),
      close: async (windowId) => void closed.push(windowId),
    },
  });
  const navigate = (url: string) => tabs.set(TAB, contentSender(url));
  return {
    vault,
    service,
    tabs,
    navigate,
    filled,
    windows,
    closed,
    preferences,
    clock,
    hooks,
    asked,
    rebuildKeys,
    keysStore,
  };
}

const bitflyer = accountData({
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  issuer: 'bitFlyer',
  label: 'taro',
  domains: ['bitflyer.com'],
});
const bitflyerSecond = accountData({
  secret: 'KRSXG5CTMVRXEZLUKRSXG5CT',
  issuer: 'bitFlyer',
  label: 'hanako',
  domains: ['bitflyer.com'],
});
const unbound = accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Example', label: 'taro' });

afterEach(deleteTestDatabases);

describe('requestFill', () => {
  it('releases the bound account’s code to the real site', async () => {
    const { vault, service } = await setup();
    const account = await vault.add(bitflyer);
    expect(await service.requestFill(contentSender(BITFLYER))).toEqual({
      ok: true,
      value: { code: codeToFill(account, NOW), submit: false },
    });
  });

  it('releases nothing to a look-alike, a foreign frame, plain http or an unknown sender', async () => {
    const { vault, service, windows } = await setup();
    await vault.add(bitflyer);
    for (const sender of [
      contentSender(LOOK_ALIKE, 8),
      contentSender('https://xn--bitflyr-n2a.com/', 9),
      contentSender(BITFLYER, TAB, { url: 'https://evil.example/frame', frameId: 4 }),
      contentSender('http://bitflyer.com/', 10),
      undefined,
    ]) {
      expect((await service.requestFill(sender)).ok).toBe(false);
    }
    expect(windows).toEqual([]);
  });

  it('names the real site to a look-alike, even while locked, and opens no window there', async () => {
    const { vault, service, windows } = await setup();
    await vault.add(bitflyer);
    await vault.lock();
    expect(await service.requestFill(contentSender(LOOK_ALIKE, 8))).toEqual({
      ok: false,
      reason: 'look-alike',
      detail: 'bitflyer.com',
    });
    expect(windows).toEqual([]);
  });

  it('tells a look-alike of a bound site that is no exchange, while locked, that it imitates one; no window opens', async () => {
    const { vault, service, windows, rebuildKeys } = await setup();
    await vault.add(accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Example Bank', domains: [BANK] }));
    await rebuildKeys();
    await vault.lock();
    for (const [tabId, url] of [
      [8, 'https://examp1e-bank.co.jp/login'],
      [9, 'https://example-bank-secure.com/otp'],
      [10, 'https://www.example-bank.co.jp.verify.example/otp'],
    ] as const)
      // No name: while locked the bound sites are only hashes.
      expect(await service.requestFill(contentSender(url, tabId)), url).toEqual({ ok: false, reason: 'look-alike' });
    expect(windows).toEqual([]);
    // The real site itself still gets the password window.
    expect(await service.requestFill(contentSender(`https://${BANK}/otp`, 11))).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(windows).toEqual([11]);
  });

  it('forgets a site once no account is bound to it: its look-alikes are then ordinary sites', async () => {
    const { vault, service, windows, rebuildKeys } = await setup();
    const bank = await vault.add(
      accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Example Bank', domains: [BANK] }),
    );
    await vault.edit(bank.id, { domains: ['github.com'] });
    await rebuildKeys();
    await vault.lock();
    expect(await service.requestFill(contentSender('https://examp1e-bank.co.jp/login', 8))).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(windows).toEqual([8]);
    expect(await service.requestFill(contentSender('https://githab.com/login', 9))).toEqual({
      ok: false,
      reason: 'look-alike',
    });
  });

  it('answers “no account” on an unrelated site with no account', async () => {
    const { vault, service, windows } = await setup();
    await vault.add(bitflyer);
    expect(await service.requestFill(contentSender('https://example.org/login', 11))).toEqual({
      ok: false,
      reason: 'no-account',
    });
    expect(windows).toEqual([]);
  });
});

describe('a fill that waits (locked, or several accounts)', () => {
  it('opens an Omamori window; the click there fills the frame that asked', async () => {
    const { vault, service, windows, filled, closed } = await setup();
    const account = await vault.add(bitflyer);
    await vault.lock();
    expect(await service.requestFill(contentSender(BITFLYER))).toEqual({ ok: false, reason: 'locked' });
    expect(windows).toEqual([TAB]);
    expect(await service.pageHandlers.pendingFill({ tabId: TAB })).toEqual({
      ok: true,
      value: { site: 'bitflyer.com', locked: true, accounts: [] },
    });
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB })).toEqual({ ok: false, reason: 'locked' });
    await vault.unlock(PASSWORD);
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB })).toEqual({ ok: true, value: null });
    expect(filled).toEqual([{ code: codeToFill(account, NOW), submit: false }]);
    expect(closed).toEqual([101]);
    expect(await service.pageHandlers.pendingFill({ tabId: TAB })).toEqual({ ok: false, reason: 'no-pending' });
  });

  it('is refused when the tab moved to a look-alike meanwhile, and is gone', async () => {
    const { vault, service, navigate, filled } = await setup();
    await vault.add(bitflyer);
    await vault.lock();
    await service.requestFill(contentSender(BITFLYER));
    await vault.unlock(PASSWORD);
    navigate(LOOK_ALIKE);
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB })).toEqual({
      ok: false,
      reason: 'page-changed',
    });
    // The shortcut on the look-alike, later: nothing is waiting, and it gets nothing.
    expect(await service.requestFill(contentSender(LOOK_ALIKE))).toMatchObject({ ok: false, reason: 'look-alike' });
    expect(await service.pageHandlers.pendingFill({ tabId: TAB })).toEqual({ ok: false, reason: 'no-pending' });
    expect(filled).toEqual([]);
  });

  it('goes only to the same document: another page at the same URL gets nothing', async () => {
    const { vault, service, tabs, filled } = await setup();
    await vault.add(bitflyer);
    await vault.lock();
    await service.requestFill(contentSender(BITFLYER));
    await vault.unlock(PASSWORD);
    tabs.set(TAB, contentSender(BITFLYER, TAB, { documentId: 'a reloaded document' }));
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB })).toEqual({
      ok: false,
      reason: 'page-changed',
    });
    expect(filled).toEqual([]);
  });

  it('ends on navigation, tab close, window close and cancel', async () => {
    const { vault, service, windows } = await setup();
    await vault.add(bitflyer);
    await vault.lock();
    const waitsNow = async () => (await service.pageHandlers.pendingFill({ tabId: TAB })).ok;
    for (const end of [
      // async: a list of mixed endings would type as () => void, and the cancel's answer go unawaited.
      async () => service.forgetTab(TAB),
      async () => service.forgetWindow(100 + windows.length),
      () => service.pageHandlers.cancelPendingFill({ tabId: TAB }),
    ]) {
      await service.requestFill(contentSender(BITFLYER));
      expect(await waitsNow()).toBe(true);
      await end();
      expect(await waitsNow()).toBe(false);
    }
  });

  it('lets the person choose between two accounts, and remembers it', async () => {
    const { vault, service, filled } = await setup();
    await vault.add(bitflyer);
    const second = await vault.add(bitflyerSecond);
    expect(await service.requestFill(contentSender(BITFLYER))).toEqual({ ok: false, reason: 'choose' });
    const choices = await service.pageHandlers.pendingFill({ tabId: TAB });
    expect(choices).toMatchObject({ ok: true, value: { site: 'bitflyer.com', locked: false } });
    expect(JSON.stringify(choices)).not.toContain(bitflyer.secret);
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB })).toEqual({ ok: false, reason: 'choose' });
    await service.pageHandlers.completePendingFill({ tabId: TAB, accountId: second.id, remember: true });
    expect(filled).toEqual([{ code: codeToFill(second, NOW), submit: false }]);
    expect(await service.requestFill(contentSender(BITFLYER))).toEqual({
      ok: true,
      value: { code: codeToFill(second, NOW), submit: false },
    });
  });

  it('never fills an account of another site, even when the window names it', async () => {
    const { vault, service, filled } = await setup();
    await vault.add(bitflyer);
    await vault.add(bitflyerSecond);
    const other = await vault.add({ ...unbound, domains: ['example.org'] });
    await service.requestFill(contentSender(BITFLYER));
    expect(await service.pageHandlers.completePendingFill({ tabId: TAB, accountId: other.id })).toEqual({
      ok: false,
      reason: 'choose',
    });
    expect(filled).toEqual([]);
  });
});

/** bitFlyer's login page as the browser received it, its Date header saying `date`. */
const loginPage = (date: number) => ({
  url: BITFLYER,
  type: 'main_frame',
  frameId: 0,
  responseHeaders: [{ name: 'date', value: new Date(date).toUTCString() }],
  timeStamp: NOW,
});

describe('a look-alike the locked check did not know (the set not built yet)', () => {
  it('the fill window names the real site once unlocked, and fills nothing', async () => {
    const { vault, service, windows, rebuildKeys, keysStore } = await setup();
    await vault.add(accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Example Bank', domains: [BANK] }));
    await rebuildKeys();
    await keysStore.setValue(null);
    await vault.lock();
    const lookAlike = contentSender('https://examp1e-bank.co.jp/login', 8);
    expect(await service.requestFill(lookAlike)).toEqual({ ok: false, reason: 'locked' });
    expect(windows).toEqual([8]);
    await vault.unlock(PASSWORD);
    expect(await service.pageHandlers.pendingFill({ tabId: 8 })).toEqual({
      ok: false,
      reason: 'look-alike',
      detail: BANK,
    });
    expect(await service.pageHandlers.completePendingFill({ tabId: 8 })).toEqual({ ok: false, reason: 'no-pending' });
  });
});

describe('a site whose clock is off', () => {
  it('warns with the fill, and fills the site’s own time once the person follows its clock', async () => {
    const { vault, service, clock } = await setup();
    const account = await vault.add(bitflyer);
    await clock.observe(loginPage(NOW + 60_000));
    const warned = await service.requestFill(contentSender(BITFLYER));
    expect(warned).toMatchObject({ ok: true, value: { code: codeToFill(account, NOW) } });
    // The header counts whole seconds: half a second is added back.
    expect(warned.ok && warned.value.clockSkewMs).toBe(60_500);
    expect(await service.pageHandlers.tabSite({ tabId: TAB })).toMatchObject({ clock: { adjusted: false } });
    await service.pageHandlers.adjustClock({ site: 'bitflyer.com', adjust: true, skewMs: 60_500 });
    const adjusted = await service.requestFill(contentSender(BITFLYER));
    expect(adjusted.ok && adjusted.value.code).toBe(codeToFill(account, NOW + 60_500));
    expect(adjusted.ok && adjusted.value.clockSkewMs).toBeUndefined();
  });

  it('says nothing within 15 s', async () => {
    const { vault, service, clock } = await setup();
    await vault.add(bitflyer);
    await clock.observe(loginPage(NOW + 5_000));
    expect(await service.requestFill(contentSender(BITFLYER))).not.toHaveProperty('value.clockSkewMs');
    expect(await service.pageHandlers.tabSite({ tabId: TAB })).toMatchObject({ clock: null });
  });
});

describe('HOTP', () => {
  it('moves the counter only when the content script confirms the fill', async () => {
    const { vault, service } = await setup();
    const hotp = await vault.add(
      accountData({ type: 'hotp', secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', domains: ['bitflyer.com'] }),
    );
    const first = await service.requestFill(contentSender(BITFLYER));
    expect(first).toEqual({ ok: true, value: { code: codeToFill(hotp, NOW), submit: false, confirm: 'id-1' } });
    expect((await vault.account(hotp.id)).counter).toBe(0);
    // Another tab cannot spend it; the tab that filled can, once.
    expect(await service.fillDone({ confirm: 'id-1' }, contentSender(BITFLYER, 99))).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await service.fillDone({ confirm: 'id-1' }, contentSender(BITFLYER))).toEqual({ ok: true, value: null });
    expect(await service.fillDone({ confirm: 'id-1' }, contentSender(BITFLYER))).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect((await vault.account(hotp.id)).counter).toBe(1);
  });
});

describe('auto-fill and auto-submit', () => {
  it('are off by default: an automatic request gets nothing and opens nothing', async () => {
    const { vault, service, windows } = await setup();
    await vault.add(bitflyer);
    expect(await service.requestFill(contentSender(BITFLYER), { automatic: true })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    await vault.lock();
    expect(await service.requestFill(contentSender(BITFLYER), { automatic: true })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(windows).toEqual([]);
  });

  it('follow the person’s choice for the exchange', async () => {
    const { vault, service, preferences } = await setup();
    const account = await vault.add(bitflyer);
    preferences.bitflyer = { autoFill: true, autoSubmit: true };
    expect(await service.requestFill(contentSender(BITFLYER), { automatic: true })).toEqual({
      ok: true,
      value: { code: codeToFill(account, NOW), submit: true },
    });
  });
});

describe('auto-fill only on the exchange’s login hosts', () => {
  it('sends a help centre, a blog or a taken-over subdomain of the exchange nothing unasked', async () => {
    const { vault, service, preferences, windows } = await setup();
    const account = await vault.add(bitflyer);
    preferences.bitflyer = { autoFill: true };
    for (const url of [
      'https://help.bitflyer.com/hc/ja/articles/2fa',
      'https://blog.bitflyer.com/login',
      'https://bitflyer.com/ja-jp/login',
      'https://takeover.lightning.bitflyer.com/Home/TwoFactorAuth',
    ]) {
      expect(await service.requestFill(contentSender(url, 20), { automatic: true })).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    }
    // Nor a login-host frame inside another page of the exchange.
    const framed = contentSender('https://help.bitflyer.com/embed', 21, { url: BITFLYER, frameId: 3 });
    expect(await service.requestFill(framed, { automatic: true })).toEqual({ ok: false, reason: 'not-allowed' });
    expect(windows).toEqual([]);
    // A click there still fills: only the automatic ask is bounded.
    expect(await service.requestFill(contentSender('https://help.bitflyer.com/hc/ja/articles/2fa', 20))).toEqual({
      ok: true,
      value: { code: codeToFill(account, NOW), submit: false },
    });
  });

  it('names every exchange’s login hosts inside its own domains, each with a dated https source', () => {
    for (const exchange of EXCHANGES) {
      const login = LOGIN_HOSTS[exchange.id];
      expect(login, exchange.id).toBeDefined();
      for (const host of login!.hosts) {
        expect(isBoundTo(exchange.domains, siteOfHost(host)), host).toBe(true);
        expect(loginExchangeForHost(host)?.id).toBe(exchange.id);
      }
      expect(new URL(login!.source.url).protocol).toBe('https:');
      expect(login!.hosts).toContain(new URL(login!.source.url).hostname);
      expect(login!.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(Object.keys(LOGIN_HOSTS).sort()).toEqual(EXCHANGES.map((exchange) => exchange.id).sort());
  });
});

describe('fillFromPopup', () => {
  it('fills a bound account into its site, and refuses it elsewhere', async () => {
    const { vault, service, filled, navigate } = await setup();
    const account = await vault.add(bitflyer);
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).toEqual({
      ok: true,
      value: { site: 'bitflyer.com' },
    });
    expect(filled).toEqual([{ code: codeToFill(account, NOW), submit: false }]);
    navigate('https://example.org/login');
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  it('delivers nothing when the tab navigates between the click and the delivery', async () => {
    const { vault, service, filled, navigate, hooks } = await setup();
    const account = await vault.add(bitflyer);
    // The page it moves to has an account of its own: it must not get that one either.
    await vault.add({ ...unbound, domains: ['example.org'] });
    for (const reported of [false, true]) {
      hooks.beforeAsk = () => {
        navigate('https://example.org/login');
        // The browser's tabs.onUpdated may arrive before the new page asks, or after.
        if (reported) service.forgetTab(TAB);
      };
      navigate(BITFLYER);
      expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).toEqual({
        ok: false,
        reason: 'tab-changed',
      });
    }
    expect(filled).toEqual([]);
  });

  it('delivers nothing when the tab moved while the background decided: the URL is read again first', async () => {
    const { vault, service, filled, navigate, hooks, asked } = await setup();
    const account = await vault.add(bitflyer);
    // Right after the background first read the tab, it navigates (and the browser says so late).
    hooks.afterTabRead = () => {
      hooks.afterTabRead = undefined;
      navigate('https://example.org/login');
    };
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).toEqual({
      ok: false,
      reason: 'tab-changed',
    });
    expect(asked).toEqual([]);
    expect(filled).toEqual([]);
  });

  it('answers a ticket only once, and only one it gave', async () => {
    const { vault, service, filled, asked } = await setup();
    const account = await vault.add(bitflyer);
    expect(await service.requestFill(contentSender(BITFLYER), { ticket: 'made-up' })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect((await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).ok).toBe(true);
    expect(filled).toHaveLength(1);
    expect(await service.requestFill(contentSender(BITFLYER), { ticket: asked[0] })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  it('binds an unbound account only to the site the person confirmed', async () => {
    const { vault, service, navigate } = await setup();
    const account = await vault.add(unbound);
    navigate('https://www.example.org/login');
    expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB })).toEqual({
      ok: false,
      reason: 'unbound',
    });
    expect(await service.pageHandlers.tabSite({ tabId: TAB })).toEqual({
      site: 'example.org',
      host: 'www.example.org',
      exchange: null,
      imitates: null,
      clock: null,
    });
    expect(
      (await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB, bindTo: 'example.org' })).ok,
    ).toBe(true);
    expect((await vault.account(account.id)).domains).toEqual(['example.org']);
  });

  it('asks with a warning naming the issuer when the site lacks its name: a page asking for another service’s code', async () => {
    const { vault, service, navigate } = await setup();
    const acme = await vault.add(
      accountData({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Acme Bank', label: 'taro' }),
    );
    navigate('https://login.evil-portal.example/otp');
    expect(await service.pageHandlers.fillFromPopup({ accountId: acme.id, tabId: TAB })).toEqual({
      ok: false,
      reason: 'unbound',
      detail: 'Acme Bank',
    });
    // On a site with the issuer's name, the plain question.
    navigate('https://www.acme-bank.co.jp/otp');
    expect(await service.pageHandlers.fillFromPopup({ accountId: acme.id, tabId: TAB })).toEqual({
      ok: false,
      reason: 'unbound',
    });
    expect((await vault.account(acme.id)).domains).toEqual([]);
  });

  it('refuses to bind when the tab moved after the confirmation', async () => {
    const { vault, service, navigate } = await setup();
    const account = await vault.add(unbound);
    navigate('https://example.net/login');
    expect(
      await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB, bindTo: 'example.org' }),
    ).toEqual({
      ok: false,
      reason: 'tab-changed',
    });
    expect((await vault.account(account.id)).domains).toEqual([]);
  });

  it('refuses to bind to a look-alike of an exchange or of a bound site, naming the real one', async () => {
    const { vault, service, navigate } = await setup();
    await vault.add({ ...bitflyer, domains: ['bitflyer.com'] });
    await vault.add({ ...unbound, secret: 'ONSWG4TFOQYTEMZUGU3DOOBZ', domains: ['github.com'] });
    const account = await vault.add(unbound);
    for (const [url, real] of [
      [LOOK_ALIKE, 'bitflyer.com'],
      ['https://githib.com/login', 'github.com'],
    ] as const) {
      navigate(url);
      expect(await service.pageHandlers.tabSite({ tabId: TAB })).toMatchObject({ imitates: real });
      const site = (await service.pageHandlers.tabSite({ tabId: TAB })).site!;
      expect(await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB, bindTo: site })).toEqual({
        ok: false,
        reason: 'look-alike',
        detail: real,
      });
    }
    expect((await vault.account(account.id)).domains).toEqual([]);
  });

  it('binds an exchange’s account only to that exchange', async () => {
    const { vault, service, navigate } = await setup();
    const account = await vault.add({ ...bitflyer, issuer: 'GMOコイン', domains: [] });
    navigate('https://forex.z.com/login');
    expect(
      await service.pageHandlers.fillFromPopup({ accountId: account.id, tabId: TAB, bindTo: 'forex.z.com' }),
    ).toEqual({
      ok: false,
      reason: 'other-exchange',
      detail: 'coin.z.com',
    });
  });
});
