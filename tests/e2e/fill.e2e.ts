import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import {
  clickFillButton,
  fieldValue,
  fillButtonCenter,
  omamoriPasswordSurfaces,
  waitForMidStep,
} from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';
import { FillWindowPage } from '../support/pages/fill-window';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { ensureUnlocked, launchWithVault, replaceAccounts, vaultAccounts } from '../support/vault-state';

const PASSWORD = 'fill e2e password';
const SECRETS = {
  bitFlyer: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  Zaif: 'KRSXG5CTMVRXEZLUKRSXG5CT',
  bitbank: 'GEZDGNBVGY3TQOJQGEZDGNBV',
  'GMO Coin': 'MFRGGZDFMZTWQ2LKNNWG23TP',
  Binance: 'ONSWG4TFOQYTEMZUGU3DOOBZ',
  Coincheck: 'GAYTEMZUGU3DOOBZGAYTEMZU',
  Kraken: 'NBSWY3DPNBSWY3DPNBSWY3DP',
} as const;
// Bound by issuer through the site rules: bitFlyer → bitflyer.com, GMO Coin → z.com, …
const ACCOUNTS = Object.entries(SECRETS).map(([issuer, secret]) => ({ secret, issuer, label: 'taro' }));

async function expectFilled(page: TestPage, selector: string, secret: string, moment: number): Promise<string> {
  const expected = independentTotp(secret, moment);
  await waitUntil(`${selector} to be filled`, async () => (await fieldValue(page, selector)) === expected);
  return expected;
}

