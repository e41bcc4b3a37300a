import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeMigrationUri } from '../../utils/formats/google-migration';
import { decodeImport } from '../../utils/formats/import';
import { parseOtpauthUri } from '../../utils/otp/uri';
import { seededSecrets } from '../bench/stats';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { downloadOf, downloadPaths } from '../support/downloads';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { RecoverySheetPage } from '../support/pages/recovery-sheet';
import { screenshotPath } from '../support/screenshots';
import { waitUntil } from '../support/wait';
import { createVault, launchWithVault, automaticBackupDone } from '../support/vault-state';

const PASSWORD = 'export e2e password';
const TOTP_SECRETS = seededSecrets(12);
const HOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const STEAM_SECRET = 'JRZCL47CMXVOQMNPZR2F7J4RGI';
/** What Google Authenticator can hold: everything but the Steam account. */
const TRANSFERABLE = [...TOTP_SECRETS, HOTP_SECRET];
const ALL_SECRETS = [...TRANSFERABLE, STEAM_SECRET];

async function seedVault(options: TestPage): Promise<void> {
  await createVault(options, PASSWORD);
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
  await automaticBackupDone(options);
  await waitUntil('its file', async () => (await downloadPaths(options)).length > 0);
}

/** Picks an export in the options page and gives the vault password; for a plain one, ticks the warning. */
async function chooseExport(
  options: OptionsPage,
  choice: string,
  plain: boolean,
  vaultPassword = PASSWORD,
): Promise<void> {
  await options.pickExport(choice);
  await options.typeExportVaultPassword(vaultPassword);
  if (!plain) return;
  expect(await options.exportRunDisabled()).toBe(true);
  await options.tickExportWarning();
}

/** The sheet shows no secret until its warning is ticked. */
async function showSheet(sheet: RecoverySheetPage): Promise<void> {
  await sheet.waitForConfirm();
  expect(await sheet.showDisabled()).toBe(true);
  expect(await sheet.accountCount()).toBe(0);
  await sheet.show(PASSWORD);
}

describe.each(BROWSER_KINDS)('%s: exports to a phone and to paper', (kind) => {
  let harness: ExtensionHarness;
  let options: OptionsPage;
  beforeAll(async () => {
    harness = await launchExtension(kind);
    options = await OptionsPage.open(harness);
    await seedVault(options.page);
  });
  afterAll(() => harness?.close());
  // The exports read the vault and change nothing in it; each starts on an empty form.
  beforeEach(() => options.reload('#export-run'));

  it('shows Google Authenticator transfer codes, ten accounts a code, that read back as the vault', async () => {
    await chooseExport(options, 'google-qr', true);
    await options.runExport();
    const first = decodeMigrationUri(await options.migrationCode(0));
    await options.screenshot(screenshotPath(`${kind}-options-google-transfer`));
    await options.nextMigrationCode();
    const second = decodeMigrationUri(await options.migrationCode(1));

    expect([first.batch.index, second.batch.index]).toEqual([0, 1]);
    expect([first.batch.size, second.batch.size]).toEqual([2, 2]);
    expect(first.batch.id).toBe(second.batch.id);
    expect([first.accounts.length, second.accounts.length]).toEqual([10, 3]);
    const accounts = [...first.accounts, ...second.accounts];
    expect(accounts.map((account) => account.secret)).toEqual(TRANSFERABLE);
    expect(accounts.at(-1)).toMatchObject({ type: 'hotp', counter: 3, issuer: 'Kraken' });
    expect(await options.migrationSkipped()).toContain('Steam');
    await options.hideMigrationCodes();
  });

  it('exports an encrypted Aegis file that opens only with its password', async () => {
    await chooseExport(options, 'aegis-encrypted', false);
    await options.typeExportPassword('phone transfer password');
    const path = await downloadOf(options.page, options.runExport);
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
    await options.runExport();
    expect(await options.exportError()).toBe(message('en', 'errorWrongPassword'));
    await options.typeExportVaultPassword(PASSWORD);
    const path = await downloadOf(options.page, options.runExport);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((line) => parseOtpauthUri(line).secret)).toEqual(ALL_SECRETS);
  });

  it('opens a printable recovery sheet with every account’s QR code and setup key', async () => {
    await options.pickExport('recovery-sheet');
    await options.runExport();
    const sheet = await RecoverySheetPage.opened(harness);
    await showSheet(sheet);
    expect(await sheet.title()).toBe(message('en', 'recoveryTitle'));
    expect(await sheet.made()).toContain(String(new Date().getFullYear()));
    expect(await sheet.secrets()).toEqual(ALL_SECRETS);
    const shown = (await sheet.qrCodes()).map(parseOtpauthUri);
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
    const launched = await launchWithVault(kind, PASSWORD, { locale: 'ja' });
    harness = launched.harness;
    const options = new OptionsPage(launched.control);
    await sendFromPage(options.page, 'addAccountManually', {
      secret: TOTP_SECRETS[0]!,
      issuer: 'bitFlyer',
      label: '山田太郎',
    });
    await sendFromPage(options.page, 'addAccountManually', { secret: TOTP_SECRETS[1]!, issuer: 'Zaif', label: 'taro' });
    const sheet = await RecoverySheetPage.open(harness);
    await showSheet(sheet);
    expect(await sheet.title()).toBe(message('ja', 'recoveryTitle'));
    expect(await sheet.made()).toContain(`${new Date().getFullYear()}年`);
    expect(await sheet.firstLabel()).toBe('山田太郎');
    await sheet.screenshot(screenshotPath(`${kind}-recovery-sheet-ja`));

    await options.reload('#export-run');
    await chooseExport(options, 'google-qr', true);
    await options.runExport();
    await options.migrationCode(0);
    expect(await options.migrationPosition()).toBe(message('ja', 'migrationPosition', '1', '1'));
    await options.screenshot(screenshotPath(`${kind}-options-google-transfer-ja`));
  });
});
