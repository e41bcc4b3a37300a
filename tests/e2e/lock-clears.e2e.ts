import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { RecoverySheetPage } from '../support/pages/recovery-sheet';
import { byTestId } from '../support/pages/selectors';
import { waitUntil } from '../support/wait';
import { addAccount, ensureUnlocked, launchWithVault } from '../support/vault-state';

const PASSWORD = 'lock clears e2e password';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DP';

/** Whether `selector` matches anything in the page now. */
const shows = (page: TestPage, selector: string) =>
  page.evaluate((query) => document.querySelector(query) !== null, selector);

describe.each(BROWSER_KINDS)('%s: screens holding secrets when the vault locks', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    await addAccount(control, { secret: SECRET, issuer: 'Kraken', label: 'taro' });
  });
  afterAll(() => harness?.close());

  it('empties the recovery sheet when the vault locks, and asks for the password', async () => {
    await ensureUnlocked(control, PASSWORD);
    const sheet = await RecoverySheetPage.open(harness);
    await sheet.waitForConfirm();
    await sheet.show(PASSWORD);
    expect(await sheet.secrets()).toEqual([SECRET]);

    await sendFromPage(control, 'lockVault', undefined);
    await waitUntil('the sheet to be empty', async () => (await sheet.accountCount()) === 0);
    expect(await sheet.secrets()).toEqual([]);
    expect(await sheet.page.evaluate(() => document.body.textContent ?? '', undefined)).not.toContain('JBSW');
    expect(await shows(sheet.page, 'svg[role="img"]')).toBe(false);
    expect(await shows(sheet.page, '#unlock-password, input[type="password"]')).toBe(true);
    await sheet.close();
  });

  it('takes the Google Authenticator transfer codes off the options page when the vault locks', async () => {
    await ensureUnlocked(control, PASSWORD);
    const options = await OptionsPage.open(harness);
    await options.pickExport('google-qr');
    await options.typeExportVaultPassword(PASSWORD);
    await options.tickExportWarning();
    await options.runExport();
    await options.page.waitFor(byTestId('migration'));

    await sendFromPage(control, 'lockVault', undefined);
    await waitUntil('the transfer codes to go', async () => !(await shows(options.page, byTestId('migration'))));
    expect(await shows(options.page, `${byTestId('migration')} svg`)).toBe(false);
    await options.close();
  });
});
