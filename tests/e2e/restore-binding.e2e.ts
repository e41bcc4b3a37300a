import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { BACKUP_VERSION, writeBackup } from '../../utils/backup/format';
import { accountData, type AccountData } from '../../utils/otp/account';
import { wrapVaultKey } from '../../utils/vault/header';
import { LEGACY_KDF_COST } from '../../utils/vault/kdf';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness } from '../support/browsers';
import { fieldValue, injectFillScript } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { vaultAccounts } from '../support/vault-state';

const PASSWORD = 'hostile backup password';
const written = mkdtempSync(join(tmpdir(), 'omamori-hostile-backup-'));

const bytes = (length: number) => new Uint8Array(randomBytes(length));

/** The sealed contents of a vault whose rows never went through the bind policy. */
function contentsOf(accounts: readonly AccountData[]) {
  const at = Date.now();
  return {
    vaultId: 'bad0c0de000040008000000000000001',
    revision: accounts.length,
    accounts: accounts.map((account, index) => ({ ...account, id: `a${index}`, createdAt: at, updatedAt: at, rev: 1 })),
    trash: [],
    tombstones: [],
  };
}

/**
 * A backup file as an attacker would hand it over: an ordinary Omamori backup, written by
 * the project's own writer (utils/backup/format.ts, version 2), whose accounts name the
 * look-alike as their site.
 */
async function hostileBackupPath(): Promise<string> {
  const vaultKey = bytes(32);
  // The lower cost a backup may still carry: the restore's Argon2id stays short.
  const envelope = await wrapVaultKey(vaultKey, PASSWORD, LEGACY_KDF_COST, bytes);
  const accounts = [
    accountData({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      issuer: 'bitFlyer',
      label: 'taro',
      domains: ['bitf1yer.com'],
      preferredOn: ['bitf1yer.com'],
    }),
    accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Helper', label: 'hanako', domains: ['bitf1yer.com'] }),
  ];
  const file = await writeBackup(envelope, vaultKey, contentsOf(accounts), new Date(), bytes);
  expect(file.version).toBe(BACKUP_VERSION);
  expect(BACKUP_VERSION).toBe(2);
  const path = join(written, 'omamori-backup-hostile.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

describe.each(BROWSER_KINDS)('%s: a restored file binds nothing the bind policy refuses', (kind) => {
  let harness: ExtensionHarness;
  afterAll(() => harness?.close());

  it('restores a file binding bitf1yer.com on a fresh browser; the look-alike then gets the warning and no code', async () => {
    const path = await hostileBackupPath();
    harness = await launchExtension(kind);
    const options = await OptionsPage.open(harness);
    const restored = await options.restoreFile(path, PASSWORD);
    expect(restored).toContain(message('en', 'restoreDone', '2', '0'));
    expect(restored).toContain(
      message('en', 'restoreUnbound', 'bitFlyer — taro: bitf1yer.com; Helper — hanako: bitf1yer.com'),
    );
    await options.page.screenshot(screenshotPath(`restore-binding-${kind}-report`));

    const accounts = await vaultAccounts(options.page);
    expect(accounts.map(({ issuer, domains }) => [issuer, domains])).toEqual([
      ['bitFlyer', ['bitflyer.com', 'bitflyer.jp']],
      ['Helper', []],
    ]);

    const { page, tabId } = await harness.openTab(fixtureUrl('lightning.bitf1yer.com', '/Home/TwoFactorAuth'));
    const popup = await PopupPage.open(harness, { tabId });
    await popup.waitForSiteStatus('look-alike');
    expect(await popup.siteStatus()).toEqual({
      kind: 'look-alike',
      text: message('en', 'lookAlikeWarning', 'lightning.bitf1yer.com', 'bitflyer.com'),
    });
    expect(await popup.fillableRows()).toBe(0);
    await popup.screenshot(screenshotPath(`restore-binding-${kind}-popup`));
    await popup.close();
    // Asked as the shortcut or the menu would ask on that page: no code.
    await injectFillScript(options.page, tabId);
    expect(await sendFromPage(options.page, 'fillRequested', undefined, tabId)).toEqual({ filled: false });
    expect(await fieldValue(page, '#ConfirmationCode')).toBe('');
    await page.close();
  });
});
