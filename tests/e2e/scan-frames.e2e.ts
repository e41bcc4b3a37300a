import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { fixtureUrl } from '../support/fixtures';
import { message } from '../support/locales';
import { PopupPage } from '../support/pages/popup';
import { openQrPage, qrPageUrl } from '../support/scan';
import { waitUntil } from '../support/wait';
import { launchWithVault, vaultAccounts } from '../support/vault-state';

const PASSWORD = 'scan frames e2e password';
const setupUri = (label: string, secret: string) =>
  `otpauth://totp/Example%20Shop:${label}?secret=${secret}&issuer=Example%20Shop`;

/** Scans the tab in the popup's own window and adds what it found; the popup, to read it. */
async function scanAndAdd(harness: ExtensionHarness, tabId: number): Promise<PopupPage> {
  const popup = await PopupPage.open(harness, { tabId, window: true });
  expect(await popup.scan()).toBe('found');
  return popup;
}

const domainsOf = async (control: TestPage, label: string) =>
  (await vaultAccounts(control)).find((account) => account.label === label)?.domains;

describe.each(BROWSER_KINDS)('%s: a setup code shown by another site’s frame', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
  });
  afterAll(() => harness?.close());

  it('binds nothing to the top site, and says why', async () => {
    const framedQr = qrPageUrl('auth.example.net', 'img', [setupUri('framed', 'JBSWY3DPEHPK3PXPJBSWY3DG')]);
    const { page, tabId } = await harness.openTab(
      fixtureUrl('auth.example.org', `/framed?src=${encodeURIComponent(framedQr)}`),
    );
    // The top page's address holds the framed one only encoded: this names the frame alone.
    const frame = await page.frame('https://auth.example.net/qr');
    await waitUntil('the framed code to be drawn', () =>
      frame.evaluate(() => document.querySelector<HTMLImageElement>('figure img')?.complete === true, undefined),
    );
    const popup = await scanAndAdd(harness, tabId);
    expect(await popup.page.text('[data-testid="scan-framed"]')).toBe(message('en', 'scanFramed'));
    await popup.addScanned();
    expect(await domainsOf(control, 'framed')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('still binds a code the top page draws itself to that page’s site', async () => {
    const { tabId, page } = await openQrPage(
      harness,
      qrPageUrl('auth.example.org', 'img', [setupUri('top', 'JBSWY3DPEHPK3PXPJBSWY3DH')]),
    );
    const popup = await scanAndAdd(harness, tabId);
    expect(
      await popup.page.evaluate(() => document.querySelector('[data-testid="scan-framed"]'), undefined),
    ).toBeNull();
    await popup.addScanned();
    expect(await domainsOf(control, 'top')).toEqual(['example.org']);
    await popup.close();
    await page.close();
  });
});
