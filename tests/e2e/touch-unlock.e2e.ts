import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  launchExtension,
  type BrowserKind,
  type ExtensionHarness,
  type TestPage,
} from '../support/browsers';
import { fieldValue, fillWindowUrl, waitForMidStep } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { FillWindowPage } from '../support/pages/fill-window';
import { PopupPage } from '../support/pages/popup';
import { KEY_SLOT as SLOT, TOUCH_UNLOCK as TOUCH, removeSlots, setUpSlot } from '../support/pages/key-slots';
import { navigateUntil as navigate } from '../support/pages/reload';
import { ALERT } from '../support/pages/selectors';
import { DAY_MS, setClockOffset } from '../support/test-clock';
import { independentTotp } from '../support/totp';
import { VirtualAuthenticator } from '../support/virtual-authenticator';
import { waitUntil } from '../support/wait';
import { addAccount, createVault, ensureUnlocked, launchWithVault } from '../support/vault-state';

const PASSWORD = 'touch unlock e2e password';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

const shows = (page: TestPage, selector: string) =>
  page.evaluate((query) => document.querySelector(query) !== null, selector);

// Each browser's project runs its own part (E2E_BROWSER): Chromium has the virtual
// authenticator; Firefox cannot run the ceremony from an add-on's page at all.
const only = (kind: BrowserKind) => BROWSER_KINDS.filter((candidate) => candidate === kind);

describe.each(only('chromium'))('%s: unlock by touch (WebAuthn PRF, virtual authenticator)', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  /** One tab for the options and the popup: its virtual authenticator holds the credential. */
  let tab: TestPage;
  let authenticator: VirtualAuthenticator;
  let accountId: string;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    ({ id: accountId } = await addAccount(control, {
      secret: SECRET,
      issuer: 'bitFlyer',
      label: 'taro',
      domains: ['bitflyer.com'],
    }));
    tab = await harness.openExtensionPage('options.html#security');
    authenticator = await VirtualAuthenticator.attach(tab);
  });
  afterAll(() => harness?.close());

  it('sets up a slot in the options after the vault password: named, listed, one credential', async () => {
    await tab.waitFor('#slot-add');
    await setUpSlot(tab, 'This laptop’s fingerprint', PASSWORD);
    expect(await tab.text(SLOT)).toContain('This laptop’s fingerprint');
    expect(await authenticator.credentialCount()).toBe(1);
    expect(await tab.text('#key-slots')).toContain(message('en', 'slotsIntro'));
  });

  it('unlocks from the popup with one touch: the codes show, no password typed', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    await navigate(tab, `${harness.baseUrl}popup.html`, TOUCH);
    expect(await shows(tab, '#unlock-password')).toBe(false);
    await tab.click(TOUCH);
    const popup = new PopupPage(tab);
    await popup.waitForAccount(accountId);
    await popup.expectCodeOf('taro', SECRET);
  });

  it('a cancelled touch leaves the vault locked and offers the password, saying so', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    await navigate(tab, `${harness.baseUrl}popup.html`, TOUCH);
    await authenticator.setUserVerified(false);
    await tab.click(TOUCH);
    await tab.waitFor('#unlock-password');
    expect(await tab.text(ALERT)).toBe(message('en', 'touchCancelled'));
    expect((await sendFromPage(control, 'listCodes', undefined)).ok).toBe(false);
    await authenticator.setUserVerified(true);
    await tab.fill('#unlock-password', PASSWORD);
    await tab.press('Enter');
    await new PopupPage(tab).waitForAccount(accountId);
  });

  it('after 14 days without the password, asks for it instead of the touch and says why', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    await setClockOffset(control, 14 * DAY_MS);
    try {
      await navigate(tab, `${harness.baseUrl}popup.html`, '#unlock-password');
      expect(await shows(tab, TOUCH)).toBe(false);
      expect(await tab.text('#touch-why')).toBe(message('en', 'touchWhyDue', '14'));
      await tab.fill('#unlock-password', PASSWORD);
      await tab.press('Enter');
      await new PopupPage(tab).waitForAccount(accountId);
      // Typed today: the touch is offered again.
      await sendFromPage(control, 'lockVault', undefined);
      await navigate(tab, `${harness.baseUrl}popup.html`, TOUCH);
    } finally {
      await setClockOffset(control, 0);
    }
  });

  it('unlocks by touch in the window the in-field button opens on bitFlyer’s page, and the code lands', async () => {
    await sendFromPage(control, 'lockVault', undefined);
    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
    const window = await FillWindowPage.fromFillButton(harness, page, tabId);
    await window.page.waitFor(`${TOUCH}, #unlock-password`);
    // Its own authenticator, with a credential of its own (see VirtualAuthenticator): set up
    // in the options loaded in this window, then back to the waiting fill.
    const own = await VirtualAuthenticator.attach(window.page);
    await ensureUnlocked(control, PASSWORD);
    await navigate(window.page, `${harness.baseUrl}options.html#security`, '#slot-add');
    await setUpSlot(window.page, 'YubiKey', PASSWORD);
    expect(await own.credentialCount()).toBe(1);
    await sendFromPage(control, 'lockVault', undefined);
    await navigate(window.page, `${harness.baseUrl}${fillWindowUrl(tabId)}`, TOUCH);
    const moment = await waitForMidStep();
    await window.page.click(TOUCH);
    const expected = independentTotp(SECRET, moment);
    await waitUntil(
      'the code in bitFlyer’s field',
      async () => (await fieldValue(page, '#ConfirmationCode')) === expected,
    );
    await page.close();
  });

  it('removes the slots: the touch is gone and the password alone opens the vault', async () => {
    await ensureUnlocked(control, PASSWORD);
    await navigate(tab, `${harness.baseUrl}options.html#security`, SLOT);
    await removeSlots(tab);
    expect(await tab.text('#slot-list')).toBe(message('en', 'slotsNone'));
    await sendFromPage(control, 'lockVault', undefined);
    await navigate(tab, `${harness.baseUrl}popup.html`, '#unlock-password');
    expect(await shows(tab, TOUCH)).toBe(false);
    expect(await shows(tab, '#touch-why')).toBe(false);
  });
});

