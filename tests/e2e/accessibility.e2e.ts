import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  launchExtension,
  type ExtensionHarness,
  type TestPage,
  type UiLocale,
} from '../support/browsers';
import { axeViolations } from '../support/axe';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';
import { FillWindowPage } from '../support/pages/fill-window';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { addAccount, createVault, ensureUnlocked, launchWithVault } from '../support/vault-state';

const PASSWORD = 'accessibility e2e password';
const ACCOUNT = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro' };

/** Every screen a person meets, checked with axe-core: 0 violations of any impact. */
describe.each(BROWSER_KINDS)('%s: accessibility', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    const expectClean = async (page: TestPage, screen: string) => {
      expect(await axeViolations(page), screen).toEqual([]);
    };

    it('the popup: first run, create, unlock, codes, add, edit', async () => {
      // The first-run screens need a profile with no vault: its own.
      const harness = await launchExtension(kind, { locale });
      try {
        const popup = await PopupPage.open(harness);
        await popup.waitForWelcome();
        await expectClean(popup.page, 'welcome');
        await popup.startCreating();
        await expectClean(popup.page, 'create');
        const control = await harness.openExtensionPage('options.html');
        await createVault(control, PASSWORD);
        await addAccount(control, ACCOUNT);
        await sendFromPage(control, 'lockVault', undefined);
        await popup.reloadLocked();
        await expectClean(popup.page, 'locked');
        await popup.unlock(PASSWORD);
        await popup.waitForAccounts();
        await expectClean(popup.page, 'codes');
        await popup.openAddAccount();
        await expectClean(popup.page, 'add');
        await popup.reloadUnlocked();
        await popup.editAccount(await popup.accountId(ACCOUNT.label));
        await expectClean(popup.page, 'edit');
        await popup.close();
      } finally {
        await harness.close();
      }
    });

    describe('with a vault', () => {
      let harness: ExtensionHarness;
      let control: TestPage;

      beforeAll(async () => {
        ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale }));
        await addAccount(control, ACCOUNT);
      });
      afterAll(() => harness?.close());
      // The fill window's test locks the vault; the others want it open.
      beforeEach(() => ensureUnlocked(control, PASSWORD));

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

      it('Recently deleted, in the popup and in the options', async () => {
        const deleted = await addAccount(control, {
          secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
          issuer: 'Coincheck',
          label: 'hanako',
        });
        await sendFromPage(control, 'deleteAccount', { id: deleted.id });
        const popup = await PopupPage.open(harness);
        await popup.waitForAccounts();
        await popup.openTrash();
        expect((await popup.trashItems()).map(({ id }) => id)).toEqual([deleted.id]);
        await expectClean(popup.page, 'popup: recently deleted');
        await popup.close();
        const options = await OptionsPage.openAt(harness, 'trash');
        expect((await options.trashItems()).map(({ id }) => id)).toEqual([deleted.id]);
        await expectClean(options.page, 'options: recently deleted');
        await options.close();
        await sendFromPage(control, 'deleteForGood', { ids: [deleted.id] });
      });

      it('the fill window', async () => {
        await sendFromPage(control, 'lockVault', undefined);
        const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitflyer.com', '/Home/TwoFactorAuth'));
        const window = await FillWindowPage.fromFillButton(harness, page, tabId);
        await window.waitForUnlock();
        await expectClean(window.page, 'fill window');
        await page.close();
      });
    });
  });
});
