import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, launchExtension, type ExtensionHarness, type TestPage } from '../support/browsers';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { expectedImportEntries, SHARED_FIXTURES } from '../support/shared-fixtures';
import { waitUntil } from '../support/wait';

const report = (page: TestPage) =>
  page.evaluate(() => {
    const element = document.querySelector('.import-report');
    return element && { added: element.getAttribute('data-added'), duplicates: element.getAttribute('data-duplicates') };
  }, undefined);

describe.each(BROWSER_KINDS)('%s: import from another app in the options', (kind) => {
  let harness: ExtensionHarness;
  let options: TestPage;
  beforeAll(async () => {
    harness = await launchExtension(kind);
    options = await harness.openExtensionPage('options.html');
    await sendFromPage(options, 'createVault', { password: 'import e2e password' });
  });
  afterAll(() => harness?.close());

  it('imports an encrypted Aegis export after its password, refusing a wrong one', async () => {
    await options.chooseFile('#import-file', `${SHARED_FIXTURES}imports/aegis_encrypted.json`);
    await options.fill('#import-password', 'not it');
    await options.click('#import form .button--primary');
    expect(await options.text('#import .form-error')).toBe(message('en', 'errorWrongPassword'));
    await options.fill('#import-password', 'test');
    await options.click('#import form .button--primary');
    await options.waitFor('.import-report');
    expect(await report(options)).toEqual({ added: '7', duplicates: '0' });
    const listed = await sendFromPage(options, 'listCodes', undefined);
    const issuers = listed.ok ? listed.value.accounts.map((account) => account.issuer).sort() : [];
    expect(issuers).toEqual(expectedImportEntries().map((entry) => entry.issuer).sort());
  });

  it('skips what is already there when the same accounts come from another app', async () => {
    await options.chooseFile('#import-file', `${SHARED_FIXTURES}imports/plain.txt`);
    // The previous report stays until this one replaces it.
    await waitUntil('the new report', async () => (await report(options))?.duplicates === '7');
    expect(await report(options)).toEqual({ added: '0', duplicates: '7' });
  });
});
