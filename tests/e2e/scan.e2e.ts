import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writer } from 'protobufjs/minimal';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../support/totp';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { message } from '../support/locales';
import { sendFromPage } from '../support/messages';
import { OptionsPage } from '../support/pages/options';
import { expectCodeToMatch } from '../support/pages/popup';
import { qrPageUrl, scanInPopup, type QrMode } from '../support/scan';
import { screenshotPath } from '../support/screenshots';
import { readFixture } from '../support/fixture-files';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { launchWithVault, vaultAccounts } from '../support/vault-state';

const PASSWORD = 'scan e2e password';
const setupUri = (issuer: string, label: string, secret: string) =>
  `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(label)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;

// Distinct secrets per case, so no scan meets a duplicate by accident.
const SECRETS: Record<string, string> = {
  'img-1': 'JBSWY3DPEHPK3PXPJBSWY3DA',
  'canvas-1': 'JBSWY3DPEHPK3PXPJBSWY3DB',
  'svg-1': 'JBSWY3DPEHPK3PXPJBSWY3DC',
  'img-2': 'JBSWY3DPEHPK3PXPJBSWY3DD',
  'canvas-2': 'JBSWY3DPEHPK3PXPJBSWY3DE',
  'svg-2': 'JBSWY3DPEHPK3PXPJBSWY3DF',
};
const EXCHANGE_SITES: Record<string, string[]> = {
  'bitflyer.com': ['bitflyer.com', 'bitflyer.jp'],
  'zaif.jp': ['zaif.jp'],
};
const CASES: [QrMode, string, string][] = [
  ['img', 'bitflyer.com', 'bitFlyer'],
  ['canvas', 'zaif.jp', 'Zaif'],
  ['svg', 'bitflyer.com', 'bitFlyer'],
];

/** A one-account Google Authenticator export, as its QR code reads. */
function migrationWithSecret(secret: string, issuer: string, name: string): string {
  const account = Writer.create().uint32(10).bytes(base32Decode(secret)).uint32(18).string(`${issuer}:${name}`);
  const payload = Writer.create().uint32(10).bytes(account.uint32(26).string(issuer).uint32(48).int32(2).finish());
  return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(payload.finish()).toString('base64'))}`;
}

async function accountsNamed(control: TestPage, label: string) {
  const answer = await sendFromPage(control, 'listCodes', undefined);
  return answer.ok ? answer.value.accounts.filter((account) => account.label === label) : [];
}

