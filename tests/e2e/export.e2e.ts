import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeMigrationUri } from '../../utils/formats/google-migration';
import { decodeImport } from '../../utils/formats/import';
import { parseOtpauthUri } from '../../utils/otp/uri';
import { seededSecrets } from '../bench/stats';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { downloadOf, downloadPaths } from '../support/downloads';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { readShownQrCodes } from '../support/qr-read';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';

const PASSWORD = 'export e2e password';
const TOTP_SECRETS = seededSecrets(12);
const HOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const STEAM_SECRET = 'JRZCL47CMXVOQMNPZR2F7J4RGI';
/** What Google Authenticator can hold: everything but the Steam account. */
const TRANSFERABLE = [...TOTP_SECRETS, HOTP_SECRET];
const ALL_SECRETS = [...TRANSFERABLE, STEAM_SECRET];

async function seedVault(options: TestPage): Promise<void> {
  await sendFromPage(options, 'createVault', { password: PASSWORD });
  for (const [index, secret] of TOTP_SECRETS.entries()) {
    await sendFromPage(options, 'addAccountManually', {
      secret,
      issuer: `Exchange ${index + 1}`,
      label: 'taro@example.jp',
    });
  }
  await sendFromPage(options, 'addAccountManually', {
    type: 'hotp',
    secret: HOTP_SECRET,
    issuer: 'Kraken',
    label: 'hotp',
    counter: 3,
  });
  await sendFromPage(options, 'addAccountManually', {
    type: 'steam',
    secret: STEAM_SECRET,
    issuer: 'Steam',
    label: 'gabe',
  });
  // The automatic backup is a download too: let it land before telling exports by newness.
  await waitUntil(
    'the automatic backup',
    async () => {
      const status = await sendFromPage(options, 'backupStatus', undefined);
      return status.ok && status.value.lastBackupAt !== null && status.value.notBackedUp.length === 0;
    },
    20_000,
  );
  await waitUntil('its file', async () => (await downloadPaths(options)).length > 0);
}

const isDisabled = (page: TestPage, selector: string) =>
  page.evaluate((target) => (document.querySelector(target) as HTMLButtonElement).disabled, selector);

/** Picks an export in the options page and gives the vault password; for a plain one, ticks the warning. */
async function chooseExport(
  options: TestPage,
  choice: string,
  plain: boolean,
  vaultPassword = PASSWORD,
): Promise<void> {
  await options.click(`input[name="export-format"][value="${choice}"]`);
  await options.fill('#export-vault-password', vaultPassword);
  if (!plain) return;
  expect(await isDisabled(options, '#export-run')).toBe(true);
  await options.click('#export-understood');
}

/** The sheet shows no secret until its warning is ticked. */
async function showSheet(sheet: TestPage): Promise<void> {
  await sheet.waitFor('#sheet-confirm');
  expect(await isDisabled(sheet, '#show-sheet')).toBe(true);
  expect(await sheet.evaluate(() => document.querySelectorAll('.sheet__account').length, undefined)).toBe(0);
  await sheet.click('#sheet-understood');
  await sheet.fill('#sheet-vault-password', PASSWORD);
  await sheet.click('#show-sheet');
  await sheet.waitFor('.sheet__account');
}

