import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { googleMigrationExport } from '../../utils/formats/exporters/google-migration';
import { accountData } from '../../utils/otp/account';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import {
  clickFillButton,
  fieldValue,
  fillButtonCenter,
  fillButtonNote,
  injectFillScript,
  omamoriPasswordSurfaces,
} from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { FillWindowPage } from '../support/pages/fill-window';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { addAccount as addToVault, ensureUnlocked, launchWithVault, vaultAccounts } from '../support/vault-state';
import { waitUntil } from '../support/wait';

const PASSWORD = 'phishing e2e password';
const BITFLYER_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

/**
 * Each promise of docs/security.md tried as an attacker would: a look-alike page, a page
 * that navigates away while a fill waits, a tab that changes under the popup.
 */
describe.each(BROWSER_KINDS)('%s: codes and bindings never reach a look-alike', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  const accountNamed = async (label: string) =>
    (await vaultAccounts(control)).find((account) => account.label === label)!;
  const addAccount = (label: string, secret: string, issuer = 'Example') =>
    addToVault(control, { secret, issuer, label });
  /** What the shortcut or the context menu does on a page without the content script. */
  const shortcutIn = async (tabId: number) => {
    await injectFillScript(control, tabId);
    return sendFromPage(control, 'fillRequested', undefined, tabId);
  };
  const openWindows = () =>
    control.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const windows = await api.windows.getAll({ populate: true });
      return windows.flatMap((window) => (window.tabs ?? []).map((tab) => tab.url ?? ''));
    }, undefined);

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    await addAccount('taro', BITFLYER_SECRET, 'bitFlyer');
  });
  afterAll(() => harness?.close());
  // The first test locks the vault; each test adds the accounts it needs, under names of its own.
  beforeEach(() => ensureUnlocked(control, PASSWORD));

  it('drops a waiting fill when its tab moves to a look-alike; the shortcut there gets nothing', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    await FillWindowPage.fromFillButton(harness, page, tabId);
    expect(await sendFromPage(control, 'pendingFill', { tabId })).toMatchObject({
      ok: true,
      value: { site: 'bitflyer.com' },
    });

    // The page sends the tab to a look-alike while the person unlocks.
    await page.evaluate(
      (url) => void (location.href = url),
      fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'),
    );
    await waitUntil('the waiting fill to be dropped', async () => {
      const answer = await sendFromPage(control, 'pendingFill', { tabId });
      return !answer.ok && answer.reason === 'no-pending';
    });
    await waitUntil(
      'its window to close',
      async () => !(await openWindows()).some((url) => url.includes('fill-window.html')),
    );
    await sendFromPage(control, 'unlockVault', { password: PASSWORD });

    await waitUntil('the look-alike to load', () =>
      page.evaluate(
        () => location.host.startsWith('lightning.bitf1yer.com') && document.readyState === 'complete',
        undefined,
      ),
    );
    expect(await shortcutIn(tabId)).toEqual({ filled: false });
    expect(await fieldValue(page, '#ConfirmationCode')).toBe('');
    expect(await sendFromPage(control, 'pendingFill', { tabId })).toEqual({ ok: false, reason: 'no-pending' });
    expect(await omamoriPasswordSurfaces(page)).toEqual([]);
    // The shortcut's answer is shown by the field's button, in red, naming the real site.
    await fillButtonCenter(page);
    expect(await shortcutIn(tabId)).toEqual({ filled: false });
    await page.screenshot(screenshotPath(`phishing-${kind}-look-alike-page`));
    await page.close();
  });

  it('while locked, a look-alike of a bound site that is no exchange gets no password window, and is told', async () => {
    const bank = await addToVault(control, {
      secret: 'ORSXG5BRGIZTINJWG44DSMBROVWWKZLS',
      issuer: 'Example Corp',
      label: 'bank',
      domains: ['example.com'],
    });
    // Kept for while locked: keyed hashes, no bound site in the clear.
    const stored = await waitUntil('the bound sites’ keyed hashes', () =>
      control.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        const { boundSiteKeys } = await api.storage.local.get('boundSiteKeys');
        const keys = boundSiteKeys as { hashes?: string[] } | undefined;
        return keys?.hashes?.length ? JSON.stringify(keys) : undefined;
      }, undefined),
    );
    expect(stored).not.toMatch(/example|bitflyer/);
    await sendFromPage(control, 'lockVault', undefined);

    const { page, tabId } = await harness.openTab(fixtureUrl('accounts.examp1e.com', '/login'));
    // The shortcut, then the field's own button: each answered on the button, no window.
    expect(await shortcutIn(tabId)).toEqual({ filled: false });
    const unnamed = message('en', 'fillLookAlikeUnnamed');
    expect(await waitUntil('the button’s note', async () => (await fillButtonNote(control, tabId)) || undefined)).toBe(
      unnamed,
    );
    const { x, y } = await fillButtonCenter(page);
    await page.clickAt(x, y);
    expect(await waitUntil('the note again', async () => (await fillButtonNote(control, tabId)) || undefined)).toBe(
      unnamed,
    );
    await page.screenshot(screenshotPath(`phishing-${kind}-locked-look-alike-of-bound-site`));
    expect(await sendFromPage(control, 'pendingFill', { tabId })).toEqual({ ok: false, reason: 'no-pending' });
    expect((await openWindows()).filter((url) => url.includes('fill-window.html'))).toEqual([]);
    expect(await omamoriPasswordSurfaces(page)).toEqual([]);
    expect(await fieldValue(page, '#otp')).toBe('');

    // The bound site itself, locked: the password is asked in Omamori's window, as ever.
    const real = await harness.openTab(fixtureUrl('accounts.example.com', '/login'));
    await injectFillScript(control, real.tabId);
    const window = await FillWindowPage.fromFillButton(harness, real.page, real.tabId);
    expect(await window.site()).toBe('example.com');
    await sendFromPage(control, 'cancelPendingFill', { tabId: real.tabId });
    await real.page.close();
    await page.close();
    // The later tests bind example.com themselves.
    await ensureUnlocked(control, PASSWORD);
    await sendFromPage(control, 'deleteAccount', { id: bank.id });
  });

  it('warns in red on a look-alike, names the real site, offers no Fill and binds nothing there', async () => {
    const unbound = await addAccount('imported', 'MFRGGZDFMZTWQ2LKNNWG23TP');
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'));
    const popup = await PopupPage.open(harness, { tabId });
    await popup.waitForSiteStatus('look-alike');
    await popup.waitForAccount(unbound.id);
    expect(await popup.siteStatus()).toEqual({
      kind: 'look-alike',
      text: message('en', 'lookAlikeWarning', 'lightning.bitf1yer.com', 'bitflyer.com'),
    });
    expect(await popup.fillableRows()).toBe(0);
    await popup.screenshot(screenshotPath(`phishing-${kind}-popup-look-alike`));
    // Asked directly, as a forged popup would: refused, and the account stays unbound.
    expect(
      await sendFromPage(control, 'fillFromPopup', { accountId: unbound.id, tabId, bindTo: 'bitf1yer.com' }),
    ).toEqual({
      ok: false,
      reason: 'look-alike',
      detail: 'bitflyer.com',
    });
    expect((await accountNamed('imported')).domains).toEqual([]);
    expect(await fieldValue(page, '#ConfirmationCode')).toBe('');
    await popup.close();
    await page.close();
  });

  it('binds a Google Authenticator export’s GMOコイン to coin.z.com, fills there, and nowhere else on z.com', async () => {
    const secret = 'KRSXG5CTMVRXEZLUKRSXG5CT';
    const { uris } = googleMigrationExport(
      [accountData({ secret, issuer: 'GMOコイン', label: 'hanako' })],
      () => new Uint8Array(4),
    );
    const imported = await sendFromPage(control, 'importFile', { name: 'transfer.txt', base64: btoa(uris.join('\n')) });
    expect(imported).toMatchObject({ ok: true });
    expect((await accountNamed('hanako')).domains).toEqual(['coin.z.com']);

    const gmo = await harness.openTab(fixtureUrl('coin.z.com', '/split'));
    const moment = await clickFillButton(gmo.page);
    await waitUntil(
      'the boxes to hold the code',
      async () => (await gmo.page.text('#joined')) === independentTotp(secret, moment),
    );
    await gmo.page.close();

    const other = await harness.openTab(fixtureUrl('forex.z.com', '/split'));
    expect(await shortcutIn(other.tabId)).toEqual({ filled: false });
    expect(
      await sendFromPage(control, 'fillFromPopup', {
        accountId: (await accountNamed('hanako')).id,
        tabId: other.tabId,
      }),
    ).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await other.page.evaluate(() => document.querySelector('#joined')!.textContent, undefined)).toBe('');
    await other.page.close();
  });

  it('binds an account whose issuer the site does not name only after a warning that says so', async () => {
    const acme = await addAccount('acme', 'MZXW6YTBOJUWU23MNU3DAMBQ', 'Acme Bank');
    const { page, tabId } = await harness.openTab(fixtureUrl('accounts.example.com', '/login'));
    const popup = await PopupPage.open(harness, { tabId });
    await popup.fillInTab(acme.id);
    expect(await popup.bindQuestion()).toBe(message('en', 'bindQuestion', 'example.com'));
    const warning = '[data-testid="bind-brand-warning"]';
    expect(await popup.page.text(warning)).toBe(message('en', 'bindBrandWarning', 'Acme Bank', 'example.com'));
    await popup.screenshot(screenshotPath(`phishing-${kind}-popup-bind-brand-warning`));
    await popup.confirmBind();
    await waitUntil('the bind', async () => (await accountNamed('acme')).domains.includes('example.com'));
    await popup.close().catch(() => undefined);

    // An issuer the site names: the plain question, no warning.
    const example = await addAccount('own', 'NVSXG43BM5SSAZTPOIQGC4TU', 'Example');
    const again = await PopupPage.open(harness, { tabId });
    await again.fillInTab(example.id);
    expect(await again.bindQuestion()).toBe(message('en', 'bindQuestion', 'example.com'));
    expect(await again.page.evaluate((selector) => document.querySelector(selector) === null, warning)).toBe(true);
    await again.close();
    for (const id of [acme.id, example.id]) await sendFromPage(control, 'deleteAccount', { id });
    await page.close();
  });

  it('refuses to bind when the tab changes between the popup’s question and the click', async () => {
    const unbound = await addAccount('moving', 'ONSWG4TFOQYTEMZUGU3DOOBZ');
    const { page, tabId } = await harness.openTab(fixtureUrl('accounts.example.com', '/login'));
    const popup = await PopupPage.open(harness, { tabId });
    await popup.fillInTab(unbound.id);
    expect(await popup.bindQuestion()).toBe(message('en', 'bindQuestion', 'example.com'));
    await page.evaluate((url) => void (location.href = url), fixtureUrl('accounts.examp1e.com', '/login'));
    await waitUntil('the tab to show the other site', async () =>
      (
        await control.evaluate(async (id) => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          return (await api.tabs.get(id)).url ?? '';
        }, tabId)
      ).includes('examp1e'),
    );
    await popup.confirmBind();
    expect(await popup.error()).toBe(message('en', 'errorTabChanged'));
    expect((await accountNamed('moving')).domains).toEqual([]);
    await popup.close();
  });

  it('normalises a URL or an IDN typed as a site, and refuses a look-alike or a non-domain', async () => {
    const account = await addAccount('typed', 'NBSWY3DPO5XXE3DEEBSWY3DP');
    const popup = await PopupPage.open(harness);
    const editWith = async (domains: string) => {
      await popup.editAccount(account.id);
      await popup.setSites(domains);
      await popup.saveEdit();
    };
    await editWith('https://www.Example.org/login, 例え.jp');
    await popup.waitForAccount(account.id);
    expect((await accountNamed('typed')).domains).toEqual(['example.org', 'xn--r8jz45g.jp']);

    await editWith('bitf1yer.com');
    expect(await popup.error()).toBe(message('en', 'editLookAlike', 'bitflyer.com'));
    await popup.setSites('not a site');
    await popup.saveEdit();
    const refusal = message('en', 'errorInvalidDomain', 'not a site');
    await waitUntil('the refusal of a non-domain', async () => (await popup.error()) === refusal, 5_000).catch(
      async (error) => {
        throw new Error(
          `${String(error)}; shown: ${await popup.error()}; field: ${await popup.page.evaluate(() => document.querySelector<HTMLInputElement>('#edit-domains')!.value, undefined)}`,
        );
      },
    );
    expect((await accountNamed('typed')).domains).toEqual(['example.org', 'xn--r8jz45g.jp']);
    await popup.close();
  });

  it('shows recovery codes and notes only for the vault password', async () => {
    const account = await addAccount('kit', 'GEZDGNBVGY3TQOJQGEZDGNBV');
    await sendFromPage(control, 'editAccount', {
      id: account.id,
      changes: { recoveryCodes: ['RC-1111', 'RC-2222'], notes: 'safe #3' },
      vaultPassword: PASSWORD,
    });
    const popup = await PopupPage.open(harness);
    await popup.editAccount(account.id);
    await popup.page.waitFor('#notes-password');
    expect(await popup.page.evaluate(() => document.body.textContent?.includes('RC-1111'), undefined)).toBe(false);
    await popup.revealNotes('not the password');
    expect(await popup.notesError()).toBe(message('en', 'errorWrongPassword'));
    await popup.revealNotes(PASSWORD);
    await popup.page.waitFor('#edit-recovery');
    expect(
      await popup.page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#edit-recovery')!.value, undefined),
    ).toBe('RC-1111\nRC-2222');
    await popup.close();
  });
});

