// The backup destinations' browser side: the downloads folder and the browser's sync
// storage, injected into the services (tests give their own).
import { browser } from 'wxt/browser';
import { toBase64 } from '../encoding';
import type { SyncArea } from './sync';

/** Into the downloads folder, no dialog; the download's id. */
export async function saveToDownloads(filename: string, json: string): Promise<number> {
  const bytes = new TextEncoder().encode(json);
  // A worker has no object URLs; Firefox's background page refuses data: downloads.
  const url =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(new Blob([bytes], { type: 'application/json' }))
      : `data:application/json;base64,${toBase64(bytes)}`;
  return browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
}

/** `storage.sync`: the browser's own sync (Chrome Sync, Firefox Sync), for the sync copy. */
export const browserSyncArea: SyncArea = {
  get: () => browser.storage.sync.get(null),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
};

/** Deletes a file Omamori downloaded itself, and forgets it in the downloads list. */
export async function removeDownload(id: number): Promise<void> {
  await browser.downloads.removeFile(id).catch(() => undefined);
  await browser.downloads.erase({ id });
}
