// The offline page's browser side: where the extension keeps it, where it goes, and the
// note that it went (injected into withOfflinePage; its tests give their own).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toBase64 } from '../encoding';

/** The SHA-256 of the page last written to Downloads (not secret). */
export const offlinePageWritten = storage.defineItem<string | null>('local:offlinePageWritten', { fallback: null });

/** public/open-backup.html, built by `npm run build:opener`. */
export async function shippedOfflinePage(): Promise<string> {
  const answer = await fetch(browser.runtime.getURL('/open-backup.html'));
  if (!answer.ok) throw new Error(`open-backup.html: ${answer.status}`);
  return answer.text();
}

/** Into Downloads without a dialog, over an older copy of the page; its download id. */
export function saveHtmlToDownloads(filename: string, html: string): Promise<number> {
  const bytes = new TextEncoder().encode(html);
  // As saveToDownloads: a worker has no object URLs; Firefox's background page refuses data: downloads.
  const url =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(new Blob([bytes], { type: 'text/html' }))
      : `data:text/html;base64,${toBase64(bytes)}`;
  return browser.downloads.download({ url, filename, conflictAction: 'overwrite', saveAs: false });
}
