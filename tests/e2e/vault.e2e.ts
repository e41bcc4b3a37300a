import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness } from '../support/browsers';
import { message } from '../support/locales';
import { PopupPage } from '../support/pages/popup';
import { dumpExtensionStorage } from '../support/raw-storage';
import { screenshotPath } from '../support/screenshots';
import { ensureUnlocked } from '../support/vault-state';

const PASSWORD = 'omamori e2e password';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const LABEL = 'taro.yamada@example.jp';
const URI = `otpauth://totp/bitFlyer:${encodeURIComponent(LABEL)}?secret=${SECRET}&issuer=bitFlyer`;

describe.each(BROWSER_KINDS)('%s: the vault in the popup', (kind) => {
  it('sets up a vault, adds an account by URI and shows its current code', async () => {
    // A first run needs a profile with no vault: its own.
    const fresh = await launchExtension(kind);
    try {
      const popup = await PopupPage.open(fresh);
      await popup.page.setViewport(360, 560);
      await popup.createVault(PASSWORD);
      await popup.addAccountByUri(URI);
      await popup.waitForAccounts();
      expect(await popup.accounts()).toEqual([{ issuer: 'bitFlyer', label: LABEL }]);
      await popup.expectCodeOf(LABEL, SECRET);
      await popup.screenshot(screenshotPath(`popup-${kind}-codes`));
      await popup.close();
    } finally {
      await fresh.close();
    }
  });

  describe('once set up', () => {
    let harness: ExtensionHarness;
    beforeAll(async () => {
      // Set up the way a person does it, so the storage test below sees what the popup writes.
      harness = await launchExtension(kind);
      const popup = await PopupPage.open(harness);
      await popup.createVault(PASSWORD);
      await popup.addAccountByUri(URI);
      await popup.waitForAccounts();
      await popup.close();
    });
    afterAll(() => harness?.close());

    // Each test starts unlocked, whichever ran before (a lock, a restart).
    beforeEach(async () => {
      const control = await harness.openExtensionPage('options.html');
      await ensureUnlocked(control, PASSWORD);
      await control.close();
    });

    it('locks, refuses a wrong password, and unlocks with the right one', async () => {
      const popup = await PopupPage.open(harness);
      await popup.lock();
      await popup.unlock('not the password');
      expect(await popup.error()).toBe(message('en', 'errorWrongPassword'));
      await popup.unlock(PASSWORD);
      await popup.expectCodeOf(LABEL, SECRET);
      await popup.close();
    });

    // Firefox runs the background as an event page, not a worker: nothing to stop there.
    if (kind === 'chromium') {
      it('stays unlocked when the service worker is stopped', async () => {
        await harness.stopServiceWorker();
        const popup = await PopupPage.open(harness);
        await popup.expectCodeOf(LABEL, SECRET);
        await popup.close();
      });
    }

    it('keeps neither the secret nor the label in the clear in any storage', async () => {
      const page = await harness.openExtensionPage('options.html');
      const raw = await dumpExtensionStorage(page);
      expect(raw.length).toBeGreaterThan(100);
      for (const plain of [SECRET, LABEL, encodeURIComponent(LABEL), 'taro.yamada']) expect(raw).not.toContain(plain);
      await page.close();
    });

    it('asks for the password again after a browser restart', async () => {
      harness = await harness.restart();
      const popup = await PopupPage.open(harness);
      await popup.waitForLocked();
      await popup.unlock(PASSWORD);
      await popup.expectCodeOf(LABEL, SECRET);
      await popup.close();
    });
  });
});
