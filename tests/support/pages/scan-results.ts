import type { TestFrame } from '../browsers';

/**
 * What a scan found, as the popup (a tab's QR codes) and the options page (an image file)
 * both show it: the result carries `data-result` (found, none, added), each line `data-kind`.
 */
export const SCAN_RESULT = '[data-result]';
const LINE = '[data-result] li[data-kind]';
const ADDED_CODE = '[data-result="added"] li[data-kind="added"] button';

/** Each scanned line: its kind and its text. */
export function scanLines(page: TestFrame): Promise<{ kind: string; text: string }[]> {
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll(selector), (line) => ({
        kind: line.getAttribute('data-kind') ?? '',
        text: line.textContent ?? '',
      })),
    LINE,
  );
}

export function scanResultKind(page: TestFrame): Promise<string | null> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.getAttribute('data-result') ?? null,
    SCAN_RESULT,
  );
}

/** What a scan that found nothing says. */
export const nothingFoundText = (page: TestFrame) => page.text('[data-result="none"] p');

/** "Add" under the scanned lines, then the accounts just added. */
export async function addScanned(page: TestFrame): Promise<void> {
  await page.click('#add-scanned');
  await page.waitFor('[data-result="added"]');
}

export const canAddScanned = (page: TestFrame) =>
  page.evaluate(() => document.querySelector('#add-scanned') !== null, undefined);

/** The code shown for the first account just added, without the space that groups it. */
export async function addedCode(page: TestFrame): Promise<string> {
  return (await page.text(ADDED_CODE)).replace(/\s/g, '');
}