describe.each(BROWSER_KINDS)('%s: exports to a phone and to paper', (kind) => {
  let harness: ExtensionHarness;
  let options: TestPage;
  beforeAll(async () => {
    harness = await launchExtension(kind);
    options = await harness.openExtensionPage('options.html');
    await seedVault(options);
    await options.evaluate(() => location.reload(), undefined);
    await options.waitFor('#export-run');
  });
  afterAll(() => harness?.close());

  it('shows Google Authenticator transfer codes, ten accounts a code, that read back as the vault', async () => {
    await chooseExport(options, 'google-qr', true);
    await options.click('#export-run');
    await options.waitFor('.migration svg.qr');
    const first = decodeMigrationUri((await readShownQrCodes(options, '.migration svg.qr'))[0]!);
    await options.screenshot(screenshotPath(`${kind}-options-google-transfer`));
    await options.click('#migration-next');
    await options.waitFor('.migration[data-index="1"]');
    const second = decodeMigrationUri((await readShownQrCodes(options, '.migration svg.qr'))[0]!);

    expect([first.batch.index, second.batch.index]).toEqual([0, 1]);
    expect([first.batch.size, second.batch.size]).toEqual([2, 2]);
    expect(first.batch.id).toBe(second.batch.id);
    expect([first.accounts.length, second.accounts.length]).toEqual([10, 3]);
    const accounts = [...first.accounts, ...second.accounts];
    expect(accounts.map((account) => account.secret)).toEqual(TRANSFERABLE);
    expect(accounts.at(-1)).toMatchObject({ type: 'hotp', counter: 3, issuer: 'Kraken' });
    expect(await options.text('.migration__skipped li')).toContain('Steam');
    await options.click('#migration-hide');
  });

  it('exports an encrypted Aegis file that opens only with its password', async () => {
    await chooseExport(options, 'aegis-encrypted', false);
    await options.fill('#export-password', 'phone transfer password');
    const path = await downloadOf(options, () => options.click('#export-run'));
    const bytes = readFileSync(path);
    const file = { name: 'aegis.json', bytes, text: bytes.toString('utf8') };
    expect(file.text).not.toContain(TOTP_SECRETS[0]);
    await expect(decodeImport(file, 'another password')).rejects.toMatchObject({ code: 'wrong-password' });
    const decoded = await decodeImport(file, 'phone transfer password');
    expect(decoded.format).toMatchObject({ id: 'aegis', encrypted: true });
    expect(decoded.entries.map((entry) => entry.ok && entry.account.secret)).toEqual(ALL_SECRETS);
  });

  it('exports a plain otpauth:// list only after the warning and the vault password', async () => {
    await chooseExport(options, 'otpauth-list', true, 'not the vault password');
    await options.click('#export-run');
    await options.waitFor('#export .form-error', 20_000);
    expect(await options.text('#export .form-error')).toBe(message('en', 'errorWrongPassword'));
    await options.fill('#export-vault-password', PASSWORD);
    const path = await downloadOf(options, () => options.click('#export-run'));
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((line) => parseOtpauthUri(line).secret)).toEqual(ALL_SECRETS);
  });

  it('opens a printable recovery sheet with every account’s QR code and setup key', async () => {
    await options.click('input[name="export-format"][value="recovery-sheet"]');
    await options.click('#export-run');
    const sheet = await harness.openedExtensionPage('recovery.html');
    await showSheet(sheet);
    expect(await sheet.text('h1')).toBe(message('en', 'recoveryTitle'));
    expect(await sheet.text('.sheet__made')).toContain(String(new Date().getFullYear()));
    const keys = await sheet.evaluate(
      () => [...document.querySelectorAll('.sheet__secret')].map((element) => element.textContent!.replace(/\s/g, '')),
      undefined,
    );
    expect(keys).toEqual(ALL_SECRETS);
    const shown = (await readShownQrCodes(sheet, '.sheet__account svg.qr')).map(parseOtpauthUri);
    expect(shown.map((account) => account.secret)).toEqual(ALL_SECRETS);
    expect(shown.at(-1)).toMatchObject({ type: 'steam', issuer: 'Steam', label: 'gabe' });
    await sheet.screenshot(screenshotPath(`${kind}-recovery-sheet`));
    await sheet.close();
  });
});

describe.each(BROWSER_KINDS)('%s: the recovery sheet in Japanese', (kind) => {
  let harness: ExtensionHarness;
  afterAll(() => harness?.close());

  it('is written in the browser’s language, its date included, as are the transfer codes', async () => {
    harness = await launchExtension(kind, { locale: 'ja' });
    const options = await harness.openExtensionPage('options.html');
    await sendFromPage(options, 'createVault', { password: PASSWORD });
    await sendFromPage(options, 'addAccountManually', {
      secret: TOTP_SECRETS[0]!,
      issuer: 'bitFlyer',
      label: '山田太郎',
    });
    await sendFromPage(options, 'addAccountManually', { secret: TOTP_SECRETS[1]!, issuer: 'Zaif', label: 'taro' });
    const sheet = await harness.openExtensionPage('recovery.html');
    await showSheet(sheet);
    expect(await sheet.text('h1')).toBe(message('ja', 'recoveryTitle'));
    expect(await sheet.text('.sheet__made')).toContain(`${new Date().getFullYear()}年`);
    expect(await sheet.text('.sheet__label')).toBe('山田太郎');
    await sheet.screenshot(screenshotPath(`${kind}-recovery-sheet-ja`));

    await options.evaluate(() => location.reload(), undefined);
    await chooseExport(options, 'google-qr', true);
    await options.click('#export-run');
    await options.waitFor('.migration svg.qr');
    expect(await options.text('.migration__position')).toBe(message('ja', 'migrationPosition', '1', '1'));
    await options.screenshot(screenshotPath(`${kind}-options-google-transfer-ja`));
  });
});
