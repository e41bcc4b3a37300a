import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { newestBackupPath } from '../support/downloads';
import { message } from '../support/locales';
import { PopupPage } from '../support/pages/popup';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { addAccount, launchWithVault, automaticBackupDone } from '../support/vault-state';

const PASSWORD = 'lost phone drill 2026';
const ACCOUNTS = [
  { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro@example.jp' },
  { secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Kraken', label: 'hanako' },
  { secret: 'GEZDGNBVGY3TQOJQGEZDGNBV', issuer: 'Zaif', label: '山田 太郎' },
];

/** The offline page the extension downloaded itself (under Playwright, Chromium names it at random). */
function offlinePageDownload(page: TestPage): Promise<{ path: string; filename: string; danger: string } | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const items = await api.downloads.search({ state: 'complete' });
    const item = items.find(
      (candidate) =>
        candidate.byExtensionId === api.runtime.id &&
        (candidate.mime === 'text/html' || candidate.filename.endsWith('open-backup.html')),
    );
    return item && { path: item.filename, filename: item.filename, danger: item.danger };
  }, undefined);
}

interface ShownCode {
  readonly label: string;
  readonly code: string;
}

function pageCodes(page: TestPage): Promise<ShownCode[]> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="account"]'), (account) => ({
        label: account.querySelector('[data-testid="label"]')?.textContent ?? '',
        code: account.querySelector('[data-testid="code"]')?.textContent ?? '',
      })),
    undefined,
  );
}

describe.each(BROWSER_KINDS)('%s: a backup opens without Omamori', (kind) => {
  const harnesses: ExtensionHarness[] = [];
  const dir = mkdtempSync(join(tmpdir(), `omamori-offline-${kind}-`));
  afterAll(async () => {
    for (const harness of harnesses) await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the page the extension wrote beside its backup opens it from file://, offline, with the popup’s codes', async () => {
    const { harness, control } = await launchWithVault(kind, PASSWORD);
    harnesses.push(harness);
    for (const account of ACCOUNTS) await addAccount(control, account);
    await automaticBackupDone(control);
    const backupPath = await waitUntil('the backup file', () => newestBackupPath(control));
    const download = await waitUntil('the offline page in Downloads', () => offlinePageDownload(control));
    expect(download.danger).toBe('safe');
    // Firefox keeps the name the extension gave; Chromium under Playwright a random one.
    if (kind === 'firefox') expect(download.filename).toMatch(/[/\\]Omamori[/\\]open-backup\.html$/);
    const shipped = readFileSync(new URL('../../public/open-backup.html', import.meta.url), 'utf8');
    expect(readFileSync(download.path, 'utf8')).toBe(shipped);

    // As a person would find them: both files in one folder, the page under its own name.
    const pagePath = join(dir, 'open-backup.html');
    const backupCopy = join(dir, 'omamori-backup.json');
    copyFileSync(download.path, pagePath);
    copyFileSync(backupPath, backupCopy);
    const { page, refused } = await harness.openOffline(pathToFileURL(pagePath).href);

    await page.chooseFile('#file', backupCopy);
    await page.fill('#password', 'not the password');
    await page.click('#open');
    await waitUntil('the wrong password to be told', async () => {
      // Thrown, so a timeout names what the page said instead.
      const status = await page.text('#status');
      if (status !== message('en', 'openerWrongPassword')) throw new Error(`the page says "${status}"`);
      return true;
    });
    expect(await pageCodes(page)).toEqual([]);

    await page.fill('#password', PASSWORD);
    await page.click('#open');
    await page.waitFor('[data-testid="account"]', 20_000);
    const [opened] = message('en', 'openerOpened', String(ACCOUNTS.length), '\u0000').split('\u0000');
    expect(await page.text('#status')).toMatch(new RegExp(`^${opened!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const keys = await page.evaluate(
      () => Array.from(document.querySelectorAll('[data-testid="setup-key"]'), (key) => key.textContent ?? ''),
      undefined,
    );
    expect(keys).toEqual(ACCOUNTS.map((account) => account.secret.match(/.{1,4}/g)!.join(' ')));
    expect(await page.evaluate(() => document.querySelectorAll('#accounts svg[role="img"]').length, undefined)).toBe(
      ACCOUNTS.length,
    );

    const popup = await PopupPage.open(harness);
    const ids = await Promise.all(ACCOUNTS.map((account) => popup.accountId(account.label, account.issuer)));
    // Both read within one 30 s step, and not in its first seconds: the popup and the page
    // refresh their codes each second, so just past a boundary either may still show the last.
    await waitUntil('a moment away from a step boundary', () => {
      const intoStep = Date.now() % 30_000;
      return intoStep > 2_000 && intoStep < 25_000;
    });
    const before = Date.now();
    const popupCodes = await Promise.all(ids.map((id) => popup.codeOfId(id)));
    const shown = await waitUntil('the page to show this step’s codes', async () => {
      const codes = await pageCodes(page);
      return codes.every((entry, index) => entry.code === independentTotp(ACCOUNTS[index]!.secret, before)) && codes;
    });
    expect(Math.floor(Date.now() / 30_000)).toBe(Math.floor(before / 30_000));
    expect(shown).toEqual(ACCOUNTS.map((account, index) => ({ label: account.label, code: popupCodes[index] })));
    expect(refused).toEqual([]);
    await page.screenshot(screenshotPath(`${kind}-offline-page`));
  });
});
