import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage, type UiLocale } from '../support/browsers';
import { COLLECTION, LONG_NAMES } from '../support/collection';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { launchWithVault, replaceAccounts } from '../support/vault-state';
import { waitUntil } from '../support/wait';

const PASSWORD = 'popup rows e2e password';
/** The toolbar popup's size: 360 CSS pixels wide (popup.css), at most 600 high. */
const POPUP = { width: 360, height: 600 } as const;

/** A real collection in the popup: every name whole, codes in one place, and a keyboard walk through it. */
describe.each(BROWSER_KINDS)('%s: the popup’s rows', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    let harness: ExtensionHarness;
    let control: TestPage;

    beforeAll(async () => {
      ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale }));
      await replaceAccounts(control, COLLECTION);
    });
    afterAll(() => harness?.close());

    async function openPopup(): Promise<PopupPage> {
      const popup = await PopupPage.open(harness);
      await popup.page.setViewport(POPUP.width, POPUP.height);
      await popup.waitForAccounts();
      return popup;
    }

    it('shows a 40-character Japanese issuer and a 40-character e-mail whole, wrapped, with the code where every code is', async () => {
      expect([...LONG_NAMES.issuer]).toHaveLength(40);
      expect([...LONG_NAMES.label]).toHaveLength(40);
      const popup = await openPopup();
      const id = await popup.accountId(LONG_NAMES.label, LONG_NAMES.issuer);
      const texts = await popup.rowTexts(id);
      // The issuer, the name, the site and the code are all measured.
      expect(texts.map(({ text }) => text)).toEqual(
        expect.arrayContaining([LONG_NAMES.issuer, LONG_NAMES.label, LONG_NAMES.domains[0]]),
      );
      expect(texts.filter(({ clipped }) => clipped)).toEqual([]);
      // Every other row's names are whole too.
      for (const other of await popup.rowIds()) {
        expect(
          (await popup.rowTexts(other)).filter(({ clipped }) => clipped),
          other,
        ).toEqual([]);
      }
      // One place for every code, however long the names above it.
      expect(new Set(await popup.codeOffsets()).size).toBe(1);
      await popup.screenshot(screenshotPath(`popup-30-accounts-${kind}-${locale}`));
      await popup.close();
    });

    it('is walked with the keyboard: / to search, arrows through the rows, Enter copies; codes spoken digit by digit', async () => {
      const popup = await openPopup();
      const ids = await popup.rowIds();
      expect(await popup.focused()).toBe('search');
      await popup.press('ArrowDown');
      expect(await popup.focused()).toBe(ids[0]);
      await popup.press('ArrowDown');
      await popup.press('ArrowDown');
      expect(await popup.focused()).toBe(ids[2]);
      await popup.press('ArrowUp');
      expect(await popup.focused()).toBe(ids[1]);
      await popup.press('Enter');
      await popup.waitForCopied(ids[1]!);
      // Its code is named with its account and read out one digit at a time.
      const [second] = await popup.accounts().then((rows) => rows.slice(1, 2));
      expect(await popup.spokenCode(ids[1]!)).toMatch(
        new RegExp(`^${escape(`${second!.issuer} ${second!.label}`)}, \\d \\d \\d \\d \\d \\d( .+)?$`),
      );
      // `/` goes back to the search without typing itself; Enter there copies the first match.
      await popup.press('/');
      expect(await popup.focused()).toBe('search');
      for (const key of 'kraken') await popup.press(key);
      await waitUntil('the search to keep only Kraken', async () => (await popup.rowIds()).length === 1);
      expect(await popup.accounts()).toEqual([{ issuer: 'Kraken', label: 'taro.yamada@example.com' }]);
      await popup.press('Enter');
      await popup.waitForCopied((await popup.rowIds())[0]!);
      // Up from the first row is the search again.
      await popup.press('ArrowDown');
      await popup.press('ArrowUp');
      expect(await popup.focused()).toBe('search');
      await popup.close();
    });
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
