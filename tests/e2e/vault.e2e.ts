import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness } from '../support/browsers';
import { message } from '../support/locales';
import { addAccountByUriInPopup, createVaultInPopup, expectShownCodeToMatch, unlockInPopup } from '../support/popup';
import { dumpExtensionStorage } from '../support/raw-storage';
import { screenshotPath } from '../support/screenshots';

const PASSWORD = 'omamori e2e password';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const LABEL = 'taro.yamada@example.jp';
const URI = `otpauth://totp/bitFlyer:${encodeURIComponent(LABEL)}?secret=${SECRET}&issuer=bitFlyer`;

describe.each(BROWSER_KINDS)('%s: the vault in the popup', (kind) => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchExtension(kind);
  });
  afterAll(() => harness?.close());

  it('sets up a vault, adds an account by URI and shows its current code', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.setViewport(360, 560);
    await createVaultInPopup(popup, PASSWORD);
    await addAccountByUriInPopup(popup, URI);
    expect(await popup.text('.account__issuer')).toBe('bitFlyer');
    expect(await popup.text('.account__label')).toBe(LABEL);
    await expectShownCodeToMatch(popup, '.account .code', SECRET);
    await popup.screenshot(screenshotPath(`popup-${kind}-codes`));
    await popup.close();
  });

  it('locks, refuses a wrong password, and unlocks with the right one', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.click('#lock');
    await popup.waitFor('#unlock-password');
    await unlockInPopup(popup, 'not the password');
    expect(await popup.text('.form-error')).toBe(message('en', 'errorWrongPassword'));
    await unlockInPopup(popup, PASSWORD);
    await expectShownCodeToMatch(popup, '.account .code', SECRET);
    await popup.close();
  });

  // Firefox runs the background as an event page, not a worker: nothing to stop there.
  if (kind === 'chromium') {
    it('stays unlocked when the service worker is stopped', async () => {
      await harness.stopServiceWorker();
      const popup = await harness.openExtensionPage('popup.html');
      await expectShownCodeToMatch(popup, '.account .code', SECRET);
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
    const popup = await harness.openExtensionPage('popup.html');
    await popup.waitFor('#unlock-password');
    await unlockInPopup(popup, PASSWORD);
    await expectShownCodeToMatch(popup, '.account .code', SECRET);
    await popup.close();
  });
});
