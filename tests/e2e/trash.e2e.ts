import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newestBackupPath } from '../support/downloads';
import { independentTotp } from '../support/totp';
import { DAY_MS, setClockOffset } from '../support/test-clock';
import { waitUntil } from '../support/wait';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage, type UiLocale } from '../support/browsers';
import { message } from '../support/locales';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import {
  ensureUnlocked,
  launchWithVault,
  replaceAccounts,
  vaultAccounts,
  automaticBackupDone,
} from '../support/vault-state';
import { sendFromPage } from '../support/messages';

const PASSWORD = 'trash e2e password';
const KEPT = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro.yamada@example.com' };
const MISTAKE = { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', issuer: 'Coincheck', label: 'hanako.suzuki@example.jp' };

/** A mistaken delete is undone from "Recently deleted", in the popup or the options. */
describe.each(BROWSER_KINDS)('%s: Recently deleted', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    let harness: ExtensionHarness;
    let control: TestPage;

    beforeAll(async () => {
      ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale }));
    });
    afterAll(() => harness?.close());
    // Each test starts from the two accounts and an empty trash.
    beforeEach(async () => {
      await replaceAccounts(control, [KEPT, MISTAKE]);
      const trash = await sendFromPage(control, 'listTrash', undefined);
      if (!trash.ok) throw new Error(`listTrash: ${trash.reason}`);
      await sendFromPage(control, 'deleteForGood', { ids: trash.value.map(({ id }) => id) });
    });

    it('a deleted account is in Recently deleted in the popup and the options, and Restore brings it back', async () => {
      const popup = await PopupPage.open(harness);
      // The toolbar popup's size, for the screenshot.
      await popup.page.setViewport(360, 600);
      await popup.waitForAccounts();
      expect(await popup.hasTrashLink()).toBe(false);
      const id = await popup.accountId(MISTAKE.label, MISTAKE.issuer);
      await popup.deleteAccount(id);
      expect(await popup.trashLink()).toBe(message(locale, 'trashLink', '1'));
      expect(await popup.rowIds()).not.toContain(id);

      await popup.openTrash();
      const [item] = await popup.trashItems();
      expect(item!.id).toBe(id);
      expect(item!.text).toContain(MISTAKE.issuer);
      expect(item!.text).toContain(MISTAKE.label);
      await popup.screenshot(screenshotPath(`popup-trash-${kind}-${locale}`));

      const options = await OptionsPage.openAt(harness, 'trash');
      expect((await options.trashItems()).map((shown) => shown.id)).toEqual([id]);
      await options.screenshot(screenshotPath(`options-trash-${kind}-${locale}`));

      await popup.restoreFromTrash(id);
      await popup.closeTrash();
      await popup.waitForAccount(id);
      expect(await popup.hasTrashLink()).toBe(false);
      // Restored with its names, its secret and so its code.
      await popup.expectCodeOf(MISTAKE.label, MISTAKE.secret);
      await options.reload('[data-testid="trash"]:not([data-count=""])');
      expect(await options.trashItems()).toEqual([]);
      await options.close();
      await popup.close();
    });

    it('restores from the options, and deletes for good from there', async () => {
      const [kept, mistake] = await vaultAccounts(control);
      for (const account of [kept!, mistake!]) await sendFromPage(control, 'deleteAccount', { id: account.id });
      const options = await OptionsPage.openAt(harness, 'trash');
      expect((await options.trashItems()).map((shown) => shown.id).sort()).toEqual([kept!.id, mistake!.id].sort());
      await options.restoreFromTrash(kept!.id);
      await options.deleteForGood(mistake!.id);
      expect(await options.trashItems()).toEqual([]);
      expect((await vaultAccounts(control)).map((account) => account.id)).toEqual([kept!.id]);

      const popup = await PopupPage.open(harness);
      await popup.waitForAccount(kept!.id);
      expect(await popup.hasTrashLink()).toBe(false);
      await popup.close();
      await options.close();
    });
  });
});

/**
 * Path 8 of the backups issue with a month between: the trash empties by age into a
 * tombstone, and the backup file written before the delete still brings the account back.
 * The e2e build's clock is moved on (utils/background/test-clock.ts), the rest is real.
 */
describe.each(BROWSER_KINDS)('%s: a mistaken delete, a month later', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
  });
  afterAll(() => harness?.close());

  it('an account deleted by mistake comes back from a backup file a month old (time injected)', async () => {
    await replaceAccounts(control, [KEPT, MISTAKE]);
    await automaticBackupDone(control);
    // The person keeps the file (the Downloads folder keeps its own by age).
    const monthOld = join(mkdtempSync(join(tmpdir(), 'omamori-month-old-')), 'omamori-backup-month-old.json');
    copyFileSync(await waitUntil('the backup file', () => newestBackupPath(control)), monthOld);

    const mistake = (await vaultAccounts(control)).find((account) => account.label === MISTAKE.label)!;
    await sendFromPage(control, 'deleteAccount', { id: mistake.id });
    await setClockOffset(control, 31 * DAY_MS);
    // The trash empties by age when the vault next syncs (here: on unlock).
    await sendFromPage(control, 'lockVault', undefined);
    await ensureUnlocked(control, PASSWORD);
    await waitUntil('the trash to empty by age', async () => {
      const trash = await sendFromPage(control, 'listTrash', undefined);
      return trash.ok && trash.value.length === 0;
    });
    expect((await vaultAccounts(control)).map((account) => account.label)).toEqual([KEPT.label]);

    const options = await OptionsPage.openAt(harness, 'backup');
    expect(await options.restoreFile(monthOld, PASSWORD)).toBe(message('en', 'restoreDone', '1', '1'));
    const answer = await sendFromPage(control, 'listCodes', undefined);
    if (!answer.ok) throw new Error(answer.reason);
    const back = answer.value.accounts.find((account) => account.label === MISTAKE.label);
    expect(back?.issuer).toBe(MISTAKE.issuer);
    // Its secret came back with it: the code it shows is the code of that secret, at the vault's time.
    expect(back?.code).toBe(independentTotp(MISTAKE.secret, answer.value.now));
    await options.close();
  });
});
