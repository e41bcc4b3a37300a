import type { ExtensionHarness, TestFrame, TestPage } from './browsers';
import { fixtureUrl } from './fixtures';
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
): Promise<{ popup: TestPage; result: string }> {
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
  const popup = await harness.openExtensionWindow(`popup.html?tab=${tabId}`);
  await popup.click('#scan');
  await popup.waitFor('.scan-result, .form-error', 20_000);
  const result = await popup.evaluate(
    () =>
      document.querySelector('.scan-result')?.getAttribute('data-result') ??
      `error: ${document.querySelector('.form-error')?.textContent}`,
    undefined,
  );
  return { popup, result };
}

/** Each scanned line: its kind and its text. */
export function scanLines(popup: TestFrame): Promise<{ kind: string; text: string }[]> {
  return popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('.scan-line'), (line) => ({
        kind: line.getAttribute('data-kind') ?? '',
        text: line.textContent ?? '',
      })),
    undefined,
  );
}
