import type { ExtensionHarness, TestPage } from './browsers';
import { fixtureUrl } from './fixtures';
import { PopupPage } from './pages/popup';
import { waitUntil } from './wait';

export type QrMode = 'img' | 'canvas' | 'svg';

/** The fixture setup page showing each of `data` as a QR code, drawn as `mode`. */
export function qrPageUrl(host: string, mode: QrMode, data: readonly string[]): string {
  const query = new URLSearchParams([['mode', mode], ...data.map((item): [string, string] => ['data', item])]);
  return fixtureUrl(host, `/qr?${query}`);
}

/** Opens a setup page in a new front tab, once every code on it is drawn. */
export async function openQrPage(harness: ExtensionHarness, url: string): Promise<{ page: TestPage; tabId: number }> {
  const opened = await harness.openTab(url);
  await waitUntil('the codes to be drawn', () =>
    opened.page.evaluate(
      () =>
        Array.from(document.querySelectorAll('figure')).every(
          (figure) =>
            figure.querySelector<HTMLImageElement>('img')?.complete ||
            figure.querySelector('canvas')?.dataset.drawn ||
            figure.querySelector('svg'),
        ),
      undefined,
    ),
  );
  return opened;
}

/** Opens the setup page, then the popup in its own window, and presses "Scan QR". */
export async function scanInPopup(
  harness: ExtensionHarness,
  url: string,
): Promise<{ popup: PopupPage; result: string }> {
  const { tabId } = await openQrPage(harness, url);
  const popup = await PopupPage.open(harness, { tabId, window: true });
  return { popup, result: await popup.scan() };
}
