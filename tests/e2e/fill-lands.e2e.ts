import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { clickFillButton, fieldValue, fillButtonCenter, waitForMidStep } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';
import { PopupPage } from '../support/pages/popup';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { addAccount, launchWithVault } from '../support/vault-state';

// Fills that Firefox once missed while Chromium filled them (issue 22, item 12): each runs
// in both browsers, on a page built like the site.
const PASSWORD = 'fills land e2e password';
const COINCHECK = 'GAYTEMZUGU3DOOBZGAYTEMZU';
const BANK = 'MZXW6YTBOI2DKNRXHA4TAMJS';

describe.each(BROWSER_KINDS)('%s: fills land', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    await addAccount(control, { secret: COINCHECK, issuer: 'Coincheck', label: 'taro' });
    await addAccount(control, { secret: BANK, issuer: 'Example Bank', label: 'taro', domains: ['example-bank.co.jp'] });
  });
  afterAll(() => harness?.close());

  /** The popup of `tabId`, its Fill on `issuer`'s account mid-step; the moment, for the code. */
  const fillFromPopup = async (tabId: number, issuer: string) => {
    const popup = await PopupPage.open(harness, { tabId });
    await popup.waitForFillOffered();
    const id = await popup.accountId('taro', issuer);
    const moment = await waitForMidStep();
    await popup.fillInTab(id);
    return { popup, moment };
  };

  /** The six boxes hold the code, one digit each, and so does the widget's own state. */
  const expectBoxes = async (page: TestPage, code: string) => {
    await waitUntil('the widget to hold six digits', async () => (await page.text('#state')).length === 6);
    expect(await page.text('#state')).toBe(code);
    expect(
      await page.evaluate(() => Array.from(document.querySelectorAll('input'), (box) => box.value), undefined),
    ).toEqual([...code]);
  };

  // Twice, by the button in the page (which has the focus) and by the popup's Fill (the page
  // behind it has none: Firefox then fires no focus event when a box is focused).
  it('puts a digit in each of six auto-advancing boxes that keep their last digit, from the button', async () => {
    const { page } = await harness.openTab(fixtureUrl('coincheck.com', '/sessions/two-factor'));
    const moment = await clickFillButton(page);
    await expectBoxes(page, independentTotp(COINCHECK, moment));
    await page.close();
  });

  it('puts a digit in each of those boxes from the popup, the page behind it', async () => {
    const { page, tabId } = await harness.openTab(fixtureUrl('coincheck.com', '/sessions/two-factor'));
    await fillButtonCenter(page);
    const { popup, moment } = await fillFromPopup(tabId, 'Coincheck');
    await expectBoxes(page, independentTotp(COINCHECK, moment));
    await popup.close();
    await page.close();
  });

  it('fills from the popup on a site without a rule: the script is put in, the field found, the code in it', async () => {
    const { page, tabId } = await harness.openTab(fixtureUrl('example-bank.co.jp', '/login/otp'));
    // No rule matches this site: nothing of Omamori's runs there until Fill.
    await expect(sendFromPage(control, 'fillRequested', undefined, tabId)).rejects.toThrow();
    const { popup, moment } = await fillFromPopup(tabId, 'Example Bank');
    const code = independentTotp(BANK, moment);
    await waitUntil('the bank field to hold the code', async () => (await fieldValue(page, '#otpPassword')) === code);
    await popup.close();
    await page.close();
  });
});
