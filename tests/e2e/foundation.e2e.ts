import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type UiLocale } from '../support/browsers';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
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
      const popup = await harness.openExtensionPage('popup.html');
      await popup.setViewport(360, 520);
      expect(await popup.text('#welcome-title')).toBe(message(locale, 'welcomeTitle'));
      expect(await popup.text('.header__tagline')).toBe(message(locale, 'brandTagline'));
      expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe(locale);
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
      const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
      const status = await popup.evaluate(async () => {
        const line = await new Promise<Element>((resolve) => {
          const find = () => document.querySelector('.site-status');
          const found = find();
          if (found) return resolve(found);
          new MutationObserver((_, observer) => {
            const later = find();
            if (later) {
              observer.disconnect();
              resolve(later);
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
        return { kind: line.getAttribute('data-status'), text: line.textContent ?? '' };
      }, undefined);
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
