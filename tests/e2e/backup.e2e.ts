import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { downloadOf, newestBackupPath } from '../support/downloads';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { seededSecrets } from '../bench/stats';
import { addAccount, launchWithVault, automaticBackupDone } from '../support/vault-state';

const PASSWORD = 'lost phone drill 2026';
const BACKUP_PASSWORD = 'kept on paper in the safe';
const SECRETS = seededSecrets(10);

function badgeText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const action = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
    return action.getBadgeText({});
  }, undefined);
}

async function codesBySecretOrder(page: TestPage): Promise<{ issuer: string; code: string; now: number }[]> {
  const answer = await sendFromPage(page, 'listCodes', undefined);
  if (!answer.ok) throw new Error(answer.reason);
  return answer.value.accounts.map((account) => ({
    issuer: account.issuer,
    code: account.code,
    now: answer.value.now,
  }));
}

describe.each(BROWSER_KINDS)('%s: the lost-device drill', (kind) => {
  const harnesses: ExtensionHarness[] = [];
  afterAll(async () => {
    for (const harness of harnesses) await harness.close();
  });

  it('backs up automatically, and a brand-new profile restores the same accounts and codes', async () => {
    const { harness: old, control: oldOptions } = await launchWithVault(kind, PASSWORD);
    harnesses.push(old);
    for (const [index, secret] of SECRETS.entries()) {
      await addAccount(oldOptions, { secret, issuer: `Exchange ${index + 1}`, label: 'taro' });
    }
    // The toolbar warns until the automatic backup, a moment after the last change, holds them all.
    expect(await badgeText(oldOptions)).toBe('!');
    await automaticBackupDone(oldOptions);
    await waitUntil('the warning to go', async () => (await badgeText(oldOptions)) === '');
    const backupPath = await waitUntil('the backup file', () => newestBackupPath(oldOptions));
    const backup = readFileSync(backupPath, 'utf8');
    for (const secret of SECRETS) expect(backup).not.toContain(secret);

    const fresh = await launchExtension(kind);
    harnesses.push(fresh);
    const options = await OptionsPage.open(fresh);
    expect(await options.restoreFile(backupPath, PASSWORD)).toBe(
      message('en', 'restoreDone', String(SECRETS.length), '0'),
    );

    await waitUntil('a moment away from a step boundary', () => Date.now() % 30_000 < 25_000);
    const restored = await codesBySecretOrder(options.page);
    expect(restored.map((account) => account.issuer)).toEqual(SECRETS.map((_, index) => `Exchange ${index + 1}`));
    restored.forEach((account, index) => expect(account.code).toBe(independentTotp(SECRETS[index]!, account.now)));
    const before = await codesBySecretOrder(oldOptions);
    expect(before.map((account) => account.code)).toEqual(restored.map((account) => account.code));
  });

  it('writes backups under a separate backup password, and a check opens them with it alone', async () => {
    const { harness, control } = await launchWithVault(kind, PASSWORD);
    harnesses.push(harness);
    const options = new OptionsPage(control);
    for (const [index, secret] of SECRETS.slice(0, 3).entries()) {
      await addAccount(options.page, {
        secret,
        issuer: `Exchange ${index + 1}`,
        label: 'hanako',
      });
    }
    await options.reload('#backup');
    // The page follows the automatic backup as it lands.
    await options.waitForBackedUp();
    await options.waitForBackupPassword(false);

    // The change of password is itself a change: the next automatic backup uses it.
    const backupPath = await downloadOf(options.page, () => options.setBackupPassword(PASSWORD, BACKUP_PASSWORD));

    await options.chooseBackupFile(backupPath, PASSWORD);
    await options.checkBackup();
    expect(await options.restoreError()).toBe(message('en', 'errorWrongPassword'));

    await options.typeRestorePassword(BACKUP_PASSWORD);
    await options.checkBackup();
    const check = await options.backupCheckReport();
    expect(check).toMatchObject({ count: '3', same: '3' });
    expect(check.text).toContain(message('en', 'checkComplete'));
    // A check writes nothing: still the same three accounts.
    expect(await codesBySecretOrder(options.page)).toHaveLength(3);
    await options.scrollToBackupCheck();
    await options.screenshot(screenshotPath(`${kind}-options-backup-check`));
  });
});
