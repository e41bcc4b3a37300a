import type { TestPage } from '../browsers';
import { waitUntil } from '../wait';

/**
 * Reloads `page` and waits for `ready` in the new document. Asking the driver to wait for a
 * selector while the old document unloads fails in Firefox (a dead realm), and could match
 * the old document: the new one is told apart by its own time origin.
 */
export async function reloadUntil(page: TestPage, ready: string): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin, undefined);
  await page.evaluate(() => location.reload(), undefined);
  await waitUntil(`the reloaded page to show ${ready}`, () =>
    page.evaluate(
      ([origin, selector]) => performance.timeOrigin !== origin && document.querySelector(selector) !== null,
      [before, ready] as const,
    ),
  );
}

/** Loads `url` in the same tab (one of our pages: its virtual authenticator stays) and waits for `ready` there. */
export async function navigateUntil(page: TestPage, url: string, ready: string): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin, undefined);
  await page.evaluate((target) => location.assign(target), url);
  await waitUntil(`${url} to show ${ready}`, () =>
    page.evaluate(
      ([origin, selector]) => performance.timeOrigin !== origin && document.querySelector(selector) !== null,
      [before, ready] as const,
    ),
  );
}