describe.each(BROWSER_KINDS)('%s: enrol by scanning the page', (kind) => {
  describe.each([1, 2])('at device pixel ratio %i', (ratio) => {
    let harness: ExtensionHarness;
    let control: TestPage;
    beforeAll(async () => {
      ({ harness, control } = await launchWithVault(kind, PASSWORD, { deviceScaleFactor: ratio }));
    });
    afterAll(() => harness?.close());

    it.each(CASES)('adds the setup QR drawn as <%s> on %s, bound to that site', async (mode, host, issuer) => {
      const secret = SECRETS[`${mode}-${ratio}`]!;
      const label = `taro-${mode}-${ratio}`;
      const { popup, result } = await scanInPopup(harness, qrPageUrl(host, mode, [setupUri(issuer, label, secret)]));
      expect(result).toBe('found');
      expect(await popup.scanLines()).toEqual([{ kind: 'account', text: `${issuer}${label}` }]);
      await popup.addScanned();
      await expectCodeToMatch(popup.addedCode, secret);
      const [account] = await accountsNamed(control, label);
      // A known exchange's account is bound to that exchange's sites.
      expect(account?.domains).toEqual(EXCHANGE_SITES[host]);
      await popup.close();
    });

    if (ratio === 2) {
      it('adds the account of a Google Authenticator export QR', async () => {
        const migration = readFixture('imports/google_migration.txt')
          .split('\n')
          .find((line) => line.startsWith('otpauth-migration://'))!;
        const { popup, result } = await scanInPopup(harness, qrPageUrl('bitflyer.com', 'img', [migration]));
        expect(result).toBe('found');
        expect(await popup.scanLines()).toEqual([{ kind: 'account', text: 'Examplealice@google.com' }]);
        await popup.addScanned();
        const [account] = await accountsNamed(control, 'alice@google.com');
        expect(account?.issuer).toBe('Example');
        await waitUntil('a code away from a step boundary', () => Date.now() % 30_000 < 28_000);
        const again = await sendFromPage(control, 'listCodes', undefined);
        const code = again.ok ? again.value.accounts.find((item) => item.id === account?.id)?.code : '';
        expect(code).toBe(independentTotp('JBSWY3DPEHPK3PXP', again.ok ? again.value.now : 0));
        await popup.close();
      });

      it('lists two codes on one page, both to add', async () => {
        const first = setupUri('bitFlyer', 'two-a', 'MFRGGZDFMZTWQ2LKMFRGGZDF');
        const second = setupUri('bitFlyer', 'two-b', 'MZXW6YTBOI2DEMZUMZXW6YTB');
        const { popup, result } = await scanInPopup(harness, qrPageUrl('bitflyer.com', 'img', [first, second]));
        expect(result).toBe('found');
        expect((await popup.scanLines()).map((line) => line.text).sort()).toEqual(['bitFlyertwo-a', 'bitFlyertwo-b']);
        await popup.screenshot(screenshotPath(`scan-${kind}-two`));
        await popup.addScanned();
        expect(await accountsNamed(control, 'two-a')).toHaveLength(1);
        expect(await accountsNamed(control, 'two-b')).toHaveLength(1);
        await popup.close();
      });

      it('says a QR holding a plain URL is not a 2FA code, and adds nothing', async () => {
        // The vault's accounts, not their codes: a time step may end during the scan.
        const accountIds = async () => (await vaultAccounts(control)).map((account) => account.id);
        const before = await accountIds();
        const { popup, result } = await scanInPopup(
          harness,
          qrPageUrl('zaif.jp', 'img', ['https://zaif.jp/campaign/2026']),
        );
        expect(result).toBe('found');
        const [line] = await popup.scanLines();
        expect(line?.kind).toBe('not-2fa');
        expect(line?.text).toContain(message('en', 'scanNot2fa'));
        expect(line?.text).toContain('https://zaif.jp/campaign/2026');
        expect(await popup.canAddScanned()).toBe(false);
        expect(await accountIds()).toEqual(before);
        await popup.close();
      });

      it('adds a Google Authenticator export from an image file in the options', async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'omamori-qr-')), 'export.png');
        const migration = migrationWithSecret('MZXW6YTBOJRGC4TGN5XWE2LO', 'Image Export', 'hanako@example.jp');
        await QRCode.toFile(file, migration, { scale: 8 });
        const options = await OptionsPage.open(harness);
        await options.importQrImage(file);
        expect(await options.scanLines()).toEqual([{ kind: 'account', text: 'Image Exporthanako@example.jp' }]);
        await options.addScanned();
        expect(await accountsNamed(control, 'hanako@example.jp')).toHaveLength(1);
        await options.close();
      });

      it('says what to try when the page shows no QR code', async () => {
        const { popup, result } = await scanInPopup(harness, qrPageUrl('zaif.jp', 'img', []));
        expect(result).toBe('none');
        expect(await popup.nothingFoundText()).toBe(message('en', 'scanNothingFound'));
        await popup.close();
      });

      it('reads again after the vault locked and opened (Chromium: its reader closed with it, then opened afresh)', async () => {
        const url = qrPageUrl('zaif.jp', 'img', ['https://zaif.jp/campaign/2027']);
        // Chromium only: Firefox has no offscreen documents (its background page reads the codes).
        const readerDocuments = () =>
          control.evaluate(
            async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
            undefined,
          );
        const first = await scanInPopup(harness, url);
        expect(first.result).toBe('found');
        await first.popup.close();
        if (kind === 'chromium') expect(await readerDocuments()).toBe(1);
        await sendFromPage(control, 'lockVault', undefined);
        if (kind === 'chromium')
          await waitUntil('the reader to close with the vault', async () => (await readerDocuments()) === 0);
        expect(await sendFromPage(control, 'unlockVault', { password: PASSWORD })).toEqual({ ok: true, value: null });
        const again = await scanInPopup(harness, url);
        expect(again.result).toBe('found');
        expect((await again.popup.scanLines())[0]?.kind).toBe('not-2fa');
        await again.popup.close();
        if (kind === 'chromium') expect(await readerDocuments()).toBe(1);
      });
    }
  });
});