describe.each(only('firefox'))('%s: unlock by touch is hidden, with the reason', (kind) => {
  let harness: ExtensionHarness;

  beforeAll(async () => {
    harness = await launchExtension(kind);
  });
  afterAll(() => harness?.close());

  it('says why in the options, offers no set-up, and Firefox indeed refuses WebAuthn from our page', async () => {
    const options = await harness.openExtensionPage('options.html#security');
    await createVault(options, PASSWORD);
    const version = await options.evaluate(() => /rv:([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '', undefined);
    await options.evaluate(() => location.reload(), undefined);
    await waitUntil('the reason to show', () =>
      options.evaluate(() => document.querySelector('#touch-unsupported') !== null, undefined),
    );
    expect(await options.text('#touch-unsupported')).toBe(message('en', 'slotsUnsupportedFirefox', version));
    expect(await shows(options, '#slot-add')).toBe(false);
    // The reason, proven in this browser: a ceremony from Omamori's own page, its own origin
    // as the relying party, is refused at once.
    const refusal = await options.evaluate(async () => {
      try {
        await navigator.credentials.create({
          publicKey: {
            rp: { name: 'Omamori' },
            user: { id: new Uint8Array(16), name: 'probe', displayName: 'probe' },
            challenge: new Uint8Array(32),
            pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
            extensions: { prf: {} },
          },
          signal: AbortSignal.timeout(5_000),
        });
        return 'created';
      } catch (error) {
        return (error as DOMException).name;
      }
    }, undefined);
    expect(refusal).toBe('SecurityError');
  });
});
