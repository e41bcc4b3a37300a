import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { screenshotPath } from '../support/screenshots';

const PASSWORD = 'recovery kit e2e password';

describe.each(BROWSER_KINDS)('%s: the recovery kit', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  let id = '';

  beforeAll(async () => {
    harness = await launchExtension(kind);
    control = await harness.openExtensionPage('options.html');
    await sendFromPage(control, 'createVault', { password: PASSWORD });
    const added = await sendFromPage(control, 'addAccountManually', {
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
      issuer: 'Kraken',
      label: 'taro',
    });
    id = added.ok ? added.value.id : '';
  });
  afterAll(() => harness?.close());

  it('is written in the account’s details behind the vault password, with what Kraken asks and where to ask', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.click(`[data-account-id="${id}"] .account__edit`);
    expect(await popup.text('.lost-access')).toContain(message('en', 'lostAccessSupport', 'Kraken'));
    expect(await popup.evaluate(() => document.querySelector('#recovery-kit'), undefined)).toBeNull();
    await popup.fill('#notes-password', PASSWORD);
    await popup.click('#notes-reveal');
    await popup.waitFor('#recovery-kit');
    expect(await popup.text('#recovery-kit')).toContain(message('en', 'kitMasterKeyHint', 'Kraken'));
    await popup.fill('[data-kit-item="master-key"]', 'KRAKEN-MASTER-7421');
    await popup.fill('[data-kit-item="name"]', '山田太郎');
    await popup.screenshot(screenshotPath(`kit-${kind}-edit`));
    await popup.click('form button[type=submit]');
    await popup.waitFor(`[data-account-id="${id}"]`);
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
    });
    const sheet = await harness.openExtensionPage('recovery.html');
    await sheet.click('#sheet-understood');
    await sheet.fill('#sheet-vault-password', PASSWORD);
    await sheet.click('#show-sheet');
    await sheet.waitFor('.sheet__account');
    expect(await sheet.text('[data-kit-item="master-key"]')).toBe('KRAKEN-MASTER-7421');
    expect(await sheet.text('.sheet__codes')).toBe('RC-1111');
    expect(await sheet.text('.lost-access a')).toBe(message('en', 'lostAccessSupport', 'Kraken'));
    await sheet.screenshot(screenshotPath(`kit-${kind}-sheet`));
    const options = await harness.openExtensionPage('options.html');
    expect(await options.text('#recovery-count')).toBe(message('en', 'recoveryCount', '1', '1'));
    await options.close();
    await sheet.close();
  });
});
