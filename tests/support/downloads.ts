import type { TestPage } from './browsers';
import { waitUntil } from './wait';

/** Paths of the browser's finished downloads, newest first (as its download list has them). */
export function downloadPaths(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const items = await api.downloads.search({ orderBy: ['-startTime'], state: 'complete' });
    return items.map((item) => item.filename);
  }, undefined);
}

/**
 * The file that `action` downloads. Under Playwright, Chromium's downloads get random names
 * in Playwright's own folder, so the file is told by being new, not by its name.
 */
export async function downloadOf(page: TestPage, action: () => Promise<void>): Promise<string> {
  const before = new Set(await downloadPaths(page));
  await action();
  return waitUntil('the download', async () => (await downloadPaths(page)).find((path) => !before.has(path)));
}
