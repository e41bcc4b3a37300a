import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  launchExtension,
  type ExtensionHarness,
  type TestPage,
  type UiLocale,
} from '../support/browsers';
import { axeViolations } from '../support/axe';
import { fillButtonCenter, fillWindowUrl } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';

const PASSWORD = 'accessibility e2e password';

/** Every screen a person meets, checked with axe-core: 0 violations of any impact. */
describe.each(BROWSER_KINDS)('%s: accessibility', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    let harness: ExtensionHarness;
    let control: TestPage;

    const expectClean = async (page: TestPage, screen: string) => {
      expect(await axeViolations(page), screen).toEqual([]);
    };

    beforeAll(async () => {
      harness = await launchExtension(kind, { locale });
      control = await harness.openExtensionPage('options.html');
    });
    afterAll(() => harness?.close());

    it('the popup: first run, create, unlock, codes, add, edit', async () => {
      const popup = await harness.openExtensionPage('popup.html');
      await popup.waitFor('.welcome');
      await expectClean(popup, 'welcome');
      await popup.click('.welcome .button--primary');
      await popup.waitFor('#new-password');
      await expectClean(popup, 'create');
      await sendFromPage(control, 'createVault', { password: PASSWORD });
      await sendFromPage(control, 'addAccountManually', {
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
        issuer: 'bitFlyer',
        label: 'taro',
      });
      await sendFromPage(control, 'lockVault', undefined);
      await popup.evaluate(() => location.reload(), undefined);
      await popup.waitFor('#unlock-password');
      await expectClean(popup, 'locked');
      await popup.fill('#unlock-password', PASSWORD);
      await popup.click('form .button--primary');
      await popup.waitFor('.account');
      await expectClean(popup, 'codes');
      await popup.click('.toolbar .button--primary');
      await popup.waitFor('#otpauth-uri');
      await expectClean(popup, 'add');
      await popup.evaluate(() => location.reload(), undefined);
      await popup.waitFor('.account__edit');
      await popup.click('.account__edit');
      await popup.waitFor('#edit-domains');
      await expectClean(popup, 'edit');
      await popup.close();
    });

    it('the options page and the recovery sheet', async () => {
      const options = await harness.openExtensionPage('options.html');
      await options.waitFor('#export-backup');
      await expectClean(options, 'options');
      await options.close();
      const sheet = await harness.openExtensionPage('recovery.html');
      await sheet.waitFor('form');
      await expectClean(sheet, 'recovery sheet (asking for the password)');
      await sheet.close();
    });

    it('the fill window', async () => {
      await sendFromPage(control, 'lockVault', undefined);
      const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
      const { x, y } = await fillButtonCenter(page);
      await page.clickAt(x, y);
      const window = await harness.openedExtensionPage(fillWindowUrl(tabId));
      await window.waitFor('#unlock-password');
      await expectClean(window, 'fill window');
      await page.close();
    });
  });
});
