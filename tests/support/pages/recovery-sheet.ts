import type { ExtensionHarness, TestPage } from '../browsers';
import { readShownQrCodes } from '../qr-read';
import { byTestId } from './selectors';

const ACCOUNT = byTestId('sheet-account');

/** The printable recovery sheet (`recovery.html`): every account's QR code and setup key. */
export class RecoverySheetPage {
  constructor(readonly page: TestPage) {}

  static async open(harness: ExtensionHarness): Promise<RecoverySheetPage> {
    return new RecoverySheetPage(await harness.openExtensionPage('recovery.html'));
  }

  /** The sheet the options page opened. */
  static async opened(harness: ExtensionHarness): Promise<RecoverySheetPage> {
    return new RecoverySheetPage(await harness.openedExtensionPage('recovery.html'));
  }

  close = () => this.page.close();
  screenshot = (path: string) => this.page.screenshot(path);

  waitForConfirm = () => this.page.waitFor('#sheet-confirm');
  showDisabled = () =>
    this.page.evaluate(() => document.querySelector<HTMLButtonElement>('#show-sheet')!.disabled, undefined);
  accountCount = () => this.page.evaluate((selector) => document.querySelectorAll(selector).length, ACCOUNT);

  /** Ticks the warning, gives the vault password, and shows the accounts. */
  async show(vaultPassword: string): Promise<void> {
    await this.page.click('#sheet-understood');
    await this.page.fill('#sheet-vault-password', vaultPassword);
    await this.page.click('#show-sheet');
    await this.page.waitFor(ACCOUNT);
  }

  title = () => this.page.text('h1');
  made = () => this.page.text(byTestId('sheet-made'));
  firstLabel = () => this.page.text(byTestId('sheet-label'));
  firstCodes = () => this.page.text(byTestId('sheet-codes'));
  kitItem = (item: string) => this.page.text(`${ACCOUNT} [data-kit-item="${item}"]`);
  supportLink = () => this.page.text(`${byTestId('lost-access')} a`);

  /** Every setup key, without the spaces that group it. */
  secrets(): Promise<string[]> {
    return this.page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector), (element) => (element.textContent ?? '').replace(/\s/g, '')),
      byTestId('sheet-secret'),
    );
  }

  /** Every account's QR code, read back. */
  qrCodes = () => readShownQrCodes(this.page, `${ACCOUNT} svg[role="img"]`);
}
