import type { TestPage } from './browsers';
import { waitUntil } from './wait';

interface FinishedDownload {
  readonly path: string;
  /** Written by the extension's downloads API (the automatic backup), not by a page link. */
  readonly byOmamori: boolean;
}

/**
 * The browser's finished downloads, newest first (as its download list has them), but the
 * offline page Omamori writes beside its first backup (open-backup.html): no test that
 * waits for a backup or an export means it.
 */
function finishedDownloads(page: TestPage): Promise<FinishedDownload[]> {
  return page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const items = await api.downloads.search({ orderBy: ['-startTime'], state: 'complete' });
    return items
      .filter((item) => !(item.byExtensionId === api.runtime.id && item.mime === 'text/html'))
      .map((item) => ({ path: item.filename, byOmamori: item.byExtensionId === api.runtime.id }));
  }, undefined);
}

export async function downloadPaths(page: TestPage): Promise<string[]> {
  return (await finishedDownloads(page)).map((download) => download.path);
}

/**
 * The newest backup file Omamori wrote. Under Playwright, Chromium's downloads get random
 * names in Playwright's own folder, so the name alone does not tell.
 */
export async function newestBackupPath(page: TestPage): Promise<string | undefined> {
  return (await finishedDownloads(page)).find(
    (download) => download.byOmamori || download.path.includes('omamori-backup-'),
  )?.path;
}

/** The file that `action` downloads, told by being new (see above), not by its name. */
export async function downloadOf(page: TestPage, action: () => Promise<void>): Promise<string> {
  const before = new Set(await downloadPaths(page));
  await action();
  return waitUntil('the download', async () => (await downloadPaths(page)).find((path) => !before.has(path)));
}
