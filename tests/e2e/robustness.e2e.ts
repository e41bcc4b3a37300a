import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { downloadOf, downloadPaths } from '../support/downloads';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';
import { launchWithVault } from '../support/vault-state';

const PASSWORD = 'robustness e2e password';
const SECRETS = ['JBSWY3DPEHPK3PXPJBSWY3DP', 'KRSXG5CTMVRXEZLUKRSXG5CT'];
/** Twelve accounts without an issuer, `n0` … `n11`, each with a secret of its own. */
const NUMBERED = Array.from({ length: 12 }, (_, index) => ({
  secret: `GEZDGNBVGY3TQOJQ${'ABCDEFGHIJKL'[index]}EZDGNBV`,
  label: `n${index}`,
}));

/** Flips one byte of one account row's ciphertext, straight in the extension's IndexedDB. */
function tamperWithRow(page: TestPage, id: string): Promise<void> {
  return page.evaluate(async (rowId) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('omamori'));
    const store = db.transaction('accounts', 'readwrite').objectStore('accounts');
    const row = (await request(store.get(rowId))) as { sealed: { ciphertext: Uint8Array } };
    row.sealed.ciphertext[5]! ^= 0xff;
    await request(store.put(row));
    db.close();
  }, id);
}

describe.each(BROWSER_KINDS)('%s: a damaged vault, a stopped worker, a busy downloads folder', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  const codes = async () => {
    const answer = await sendFromPage(control, 'listCodes', undefined);
    if (!answer.ok) throw new Error(`listCodes: ${answer.reason}`);
    return answer.value;
  };

  // Each test damages, stops or fills something: a browser and a new vault of its own, so
  // the first test's vault has no change pending and its export is the only new download.
  beforeEach(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
  });
  afterEach(() => harness?.close());

  it('keeps a backup the person exported through twelve automatic ones', async () => {
    const options = await OptionsPage.open(harness);
    const manual = await downloadOf(options.page, options.exportBackup);
    for (const [change, account] of NUMBERED.entries()) {
      const before = await sendFromPage(control, 'backupStatus', undefined);
      const since = before.ok ? before.value.lastBackupAt : null;
      await sendFromPage(control, 'addAccountManually', account);
      await waitUntil(`automatic backup ${change + 1}`, async () => {
        const status = await sendFromPage(control, 'backupStatus', undefined);
        return status.ok && status.value.lastBackupAt !== since && status.value.notBackedUp.length === 0;
      });
    }
    expect(existsSync(manual)).toBe(true);
    // Kept by age (utils/backup/retention.ts): every automatic backup of the last day stays.
    const kept = (await downloadPaths(control)).filter((path) => path !== manual && existsSync(path));
    expect(kept.length).toBeGreaterThanOrEqual(NUMBERED.length);
    await options.close();
  });

  it('shows a tampered row as damaged, keeps the other account working, and removes it', async () => {
    const damaged = await sendFromPage(control, 'addAccountManually', {
      secret: SECRETS[0]!,
      issuer: 'Zaif',
      label: 'broken',
    });
    const fine = await sendFromPage(control, 'addAccountManually', {
      secret: SECRETS[1]!,
      issuer: 'bitbank',
      label: 'fine',
    });
    if (!damaged.ok || !fine.ok) throw new Error('add failed');
    await tamperWithRow(control, damaged.value.id);
    await sendFromPage(control, 'lockVault', undefined);
    expect(await sendFromPage(control, 'unlockVault', { password: PASSWORD })).toEqual({ ok: true, value: null });

    const popup = await PopupPage.open(harness);
    await popup.waitForDamaged(damaged.value.id);
    expect(await popup.damagedTitle()).toBe(message('en', 'damagedTitle', '1'));
    await popup.expectCodeOf('fine', SECRETS[1]!);
    await popup.screenshot(screenshotPath(`robustness-${kind}-damaged-row`));
    await popup.removeDamaged(damaged.value.id);
    await waitUntil('the damaged row to go', async () => (await codes()).damaged.length === 0);
    const labels = (await codes()).accounts.map((account) => account.label);
    expect(labels).toContain('fine');
    expect(labels).not.toContain('broken');
    await popup.close();
  });

  // Firefox runs the background as an event page, not a worker: nothing to stop there.
  if (kind === 'chromium') {
    it('stays whole when the worker is stopped during a password change: exactly one password opens every account', async () => {
      // Rows enough that the stop lands while they are sealed again under the new key.
      for (const account of [...NUMBERED, { secret: SECRETS[1]!, issuer: 'bitbank', label: 'fine' }])
        await sendFromPage(control, 'addAccountManually', account);
      const before = (await codes()).accounts.map((account) => account.id).sort();
      const next = 'the next vault password';
      // Not awaited: the worker is stopped while it derives keys and seals rows.
      void sendFromPage(control, 'changePassword', { current: PASSWORD, next }).catch(() => undefined);
      await harness.stopServiceWorker();
      const opens = async (password: string) => {
        await sendFromPage(control, 'lockVault', undefined);
        return (await sendFromPage(control, 'unlockVault', { password })).ok;
      };
      const [oldOpens, newOpens] = [await opens(PASSWORD), await opens(next)];
      expect(oldOpens !== newOpens).toBe(true);
      await opens(oldOpens ? PASSWORD : next);
      const after = await codes();
      expect(after.damaged).toEqual([]);
      expect(after.accounts.map((account) => account.id).sort()).toEqual(before);
    });
  }
});
