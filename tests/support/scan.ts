import type { ExtensionHarness } from './browsers';
import { fixtureUrl } from './fixtures';
import { PopupPage } from './pages/popup';
import { waitUntil } from './wait';

export type QrMode = 'img' | 'canvas' | 'svg';

/** The fixture setup page showing each of `data` as a QR code, drawn as `mode`. */
export function qrPageUrl(host: string, mode: QrMode, data: readonly string[]): string {
  const query = new URLSearchParams([['mode', mode], ...data.map((item): [string, string] => ['data', item])]);
  return fixtureUrl(host, `/qr?${query}`);
}

/** Opens the setup page, then the popup in its own window, and presses "Scan QR". */
export async function scanInPopup(
  harness: ExtensionHarness,
  url: string,
): Promise<{ popup: PopupPage; result: string }> {
  const { page, tabId } = await harness.openTab(url);
  await waitUntil('the codes to be drawn', () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll('figure')).every(
          (figure) =>
            (figure.querySelector('img') as HTMLImageElement | null)?.complete ||
            figure.querySelector('canvas')?.dataset.drawn ||
            figure.querySelector('svg'),
        ),
      undefined,
    ),
  );
  const popup = await PopupPage.open(harness, { tabId, window: true });
  return { popup, result: await popup.scan() };
}
