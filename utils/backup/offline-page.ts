import type { Preference } from '../preference';

/** Beside the backups, so whoever finds them finds what opens them (tools/open-backup). */
export const OFFLINE_PAGE_FILENAME = 'Omamori/open-backup.html';

export type SaveFile = (filename: string, text: string) => Promise<number>;

export interface OfflinePageDeps {
  /** The page as this version of the extension ships it (public/open-backup.html). */
  readonly page: () => Promise<string>;
  /** Into the downloads folder, replacing an older copy of the page. */
  readonly save: SaveFile;
  /** The SHA-256 of the page last written there. */
  readonly written: Preference<string | null>;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The backups' own save, which also writes the offline page once: after the first backup
 * lands in Downloads/Omamori, and again only when an update changes the page. A page that
 * fails to be written never fails the backup; the next backup tries it again.
 */
export function withOfflinePage(saveBackup: SaveFile, deps: OfflinePageDeps): SaveFile {
  let writing: Promise<void> | null = null;
  const writeOnce = async () => {
    const page = await deps.page();
    const digest = await sha256(page);
    if ((await deps.written.getValue()) === digest) return;
    await deps.save(OFFLINE_PAGE_FILENAME, page);
    await deps.written.setValue(digest);
  };
  return async (filename, text) => {
    const id = await saveBackup(filename, text);
    // Two backups close together write the page once.
    writing ??= writeOnce()
      .catch(() => undefined)
      .finally(() => {
        writing = null;
      });
    await writing;
    return id;
  };
}