describe.each(BROWSER_KINDS)('%s: the warnings in Japanese', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale: 'ja' }));
    await addToVault(control, {
      secret: BITFLYER_SECRET,
      issuer: 'ビットフライヤー',
      label: 'taro',
    });
  });
  afterAll(() => harness?.close());

  it('names the real site on a look-alike, and asks for the password in Omamori’s window', async () => {
    const lookAlike = await harness.openTab(fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'));
    const popup = await PopupPage.open(harness, { tabId: lookAlike.tabId });
    expect(await popup.siteStatus()).toEqual({
      kind: 'look-alike',
      text: message('ja', 'lookAlikeWarning', 'lightning.bitf1yer.com', 'bitflyer.com'),
    });
    await popup.screenshot(screenshotPath(`phishing-${kind}-popup-look-alike-ja`));
    await popup.close();
    await lookAlike.page.close();

    await sendFromPage(control, 'lockVault', undefined);
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const window = await FillWindowPage.fromFillButton(harness, page, tabId);
    expect(await window.siteLine()).toBe(`${message('ja', 'fillWindowFor')}bitflyer.com`);
    expect(await window.unlockButtonText()).toBe(message('ja', 'unlockAndFill'));
    await window.screenshot(screenshotPath(`phishing-${kind}-fill-window-ja`));
    await page.close();
  });
});