describe.each(BROWSER_KINDS)('%s: one-click fill', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
  });
  afterAll(() => harness?.close());

  // Each test starts from the same vault: open, one account per exchange, no second bitFlyer
  // account, no remembered choice, and every exchange's switches off.
  beforeEach(async () => {
    await ensureUnlocked(control, PASSWORD);
    await replaceAccounts(control, ACCOUNTS);
    await sendFromPage(control, 'setSettings', { exchanges: {} });
  });

  it('fills bitFlyer Lightning’s server-rendered 2FA form', async () => {
    const { page } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const moment = await clickFillButton(page);
    await expectFilled(page, '#ConfirmationCode', SECRETS.bitFlyer, moment);
    await page.screenshot(screenshotPath(`fill-${kind}-bitflyer`));
    await page.close();
  });

  it('fills Zaif’s token beside email and password, and the form submits it', async () => {
    const { page } = await harness.openTab(fixtureUrl('zaif.jp', '/login'));
    const moment = await clickFillButton(page);
    const code = await expectFilled(page, '#token', SECRETS.Zaif, moment);
    expect(await fieldValue(page, '#email')).toBe('taro@example.jp');
    await page.click('button[type=submit]');
    expect(JSON.parse(await page.text('#submitted'))).toEqual({
      email: 'taro@example.jp',
      password: 'hunter2hunter2',
      token: code,
    });
    await page.close();
  });

  it('fills Coincheck’s sign-in 2FA field, and the form submits it', async () => {
    const { page } = await harness.openTab(fixtureUrl('coincheck.com', '/sessions/signin'));
    const moment = await clickFillButton(page);
    const code = await expectFilled(page, '#two_factor_password', SECRETS.Coincheck, moment);
    await page.click('button[type=submit]');
    expect(await page.text('#submitted')).toBe(code);
    await page.close();
  });

  it('fills Kraken’s 2FA field although it is a password field', async () => {
    const { page } = await harness.openTab(fixtureUrl('kraken.com', '/sign-in'));
    const moment = await clickFillButton(page);
    await expectFilled(page, '#tfa', SECRETS.Kraken, moment);
    await page.close();
  });

  it('fills a React 18 controlled input so React’s state has the code', async () => {
    const { page } = await harness.openTab(fixtureUrl('bitbank.cc', '/react'));
    const moment = await clickFillButton(page);
    const code = await expectFilled(page, '#code', SECRETS.bitbank, moment);
    await waitUntil('React state', async () => (await page.text('#state')) === code);
    await page.close();
  });

  it('fills six split boxes, one digit each', async () => {
    const { page } = await harness.openTab(fixtureUrl('coin.z.com', '/split'));
    const moment = await clickFillButton(page);
    const expected = independentTotp(SECRETS['GMO Coin'], moment);
    await waitUntil('the boxes to hold the code', async () => (await page.text('#joined')) === expected);
    await page.close();
  });

  it('fills a field that an SPA route change brings in after load', async () => {
    const { page } = await harness.openTab(fixtureUrl('zaif.jp', '/spa'));
    const moment = await clickFillButton(page);
    await expectFilled(page, '#otp', SECRETS.Zaif, moment);
    await page.close();
  });

  it('fills a field inside an open shadow root', async () => {
    const { page } = await harness.openTab(fixtureUrl('bitbank.cc', '/shadow'));
    const moment = await clickFillButton(page);
    await expectFilled(page, '#tfa', SECRETS.bitbank, moment);
    await page.close();
  });

  it('fills Binance’s authenticator field only, not the email or SMS code', async () => {
    const { page } = await harness.openTab(fixtureUrl('binance.com', '/security-verification'));
    expect(await page.evaluate(() => document.querySelectorAll('omamori-fill').length, undefined)).toBeLessThanOrEqual(
      1,
    );
    const moment = await clickFillButton(page);
    await expectFilled(page, '[data-e2e="input-mfa"]', SECRETS.Binance, moment);
    expect(await fieldValue(page, '[data-e2e="input-email"]')).toBe('');
    expect(await fieldValue(page, '[data-e2e="input-sms"]')).toBe('');
    await page.close();
  });

  it('leaves a recovery-code field alone', async () => {
    const { page } = await harness.openTab(fixtureUrl('zaif.jp', '/recovery'));
    const moment = await clickFillButton(page);
    await expectFilled(page, '#otp', SECRETS.Zaif, moment);
    expect(await page.evaluate(() => document.querySelectorAll('omamori-fill').length, undefined)).toBe(1);
    expect(await fieldValue(page, '#recovery')).toBe('');
    await page.close();
  });

  it('fills a field inside a same-origin iframe', async () => {
    const { page } = await harness.openTab(fixtureUrl('bitflyer.com', '/framed'));
    const frame = await page.frame('/Home/TwoFactorAuth');
    await frame.waitFor('#ConfirmationCode');
    const inFrame = await waitUntil('the button inside the frame', () =>
      frame.evaluate(() => {
        const box = document.querySelector('omamori-fill')?.getBoundingClientRect();
        return box && box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      }, undefined),
    );
    const offset = await page.evaluate(() => {
      const box = document.getElementById('step')!.getBoundingClientRect();
      return { x: box.left + 1, y: box.top + 1 };
    }, undefined);
    const moment = await waitForMidStep();
    await page.clickAt(offset.x + inFrame.x, offset.y + inFrame.y);
    const expected = independentTotp(SECRETS.bitFlyer, moment);
    await waitUntil(
      'the framed field to be filled',
      async () =>
        (await frame.evaluate(
          () => document.querySelector<HTMLInputElement>('#ConfirmationCode')!.value,
          undefined,
        )) === expected,
    );
    await page.close();
  });

  it('fills the field in front when the shortcut or the context menu asks', async () => {
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    await fillButtonCenter(page);
    const moment = await waitForMidStep();
    // What the background sends the tab on Alt+Shift+O or "Fill 2FA code" in the menu.
    expect(await sendFromPage(control, 'fillRequested', undefined, tabId)).toEqual({ filled: true });
    await expectFilled(page, '#ConfirmationCode', SECRETS.bitFlyer, moment);
    await page.close();
  });

  it('fills from the popup’s Fill button on the page in front', async () => {
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const popup = await PopupPage.open(harness, { tabId });
    await popup.waitForFillOffered();
    expect(await popup.fillableRows()).toBe(1);
    const bitflyer = await popup.accountId('taro', 'bitFlyer');
    const moment = await waitForMidStep();
    await popup.fillInTab(bitflyer);
    await expectFilled(page, '#ConfirmationCode', SECRETS.bitFlyer, moment);
    await page.close();
  });

  it('asks for the password in an Omamori window when locked — never in the page — then fills', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const window = await FillWindowPage.fromFillButton(harness, page, tabId);
    expect(await omamoriPasswordSurfaces(page)).toEqual([]);
    expect(await window.site()).toBe('bitflyer.com');
    const moment = await waitForMidStep();
    await window.unlock(PASSWORD);
    await expectFilled(page, '#ConfirmationCode', SECRETS.bitFlyer, moment);
    await page.close();
  });

  it('lets the person choose between two accounts of a site in the Omamori window, and remembers it', async () => {
    const second = 'NBSWY3DPO5XXE3DEEBSWY3DP';
    await sendFromPage(control, 'addAccountManually', { secret: second, issuer: 'bitFlyer', label: 'hanako' });
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const window = await FillWindowPage.fromFillButton(harness, page, tabId);
    expect(await window.choices()).toEqual(['bitFlyertaro', 'bitFlyerhanako']);
    expect(await omamoriPasswordSurfaces(page)).toEqual([]);
    const moment = await waitForMidStep();
    await window.chooseAccount('hanako');
    await expectFilled(page, '#ConfirmationCode', second, moment);
    await page.close();

    const again = (await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'))).page;
    const later = await clickFillButton(again);
    await expectFilled(again, '#ConfirmationCode', second, later);
    await again.close();
  });

  it('submits after filling, and fills on page load, only where turned on in the options', async () => {
    const options = await OptionsPage.open(harness);
    await options.toggleExchange('zaif', 'autoSubmit');
    await options.toggleExchange('bitbank', 'autoFill');
    await waitUntil('both switches to be saved', async () => {
      const answer = await sendFromPage(control, 'getSettings', undefined);
      return answer.exchanges.zaif?.autoSubmit && answer.exchanges.bitbank?.autoFill;
    });
    await options.close();

    const zaif = (await harness.openTab(fixtureUrl('zaif.jp', '/login'))).page;
    const moment = await clickFillButton(zaif);
    const code = await expectFilled(zaif, '#token', SECRETS.Zaif, moment);
    await waitUntil('the form to be submitted', async () => (await zaif.text('#submitted')).includes(code));
    await zaif.close();

    await waitForMidStep();
    const bitbank = (await harness.openTab(fixtureUrl('app.bitbank.cc', '/react'))).page;
    await waitUntil('React state to hold a code', async () => /^\d{6}$/.test(await bitbank.text('#state')));
    expect(await fieldValue(bitbank, '#code')).toBe(independentTotp(SECRETS.bitbank, Date.now()));
    await bitbank.close();

    // Elsewhere nothing happens without a click.
    const bitflyer = (await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'))).page;
    await fillButtonCenter(bitflyer);
    // The content script's own signal: its automatic ask was answered (and refused).
    await waitUntil('the automatic ask to be answered', () =>
      bitflyer.evaluate(
        () => document.querySelector<HTMLElement>('omamori-fill')?.dataset.auto === 'answered',
        undefined,
      ),
    );
    expect(await fieldValue(bitflyer, '#ConfirmationCode')).toBe('');
    await bitflyer.close();
  });

  it('gives a look-alike host no button and no code, not even on request', async () => {
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'));
    // Loaded, and no content script of ours answers there: the manifest never matched it.
    await expect(sendFromPage(control, 'fillRequested', undefined, tabId)).rejects.toThrow();
    expect(await page.evaluate(() => document.querySelectorAll('omamori-fill').length, undefined)).toBe(0);
    // A page script has no way to message the extension at all.
    expect(
      await page.evaluate(
        () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
        undefined,
      ),
    ).toBe('undefined');
    // Asking the background to fill bitFlyer's account into this tab is refused.
    const bitflyerId = (await vaultAccounts(control)).find((account) => account.issuer === 'bitFlyer')!.id;
    expect(await sendFromPage(control, 'fillFromPopup', { accountId: bitflyerId, tabId })).toEqual({
      ok: false,
      reason: 'look-alike',
      detail: 'bitflyer.com',
    });
    expect(await fieldValue(page, '#ConfirmationCode')).toBe('');
    await page.close();
  });
});
