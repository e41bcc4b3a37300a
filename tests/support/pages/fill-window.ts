import type { ExtensionHarness, TestPage } from '../browsers';
import { fillButtonCenter, fillWindowUrl } from '../fill';
import { waitUntil } from '../wait';
import { byTestId, submitOf } from './selectors';

const CHOICE = byTestId('fill-choice');

/**
 * Omamori's own window for a fill that waits (`fill-window.html?tab=ID`): the vault
 * password and the choice of account happen here, never in the page.
 */
export class FillWindowPage {
  constructor(readonly page: TestPage) {}

  /** The window the extension opened for a waiting fill in `tabId`. */
  static async openedFor(harness: ExtensionHarness, tabId: number): Promise<FillWindowPage> {
    return new FillWindowPage(await harness.openedExtensionPage(fillWindowUrl(tabId)));
  }

  /** Clicks the fill button in `page` (tab `tabId`) and takes the window that opens for it. */
  static async fromFillButton(harness: ExtensionHarness, page: TestPage, tabId: number): Promise<FillWindowPage> {
    const { x, y } = await fillButtonCenter(page);
    await page.clickAt(x, y);
    return FillWindowPage.openedFor(harness, tabId);
  }

  screenshot = (path: string) => this.page.screenshot(path);

  /** The site the code is for, as the window names it. */
  site = () => this.page.text('#fill-site strong');
  /** The whole line naming the site. */
  siteLine = () => this.page.text('#fill-site');

  waitForUnlock = () => this.page.waitFor('#unlock-password');
  unlockButtonText = () => this.page.text(submitOf('unlock-title'));

  /** Types the vault password and submits: unlocking is the go-ahead to fill. */
  async unlock(password: string): Promise<void> {
    await this.page.fill('#unlock-password', password);
    await this.page.click(submitOf('unlock-title'));
  }

  /** The accounts offered, each as its button reads (issuer, then name). */
  async choices(): Promise<string[]> {
    await this.page.waitFor(CHOICE);
    return this.page.evaluate(
      (selector) => Array.from(document.querySelectorAll(selector), (button) => button.textContent ?? ''),
      CHOICE,
    );
  }

  /** Picks the account named `label` (its name is the button's last line). */
  async chooseAccount(label: string): Promise<void> {
    const id = await waitUntil(`the choice of ${label}`, () =>
      this.page.evaluate(
        ({ selector, wanted }) =>
          Array.from(document.querySelectorAll<HTMLElement>(selector)).find(
            (button) => button.lastElementChild?.textContent === wanted,
          )?.dataset.accountId,
        { selector: CHOICE, wanted: label },
      ),
    );
    await this.page.click(`${CHOICE}[data-account-id="${id}"]`);
  }
}
