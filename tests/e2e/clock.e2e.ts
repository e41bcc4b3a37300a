import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { fieldValue, fillButtonCenter, waitForMidStep } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { addAccount, launchWithVault } from '../support/vault-state';

const PASSWORD = 'clock e2e password';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const AHEAD_S = 60;

describe.each(BROWSER_KINDS)('%s: a computer clock that is off', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    await addAccount(control, { secret: SECRET, issuer: 'bitFlyer', label: 'taro' });
  });
  afterAll(() => harness?.close());

  it('is read from the exchange page’s own Date header, explained in the popup, and followed once asked', async () => {
    const { page, tabId } = await harness.openTab(
      fixtureUrl('lightning.bitflyer.com', `/Home/TwoFactorAuth?date-offset=${AHEAD_S}`),
    );
    const site = await waitUntil('the clock reading', async () => {
      const answer = await sendFromPage(control, 'tabSite', { tabId });
      return answer.clock?.kind === 'off' ? answer.clock : undefined;
    });
    expect(Math.abs(site.skewMs - AHEAD_S * 1000)).toBeLessThan(2_000);
    const popup = await PopupPage.open(harness, { tabId });
    expect(await popup.clockWarning()).toMatch(/6[01] s slow/);
    await popup.screenshot(screenshotPath(`clock-${kind}-popup-warning`));
    await popup.adjustClock();
    await waitUntil('the adjustment to be kept', async () => {
      const { clock } = await sendFromPage(control, 'tabSite', { tabId });
      return clock?.kind === 'off' && clock.adjusted;
    });
    await popup.close();

    const { x, y } = await fillButtonCenter(page);
    const siteMoment = await waitForMidStep(site.skewMs);
    await page.clickAt(x, y);
    const expected = independentTotp(SECRET, siteMoment);
    await waitUntil('the site-time code', async () => (await fieldValue(page, '#ConfirmationCode')) === expected);
    expect(expected).not.toBe(independentTotp(SECRET, siteMoment - site.skewMs));
    await page.close();
  });
});
