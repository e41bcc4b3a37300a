import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type UiLocale } from '../support/browsers';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';

describe.each(BROWSER_KINDS)('%s', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('popup in a %s browser', (locale) => {
    let harness: ExtensionHarness;
    beforeAll(async () => {
      harness = await launchExtension(kind, { locale });
    });
    afterAll(() => harness?.close());

    it('speaks the browser language', async () => {
      const popup = await PopupPage.open(harness);
      await popup.page.setViewport(360, 520);
      expect(await popup.welcomeTitle()).toBe(message(locale, 'welcomeTitle'));
      expect(await popup.tagline()).toBe(message(locale, 'brandTagline'));
      expect(await popup.page.evaluate(() => document.documentElement.lang, undefined)).toBe(locale);
      await popup.screenshot(screenshotPath(`popup-${kind}-${locale}`));
      await popup.close();
    });
  });

  describe('content script', () => {
    let harness: ExtensionHarness;
    beforeAll(async () => {
      harness = await launchExtension(kind);
    });
    afterAll(() => harness?.close());

    /** What the popup, popped out for `tabId`, says about that tab. */
    async function popupSiteStatus(tabId: number) {
      const popup = await PopupPage.open(harness, { tabId });
      const status = await popup.siteStatus();
      await popup.close();
      return status;
    }

    it('runs on the bitFlyer host and the popup says so', async () => {
      const { tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
      // document_idle may come a moment after the load event.
      const status = await waitUntil('the content script to answer', async () => {
        const current = await popupSiteStatus(tabId);
        return current.kind === 'exchange' ? current : undefined;
      });
      expect(status.text).toContain('bitFlyer');
      expect(status.text).toContain('lightning.bitflyer.com');
    });

    it('does not run on a look-alike host serving the same page, and the popup names the real site', async () => {
      const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'));
      expect(await page.text('label[for=ConfirmationCode]')).toBe('確認コード');
      // Loaded, and nothing of ours answers in that tab: the manifest never matched it.
      const control = await harness.openExtensionPage('options.html');
      await expect(sendFromPage(control, 'fillRequested', undefined, tabId)).rejects.toThrow();
      await control.close();
      expect(await popupSiteStatus(tabId)).toEqual({
        kind: 'look-alike',
        text: message('en', 'lookAlikeWarning', 'lightning.bitf1yer.com', 'bitflyer.com'),
      });
    });
  });
});
