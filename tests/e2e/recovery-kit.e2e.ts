import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { PopupPage } from '../support/pages/popup';
import { RecoverySheetPage } from '../support/pages/recovery-sheet';
import { screenshotPath } from '../support/screenshots';
import { addAccount, launchWithVault } from '../support/vault-state';

const PASSWORD = 'recovery kit e2e password';

describe.each(BROWSER_KINDS)('%s: the recovery kit', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  let id = '';

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    ({ id } = await addAccount(control, { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'Kraken', label: 'taro' }));
  });
  afterAll(() => harness?.close());

  it('is written in the account’s details behind the vault password, with what Kraken asks and where to ask', async () => {
    const popup = await PopupPage.open(harness);
    await popup.editAccount(id);
    expect(await popup.lostAccess()).toContain(message('en', 'lostAccessSupport', 'Kraken'));
    expect(await popup.page.evaluate(() => document.querySelector('#recovery-kit'), undefined)).toBeNull();
    await popup.revealNotes(PASSWORD);
    expect(await popup.recoveryKit()).toContain(message('en', 'kitMasterKeyHint', 'Kraken'));
    await popup.fillKitItem('master-key', 'KRAKEN-MASTER-7421');
    await popup.fillKitItem('name', '山田太郎');
    await popup.screenshot(screenshotPath(`kit-${kind}-edit`));
    await popup.saveEdit();
    await popup.waitForAccount(id);
    expect(await sendFromPage(control, 'accountNotes', { id, vaultPassword: PASSWORD })).toMatchObject({
      ok: true,
      value: { recoveryKit: { 'master-key': 'KRAKEN-MASTER-7421', name: '山田太郎' } },
    });
    await popup.close();
  });

  it('is printed on the recovery sheet, with where to ask', async () => {
    await sendFromPage(control, 'editAccount', {
      id,
      changes: { recoveryKit: { 'master-key': 'KRAKEN-MASTER-7421' }, recoveryCodes: ['RC-1111'] },
      vaultPassword: PASSWORD,
    });
    const sheet = await RecoverySheetPage.open(harness);
    await sheet.show(PASSWORD);
    expect(await sheet.kitItem('master-key')).toBe('KRAKEN-MASTER-7421');
    expect(await sheet.firstCodes()).toBe('RC-1111');
    expect(await sheet.supportLink()).toBe(message('en', 'lostAccessSupport', 'Kraken'));
    await sheet.screenshot(screenshotPath(`kit-${kind}-sheet`));
    const options = await OptionsPage.open(harness);
    expect(await options.recoveryCount()).toBe(message('en', 'recoveryCount', '1', '1'));
    await options.close();
    await sheet.close();
  });
});
