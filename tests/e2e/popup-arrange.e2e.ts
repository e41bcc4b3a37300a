import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage, type UiLocale } from '../support/browsers';
import { axeViolations } from '../support/axe';
import { COLLECTION, secretFor } from '../support/collection';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { PopupPage } from '../support/pages/popup';
import { ensureUnlocked, launchWithVault, replaceAccounts } from '../support/vault-state';
import { waitUntil } from '../support/wait';

const PASSWORD = 'popup arrange e2e password';
const POPUP = { width: 360, height: 600 } as const;
/** Japanese names of two exchanges, found by their Latin spellings. */
const JAPANESE = [
  { issuer: 'ビットフライヤー', label: 'hanako@example.jp', secret: secretFor(31), domains: ['bitflyer.com'] },
  { issuer: 'ザイフ', label: 'hanako', secret: secretFor(32), domains: ['zaif.jp'] },
];
const EXCHANGES_GROUP = '取引所';
const WORK_GROUP = '仕事';

/**
 * A person arranges thirty accounts: pins one, puts two in a group, filters by it, moves rows
 * by keyboard and by dragging; all of it is there after the browser restarts. The search
 * finds Japanese exchange names by their Latin spelling; the tab's site's accounts come first.
 */
describe.each(BROWSER_KINDS)('%s: pins, groups and order in the popup', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    let harness: ExtensionHarness;
    let control: TestPage;

    beforeAll(async () => {
      ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale }));
      await replaceAccounts(control, [...COLLECTION, ...JAPANESE]);
    });
    afterAll(() => harness?.close());

    async function openPopup(tabId?: number): Promise<PopupPage> {
      const popup = await PopupPage.open(harness, tabId === undefined ? {} : { tabId });
      await popup.page.setViewport(POPUP.width, POPUP.height);
      await popup.waitForAccounts();
      return popup;
    }

    /** Edit → pin and group → Save, back on the list. */
    async function arrange(popup: PopupPage, id: string, pinned: boolean, group: string) {
      await popup.editAccount(id);
      await popup.setPinned(pinned);
      await popup.setGroup(group);
      await popup.saveEdit();
      await popup.waitForAccounts();
    }

    it('pins, groups, filters and reorders, and keeps it all after a browser restart; axe finds nothing', async () => {
      let popup = await openPopup();
      const zaif = await popup.accountId('山田 太郎', 'Zaif');
      const coincheck = await popup.accountId('hanako.suzuki@example.jp', 'Coincheck');
      const kraken = await popup.accountId('taro.yamada@example.com', 'Kraken');
      await arrange(popup, zaif, true, EXCHANGES_GROUP);
      // The list shows the edit before the next click: rows moving under the pointer take no clicks meant for others.
      await waitUntil('the pinned account on top', async () => (await popup.rowIds())[0] === zaif);
      await arrange(popup, coincheck, false, EXCHANGES_GROUP);
      await waitUntil('the group in the filter', async () => (await popup.groupChoices()).includes(EXCHANGES_GROUP));
      expect((await popup.rowIds())[0]).toBe(zaif);
      expect(await popup.pinnedRows()).toEqual([zaif]);
      expect(await popup.groupChoices()).toEqual([message(locale, 'groupAll'), EXCHANGES_GROUP]);
      expect(await axeViolations(popup.page), 'the popup with a pin and a group').toEqual([]);

      // Only the group's accounts, the pinned first.
      await popup.chooseGroup(EXCHANGES_GROUP);
      await waitUntil('the group alone', async () => (await popup.rowIds()).length === 2);
      expect(await popup.rowIds()).toEqual([zaif, coincheck]);
      expect(await axeViolations(popup.page), 'the popup filtered by group').toEqual([]);
      await popup.chooseGroup('');
      await waitUntil('every account again', async () => (await popup.rowIds()).length === COLLECTION.length + 2);

      // Alt+↑ moves Kraken above the account before it, among the unpinned; the move is said.
      const before = (await popup.rowIds()).filter((id) => id !== zaif);
      const above = before[before.indexOf(kraken) - 1]!;
      await popup.focusCode(kraken);
      await popup.press('Alt+ArrowUp');
      await waitUntil('Kraken one place up', async () => {
        const ids = await popup.rowIds();
        return ids.indexOf(kraken) === ids.indexOf(above) - 1;
      });
      expect(await popup.focused()).toBe(kraken);
      const place = (await popup.rowIds()).indexOf(kraken) + 1;
      expect(await popup.moveStatus()).toBe(message(locale, 'movedTo', String(place), String(COLLECTION.length + 2)));
      const firstUnpinned = (await popup.rowIds())[1]!;

      // Dragging Coincheck by its badge to just below the pinned Zaif (above the first unpinned row).
      await popup.dragRow(coincheck, firstUnpinned, 'before');
      await waitUntil('Coincheck dragged up', async () => (await popup.rowIds())[1] === coincheck);
      const arranged = await popup.rowIds();
      expect(arranged.slice(0, 3)).toEqual([zaif, coincheck, firstUnpinned]);
      await popup.close();

      harness = await harness.restart();
      control = await harness.openExtensionPage('options.html');
      await ensureUnlocked(control, PASSWORD);
      popup = await openPopup();
      expect(await popup.rowIds()).toEqual(arranged);
      expect(await popup.pinnedRows()).toEqual([zaif]);
      await popup.chooseGroup(EXCHANGES_GROUP);
      await waitUntil('the group alone after the restart', async () => (await popup.rowIds()).length === 2);
      expect(await popup.rowIds()).toEqual([zaif, coincheck]);
      await popup.close();
      // A browser restart and thirty-two rows edited and moved: longer than one page's test.
    }, 150_000);

    it('finds Japanese exchange names by their Latin spelling', async () => {
      const popup = await openPopup();
      /** The rows once the search for `query` shows `count` of them. */
      const search = async (query: string, count: number) => {
        await popup.page.fill('input[type="search"]', query);
        await waitUntil(`${count} rows for ${query}`, async () => (await popup.rowIds()).length === count);
        return popup.accounts();
      };
      // The two bitFlyer accounts of the collection, and ビットフライヤー.
      expect(await search('bitflyer', 3)).toEqual([
        { issuer: 'bitFlyer', label: 'taro.yamada@example.com' },
        { issuer: 'bitFlyer', label: 'taro.yamada+corp@example.com' },
        { issuer: 'ビットフライヤー', label: 'hanako@example.jp' },
      ]);
      expect(await search('zaif hanako', 1)).toEqual([{ issuer: 'ザイフ', label: 'hanako' }]);
      // Full-width, as an IME in full-width mode types it.
      expect(await search('ＢＩＴＦＬＹＥＲ　ｈａｎａｋｏ', 1)).toEqual([
        { issuer: 'ビットフライヤー', label: 'hanako@example.jp' },
      ]);
      await popup.close();
    });

    it('pins and groups from the options page’s list, which the popup follows; axe finds nothing there', async () => {
      const options = await harness.openExtensionPage('options.html#arrange');
      const kraken = await waitUntil('Kraken in the options’ list', () =>
        options.evaluate(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-arrange-id]')).find((row) =>
              row.textContent?.startsWith('Kraken'),
            )?.dataset.arrangeId,
          undefined,
        ),
      );
      const row = `[data-arrange-id="${kraken}"]`;
      await options.click(`${row} .arrange__pin`);
      await waitUntil('the pin saved', () =>
        options.evaluate((pin) => document.querySelector<HTMLInputElement>(pin)?.checked, `${row} .arrange__pin`),
      );
      await options.fill(`${row} .arrange__group-input`, WORK_GROUP);
      await options.press('Tab');
      // Saved and read back: the new group is among those offered.
      await waitUntil('the group saved', () =>
        options.evaluate(
          (group) =>
            Array.from(document.querySelectorAll('#arrange-groups option'), (o) => o.getAttribute('value')).includes(
              group,
            ),
          WORK_GROUP,
        ),
      );
      expect(await options.text('#arrange [role="status"]')).toBe(message(locale, 'optionsAccountsSaved'));
      expect(await axeViolations(options), 'the options with pins and groups').toEqual([]);
      await options.close();

      const popup = await openPopup();
      expect(await popup.pinnedRows()).toContain(kraken);
      await popup.chooseGroup(WORK_GROUP);
      await waitUntil('the new group alone', async () => (await popup.rowIds()).length === 1);
      expect(await popup.rowIds()).toEqual([kraken]);
      await popup.close();
    });

    it('lists the tab’s site’s accounts first', async () => {
      const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
      const popup = await openPopup(tabId);
      await popup.waitForFillOffered();
      const rows = await popup.accounts();
      const bitflyer = (row: { issuer: string }) => ['bitFlyer', 'ビットフライヤー'].includes(row.issuer);
      expect(rows.slice(0, 3).every(bitflyer)).toBe(true);
      expect(rows.slice(3).some(bitflyer)).toBe(false);
      await popup.close();
      await page.close();
    });
  });
});
